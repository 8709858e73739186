import { roundStatistic, tQuantile975, type MeanInterval } from './mean-interval.ts';

/** One paired unit (seed × consumer) of a ratio of totals: a policy's welfare and the reference's on the same needs. */
export interface PairedUnit {
  readonly own: number;
  readonly reference: number;
}

/**
 * Σ own ÷ Σ reference over paired units, with a 95 % interval by the delta method: both totals are random, so the
 * standard error is that of the residuals own − R·reference, ÷ the mean reference (t quantile, n − 1 degrees of
 * freedom). A unit whose reference welfare is near 0 weighs what its money weighs instead of dividing by ~0. The
 * ratio is null when the reference total is not positive; bounds are null with fewer than two units.
 */
export function ratioOfTotals(units: readonly PairedUnit[]): MeanInterval {
  const n = units.length;
  const own = units.reduce((s, u) => s + u.own, 0);
  const reference = units.reduce((s, u) => s + u.reference, 0);
  if (n === 0 || reference <= 0) return { n, mean: null, low: null, high: null };
  const ratio = own / reference;
  if (n < 2) return { n, mean: roundStatistic(ratio), low: null, high: null };
  const squares = units.reduce((s, u) => s + (u.own - ratio * u.reference) ** 2, 0);
  const half = (tQuantile975(n - 1) * Math.sqrt(squares / (n * (n - 1)))) / (reference / n);
  return { n, mean: roundStatistic(ratio), low: roundStatistic(ratio - half), high: roundStatistic(ratio + half) };
}
