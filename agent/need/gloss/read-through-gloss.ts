import { PROTOCOL_LIMITS } from '../../../protocol/index.ts';
import type { ReadLanguage } from '../../language/index.ts';
import type { Understanding } from '../need-engine.ts';
import { detectReadLanguage, glossLexiconOf } from './detect-read-language.ts';
import type { GlossLexicon } from './gloss-lexicon.ts';
import { glossRequest } from './gloss-request.ts';

/** A request as the reader is given it: in its own words (English, French) or glossed into English. */
export interface RequestToRead {
  readonly language: ReadLanguage;
  /** The text the reader reads: the request itself, or its gloss. */
  readonly text: string;
  /** The lexicon it was glossed with, when it was. */
  readonly lexicon?: GlossLexicon;
}

/**
 * Recognises the request's language (`fallback`: the conversation's, for a wordless answer) and, for one read through
 * a gloss, writes it in the reader's English words.
 */
export function readThroughGloss(text: string, fallback?: ReadLanguage): RequestToRead {
  const language = detectReadLanguage(text, fallback);
  const lexicon = glossLexiconOf(language);
  if (lexicon === undefined) return { language, text };
  return { language, text: glossRequest(text, lexicon).text, lexicon };
}

/** Earlier words of the conversation, read again in the language they were read in: glossed when it has a lexicon. */
export function glossedIn(text: string, language: ReadLanguage | undefined): string {
  const lexicon = glossLexiconOf(language);
  return lexicon === undefined ? text : glossRequest(text, lexicon).text;
}

/** Said in English, the language the answer is in: which language the request was read in. */
function readNote(lexicon: GlossLexicon): string {
  return `Read in ${lexicon.name}; I answer in English.`;
}

/**
 * The person's words as typed, where the reading kept the gloss; never longer than a need's text may be (a gloss is
 * often shorter than the words it glosses, and the reading was cut to the gloss's length).
 */
function asTyped(recorded: string, glossed: string, typed: string): string {
  return glossed === typed ? recorded : recorded.split(glossed).join(typed).slice(0, PROTOCOL_LIMITS.maxTextLength);
}

/**
 * An understanding of a glossed request, said back honestly: the need keeps the person's own words (not the gloss),
 * and the answer says, in English, which language the request was read in.
 */
export function sayLanguageRead(understanding: Understanding, request: RequestToRead, typed: string): Understanding {
  const { lexicon } = request;
  if (lexicon === undefined) return understanding;
  const note = readNote(lexicon);
  if (understanding.kind === 'need') {
    const need = { ...understanding.need, text: asTyped(understanding.need.text, request.text, typed) };
    return { ...understanding, need, assumptions: [note, ...understanding.assumptions].slice(0, 64) };
  }
  if (understanding.kind === 'clarify') {
    const partial = { ...understanding.partial, text: asTyped(understanding.partial.text, request.text, typed) };
    return { ...understanding, partial, question: `${note} ${understanding.question}`.slice(0, 500) };
  }
  return { ...understanding, message: `${note} ${understanding.message}`.slice(0, 500) };
}
