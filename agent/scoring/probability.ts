/** Clamps a number into [0, 1] (NaN becomes 0). */
export function clamp01(x: number): number {
  return x > 0 ? (x < 1 ? x : 1) : 0;
}

/** Log-odds of a probability, bounded so 0 and 1 stay finite. */
export function logit(p: number): number {
  const q = Math.min(0.999, Math.max(0.001, p));
  return Math.log(q / (1 - q));
}

/** The probability for a log-odds value. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** Noisy-OR: the chance at least one of several independent signals of the given strengths (0..1) is real. */
export function noisyOr(strengths: Iterable<number>): number {
  let none = 1;
  for (const s of strengths) none *= 1 - clamp01(s);
  return 1 - none;
}
