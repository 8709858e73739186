import { canonicalJson, formatEstimate, hashToSeed, type Decline, type Offer } from '../../protocol/index.ts';
import type { PolicyRule, PolicyVerdict } from '../policy/index.ts';
import { marketParties, offerNeedHolds, partyIdentitiesOf, preferenceScales, refitPreferences, type BrandTrustView, type OfferScores, type Quote, type ScoringNeed } from '../scoring/index.ts';
import { recommendationStatus } from '../trust/index.ts';
import { marketReferenceMinor } from './market-reference.ts';
import { expectedWorth, offerValue, VALUE_MODEL, type ValueBreakdown } from './offer-value.ts';
import { learnedPreferences, type TasteModel } from '../taste/index.ts';

/** One scored offer to rank, with the brand's trust and the policy verdict on it. */
export interface RankCandidate {
  readonly offer: Offer;
  readonly scores: OfferScores;
  readonly trust?: BrandTrustView | undefined;
  /** The person's rules on this offer (banned brand, caps, values); absent means allowed. */
  readonly policy?: PolicyVerdict | undefined;
  /**
   * The brand honesty the floor reads when evidence in hand lowered it after the offer was valued: a request that caught
   * the brand saying something false floors its offers on its record as the request leaves it (the number a purchase
   * then reads), not on the record from before. Absent: the estimate the offer was valued with.
   */
  readonly floorHonesty?: number | undefined;
}

/** Inputs of a ranking besides the candidates. */
export interface RankOptions {
  readonly need: ScoringNeed;
  /** Calibrated honesty below which a brand with evidence against it is never recommended (the profile's, else the trust model's floor). */
  readonly honestyFloor: number;
  /** False: a brand with a failed check on record is never recommended again (the profile's rule; default true). */
  readonly secondChances?: boolean | undefined;
  /** Honest "no fit" answers received for this request. */
  readonly declines?: readonly Decline[] | undefined;
  /**
   * Breaks exact value ties by a hash of this key and the offer id (e.g. the request id), so equal offers are not
   * always won by the alphabetically first brand; without it, ties fall back to offer id order.
   */
  readonly tieBreakKey?: string | undefined;
  /** What the butler has learned of the person's taste in this category from their ratings (none: stated preferences only). */
  readonly taste?: TasteModel | undefined;
}

/** Why an offer can never be recommended. */
export const EXCLUSION_REASONS = {
  'hard-constraint': 'violates a hard constraint',
  'over-budget': 'costs more than the budget',
  'missed-deadline': 'cannot arrive by the deadline',
  expired: 'the offer had expired before it could be ordered',
  policy: "breaks one of the person's rules",
  'below-honesty-floor': "the brand's honesty trust is below the floor",
  'caught-before': 'the brand was caught saying something false before, and your rule gives no second chances',
  'no-surplus': 'expected to cost more than it is worth to you',
  injection: "carries instructions aimed at the buyer's AI (a brand that tries to steer your butler is hostile)",
  'switched-in-request': 'the brand changed the terms of an order at checkout in this request',
} as const;

/** Detector confidence from which instructions aimed at the butler make an offer unbuyable (the ledger's threshold too). */
export const INJECTION_EXCLUSION_MIN_CONFIDENCE = 0.5;

/** An exclusion reason code. */
export type ExclusionCode = keyof typeof EXCLUSION_REASONS;

/** One reason an offer is excluded, with its details. */
export interface ExclusionReason {
  readonly code: ExclusionCode;
  readonly detail: string;
  /** The attribute a hard-constraint exclusion is about. */
  readonly attribute?: string | undefined;
  /** The brand text an injection exclusion rests on (shown as data, never followed). */
  readonly quote?: Quote | undefined;
  /** The person's rule a `policy` exclusion breaks, and the value for a value rule: the explanation names it. */
  readonly rule?: PolicyRule | undefined;
  readonly value?: string | undefined;
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
  /** The honesty the floor read, when evidence in hand lowered it (see `RankCandidate.floorHonesty`). */
  readonly floorHonesty?: number | undefined;
  /** The money value, for offers excluded only because they are not worth their price. */
  readonly value?: ValueBreakdown | undefined;
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
  readonly model: typeof VALUE_MODEL;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Stable order of candidates that never looks at arrival order: offer id, brand id, then the offer's canonical form. */
function compareCandidates(a: RankCandidate, b: RankCandidate): number {
  return compareText(a.offer.offerId, b.offer.offerId) || compareText(a.offer.brandId, b.offer.brandId) || compareText(canonicalJson(a.offer), canonicalJson(b.offer));
}

function noSurplus(b: ValueBreakdown): ExclusionReason {
  const money = (minor: number) => formatEstimate(minor, b.currency);
  return {
    code: 'no-surplus',
    detail: `worth about ${money(expectedWorth(b))} to you (${Math.round(b.claimsHold * 100)} % likely as described) for a price of ${money(b.price)}`,
  };
}

/**
 * The brand honesty the floor reads for one offer: the estimate the offer was valued with (the brand's, after a clean
 * check in this very request if there was one), so the floor and the risk term act on the same number.
 */
export function floorHonestyOf(candidate: { readonly scores: Pick<OfferScores, 'honesty'>; readonly trust?: BrandTrustView | undefined; readonly floorHonesty?: number | undefined }): number {
  if (candidate.floorHonesty !== undefined) return candidate.floorHonesty;
  const h = candidate.scores.honesty;
  return h.priorSource === 'trust' ? h.prior : (candidate.trust?.estimatedHonesty ?? h.prior);
}

/**
 * What the recommendation floor reads for one offer: the probability that what the brand delivers meets the person's
 * requirements (`needHoldsProbability` of `floorHonestyOf` and the brand's record of how its failures fall). For a
 * brand whose record shows no failure that spared the need (every brand never bought from not as described) it is the
 * brand's honesty, the README's "a brand caught lying is not bought from for a while"; a brand whose failures, by its
 * own deliveries, left the person with what they required (a false "was" price, a flattering number) is shown and
 * flagged as a liar, its offers valued at their low probability of being as described, but not barred from selling
 * the person a product that meets their need.
 */
export function floorEstimateOf(candidate: Parameters<typeof floorHonestyOf>[0]): number {
  const h = candidate.scores.honesty;
  // The rule the offer's value reads (`offerNeedHolds`: the share at its own stake, none when its findings are against a hard requirement).
  return offerNeedHolds(floorHonestyOf(candidate), h.failuresSpareNeed, h.hardLogOdds ?? 0);
}

function exclusionsOf(candidate: RankCandidate, floor: number, secondChances: boolean): ExclusionReason[] {
  const reasons: ExclusionReason[] = [];
  for (const v of candidate.scores.fit.hardViolations) {
    const code: ExclusionCode = v.kind === 'budget' ? 'over-budget' : v.kind === 'deadline' ? 'missed-deadline' : v.kind === 'expired' ? 'expired' : 'hard-constraint';
    reasons.push(v.attribute === undefined ? { code, detail: v.detail } : { code, detail: v.detail, attribute: v.attribute });
  }
  if (candidate.policy && !candidate.policy.allowed) {
    for (const v of candidate.policy.violations) reasons.push({ code: 'policy', detail: `${v.rule}: ${v.message}`, rule: v.rule, ...(v.value === undefined ? {} : { value: v.value }) });
  }
  // An offer whose texts carry instructions aimed at the buyer's AI is never buyable, however good it looks.
  // Only on evidence a person can check: a pattern or hidden-content detector naming the instruction. A score of the
  // statistical model alone prices the text as pressure (it moved across the threshold with a few training lines:
  // "Decide now: the timer is already running on this offer." read as injection at 0.505 and excluded an honest
  // product of a pushy brand) but never makes an offer unbuyable.
  const injection = candidate.scores.pressure.tactics.find((t) => t.label === 'injection' && t.confidence >= INJECTION_EXCLUSION_MIN_CONFIDENCE && t.modelOnly !== true);
  if (injection) reasons.push({ code: 'injection', detail: "its text carries instructions aimed at your butler", quote: injection.quote });
  // The floor excludes brands with evidence of their own against their honesty; a newcomer is uncertain, not
  // guilty: it stays eligible and pays for its uncertainty in the value (the same calibrated estimate).
  const trust = candidate.trust;
  const honesty = floorEstimateOf(candidate);
  if (trust !== undefined && recommendationStatus({ estimatedHonesty: honesty, claimsFailed: trust.claimsFailed }, floor) === 'below-floor') {
    reasons.push({ code: 'below-honesty-floor', detail: `calibrated honesty ${honesty.toFixed(2)} is below the floor of ${floor.toFixed(2)}` });
  } else if (!secondChances && trust !== undefined && trust.claimsFailed > 0) {
    reasons.push(caughtBeforeReason(trust.claimsFailed));
  }
  return reasons;
}

/** The exclusion of a brand with failed checks on record under the person's "no second chances" rule. */
export function caughtBeforeReason(claimsFailed: number): ExclusionReason {
  return { code: 'caught-before', detail: `${claimsFailed.toFixed(1)} failed checks on record (older ones weigh less); your rule gives no second chances` };
}

/**
 * Ranks offers by expected money surplus to the person (worth × probability the offer is what it claims − price −
 * expected remedies − the cost of being pushed) after hard filters: hard-constraint violations, over budget, missed deadline, policy violations,
 * instructions aimed at the butler (injection) and brands below the honesty floor are excluded with their reasons. The result depends only on the set of candidates,
 * never on their arrival order: ties are broken by a seeded hash of `tieBreakKey` and the offer id, then by offer id,
 * brand id and the offer itself.
 */
export function rankOffers(candidates: readonly RankCandidate[], options: RankOptions): Ranking {
  const ordered = [...candidates].sort(compareCandidates);
  const eligible: RankCandidate[] = [];
  const excluded: ExcludedOffer[] = [];
  for (const c of ordered) {
    const reasons = exclusionsOf(c, options.honestyFloor, options.secondChances ?? true);
    if (reasons.length === 0) eligible.push(c);
    else excluded.push({ offerId: c.offer.offerId, brandId: c.offer.brandId, reasons, offer: c.offer, scores: c.scores, trust: c.trust, ...(c.floorHonesty === undefined ? {} : { floorHonesty: c.floorHonesty }) });
  }
  // The market's shared scales (the money reference, each preference's scale) are read on the eligible offers alone,
  // one say per party: an offer excluded here (instructions aimed at the butler, the person's rules, a brand below the
  // floor) moves neither, and neither does a party's second entry.
  const linked = new Map(ordered.map((c) => [c.offer.brandId, partyIdentitiesOf(c.trust)]));
  const partyOf = marketParties(linked.keys(), (brandId) => linked.get(brandId));
  const marketMinor = marketReferenceMinor(eligible, options.need.currency, partyOf);
  const scales = preferenceScales(
    eligible.map((c) => ({ offer: c.offer, party: partyOf(c.offer.brandId) })),
    options.need,
  );
  const valued: Array<{ c: RankCandidate; breakdown: ValueBreakdown }> = [];
  // Learned taste speaks only where the person said nothing: attributes they constrained or stated a preference on are theirs.
  const constrained = new Set([...options.need.hardConstraints.map((h) => h.attribute), ...options.need.softPreferences.map((p) => p.attribute)]);
  for (const read of eligible) {
    const c = options.need.softPreferences.length === 0 ? read : { ...read, scores: { ...read.scores, fit: refitPreferences(read.scores.fit, read.offer, options.need, scales) } };
    const learned = learnedPreferences(options.taste, c.offer.product.attributes, constrained);
    const breakdown = offerValue({ offer: c.offer, scores: c.scores, need: options.need, marketMinor, learned });
    // Buying nothing is an option: an offer expected to cost more than it is worth is not recommended.
    if (breakdown.surplus > 0) valued.push({ c, breakdown });
    else excluded.push({ offerId: c.offer.offerId, brandId: c.offer.brandId, reasons: [noSurplus(breakdown)], offer: c.offer, scores: c.scores, trust: c.trust, value: breakdown });
  }
  const tieKey = options.tieBreakKey;
  const tieRank = (c: RankCandidate) => (tieKey === undefined ? 0 : hashToSeed(`${tieKey}\u0000${c.offer.offerId}`));
  valued.sort((a, b) => b.breakdown.surplus - a.breakdown.surplus || tieRank(a.c) - tieRank(b.c) || compareCandidates(a.c, b.c));
  const ranked = valued.map(({ c, breakdown }, i) => ({
    rank: i + 1,
    offerId: c.offer.offerId,
    brandId: c.offer.brandId,
    value: breakdown.surplus,
    breakdown,
    offer: c.offer,
    scores: c.scores,
    trust: c.trust,
  }));
  const offering = new Set(candidates.map((c) => c.offer.brandId));
  const declines = [...(options.declines ?? [])]
    .map((d) => ({ brandId: d.brandId, requestId: d.requestId, reason: d.reason, honest: !offering.has(d.brandId) }))
    .sort((a, b) => compareText(a.brandId, b.brandId) || compareText(a.requestId, b.requestId) || compareText(a.reason, b.reason));
  return { ranked, excluded, declines, honestyFloor: options.honestyFloor, model: VALUE_MODEL };
}
