import { describe, expect, it } from 'vitest';
import { CHEAPEST_FIRST, brandsToAskForCheaper, cheaperBrief, cheaperOffersNeeded, type BrandReply } from '../../agent/butler/index.ts';
import type { Need } from '../../agent/need/index.ts';
import type { NeedBriefInput, Offer } from '../../protocol/index.ts';
import { NOW, shoeOffer } from '../scoring/scoring-fixtures.ts';

// The person's budget is private by default, so a brand sends what fits the wishes best however dear. When the person
// has a budget, the butler asks once more — cheapest first, with no amount — like a shopper asking "anything cheaper?",
// whatever the amount: asked only when nothing was within it, a brand read where the budget lies.

const need: Need = {
  category: 'running-shoes',
  hardConstraints: [{ attribute: 'waterproof', op: 'eq', value: true }],
  softPreferences: [{ attribute: 'weight_g', direction: 'lower', weight: 0.7 }],
  quantity: 1,
  currency: 'EUR',
  budget: { amountMinor: 15_000, currency: 'EUR' },
  text: 'light waterproof shoes under 150 euros',
};

function answered(brandId: string, offers: Offer[]): BrandReply {
  return { kind: 'answered', brandId, elapsedMs: 1, response: { requestId: 'req-1', outcome: 'offers', offers } };
}
const priced = (brandId: string, amountMinor: number, attributes: Offer['product']['attributes'] = { size_eu: 43, waterproof: true, terrain: 'trail', weight_g: 290 }) =>
  shoeOffer({ brandId, price: { amountMinor, currency: 'EUR' }, product: { attributes } });
const notTold = () => undefined;

describe('brandsToAskForCheaper', () => {
  it('asks every brand that offered, when nothing that fits is within the budget', () => {
    const replies = [answered('a', [priced('a', 19_900)]), answered('b', [priced('b', 17_500)]), { kind: 'failed', brandId: 'c', elapsedMs: 1, error: { code: 'TIMEOUT', message: 'slow' } } as BrandReply];
    expect(brandsToAskForCheaper(need, replies, notTold)).toEqual(['a', 'b']);
  });

  it('asks the same brands when an offer that fits is within the budget (being asked tells nothing of the amount), and nobody when there is no budget', () => {
    const replies = [answered('a', [priced('a', 19_900)]), answered('b', [priced('b', 14_900)])];
    expect(brandsToAskForCheaper(need, replies, notTold)).toEqual(['a', 'b']);
    expect(brandsToAskForCheaper({ ...need, budget: { amountMinor: 1_000, currency: 'EUR' } }, replies, notTold)).toEqual(['a', 'b']);
    expect(brandsToAskForCheaper({ ...need, budget: { amountMinor: 100_000, currency: 'EUR' } }, replies, notTold)).toEqual(['a', 'b']);
    const { budget: _, ...noBudget } = need;
    expect(brandsToAskForCheaper(noBudget, [answered('a', [priced('a', 19_900)])], notTold)).toEqual([]);
  });

  it('counts only offers that meet every hard constraint, and asks only brands that made one', () => {
    const road = { size_eu: 43, waterproof: false, terrain: 'road', weight_g: 250 };
    const replies = [answered('a', [priced('a', 19_900)]), answered('b', [priced('b', 9_900, road)])];
    expect(brandsToAskForCheaper(need, replies, notTold)).toEqual(['a']);
    // Nothing fits at all: "anything cheaper?" would not help.
    expect(brandsToAskForCheaper(need, [answered('b', [priced('b', 19_900, road)])], notTold)).toEqual([]);
  });

  it('does not ask again a brand that was told the budget (it already kept to it)', () => {
    const replies = [answered('a', [priced('a', 19_900)]), answered('b', [priced('b', 17_500)])];
    expect(brandsToAskForCheaper(need, replies, (id) => (id === 'a' ? need.budget : undefined))).toEqual(['b']);
  });
});

describe('cheaperOffersNeeded (the butler’s own use of the answers, which no brand sees)', () => {
  it('is true only when nothing offered first meets every hard constraint within the budget', () => {
    const road = { size_eu: 43, waterproof: false, terrain: 'road', weight_g: 250 };
    expect(cheaperOffersNeeded(need, [answered('a', [priced('a', 19_900)]), answered('b', [priced('b', 17_500)])], NOW)).toBe(true);
    expect(cheaperOffersNeeded(need, [answered('a', [priced('a', 19_900)]), answered('b', [priced('b', 14_900)])], NOW)).toBe(false);
    // A cheap offer that misses a requirement does not count.
    expect(cheaperOffersNeeded(need, [answered('a', [priced('a', 19_900)]), answered('b', [priced('b', 9_900, road)])], NOW)).toBe(true);
    // Nor one the person could never buy (round 29): expired, or of another category.
    const expired = { ...priced('b', 9_900), validUntil: '2026-11-23T09:00:00.000Z' };
    const otherCategory = shoeOffer({ brandId: 'b', price: { amountMinor: 9_900, currency: 'EUR' }, product: { category: 'headphones' } });
    expect(cheaperOffersNeeded(need, [answered('a', [priced('a', 19_900)]), answered('b', [expired])], NOW)).toBe(true);
    expect(cheaperOffersNeeded(need, [answered('a', [priced('a', 19_900)]), answered('b', [otherCategory])], NOW)).toBe(true);
    const { budget: _, ...noBudget } = need;
    expect(cheaperOffersNeeded(noBudget, [answered('a', [priced('a', 19_900)])], NOW)).toBe(false);
  });
});

describe('cheaperBrief', () => {
  it('is the same brief under its own request id, cheapest first, and still says no amount', () => {
    const brief: NeedBriefInput = {
      protocolVersion: '1.1',
      requestId: 'req-42',
      buyerId: 'buyer-1',
      category: 'running-shoes',
      hardConstraints: need.hardConstraints,
      softPreferences: need.softPreferences,
      quantity: 1,
      currency: 'EUR',
      shipToCountry: 'FR',
      maxOffers: 3,
      issuedAt: '2026-11-23T10:00:00.000Z',
    };
    const again = cheaperBrief(brief);
    expect(again).toEqual({ ...brief, requestId: 'req-42.cheaper', softPreferences: [CHEAPEST_FIRST] });
    expect(again.budgetCeiling).toBeUndefined();
    expect(cheaperBrief({ ...brief, requestId: 'r'.repeat(128) }).requestId.length).toBeLessThanOrEqual(128);
  });
});
