import { DEFAULT_LANGUAGE, LanguageSchema, languageEvidence, type ReadLanguage } from '../../language/index.ts';
import { buildVocabulary } from '../vocabulary.ts';
import type { GlossLexicon } from './gloss-lexicon.ts';
import { glossEvidence, telltaleWords, withoutLexiconWords } from './gloss-request.ts';
import { splitVerbatim } from './verbatim-spans.ts';
import { GLOSS_LEXICONS } from './lexicons.ts';

/** Fewest words a glossed language must be recognised by, so one shared word ("de", "met") never switches a request. */
const MIN_EVIDENCE = 2;

let readerWords: ReadonlySet<string> | undefined;
/** Words already judged, so a long request costs one judgement per distinct word. */
const judged = new Map<string, boolean>();
const MAX_JUDGED = 50_000;

/** A word the reader reads already: its own vocabulary (English and French) or an English or French function word. */
export function isReaderWord(word: string): boolean {
  readerWords ??= buildVocabulary().knownWords;
  let known = judged.get(word);
  if (known === undefined) {
    const { fr, en } = languageEvidence(word);
    known = readerWords.has(word) || fr > 0 || en > 0;
    if (judged.size < MAX_JUDGED) judged.set(word, known);
  }
  return known;
}

/** The lexicon of a language read through a gloss, or none for English and French (read directly). */
export function glossLexiconOf(language: ReadLanguage | undefined): GlossLexicon | undefined {
  return GLOSS_LEXICONS.find((l) => l.language === language);
}

/**
 * How many of `text`'s letters `letters` writes, as a count of Latin letters: a lone letter between non-letters
 * ("32 Ω", "10Ω", "5 µm") is a symbol, not a word, in an alphabet; a script written without spaces
 * (`GlossLexicon.spaceless`) writes a syllable per character, so each counts as two letters.
 */
function scriptWeight(text: string, lexicon: GlossLexicon & { letters: RegExp }): number {
  let weight = 0;
  for (const run of text.match(/\p{L}+/gu) ?? []) {
    const count = [...run].filter((c) => lexicon.letters.test(c)).length;
    if (lexicon.spaceless) weight += 2 * count;
    else if (count >= 2) weight += count;
  }
  return weight;
}

/** How many Latin letters `text` writes in words the reader reads (names and model codes aside: "Sony WH-1000XM5"). */
function readerLetters(text: string): number {
  let count = 0;
  for (const word of text.match(/\p{Script=Latin}+/gu) ?? []) if (isReaderWord(word.toLowerCase())) count += word.length;
  return count;
}

/**
 * The language whose own script (`GlossLexicon.letters`) writes most of the request's letters outside quotes and
 * addresses, when one does: more of them than the Latin letters of words the reader reads ("Sony WH-1000XM5 купить" is
 * Russian whatever the brand's name, "running shoes like the Мотив" is English whatever the model's). A language whose script is shared
 * with one the butler does not read needs its own letters (`GlossLexicon.ownLetters`: Han alone is not Japanese).
 */
function ownScriptLanguage(text: string): ReadLanguage | undefined {
  let best: ReadLanguage | undefined;
  let most = 0;
  const unquoted = splitVerbatim(text).filter((_, k) => k % 2 === 0).join(' ');
  for (const lexicon of GLOSS_LEXICONS) {
    const letters = lexicon.letters;
    if (letters === undefined) continue;
    if (lexicon.ownLetters !== undefined && !lexicon.ownLetters.test(unquoted)) continue;
    const weight = scriptWeight(unquoted, { ...lexicon, letters });
    if (weight > most) [best, most] = [lexicon.language, weight];
  }
  return most > readerLetters(unquoted) ? best : undefined;
}

/**
 * The language a request is written in, among every language the butler reads: the language of its script when it
 * is written in one only a glossed language writes (`ownScriptLanguage`), else a glossed language when its lexicon
 * recognises more of the request's words (the reader's own words aside) than every other glossed language does, at
 * least two, and more than the English and French signs left once its own words are set aside,
 * else English or French as `detectLanguage` weighs them, else `fallback` (a wordless answer such as "43" keeps the
 * conversation's language).
 * @example
 * detectReadLanguage('busco una tienda de campaña para 2 personas'); // 'es'
 */
export function detectReadLanguage(text: string, fallback: ReadLanguage = DEFAULT_LANGUAGE): ReadLanguage {
  const written = ownScriptLanguage(text);
  if (written !== undefined) return written;
  const { fr, en } = languageEvidence(text);
  let best: ReadLanguage | undefined;
  let bestScore = MIN_EVIDENCE - 1;
  let tied = false;
  const words = telltaleWords(text, isReaderWord);
  for (const lexicon of GLOSS_LEXICONS) {
    const score = glossEvidence(words, lexicon);
    if (score < bestScore || score <= 0) continue;
    // It must outweigh the English and French signs together, leaving aside its own words ("un", "de" in Spanish).
    const other = languageEvidence(withoutLexiconWords(text, lexicon));
    if (score <= other.fr + other.en) continue;
    if (score > bestScore) [best, bestScore, tied] = [lexicon.language, score, false];
    else if (best !== undefined) tied = true;
  }
  if (best !== undefined && !tied) return best;
  if (fr > en) return 'fr';
  if (en > fr) return 'en';
  return LanguageSchema.safeParse(fallback).success || glossLexiconOf(fallback) ? fallback : DEFAULT_LANGUAGE;
}
