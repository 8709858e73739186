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
export type { EvidenceItem } from './evidence-item.ts';
export { quoteText, MAX_QUOTE_LENGTH } from './quote-text.ts';
export type { Quote } from './quote-text.ts';
export { scoreFit, FIT_WEIGHTS, FIT_RULES } from './score-fit.ts';
export type { FitScore, HardViolation, PreferenceFit } from './score-fit.ts';
export { scoreHonesty, SERIOUS_HONESTY_FINDINGS } from './score-honesty.ts';
export type { HonestyScore } from './score-honesty.ts';
export { HONESTY_WEIGHTS } from './honesty-weights.ts';
export { scorePressure, textTacticWeight } from './score-pressure.ts';
export type { PressureScore, ScorePressureOptions } from './score-pressure.ts';
export { BEHAVIOUR_TACTICS, DEFAULT_TEXT_TACTIC_WEIGHT } from './pressure-tactic.ts';
export type { PressureTactic, BehaviourTacticLabel } from './pressure-tactic.ts';
export { BEHAVIOUR_RULES } from './behaviour-tactics.ts';
export { isInformationalInField } from './brand-texts.ts';
export { memoizeDetector } from './pressure-detector.ts';
export type { PressureDetector, TextPressureReading, DetectedTextTactic } from './pressure-detector.ts';
export { scoreOffer } from './score-offer.ts';
export type { OfferScores } from './score-offer.ts';
export { offerStatements, sameAttributeValue, formatAttributeValue } from './offer-statements.ts';
