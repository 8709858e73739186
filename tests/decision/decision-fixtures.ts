import type { Offer } from '../../protocol/index.ts';
import type { PolicyVerdict } from '../../agent/policy/index.ts';
import { scoreOffer, type BrandTrustView, type OfferEvidence, type ScoringNeed } from '../../agent/scoring/index.ts';
import { expect } from 'vitest';
import { rankOffers, type RankCandidate } from '../../agent/decision/index.ts';
import { NOW, fakeDetector, trailNeed } from '../scoring/scoring-fixtures.ts';

/**
 * A trust view whose honesty and combined trust are `expected`, with the given uncertainty; its calibrated estimate
 * is `expected` too, from checks that a brand with that record would have (failed ones when it is below 0.8).
 */
export function trustOf(expected: number, uncertainty = 0.2, checks = 10): BrandTrustView {
  const b = Math.max(0, expected - uncertainty / 2);
  return {
    trust: expected,
    uncertainty,
    honesty: { belief: b, disbelief: Math.max(0, 1 - b - uncertainty), uncertainty, expected, score: expected },
    estimatedHonesty: expected,
    claimsChecked: checks,
    claimsFailed: Math.round(checks * (1 - expected) * 100) / 100,
  };
}

/** Per-brand inputs of a round besides the offer. */
export interface RoundExtras {
  readonly need?: ScoringNeed;
  readonly trust?: Readonly<Record<string, BrandTrustView>>;
  readonly policy?: Readonly<Record<string, PolicyVerdict>>;
  readonly evidence?: Readonly<Record<string, Partial<OfferEvidence>>>;
}

/** Scores every offer of a round the way the orchestrator does (each offer sees the whole round as its market). */
export function scoreRound(offers: readonly Offer[], extras: RoundExtras = {}): RankCandidate[] {
  const need = extras.need ?? trailNeed();
  return offers.map((offer) => {
    const trust = extras.trust?.[offer.brandId];
    const evidence: OfferEvidence = { offer, need, now: NOW, market: { offers }, trust, ...extras.evidence?.[offer.offerId] };
    return { offer, scores: scoreOffer(evidence, fakeDetector), trust, policy: extras.policy?.[offer.brandId] };
  });
}

/**
 * The monotone-price property on one round: offer `pick` (mod the round's size) made cheaper by `cut` minor units, all
 * else equal, stays recommendable if it was and never ranks lower; with a budget it is never worth less either
 * (without one, its own price may lower what the market asks, the scale its worth is read on, and every offer's worth
 * with it: the ranking, not the value, is what stays monotone then).
 */
export function expectCheaperNeverRanksLower(offers: readonly Offer[], extras: RoundExtras & { need: ScoringNeed }, floor: number, pick: number, cut: number): void {
  const i = pick % offers.length;
  const target = offers[i]!;
  const cheaper = offers.map((o, k) => (k === i ? { ...o, price: { ...o.price, amountMinor: Math.max(100, o.price.amountMinor - cut) } } : o));
  const before = rankOffers(scoreRound(offers, extras), { need: extras.need, honestyFloor: floor });
  const after = rankOffers(scoreRound(cheaper, extras), { need: extras.need, honestyFloor: floor });
  const was = before.ranked.find((r) => r.offerId === target.offerId);
  if (!was) return;
  const now = after.ranked.find((r) => r.offerId === target.offerId);
  expect(now, 'a cheaper offer stays recommendable').toBeDefined();
  if (extras.need.budget !== undefined) expect(now!.value).toBeGreaterThanOrEqual(was.value);
  expect(now!.rank).toBeLessThanOrEqual(was.rank);
}
