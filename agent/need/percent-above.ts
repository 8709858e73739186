import { PhraseMatcher } from './phrase-matcher.ts';
import type { Token } from './tokenize.ts';

/** Words saying a share is counted above a figure: "20% over 1500", "10 % au-dessus de 400 €". */
const ABOVE = new PhraseMatcher([{ phrases: ['over', 'above', 'more than', 'on top of', 'beyond', 'au dessus de', 'de plus que', 'au dela de', 'en plus de'] }]);
const PERCENT_WORDS = new PhraseMatcher([{ phrases: ['%', 'percent', 'per cent', 'pourcent', 'pour cent', 'pct'] }]);

/** A share said above a price: the percentage and where the price it is counted on starts. */
export interface PercentAbove {
  readonly percent: number;
  /** Index of the token the base price starts at. */
  readonly baseAt: number;
}

/**
 * "no more than 20% over 1500", "max 10 percent above 400 eur": a ceiling said as a share above a figure, read at `i`
 * (after the ceiling's own words). The price is the base plus the share; undefined when no such share starts at `i`.
 */
export function percentAboveAt(tokens: readonly Token[], used: readonly boolean[], i: number): PercentAbove | undefined {
  const share = tokens[i];
  if (share === undefined || used[i] || share.kind !== 'number' || share.value === undefined || !(share.value > 0) || share.value > 100) return undefined;
  const unit = PERCENT_WORDS.matchAt(tokens, used, i + 1);
  if (unit === undefined) return undefined;
  const above = ABOVE.matchAt(tokens, used, unit.end);
  if (above === undefined) return undefined;
  return { percent: share.value, baseAt: above.end };
}
