import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTER_NOISE, counterNoise, counterTarget } from '../../agent/negotiation/index.ts';
import { offerAt } from './negotiation-fixtures.ts';

const coffee = (id: string, price: number, grams: number) => offerAt(id, price, { category: 'coffee', attributes: { form: 'beans', weight_g: grams } });

describe('counterTarget', () => {
  it('is the lowest comparable price for this offer, times the target share', () => {
    const market = [offerAt('a', 15_000), offerAt('b', 20_000), offerAt('c', 24_000)];
    expect(counterTarget(market[2]!, market, 1)).toEqual({ amountMinor: 15_000, currency: 'EUR' });
    expect(counterTarget(market[1]!, market, 0.98)).toEqual({ amountMinor: 14_700, currency: 'EUR' });
  });

  it('compares per kg across pack sizes: a 1 kg bag is aimed at four times the cheapest 250 g price per kg', () => {
    const market = [coffee('small', 990, 250), coffee('big', 4_400, 1000)];
    expect(counterTarget(market[1]!, market, 1)).toEqual({ amountMinor: 3_960, currency: 'EUR' });
    // The small bag is already the cheapest per kg: its target is its own price.
    expect(counterTarget(market[0]!, market, 1)).toEqual({ amountMinor: 990, currency: 'EUR' });
  });

  it('ignores offers in another currency or measured differently, and never exceeds the offer price', () => {
    const own = offerAt('own', 15_000);
    expect(counterTarget(own, [own, offerAt('yen', 100, { currency: 'JPY' }), coffee('bag', 10, 250)], 1)).toEqual({ amountMinor: 15_000, currency: 'EUR' });
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 6 }), fc.double({ min: 0.9, max: 1, noNaN: true }), (prices, share) => {
        const market = prices.map((p, i) => offerAt(`o${i}`, p));
        const low = Math.min(...prices);
        for (const offer of market) {
          const target = counterTarget(offer, market, share);
          expect(target.amountMinor).toBeLessThanOrEqual(offer.price.amountMinor);
          expect(target.amountMinor).toBe(Math.round(low * share));
        }
      }),
    );
  });
});

describe('counterNoise', () => {
  it('is deterministic per secret and request, within its bounds, and differs between people', () => {
    expect(counterNoise('s', 'r1')).toEqual(counterNoise('s', 'r1'));
    expect(counterNoise('s', 'r1')).not.toEqual(counterNoise('t', 'r1'));
    expect(counterNoise('s', 'r1')).not.toEqual(counterNoise('s', 'r2'));
    fc.assert(
      fc.property(fc.string(), fc.string(), (secret, requestId) => {
        const noise = counterNoise(secret, requestId);
        expect(noise.openingDiscount).toBeGreaterThanOrEqual(COUNTER_NOISE.openingDiscount.min);
        expect(noise.openingDiscount).toBeLessThanOrEqual(COUNTER_NOISE.openingDiscount.max);
        expect(noise.targetShare).toBeGreaterThanOrEqual(COUNTER_NOISE.targetShare.min);
        expect(noise.targetShare).toBeLessThanOrEqual(COUNTER_NOISE.targetShare.max);
      }),
    );
  });
});
