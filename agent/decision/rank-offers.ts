import { canonicalJson, hashToSeed, type Decline, type Offer } from '../../protocol/index.ts';
import type { PolicyVerdict } from '../policy/index.ts';
import type { BrandTrustView, OfferScores, ScoringNeed } from '../scoring/index.ts';
import { offerValue, VALUE_WEIGHTS, type ValueBreakdown } from './offer-value.ts';

/** One scored offer to rank, with the brand's trust and the policy verdict on it. */
export interface RankCandidate {
  readonly offer: Offer;
  readonly scores: OfferScores;
  readonly trust?: BrandTrustView | undefined;
  /** The person's rules on this offer (banned brand, caps, values); absent means allowed. */
  readonly policy?: PolicyVerdict | undefined;
}

/** Inputs of a ranking besides the candidates. */
export interface RankOptions {
  readonly need: ScoringNeed;
  /** Honesty trust below which a brand is never recommended (the profile's, else the trust model's floor). */
  readonly honestyFloor: number;
  /** Honest "no fit" answers received for this request. */
  readonly declines?: readonly Decline[] | undefined;
  /**
   * Breaks exact value ties by a hash of this key and the offer id (e.g. the request id), so equal offers are not
   * always won by the alphabetically first brand; without it, ties fall back to offer id order.
   */
  readonly tieBreakKey?: string | undefined;
}

/** Why an offer can never be recommended. */
export const EXCLUSION_REASONS = {
  'hard-constraint': 'violates a hard constraint',
  'over-budget': 'costs more than the budget',
  'missed-deadline': 'cannot arrive by the deadline',
  policy: "breaks one of the person's rules",
  'below-honesty-floor': "the brand's honesty trust is below the floor",
} as const;

/** An exclusion reason code. */
export type ExclusionCode = keyof typeof EXCLUSION_REASONS;

/** One reason an offer is excluded, with its details. */
export interface ExclusionReason {
  readonly code: ExclusionCode;
  readonly detail: string;
  /** The attribute a hard-constraint exclusion is about. */
  readonly attribute?: string | undefined;
}

/** An offer that may be recommended, in rank order. */
export interface RankedOffer {
  /** 1-based. */
  readonly rank: number;
  readonly offerId: string;
  readonly brandId: string;
  readonly value: number;
  readonly breakdown: ValueBreakdown;
  readonly offer: Offer;
  readonly scores: OfferScores;
  readonly trust?: BrandTrustView | undefined;
}

/** An offer that must never be recommended, and why. */
export interface ExcludedOffer {
  readonly offerId: string;
  readonly brandId: string;
  readonly reasons: readonly ExclusionReason[];
  readonly offer: Offer;
  readonly scores: OfferScores;
  readonly trust?: BrandTrustView | undefined;
}

/** A brand's "no fit" answer; honest when the brand made no offer in this ranking (the orchestrator records it as a trust event). */
export interface ReportedDecline {
  readonly brandId: string;
  readonly requestId: string;
  readonly reason: Decline['reason'];
  readonly honest: boolean;
}

/** The ranking of one request: recommendable offers best first, exclusions with reasons, declines. */
export interface Ranking {
  readonly ranked: readonly RankedOffer[];
  readonly excluded: readonly ExcludedOffer[];
  readonly declines: readonly ReportedDecline[];
  readonly honestyFloor: number;
  readonly weights: typeof VALUE_WEIGHTS;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Stable order of candidates that never looks at arrival order: offer id, brand id, then the offer's canonical form. */
function compareCandidates(a: RankCandidate, b: RankCandidate): number {
  return compareText(a.offer.offerId, b.offer.offerId) || compareText(a.offer.brandId, b.offer.brandId) || compareText(canonicalJson(a.offer), canonicalJson(b.offer));
}

function exclusionsOf(candidate: RankCandidate, floor: number): ExclusionReason[] {
  const reasons: ExclusionReason[] = [];
  for (const v of candidate.scores.fit.hardViolations) {
    const code: ExclusionCode = v.kind === 'budget' ? 'over-budget' : v.kind === 'deadline' ? 'missed-deadline' : 'hard-constraint';
    reasons.push(v.attribute === undefined ? { code, detail: v.detail } : { code, detail: v.detail, attribute: v.attribute });
  }
  if (candidate.policy && !candidate.policy.allowed) {
    for (const v of candidate.policy.violations) reasons.push({ code: 'policy', detail: `${v.rule}: ${v.message}` });
  }
  // The floor excludes brands with evidence against their honesty. A brand that is merely unproven (no
  // disbelief yet: a newcomer, whose cold-start base rate sits below the floor by design) stays eligible and pays
  // for its uncertainty in the value instead; otherwise no new brand could ever be tried.
  const honesty = candidate.trust?.honesty.score;
  const caught = (candidate.trust?.honesty.disbelief ?? 0) > 0;
  if (honesty !== undefined && caught && !(honesty >= floor)) {
    reasons.push({ code: 'below-honesty-floor', detail: `honesty trust ${honesty.toFixed(2)} is below the floor of ${floor.toFixed(2)}` });
  }
  return reasons;
}

/**
 * Ranks offers by expected value to the person (fit × probability the claims hold × price and trust, discounted
 * for pressure) after hard filters: hard-constraint violations, over budget, missed deadline, policy violations and
 * brands below the honesty floor are excluded with their reasons. The result depends only on the set of candidates,
 * never on their arrival order: ties are broken by a seeded hash of `tieBreakKey` and the offer id, then by offer id,
 * brand id and the offer itself.
 */
export function rankOffers(candidates: readonly RankCandidate[], options: RankOptions): Ranking {
  const ordered = [...candidates].sort(compareCandidates);
  const eligible: RankCandidate[] = [];
  const excluded: ExcludedOffer[] = [];
  for (const c of ordered) {
    const reasons = exclusionsOf(c, options.honestyFloor);
    if (reasons.length === 0) eligible.push(c);
    else excluded.push({ offerId: c.offer.offerId, brandId: c.offer.brandId, reasons, offer: c.offer, scores: c.scores, trust: c.trust });
  }
  const prices = eligible.filter((c) => c.offer.price.currency === options.need.currency).map((c) => c.offer.price.amountMinor);
  const cheapestMinor = prices.length ? Math.min(...prices) : undefined;
  const valued = eligible.map((c) => ({ c, breakdown: offerValue({ offer: c.offer, scores: c.scores, trust: c.trust, need: options.need, cheapestMinor }) }));
  const tieKey = options.tieBreakKey;
  const tieRank = (c: RankCandidate) => (tieKey === undefined ? 0 : hashToSeed(`${tieKey}\u0000${c.offer.offerId}`));
  valued.sort((a, b) => b.breakdown.value - a.breakdown.value || tieRank(a.c) - tieRank(b.c) || compareCandidates(a.c, b.c));
  const ranked = valued.map(({ c, breakdown }, i) => ({
    rank: i + 1,
    offerId: c.offer.offerId,
    brandId: c.offer.brandId,
    value: breakdown.value,
    breakdown,
    offer: c.offer,
    scores: c.scores,
    trust: c.trust,
  }));
  const offering = new Set(candidates.map((c) => c.offer.brandId));
  const declines = [...(options.declines ?? [])]
    .map((d) => ({ brandId: d.brandId, requestId: d.requestId, reason: d.reason, honest: !offering.has(d.brandId) }))
    .sort((a, b) => compareText(a.brandId, b.brandId) || compareText(a.requestId, b.requestId) || compareText(a.reason, b.reason));
  return { ranked, excluded, declines, honestyFloor: options.honestyFloor, weights: VALUE_WEIGHTS };
}
