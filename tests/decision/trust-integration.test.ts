import { describe, expect, it } from 'vitest';
import { rankOffers } from '../../agent/decision/index.ts';
import { scoreHonesty, type BrandTrustView } from '../../agent/scoring/index.ts';
import { RECOMMENDATION_FLOOR, emptyTrustState, isRecommendable, scoreTrustState, type TrustScore } from '../../agent/trust/index.ts';
import { evidenceFor, shoeOffer, trailNeed } from '../scoring/scoring-fixtures.ts';
import { scoreRound } from './decision-fixtures.ts';

function trustWith(overrides: Partial<TrustScore>): TrustScore {
  const base = scoreTrustState({ brandId: 'x', state: emptyTrustState(), atMs: Date.parse('2026-11-23T10:00:00.000Z') });
  return { ...base, ...overrides };
}

describe('with the real trust model', () => {
  it('accepts a TrustScore as the brand trust view: a newcomer ranks below a proven brand, a caught one is excluded', () => {
    const newcomer: BrandTrustView = trustWith({});
    const good = trustWith({ estimatedHonesty: 0.95, claimsChecked: 18, claimsFailed: 0 });
    const caught = trustWith({ estimatedHonesty: 0.3, claimsChecked: 4, claimsFailed: 3 });
    const offers = [shoeOffer({ brandId: 'newcomer' }), shoeOffer({ brandId: 'good' }), shoeOffer({ brandId: 'caught' })];
    const ranking = rankOffers(scoreRound(offers, { trust: { newcomer, good, caught } }), { need: trailNeed(), honestyFloor: RECOMMENDATION_FLOOR });
    // A newcomer is uncertain, not guilty: recommendable, with its uncertainty priced into its value.
    expect(isRecommendable(trustWith({}))).toBe(true);
    expect(ranking.ranked.map((r) => r.brandId)).toEqual(['good', 'newcomer']);
    expect(ranking.excluded.map((e) => [e.brandId, e.reasons.map((r) => r.code)])).toEqual([['caught', ['below-honesty-floor']]]);
  });

  it('uses the calibrated honesty estimate as the prior that claims hold', () => {
    const offer = shoeOffer();
    const high = scoreHonesty(evidenceFor(offer, { trust: trustWith({ estimatedHonesty: 0.95 }) }));
    const low = scoreHonesty(evidenceFor(offer, { trust: trustWith({ estimatedHonesty: 0.3 }) }));
    expect(high.prior).toBe(0.95);
    expect(low.prior).toBe(0.3);
    expect(high.probability).toBeGreaterThan(low.probability);
  });
});
