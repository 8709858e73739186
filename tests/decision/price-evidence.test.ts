import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offerValue, priceLikelihoodRatio, rankOffers, surplusAt } from '../../agent/decision/index.ts';
import type { OfferScores } from '../../agent/scoring/index.ts';
import { shoeOffer, trailNeed } from '../scoring/scoring-fixtures.ts';
import { scoreRound, trustOf } from './decision-fixtures.ts';

// Issue 9 (u2, four brands in five dishonest): an offer asking a small share of what a product that meets the need
// goes for was valued at the budget whatever its price, so a stranger's lesser product described as the one needed,
// at an eighth of the market, looked like a huge surplus and was bought. Its price is evidence about what it is.

const need = trailNeed();
const base = shoeOffer({ brandId: 'acme', offerId: 'acme-1' });
const baseScores = scoreRound([base], { need })[0]!.scores;

/** The same scored offer at another price, its honesty probability (and need-holds) set: all else equal. */
function valueAt(price: number, honesty: number, needHolds: number, marketMinor: number | undefined) {
  const scores: OfferScores = { ...baseScores, honesty: { ...baseScores.honesty, probability: honesty, needHolds: Math.max(honesty, needHolds) } };
  return offerValue({ offer: { ...base, price: { ...base.price, amountMinor: price } }, scores, need, marketMinor });
}

describe('price as evidence (priceLikelihoodRatio)', () => {
  it('is 1 at the going price or above, the price’s share of it below, and never higher for a lower price', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 1, max: 100_000 }), (a, b, going) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const r = priceLikelihoodRatio(lo, going);
        expect(r).toBeGreaterThanOrEqual(0);
        expect(r).toBeLessThanOrEqual(1);
        expect(r).toBeLessThanOrEqual(priceLikelihoodRatio(hi, going));
        if (lo >= going) expect(r).toBe(1);
        else expect(r).toBeCloseTo(lo / going, 12);
      }),
    );
    expect(priceLikelihoodRatio(500, undefined)).toBe(1);
  });

  it('a lower price, all else equal, never ranks lower unless the price itself is the evidence', () => {
    // Precisely: with the going price fixed, (1) the probabilities the value reads (claimsHold, needHolds) never rise
    // as the price falls; (2) at or above the going price they do not move, and the cheaper offer is worth strictly
    // more; (3) below it, the cheaper offer can be worth less only because they fell: at the dearer price's
    // probabilities it is worth strictly more.
    fc.assert(
      fc.property(
        fc.integer({ min: 100, max: 15_000 }),
        fc.integer({ min: 1, max: 14_000 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.integer({ min: 1_000, max: 30_000 }),
        (dear, cut, honesty, needHolds, market) => {
          const cheap = Math.max(1, dear - cut);
          const d = valueAt(dear, honesty, needHolds, market);
          const c = valueAt(cheap, honesty, needHolds, market);
          expect(c.claimsHold).toBeLessThanOrEqual(d.claimsHold + 1e-12);
          expect(c.needHolds).toBeLessThanOrEqual(d.needHolds + 1e-12);
          if (cheap >= market) {
            expect(c.claimsHold).toBe(d.claimsHold);
            expect(c.surplus).toBeGreaterThan(d.surplus);
          }
          const atDearEvidence = surplusAt(d.claimsHold, { ...c, needHolds: d.needHolds });
          expect(atDearEvidence).toBeGreaterThan(d.surplus);
        },
      ),
    );
  });

  it('leaves an offer at or above what the market asks exactly as before', () => {
    const v = valueAt(13_000, 0.8, 0.8, 12_000);
    expect(v.priceRatio).toBe(1);
    expect(v.claimsHold).toBe(0.8);
  });

  it('does not rank a stranger asking a ninth of what a checked seller asks above that seller (fails without price evidence)', () => {
    // A checked seller asks 130 EUR for waterproof trail shoes (budget 150 EUR); a seller the person never checked asks
    // 15 EUR for the "same" shoes. Valued at the budget whatever its price, the stranger's offer looked worth ~20× its
    // price at a 75 % chance of being as described, and ranked first.
    const steady = shoeOffer({ brandId: 'steady', offerId: 'steady-1', price: { amountMinor: 13_000, currency: 'EUR' } });
    const flashy = shoeOffer({ brandId: 'flashy', offerId: 'flashy-1', price: { amountMinor: 1_500, currency: 'EUR' } });
    const trust = { steady: trustOf(0.9, 0.1, 20) };
    const ranking = rankOffers(scoreRound([steady, flashy], { need, trust }), { need, honestyFloor: 0.35 });
    expect(ranking.ranked.map((r) => r.brandId)[0]).toBe('steady');
    const stranger = ranking.ranked.find((r) => r.brandId === 'flashy') ?? ranking.excluded.find((e) => e.brandId === 'flashy');
    expect(stranger).toBeDefined();
    const flashyValue = 'breakdown' in stranger! ? stranger.breakdown : stranger!.value!;
    expect(flashyValue.priceRatio).toBeCloseTo(1_500 / 13_000, 6);
  });
});
