import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Offer } from '../../protocol/index.ts';
import { HONESTY_WEIGHTS, LEARNABLE_FINDINGS, learnedFindingWeight, rareFindingRates, scoreHonesty } from '../../agent/scoring/index.ts';
import { evidenceFor, shoeOffer, trailNeed } from './scoring-fixtures.ts';

// Issue 9 §1 (06, first meetings): a "was" price nobody can check weighed the hand-set −0.30 whatever the market in
// hand showed. When only one of the sellers in hand states one, it cannot be common among honest sellers, so its
// weight is read from the market before any delivery teaches it.

const wasPrice = (brandId: string, n = 0): Offer =>
  shoeOffer({ brandId, offerId: `${brandId}-o${n}`, discount: { kind: 'was-price', referencePrice: { amountMinor: 18_000, currency: 'EUR' } } });
const plain = (brandId: string): Offer => shoeOffer({ brandId, offerId: `${brandId}-o0`, product: { gtin: undefined, sku: `${brandId}-sku` } });
const unverifiable = (offer: Offer, market: readonly Offer[]) =>
  scoreHonesty(evidenceFor(offer, { need: trailNeed(), market: { offers: market } })).evidence.find((i) => i.code === 'reference-price-unverifiable');
const liars = 1 - HONESTY_WEIGHTS.unknownPrior;
const coinFlip = Math.log(liars / (1 - liars));

describe('a learnable finding read against the market in hand', () => {
  it('weighs a stranger\'s unverifiable "was" price more when it is the only seller of five stating one, and says why', () => {
    const offer = wasPrice('fresh');
    const market = [offer, plain('a'), plain('b'), plain('c'), plain('d')];
    const item = unverifiable(offer, market)!;
    expect(item.impact).toBeLessThan(HONESTY_WEIGHTS.unverifiableReferencePrice - 0.5);
    expect(item.impact).toBeGreaterThanOrEqual(coinFlip - 1e-12);
    expect(item.data?.marketMaking).toBe(1);
    expect(item.data?.marketParties).toBe(5);
    expect(item.detail).toContain('only 1 of the 5 sellers here states one');
  });

  it('leaves it at the hand-set weight when most sellers state one, and counts a seller once however many offers it sends', () => {
    const offer = wasPrice('fresh');
    expect(unverifiable(offer, [offer, wasPrice('a'), wasPrice('b'), plain('c')])!.impact).toBeCloseTo(HONESTY_WEIGHTS.unverifiableReferencePrice, 12);
    // Five offers of one seller among five sellers are still one seller stating it.
    const flood = [0, 1, 2, 3, 4].map((n) => wasPrice('fresh', n));
    expect(unverifiable(flood[0]!, [...flood, plain('a'), plain('b'), plain('c'), plain('d')])!.impact).toBeCloseTo(unverifiable(offer, [offer, plain('a'), plain('b'), plain('c'), plain('d')])!.impact, 12);
  });

  it('only ever strengthens the hand-set prior, never past a coin flip, and a rarer statement never weighs less', () => {
    const priors = [...LEARNABLE_FINDINGS.values()];
    fc.assert(
      fc.property(fc.constantFrom(...priors), fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 40 }), (prior, a, b) => {
        const parties = Math.max(a, b);
        const making = Math.min(a, b);
        const w = (k: number) => learnedFindingWeight([...LEARNABLE_FINDINGS].find(([, p]) => p === prior)![0], undefined, { making: k, parties })!.weight;
        expect(w(making)).toBeLessThanOrEqual(prior + 1e-12);
        expect(w(making)).toBeGreaterThanOrEqual(Math.min(prior, coinFlip) - 1e-12);
        if (making > 1) expect(w(making - 1)).toBeLessThanOrEqual(w(making) + 1e-12);
        const rates = rareFindingRates(prior, { making, parties });
        expect(rates.missed).toBe(1 / 2);
      }),
      { numRuns: 300, seed: 35 },
    );
  });
});
