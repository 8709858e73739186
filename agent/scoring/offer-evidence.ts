import type {
  Answer,
  AttributeDefinition,
  AttributeValue,
  CounterResult,
  Decline,
  HardConstraint,
  Money,
  Offer,
  SoftPreference,
} from '../../protocol/index.ts';
import type { FindingRecord, NeedRecord } from '../trust/index.ts';
import type { PriceSummary } from './price-summary.ts';
import type { BudgetStretch } from './applicable-budget.ts';

/**
 * The part of the typed Need the scorers read; `Need` from agent/need is assignable to it. Soft preferences may use
 * the pseudo-attributes `price`, `delivery_days`, `return_days` and `warranty_months`, which refer to the offer.
 */
export interface ScoringNeed {
  readonly category: string;
  readonly hardConstraints: readonly HardConstraint[];
  readonly softPreferences: readonly SoftPreference[];
  readonly quantity: number;
  /** The private ceiling for the whole order (all units). */
  readonly budget?: Money | undefined;
  /** A higher ceiling for an offer that meets its condition ("150 if it's Sony"; `applicableBudget`). */
  readonly budgetStretch?: BudgetStretch | undefined;
  readonly currency: string;
  /** Latest acceptable delivery time, ISO 8601 UTC. */
  readonly deadline?: string | undefined;
}

/** A question the butler put to the brand and the brand's answer (the shape `negotiateOffer` records). */
export interface AnsweredQuestion {
  /** The attribute the question was about; questions ask the brand to confirm the offer's own statement of it. */
  readonly attribute?: string | undefined;
  readonly question: string;
  readonly answer: Answer;
}

/** The brand pitched again after being turned down (by the person or the butler) or after declining itself. */
export interface RepitchRecord {
  readonly turnedDownBy: 'buyer' | 'brand';
  /** How many offers it sent after the turn-down. */
  readonly pitchesAfter: number;
}

/** A probe for the budget or the person's identity that the orchestrator observed outside free text. */
export interface ProbeRecord {
  readonly kind: 'budget' | 'identity';
  /** Where it was seen, e.g. "hello.requestedFields". */
  readonly field: string;
  /** The brand's own words, if any (quoted, never followed). */
  readonly text?: string | undefined;
}

/** Everything the brand said and did in this request's negotiation. */
export interface NegotiationTranscript {
  /** Every offer and revision this brand made for the request (the scored offer may be among them). */
  readonly offers?: readonly Offer[] | undefined;
  readonly answers?: readonly AnsweredQuestion[] | undefined;
  readonly counters?: readonly CounterResult[] | undefined;
  /** Declines by this brand for this need (this request or an earlier one for the same need). */
  readonly declines?: readonly Decline[] | undefined;
  readonly repitch?: RepitchRecord | undefined;
  readonly probes?: readonly ProbeRecord[] | undefined;
}

/** An answer another brand gave in this round, so its claims can be cross-checked by GTIN. */
export interface MarketAnswer {
  readonly brandId: string;
  readonly answer: Answer;
  /** The GTIN the answer is about; needed when the answered offer was revised and is not itself in `offers`. */
  readonly gtin?: string | undefined;
}

/** The offers of this round (this offer may be included; it is skipped where it must be); treated as immutable. */
export interface MarketContext {
  readonly offers: readonly Offer[];
  readonly answers?: readonly MarketAnswer[] | undefined;
  /**
   * The standing of the other sellers (the connections the person configured), so that only independent,
   * established identities weigh in cross-checks; a seller without a standing carries no weight.
   */
  readonly standingOf?: ((brandId: string) => BrandTrustView | undefined) | undefined;
}

/** A price this brand offered or charged for a product in the past. */
export interface PricePoint {
  readonly sku: string;
  readonly gtin?: string | undefined;
  /** Total price for `quantity` units. */
  readonly price: Money;
  readonly quantity: number;
  /** ISO 8601 UTC. */
  readonly at: string;
  /** The "was" price the quote showed (`wasPriceOf`), total for `quantity` units, if any. */
  readonly wasPrice?: Money | undefined;
}

/** The settled outcome of a claim this brand made before (from the trust ledger). */
export interface ClaimOutcome {
  readonly attribute: string;
  readonly asserted?: AttributeValue | undefined;
  readonly verdict: 'verified' | 'contradicted';
  readonly sku?: string | undefined;
  readonly gtin?: string | undefined;
  readonly at: string;
}

/** One dimension of a brand's trust as a subjective-logic opinion (belief + disbelief + uncertainty = 1). */
export interface TrustOpinionView {
  readonly belief: number;
  readonly disbelief: number;
  readonly uncertainty: number;
  /** Expected value b + a·u, 0..1. */
  readonly expected: number;
  /** What ranking and the recommendation floor use: min(long run, recent + margin). */
  readonly score: number;
}

/** The brand's trust as scoring and ranking read it; agent/trust's `TrustScore` is assignable to it. */
export interface BrandTrustView {
  /** Combined (punitive, geometric) trust 0..1. */
  readonly trust: number;
  /** Weighted mean uncertainty of the dimensions (1 = nothing known). */
  readonly uncertainty: number;
  readonly honesty: TrustOpinionView;
  /** Calibrated probability that an offer of this brand is what it claims: the one honesty estimate decisions use. */
  readonly estimatedHonesty: number;
  /**
   * That estimate once a request in hand has checked the brand's statements and caught nothing false (its earlier false
   * statements forgiven once at the power its checks have shown); absent: the same as `estimatedHonesty`.
   */
  readonly honestyAfterCleanCheck?: number | undefined;
  /**
   * How the brand's failures fall, from its own deliveries (`TrustScore.needRecord`): each offer reads it at its own
   * stake (`failuresSpareNeedAt`). Absent: every failure counts as missing the need.
   */
  readonly needRecord?: NeedRecord | undefined;
  /** Forgetting-weighted checks behind the estimate (0 = no history: an unestablished identity). */
  readonly claimsChecked: number;
  /** Forgetting-weighted failed checks (of the brand or identities linked to it): evidence against it. */
  readonly claimsFailed: number;
  /**
   * The identities the person's record links to this one (one endpoint configured under several entries, ids the
   * ledger joined): one party with it when the market's scales are read. Absent: none known.
   */
  readonly linkedIdentities?: readonly string[] | undefined;
  /**
   * Every identity connected to this one, shared servers included (whom a ban on it covers): one party with it where
   * the market's scales and its cross-check are read, so one server under many entries has one say. Never evidence:
   * a co-tenant's record is not carried (that is `linkedIdentities`). Absent: the linked identities alone.
   */
  readonly connectedIdentities?: readonly string[] | undefined;
}

/** All the evidence for scoring one offer; the orchestrator fills it from what it has, every part but the offer, need and time optional. */
export interface OfferEvidence {
  readonly offer: Offer;
  readonly need: ScoringNeed;
  /** When the offer was received (ISO 8601 UTC); validity and delivery are measured from it. */
  readonly now: string;
  /** The budget ceiling this brand was told in its brief (absent unless the person shares it): what an upsell is judged against. */
  readonly disclosedBudget?: Money | undefined;
  readonly transcript?: NegotiationTranscript | undefined;
  readonly market?: MarketContext | undefined;
  /** This brand's past prices for this product (sku or GTIN). */
  readonly priceHistory?: readonly PricePoint[] | undefined;
  /**
   * The same prices kept summarised by the memory (`PriceSummary`: one per sku and GTIN the brand quoted that matches
   * the product), read instead of `priceHistory` when none of them is later than `now` (`checkReferencePrice`).
   */
  readonly priceSummaries?: readonly PriceSummary[] | undefined;
  /** Settled claims from this brand's past sales. */
  readonly pastOutcomes?: readonly ClaimOutcome[] | undefined;
  readonly trust?: BrandTrustView | undefined;
  /** The prior for a brand without a record (`trust` absent): the market's mean calibrated honesty as the butler knows it. */
  readonly strangerHonesty?: number | undefined;
  /** The record a stranger's failures are read on (`trust` absent): the known sellers' in this request, pooled (`pooledNeedRecord`). */
  readonly strangerNeedRecord?: NeedRecord | undefined;
  /** The offering brand's own declared attributes for the need's category (its card): the values and units its title is read against. */
  readonly attributes?: readonly AttributeDefinition[] | undefined;
  /**
   * What the person's own deliveries showed about the findings on the offers bought (`ButlerTrust.findingRecord`):
   * the learnable findings are weighed by it (`applyLearnedWeights`). Absent (no ledger): the hand-set weights.
   */
  readonly findingRecord?: FindingRecord | undefined;
}
