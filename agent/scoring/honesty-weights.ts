import { TRUST_PARAMETERS } from '../trust/index.ts';

/**
 * Log-odds each honesty finding adds to the brand's calibrated honesty (the prior) for one offer. Only what the brand
 * itself said and did moves it (its own statements disagreeing, its own price history); other sellers' statements
 * move confidence in the one claim they are about, weighted by their own track record.
 */
export const HONESTY_WEIGHTS = {
  /** Probability that an offer of a brand the butler has never checked is what it claims (the trust model's prior). */
  unknownPrior: TRUST_PARAMETERS.calibration.baseRate,
  /**
   * Evidence a claim cites is not evidence the butler checked: deceptive sellers cite certificates too, so citing one
   * moves nothing (the likelihood ratio is ~1). It is shown, and taken back with a penalty when the claim is caught.
   */
  claimWithEvidence: 0,
  claimWithEvidenceCap: 0,
  /** Evidence cited for a claim that is caught false looks fabricated: the lie was dressed up. */
  evidenceBehindFalseClaim: -1,
  claimWithUncheckableEvidence: 0,
  claimWithoutEvidence: 0,
  /** The brand's own statements disagree with each other: attributable to the brand. */
  claimContradictsProduct: -2.5,
  fakeReferencePrice: -2,
  unverifiableReferencePrice: -0.3,
  answerContradictsOffer: -2.5,
  answerContradictsAnswer: -2,
  /** A brand confirming its own offer says nothing a liar would not say. */
  answerConfirms: 0,
  answerConfirmsCap: 0,
  revisionChangedProduct: -1.5,
  /**
   * The offer's own title names another value than the offer states ("… azerty" against keyboard_layout = qwerty).
   * As strong as a claim contradicting the product data, but on this offer only: a title is prose, read by the butler.
   */
  titleContradictsOffer: -2.5,
  /**
   * Past outcomes already live in the brand's calibrated estimate (the prior): shown as the reason, never added a
   * second time.
   */
  pastContradictionSameClaim: 0,
  pastContradictionSameClaimCap: 0,
  pastContradictionOther: 0,
  pastContradictionOtherCap: 0,
  pastVerifiedSameProduct: 0,
  pastVerifiedSameProductCap: 0,
  /** Checks after which a seller counts half as established in cross-checks (its weight is checks / (checks + this)). */
  marketEstablishedAt: 2,
  /** Most log-odds one seller's word can carry (its honesty's log-odds, capped: even a good seller can be mistaken). */
  marketSellerCap: 2,
  /** Most log-odds the market can take from one attribute's claim (agreement moves nothing: see checkMarketConsensus). */
  marketAttributeCap: 4,
} as const;

/** Adds `step` per occurrence up to `cap` (either sign); the total a group of findings may contribute. */
export function cappedTotal(count: number, step: number, cap: number): number {
  const total = count * step;
  return step >= 0 ? Math.min(total, cap) : Math.max(total, cap);
}
