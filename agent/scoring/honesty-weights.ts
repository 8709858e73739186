/**
 * Log-odds each honesty finding adds to the prior that the brand's claims hold. Contradictions weigh far more
 * than corroborations (punish faster than reward); positive findings are capped so volume cannot buy trust.
 */
export const HONESTY_WEIGHTS = {
  /** Prior when the brand's honesty trust is unknown. */
  unknownPrior: 0.7,
  /** A claim with checkable evidence (an id or address to check, from a named issuer or a spec sheet). */
  claimWithEvidence: 0.1,
  claimWithEvidenceCap: 0.3,
  /** Evidence cited for a claim that is caught false looks fabricated: the lie was dressed up. */
  evidenceBehindFalseClaim: -1,
  /** Evidence nobody could check ("lab tested") earns nothing, and neither does a bare claim: product data is no different. */
  claimWithUncheckableEvidence: 0,
  claimWithoutEvidence: 0,
  claimContradictsProduct: -2.5,
  marketContradiction: -2.5,
  marketDisputed: -0.4,
  marketCorroborated: 0.15,
  marketCorroboratedCap: 0.45,
  fakeReferencePrice: -2,
  unverifiableReferencePrice: -0.3,
  answerContradictsOffer: -2.5,
  answerContradictsAnswer: -2,
  answerConfirms: 0.2,
  answerConfirmsCap: 0.6,
  revisionChangedProduct: -1.5,
  pastContradictionSameClaim: -1.5,
  pastContradictionSameClaimCap: -3,
  pastContradictionOther: -0.4,
  pastContradictionOtherCap: -1.2,
  pastVerifiedSameProduct: 0.3,
  pastVerifiedSameProductCap: 0.9,
} as const;

/** Adds `step` per occurrence up to `cap` (either sign); the total a group of findings may contribute. */
export function cappedTotal(count: number, step: number, cap: number): number {
  const total = count * step;
  return step >= 0 ? Math.min(total, cap) : Math.max(total, cap);
}
