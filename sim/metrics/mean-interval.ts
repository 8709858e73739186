import type { Ratio } from './ratio.ts';

/** A mean with its 95 % confidence interval (null bounds with fewer than two values). */
export interface MeanInterval {
  readonly n: number;
  readonly mean: Ratio;
  readonly low: Ratio;
  readonly high: Ratio;
}

/** Student's t 0.975 quantiles for 1..30 degrees of freedom. */
const T975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];

/** The 0.975 quantile of Student's t with `df` degrees of freedom (table to 30, Cornish–Fisher expansion beyond: error < 1e-4). */
export function tQuantile975(df: number): number {
  if (df < 1) return Number.NaN;
  if (df <= T975.length) return T975[Math.floor(df) - 1]!;
  const z = 1.959963985;
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3);
}

/** Rounds a statistic to 6 decimals (and −0 to 0), so the same inputs always give the same bytes. */
export function roundStatistic(x: number): number {
  const r = Math.round(x * 1e6) / 1e6;
  return Object.is(r, -0) ? 0 : r;
}

const fixed = roundStatistic;

/**
 * The mean of `values` with a two-sided 95 % t-interval (mean ± t₀.₉₇₅,n−1 · s/√n). Summed in the given order and
 * rounded to 6 decimals, so the same values in the same order always give the same bytes.
 */
export function meanInterval(values: readonly number[]): MeanInterval {
  const n = values.length;
  if (n === 0) return { n, mean: null, low: null, high: null };
  const mean = values.reduce((s, v) => s + v, 0) / n;
  if (n < 2) return { n, mean: fixed(mean), low: null, high: null };
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1);
  const half = tQuantile975(n - 1) * Math.sqrt(variance / n);
  return { n, mean: fixed(mean), low: fixed(mean - half), high: fixed(mean + half) };
}
