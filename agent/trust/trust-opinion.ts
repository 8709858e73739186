/** A subjective-logic opinion: belief + disbelief + uncertainty = 1, and the expected value b + a·u for base rate a. */
export interface TrustOpinion {
  readonly belief: number;
  readonly disbelief: number;
  readonly uncertainty: number;
  readonly baseRate: number;
  readonly expected: number;
}

/** The opinion from positive evidence r and negative evidence s: b = r/(r+s+W), d = s/(r+s+W), u = W/(r+s+W). */
export function opinionOf(positive: number, negative: number, baseRate: number, priorWeight: number): TrustOpinion {
  const total = positive + negative + priorWeight;
  const belief = positive / total;
  const uncertainty = priorWeight / total;
  return { belief, disbelief: negative / total, uncertainty, baseRate, expected: belief + baseRate * uncertainty };
}
