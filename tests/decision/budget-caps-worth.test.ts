import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankOffers, worthAt } from '../../agent/decision/index.ts';
import { FIT_RULES } from '../../agent/scoring/index.ts';
import { shoeOffer, trailNeed } from '../scoring/scoring-fixtures.ts';
import { scoreRound, trustOf } from './decision-fixtures.ts';

const FLOOR = 0.35;

/**
 * A budget is what the person pays for what they required when nothing more is known, not a floor of worth: a product
 * that meets the hard constraints but is known to match the stated preferences poorly is not a gain merely for being
 * within budget (on main it was valued at the budget or more, so anything within budget and as described was bought).
 */
describe('the budget is the worth of a product whose preferences are unknown, not a floor', () => {
  // 150 EUR budget; a weight of 250 g preferred (a target: 400 g is known to miss it, 250 g to match it).
  const need = trailNeed({ softPreferences: [{ attribute: 'weight_g', direction: 'equals', value: 250, weight: 0.5 }] });
  const round = () => [
    shoeOffer({ brandId: 'light', price: { amountMinor: 12_000, currency: 'EUR' }, product: { attributes: { size_eu: 43, waterproof: true, terrain: 'trail', weight_g: 250 } } }),
    shoeOffer({ brandId: 'heavy', price: { amountMinor: 12_500, currency: 'EUR' }, product: { attributes: { size_eu: 43, waterproof: true, terrain: 'trail', weight_g: 400 } } }),
  ];

  it('does not buy a product within budget that misses the stated preference at a price near the budget', () => {
    const ranking = rankOffers(scoreRound(round(), { need, trust: { light: trustOf(0.95), heavy: trustOf(0.95) } }), { need, honestyFloor: FLOOR });
    expect(ranking.ranked.map((r) => r.brandId)).toEqual(['light']);
    const heavy = ranking.excluded.find((e) => e.brandId === 'heavy')!;
    expect(heavy.reasons.map((r) => r.code)).toEqual(['no-surplus']);
    expect(heavy.value!.preferenceMatch).toBe(0);
    expect(heavy.value!.worth).toBeLessThan(heavy.value!.price);
  });

  it('values a product known to match worse than an unknown one below the budget, and a better one above it', () => {
    const ranking = rankOffers(scoreRound(round(), { need, trust: { light: trustOf(0.95), heavy: trustOf(0.95) } }), { need, honestyFloor: FLOOR });
    const light = ranking.ranked[0]!;
    expect(light.breakdown.preferenceMatch).toBe(1);
    expect(light.breakdown.worth).toBeGreaterThan(need.budget!.amountMinor);
    const u = FIT_RULES.unknownPreferenceScore;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.double({ min: 0, max: 1, noNaN: true }), (reference, match) => {
        const worth = worthAt(reference, match, 'budget');
        expect(worth).toBeGreaterThan(0);
        if (match < u) expect(worth).toBeLessThan(reference);
        if (match > u) expect(worth).toBeGreaterThan(reference);
        expect(worthAt(reference, u, 'budget')).toBeCloseTo(reference, 6);
      }),
    );
  });
});
