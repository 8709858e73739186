import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviseOffer, type OfferChanges } from '../../brand-agent/reference/shared/index.ts';
import type { Counter, Offer } from '../../protocol/index.ts';

/** The revision as the object literal with a rest copy wrote it (the reference for values and key order). */
function literalRevision(latest: Offer, rootOfferId: string, counter: Counter, changes: OfferChanges, now: Date, validForMinutes: number): Offer {
  const price = changes.price ?? latest.price;
  const { discount, pitch, inReplyTo: _previousReply, ...rest } = latest;
  const nextPitch = changes.pitch ?? pitch;
  const sameProduct = changes.product === undefined || changes.product.sku === latest.product.sku;
  return {
    ...rest,
    offerId: `${rootOfferId}:r${counter.round}`,
    product: changes.product ?? latest.product,
    quantity: changes.quantity ?? latest.quantity,
    price,
    ...(discount && sameProduct && discount.referencePrice.amountMinor > price.amountMinor ? { discount } : {}),
    terms: changes.terms ?? latest.terms,
    claims: [...(changes.claims ?? latest.claims)],
    ...(nextPitch !== undefined ? { pitch: nextPitch } : {}),
    validUntil: new Date(now.getTime() + validForMinutes * 60_000).toISOString(),
    round: counter.round,
    inReplyTo: counter.counterId,
  };
}

const money = (amountMinor: number) => ({ amountMinor, currency: 'EUR' });
const product = (sku: string) => ({ sku, title: sku, category: 'coffee', attributes: { roast: 'dark' } });
const terms = { deliveryDays: 2, returnDays: 30, warrantyMonths: 0 };

describe('reviseOffer', () => {
  it('writes the same revision as the literal it replaced, with the keys in the same order', () => {
    const arbitrary = fc.record({
      price: fc.integer({ min: 1, max: 50_000 }),
      discountAbove: fc.option(fc.integer({ min: -100, max: 5_000 }), { nil: undefined }),
      pitch: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
      inReplyTo: fc.option(fc.constant('c-0'), { nil: undefined }),
      round: fc.integer({ min: 0, max: 3 }),
      newPrice: fc.option(fc.integer({ min: 1, max: 50_000 }), { nil: undefined }),
      newPitch: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
      newProduct: fc.option(fc.constantFrom('a', 'b'), { nil: undefined }),
      newQuantity: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
      counterRound: fc.integer({ min: 1, max: 4 }),
      extra: fc.boolean(),
    });
    fc.assert(
      fc.property(arbitrary, (a) => {
        const latest = {
          ...(a.extra ? { note: 'kept' } : {}),
          offerId: 'brand:req:0',
          requestId: 'req',
          brandId: 'brand',
          product: product('a'),
          quantity: 1,
          price: money(a.price),
          ...(a.discountAbove === undefined ? {} : { discount: { referencePrice: money(a.price + a.discountAbove), kind: 'was-price' as const } }),
          terms,
          validUntil: '2026-01-06T09:00:00.000Z',
          claims: [{ attribute: 'roast', asserted: 'dark' }],
          ...(a.pitch === undefined ? {} : { pitch: a.pitch }),
          round: a.round,
          ...(a.inReplyTo === undefined ? {} : { inReplyTo: a.inReplyTo }),
        } as Offer;
        const changes: OfferChanges = {
          ...(a.newPrice === undefined ? {} : { price: money(a.newPrice) }),
          ...(a.newPitch === undefined ? {} : { pitch: a.newPitch }),
          ...(a.newProduct === undefined ? {} : { product: product(a.newProduct) }),
          ...(a.newQuantity === undefined ? {} : { quantity: a.newQuantity }),
        };
        const counter = { counterId: `c-${a.counterRound}`, round: a.counterRound } as Counter;
        const now = new Date('2026-01-05T09:00:00.000Z');
        const revised = reviseOffer(latest, 'brand:req:0', counter, changes, now, 15);
        const reference = literalRevision(latest, 'brand:req:0', counter, changes, now, 15);
        expect(JSON.stringify(revised)).toBe(JSON.stringify(reference));
        expect(revised).toEqual(reference);
      }),
      { numRuns: 500, seed: 11 },
    );
  });
});
