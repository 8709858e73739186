import { describe, expect, it } from 'vitest';
import { explainRanking, rankOffers } from '../../agent/decision/index.ts';
import { shoeOffer, trailNeed } from '../scoring/scoring-fixtures.ts';
import { scoreRound, trustOf } from './decision-fixtures.ts';

describe('the money reasoning names a record of failed checks as a count of at least one', () => {
  it('a brand whose failures are mostly forgiven (weight 0.3 on record) is "failed 1 past check", never "failed 0"', () => {
    const offers = [
      shoeOffer({ brandId: 'steady', price: { amountMinor: 12_900, currency: 'EUR' } }),
      shoeOffer({ brandId: 'slipped', price: { amountMinor: 11_900, currency: 'EUR' } }),
    ];
    const slipped = { ...trustOf(0.55), claimsChecked: 1.3, claimsFailed: 0.3 };
    const candidates = scoreRound(offers, { trust: { steady: trustOf(0.8), slipped } });
    const ranking = rankOffers(candidates, { need: trailNeed(), honestyFloor: 0.5 });
    expect(ranking.ranked[0]?.offer.brandId).toBe('steady');
    const summary = explainRanking(ranking, { brandNames: { steady: 'Steady', slipped: 'Slipped' } }).summary;
    expect(summary).toContain('“Slipped” failed 1 past check');
    expect(summary).not.toMatch(/failed 0 past checks/);
  });
});
