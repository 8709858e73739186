// The money reference without a budget weighs sellers by the person's record (`marketReferenceMinor`): a seller the
// record vouches for is one voice, the sellers with none are together one voice, and that voice counts above the
// dearest vouched price only as far as the record is thin. What no number of new names can do.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Offer } from '../../protocol/index.ts';
import { rankOffers, type Ranking } from '../../agent/decision/index.ts';
import { shoeOffer, trailNeed } from '../scoring/scoring-fixtures.ts';
import { scoreRound, trustOf } from './decision-fixtures.ts';

const FLOOR = 0.35;
const open = trailNeed({ budget: undefined });

const shoe = (brandId: string, price: number): Offer =>
  shoeOffer({
    brandId,
    offerId: `${brandId}-1`,
    price: { amountMinor: price, currency: 'EUR' },
    product: { sku: `${brandId}-sku`, attributes: { size_eu: 43, waterproof: true, terrain: 'trail', weight_g: 300 } },
  });

const referenceOf = (ranking: Ranking) => [...ranking.ranked.map((r) => r.breakdown), ...ranking.excluded.flatMap((x) => (x.value === undefined ? [] : [x.value]))][0]?.reference;

/** The reference with sellers the record vouches for (`checks` clean checks each) asking `vouched`, and strangers. */
function reference(vouched: readonly number[], strangers: readonly number[], checks = 10): number | undefined {
  const offers = [...vouched.map((p, i) => shoe(`known-${i}`, p)), ...strangers.map((p, i) => shoe(`new-${i}`, p))];
  const trust = Object.fromEntries(vouched.map((_, i) => [`known-${i}`, trustOf(0.9, 0.2, checks)]));
  return referenceOf(rankOffers(scoreRound(offers, { need: open, trust }), { need: open, honestyFloor: FLOOR }));
}

describe('marketReferenceMinor weighs sellers by the person’s record', () => {
  it('names with no record, however many and whatever they ask, keep the reference between the two dearest vouched sellers’ prices', () => {
    const price = fc.integer({ min: 1_000, max: 60_000 });
    fc.assert(
      fc.property(fc.array(price, { minLength: 2, maxLength: 4 }), fc.array(price, { minLength: 1, maxLength: 5 }), (vouched, strangers) => {
        const sorted = [...vouched].sort((a, b) => b - a);
        const ref = reference(vouched, strangers)!;
        expect(ref).toBeLessThanOrEqual(sorted[0]!);
        expect(ref).toBeGreaterThanOrEqual(sorted[1]!);
      }),
      { numRuns: 25, seed: 33 },
    );
  });

  it('with no record at all, reads the market as it asks: the second highest of three sellers or more', () => {
    expect(reference([], [5_200, 7_600, 8_600, 11_500, 12_900])).toBe(11_500);
    expect(reference([], [9_000, 16_000])).toBe(16_000);
  });

  it('the strangers weigh as one seller: a second dear name beside two vouched sellers moves nothing', () => {
    expect(reference([8_000, 9_000], [16_000])).toBe(9_000);
    expect(reference([8_000, 9_000], [16_000, 17_000])).toBe(9_000);
    expect(reference([8_000, 9_000], [16_000, 17_000, 18_000])).toBe(9_000);
  });

  it('with ONE vouched seller, strangers at any prices move the reference only between its price and what they ask, less the longer the record, and a crowd no more than one', () => {
    // Prices in whole euros (gaps of at least 1 EUR, so no step is lost to rounding to the cent).
    const price = fc.integer({ min: 10, max: 600 }).map((euros) => euros * 100);
    fc.assert(
      fc.property(price, fc.array(price, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), (own, strangers, checks, more) => {
        // What the strangers ask as a market of their own (the reference with no record, main's rule).
        const theirs = reference([], strangers)!;
        const ref = reference([own], strangers, checks)!;
        if (theirs <= own) {
          expect(ref).toBe(own);
          return;
        }
        // Above the one known price, they count for something, never for all they ask, and never past it.
        expect(ref).toBeGreaterThan(own);
        expect(ref).toBeLessThan(theirs);
        // A longer record lets them move it less.
        expect(reference([own], strangers, checks + more)!).toBeLessThan(ref);
        // However many names they use, they weigh as one seller asking what they ask together.
        expect(reference([own], [theirs], checks)).toBe(ref);
      }),
      { numRuns: 25, seed: 35 },
    );
  });
});
