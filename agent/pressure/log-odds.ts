/** Log-odds of a probability, clamped to [bound, 1 - bound] so 0 and 1 stay finite. */
export function logit(p: number, bound = 0.001): number {
  const q = Math.min(1 - bound, Math.max(bound, p));
  return Math.log(q / (1 - q));
}

/** The probability for a log-odds value (the inverse of `logit`). */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}
