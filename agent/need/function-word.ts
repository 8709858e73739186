import { LEXICON, STOPWORDS } from './lexicon.ts';

/** The words of the lexicon's roles (negation, firmness, conditions, comparison…): they say how, never what. */
const ROLE_WORDS: ReadonlySet<string> = new Set(LEXICON.filter((e) => e.role !== undefined).flatMap((e) => e.phrases.flatMap((p) => p.split(' '))));

/** Whether a normalised word is filler or a role word ("the", "if", "than", "au") rather than one naming something ("battery", "cotton"). */
export function isFunctionWord(norm: string): boolean {
  return STOPWORDS.has(norm) || ROLE_WORDS.has(norm);
}
