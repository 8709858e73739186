import { DEFAULT_LANGUAGE, LanguageSchema, languageEvidence, type ReadLanguage } from '../../language/index.ts';
import { buildVocabulary } from '../vocabulary.ts';
import type { GlossLexicon } from './gloss-lexicon.ts';
import { glossEvidence } from './gloss-request.ts';
import { GLOSS_LEXICONS } from './lexicons.ts';

/** Fewest words a glossed language must be recognised by, so one shared word ("de", "met") never switches a request. */
const MIN_EVIDENCE = 2;

let readerWords: ReadonlySet<string> | undefined;

/** A word the reader reads already: its own vocabulary (English and French) or an English or French function word. */
function isReaderWord(word: string): boolean {
  readerWords ??= buildVocabulary().knownWords;
  if (readerWords.has(word)) return true;
  const { fr, en } = languageEvidence(word);
  return fr > 0 || en > 0;
}

/** The lexicon of a language read through a gloss, or none for English and French (read directly). */
export function glossLexiconOf(language: ReadLanguage | undefined): GlossLexicon | undefined {
  return GLOSS_LEXICONS.find((l) => l.language === language);
}

/**
 * The language a request is written in, among every language the butler reads: a glossed language when its lexicon
 * recognises more of the request's words (the reader's own words aside) than English and French together and every
 * other glossed language do (and at least two),
 * else English or French as `detectLanguage` weighs them, else `fallback` (a wordless answer such as "43" keeps the
 * conversation's language).
 * @example
 * detectReadLanguage('busco una tienda de campaña para 2 personas'); // 'es'
 */
export function detectReadLanguage(text: string, fallback: ReadLanguage = DEFAULT_LANGUAGE): ReadLanguage {
  const { fr, en } = languageEvidence(text);
  let best: ReadLanguage | undefined;
  // A glossed language must outweigh English and French together: a request mixing in a few of their words stays theirs.
  let bestScore = Math.max(fr + en, MIN_EVIDENCE - 1);
  let tied = false;
  for (const lexicon of GLOSS_LEXICONS) {
    const score = glossEvidence(text, lexicon, isReaderWord);
    if (score > bestScore) [best, bestScore, tied] = [lexicon.language, score, false];
    else if (score === bestScore && best !== undefined) tied = true;
  }
  if (best !== undefined && !tied) return best;
  if (fr > en) return 'fr';
  if (en > fr) return 'en';
  return LanguageSchema.safeParse(fallback).success || glossLexiconOf(fallback) ? fallback : DEFAULT_LANGUAGE;
}
