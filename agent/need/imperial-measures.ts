import type { Token } from './tokenize.ts';

/** Money words that say the person counts in pounds sterling (not "pounds", which may weigh). */
const STERLING_WORDS: ReadonlySet<string> = new Set(['£', 'gbp', 'quid', 'sterling']);

/**
 * True when a request's pints, quarts, gallons and fluid ounces are the British (imperial) ones: the person prices in
 * pounds sterling ("3 pints or so … £70 tops"). Elsewhere they are the US measures, 20 % smaller for a pint.
 */
export function measuresAreImperial(tokens: readonly Token[]): boolean {
  return tokens.some((t) => STERLING_WORDS.has(t.norm));
}
