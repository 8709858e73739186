// Public API of the decision: rank scored offers by expected value, explain the ranking, pick a divergent option.
export { rankOffers, floorHonestyOf, floorEstimateOf, caughtBeforeReason, EXCLUSION_REASONS } from './rank-offers.ts';
export type { RankCandidate, RankOptions, Ranking, RankedOffer, ExcludedOffer, ExclusionReason, ExclusionCode, ReportedDecline } from './rank-offers.ts';
export { offerValue, preferenceMatchAt, worthAt, expectedWorth, VALUE_MODEL } from './offer-value.ts';
export { describeValue } from './describe-value.ts';
export { EXPLANATION_MESSAGES } from './explanation-messages.ts';
export type { ExplanationMessages } from './explanation-messages.ts';
export type { ValueBreakdown } from './offer-value.ts';
export { explainRanking, MAX_NAME_LENGTH } from './explain-ranking.ts';
export type { RankingExplanation, OfferExplanation, OfferBreakdown, ExplainOptions } from './explain-ranking.ts';
export { describeFlags, FLAG_MIN_STRENGTH } from './describe-flags.ts';
export type { AttributeNamer } from './describe-flags.ts';
export { describeEvidence, describeTactic, describeViolation, scoresIn, evidenceFromData, tacticFromData } from './describe-evidence.ts';
export { EVIDENCE_MESSAGES } from './evidence-messages.ts';
export type { EvidenceMessages } from './evidence-messages.ts';
export type { OfferFlag } from './describe-flags.ts';
export { pickDivergent, DIVERGENCE_RULES } from './pick-divergent.ts';
export type { PickDivergentInput, PurchaseHistory, DivergentPick } from './pick-divergent.ts';
export { formatMoney } from './format-money.ts';
