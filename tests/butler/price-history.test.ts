import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InMemoryButlerMemory } from '../../agent/butler/index.ts';
import type { Offer } from '../../protocol/index.ts';

/** The part of an offer a quoted price is made of. */
function quote(brandId: string, sku: string, gtin: string | undefined, amountMinor: number, i: number): Offer {
  return { offerId: `o${i}`, brandId, quantity: 1 + (i % 2), price: { amountMinor, currency: 'EUR' }, product: { sku, gtin } } as unknown as Offer;
}

describe('InMemoryButlerMemory.priceHistory', () => {
  it('gives, oldest first, every price of the brand for the same sku or the same GTIN (what filtering them all gives)', () => {
    const point = fc.record({ brand: fc.constantFrom('a', 'b'), sku: fc.constantFrom('s1', 's2', 's3'), gtin: fc.constantFrom(undefined, '', 'g1', 'g2'), amount: fc.integer({ min: 100, max: 900 }) });
    fc.assert(
      fc.property(fc.array(fc.array(point, { maxLength: 6 }), { maxLength: 8 }), (requests) => {
        const memory = new InMemoryButlerMemory({ secret: 'test' });
        const all: Array<{ brandId: string; sku: string; gtin: string | undefined; amountMinor: number; quantity: number; at: string }> = [];
        let i = 0;
        requests.forEach((request, r) => {
          const at = `2026-11-${String(10 + r).padStart(2, '0')}T10:00:00.000Z`;
          const offers = request.map((p) => quote(p.brand, p.sku, p.gtin, p.amount, i++));
          memory.recordOffers(offers, at);
          for (const o of offers) all.push({ brandId: o.brandId, sku: o.product.sku, gtin: o.product.gtin, amountMinor: o.price.amountMinor, quantity: o.quantity, at });
        });
        for (const brandId of ['a', 'b', 'c']) {
          for (const sku of ['s1', 's2', 's4']) {
            for (const gtin of [undefined, '', 'g1', 'g3']) {
              const expected = all.filter((p) => p.brandId === brandId && (p.sku === sku || (gtin !== undefined && p.gtin === gtin)));
              const got = memory.priceHistory(brandId, { sku, gtin });
              expect(got.map((p) => ({ brandId: p.brandId, sku: p.sku, gtin: p.gtin, amountMinor: p.price.amountMinor, quantity: p.quantity, at: p.at }))).toEqual(expected);
            }
          }
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
