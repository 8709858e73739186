import type { Token } from './tokenize.ts';

/**
 * True when the tokens from `at` on are these words, in order (normalised forms, words only), and, when `used` is
 * given, none of them is already explained. The one reading of "these words here" behind the readers' lead phrases
 * ("my old", "I'm", "et demi", "the 4 of us").
 */
export function wordsAt(tokens: readonly Token[], at: number, words: readonly string[], used?: readonly boolean[]): boolean {
  return at >= 0 && words.every((w, d) => used?.[at + d] !== true && tokens[at + d]?.kind === 'word' && tokens[at + d]!.norm === w);
}
