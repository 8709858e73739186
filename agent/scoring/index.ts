// Public API of offer scoring: pure, explainable fit / honesty / pressure scores of one offer from its evidence.
export type {
  OfferEvidence,
  ScoringNeed,
  NegotiationTranscript,
  AnsweredQuestion,
  RepitchRecord,
  ProbeRecord,
  MarketContext,
  MarketAnswer,
  PricePoint,
  ClaimOutcome,
  BrandTrustView,
  TrustOpinionView,
} from './offer-evidence.ts';
export type { EvidenceItem, EvidenceData } from './evidence-item.ts';
export { quoteText, brandText, MAX_QUOTE_LENGTH } from './quote-text.ts';
export type { Quote } from './quote-text.ts';
export { parseBrandField, brandFieldInEnglish, fieldInEnglish } from './brand-field.ts';
export type { BrandField } from './brand-field.ts';
export { offerExpired } from './offer-expired.ts';
export { applicableBudget, stretchApplies } from './applicable-budget.ts';
export type { BudgetStretch, Ceilings } from './applicable-budget.ts';
export { scoreFit, refitPreferences, preferenceScales, couldBeBought, FIT_WEIGHTS, FIT_RULES } from './score-fit.ts';
export { marketParties, partyIdentitiesOf } from './market-parties.ts';
export { sellerWeight } from './seller-weight.ts';
export { recordCredibility } from './record-credibility.ts';
export { preferenceScale } from './preference-scale.ts';
export type { PartyValue } from './preference-scale.ts';
export type { FitScore, HardViolation, PreferenceFit } from './score-fit.ts';
export { scoreHonesty, afterCleanCheck, SERIOUS_HONESTY_FINDINGS, statementsChecked } from './score-honesty.ts';
export { needHoldsProbability, offerNeedHolds } from './need-holds.ts';
export { checkTitle } from './check-title.ts';
export { PriceSummary, summarisePastPrices } from './price-summary.ts';
export { wasPriceOf } from './was-price-of.ts';
export type { HonestyScore } from './score-honesty.ts';
export { HONESTY_WEIGHTS } from './honesty-weights.ts';
export { LEARNABLE_FINDINGS, FINDING_PRIOR_DELIVERIES, learnedFindingWeight, applyLearnedWeights, learnedFindingSentence } from './learned-finding-weight.ts';
export type { LearnedFindingWeight } from './learned-finding-weight.ts';
export { scoreOfferPressure, textTacticWeight } from './score-offer-pressure.ts';
export type { PressureScore, ScorePressureOptions } from './score-offer-pressure.ts';
export { DEFAULT_TEXT_TACTIC_WEIGHT } from './pressure-tactic.ts';
export type { PressureTactic } from './pressure-tactic.ts';
// The tactic vocabulary lives in protocol/pressure-tactics.ts; re-exported for the scorers' callers.
export { BEHAVIOUR_TACTICS } from '../../protocol/index.ts';
export type { BehaviourTacticLabel } from '../../protocol/index.ts';
export { BEHAVIOUR_RULES } from './behaviour-tactics.ts';
export { isHeldAgainstBrand, isInformationalInField } from './brand-texts.ts';
export { restsOnModelAlone } from '../pressure/index.ts';
export { memoizeDetector } from './memoize-detector.ts';
// One detector type, defined by agent/pressure; re-exported for the scorers' callers.
export type { PressureDetector, TextPressureReport, DetectedTactic } from '../pressure/index.ts';
export { scoreOffer } from './score-offer.ts';
export type { OfferScores } from './score-offer.ts';
export { offerStatements, sameAttributeValue, formatAttributeValue } from './offer-statements.ts';
export { checkedHonestyOf, strangerHonestyOf } from './stranger-honesty.ts';
