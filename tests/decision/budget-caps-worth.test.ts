import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankOffers, worthAt } from '../../agent/decision/index.ts';
import { shoeOffer, trailNeed } from '../scoring/scoring-fixtures.ts';
import { scoreRound, trustOf } from './decision-fixtures.ts';

const FLOOR = 0.35;

/**
 * A budget is a ceiling on price, the most the person pays for the product they described, not a floor of worth: a
 * product that meets the hard constraints but matches the stated preferences poorly is not a gain merely for being
 * within budget (on main it was valued at the budget or more, so anything within budget was bought).
 */
describe('the budget caps worth instead of flooring it', () => {
  const need = trailNeed(); // 150 EUR budget, lighter preferred
  const round = () => [
    shoeOffer({ brandId: 'light', price: { amountMinor: 12_000, currency: 'EUR' }, product: { attributes: { size_eu: 43, waterproof: true, terrain: 'trail', weight_g: 250 } } }),
    shoeOffer({ brandId: 'heavy', price: { amountMinor: 14_000, currency: 'EUR' }, product: { attributes: { size_eu: 43, waterproof: true, terrain: 'trail', weight_g: 400 } } }),
  ];

  it('does not buy a product within budget that misses the stated preference at a price near the budget', () => {
    const ranking = rankOffers(scoreRound(round(), { need, trust: { light: trustOf(0.95), heavy: trustOf(0.95) } }), { need, honestyFloor: FLOOR });
    expect(ranking.ranked.map((r) => r.brandId)).toEqual(['light']);
    const heavy = ranking.excluded.find((e) => e.brandId === 'heavy')!;
    expect(heavy.reasons.map((r) => r.code)).toEqual(['no-surplus']);
    expect(heavy.value!.worth).toBeLessThan(heavy.value!.price);
  });

  it('values no product above the budget, and the described product (a full match) at the budget', () => {
    const ranking = rankOffers(scoreRound(round(), { need, trust: { light: trustOf(0.95), heavy: trustOf(0.95) } }), { need, honestyFloor: FLOOR });
    const light = ranking.ranked[0]!;
    expect(light.breakdown.preferenceMatch).toBe(1);
    expect(light.breakdown.worth).toBe(need.budget!.amountMinor);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (reference, match) => {
        const worth = worthAt(reference, match, 'budget');
        expect(worth).toBeLessThanOrEqual(reference + 1e-9 * reference);
        expect(worth).toBeGreaterThan(0);
      }),
    );
  });
});
