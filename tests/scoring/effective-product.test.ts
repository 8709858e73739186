import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { productAttribute, type AttributeValue, type Offer, type Product } from '../../protocol/index.ts';
import { effectiveProduct } from '../../agent/scoring/offer-statements.ts';
import { shoeOffer } from './scoring-fixtures.ts';

/** The product with every claimed attribute filled in, built in full (what effectiveProduct always built before). */
function filledIn(offer: Offer): Product {
  const claimed: Record<string, AttributeValue> = {};
  for (const claim of offer.claims) if (claim.attribute !== 'maker' && claim.attribute !== 'category') claimed[claim.attribute] = claim.asserted;
  return { ...offer.product, attributes: { ...claimed, ...offer.product.attributes } };
}

const NAMES = ['size_eu', 'waterproof', 'terrain', 'weight_g', 'drop_mm', 'colour', 'maker', 'category', 'toString', 'constructor'];

describe('effectiveProduct', () => {
  it('reads every attribute as the fully filled-in product does, whether or not the claims add any', () => {
    const claim = fc.record({ attribute: fc.constantFrom(...NAMES), asserted: fc.oneof(fc.constantFrom('trail', 'road', 'black'), fc.integer({ min: 1, max: 400 }), fc.boolean()) });
    fc.assert(
      fc.property(fc.array(claim, { maxLength: 5 }), fc.boolean(), (claims, nullPrototype) => {
        const base = shoeOffer();
        const attributes = nullPrototype ? Object.assign(Object.create(null) as Record<string, AttributeValue>, base.product.attributes) : base.product.attributes;
        const offer: Offer = { ...base, product: { ...base.product, attributes }, claims: claims.map((c) => ({ ...c, evidence: undefined })) as Offer['claims'] };
        const reference = filledIn(offer);
        const read = effectiveProduct(offer);
        for (const name of NAMES) expect(productAttribute(read, name)).toBe(productAttribute(reference, name));
        expect({ ...read, attributes: { ...read.attributes } }).toEqual({ ...reference, attributes: { ...reference.attributes } });
      }),
      { numRuns: 1_000, seed: 7 },
    );
  });
});
