// Whether a revision names the same model is decided without serialising both identities on every counter round:
// the answer must be the one the canonical JSON comparison gives, for validated offers and for offers no schema checked.
import { describe, expect, it } from 'vitest';
import { sameProductIdentity } from '../../agent/negotiation/index.ts';
import { canonicalJson, createSeededRandom, type Offer } from '../../protocol/index.ts';
import { offerAt } from './negotiation-fixtures.ts';

/** The identity as the negotiation compared it before: GTIN, title, maker, category, in canonical JSON. */
const canonicalIdentity = (o: Offer): string =>
  canonicalJson({ gtin: o.product.gtin ?? null, title: o.product.title, maker: o.product.maker ?? null, category: o.product.category });

/** An offer whose identity parts are set as given (absent when undefined), values unchecked as a brand could send them. */
function withIdentity(parts: { gtin: unknown; title: unknown; maker: unknown; category: unknown }): Offer {
  const base = offerAt('o1', 12_000);
  const product: Record<string, unknown> = { ...base.product };
  for (const [key, value] of Object.entries(parts)) {
    if (value === undefined) delete product[key];
    else product[key] = value;
  }
  return { ...base, product: product as unknown as Offer['product'] };
}

describe('sameProductIdentity', () => {
  it('agrees with the canonical JSON comparison of the identities on a seeded mix of validated and unchecked values', () => {
    const random = createSeededRandom('same-product-identity');
    const texts = ['Trail 5', 'Trail 5 ', 'trail 5', 'Trail\u00a05', 'Tr\u00e4il', '', '4006381333931', '"quoted"', 'null'];
    const odd: unknown[] = [undefined, null, 5, 4006381333931, true, { a: 1 }, ['Trail 5'], ['Trail', '5']];
    const value = (textOnly: boolean, absentAllowed: boolean): unknown => {
      // A fresh copy each time: equal objects are equal in canonical JSON, not as references.
      if (!textOnly && random.chance(0.3)) return structuredClone(random.pick(odd));
      if (absentAllowed && random.chance(0.25)) return random.chance(0.5) ? undefined : null;
      return random.pick(texts);
    };
    let same = 0;
    let unchecked = 0;
    for (let i = 0; i < 4_000; i++) {
      const textOnly = random.chance(0.6);
      const make = () => ({ gtin: value(textOnly, true), title: value(textOnly, false), maker: value(textOnly, true), category: value(textOnly, false) });
      const a = withIdentity(make());
      // Half the pairs share most parts, so equal identities are common too.
      const copy = <T,>(v: T): T => structuredClone(v);
      const b = random.chance(0.5) ? withIdentity(make()) : withIdentity({ gtin: copy(a.product.gtin), title: copy(a.product.title), maker: copy(a.product.maker), category: random.chance(0.8) ? copy(a.product.category) : value(textOnly, false) });
      const expected = canonicalIdentity(a) === canonicalIdentity(b);
      expect(sameProductIdentity(a, b), `${canonicalIdentity(a)} vs ${canonicalIdentity(b)}`).toBe(expected);
      if (expected) same++;
      if (!textOnly) unchecked++;
    }
    // Both answers, and both kinds of value, were exercised.
    expect(same).toBeGreaterThan(500);
    expect(unchecked).toBeGreaterThan(1_000);
  });

  it('an absent GTIN or maker is the same as a null one, as in canonical JSON', () => {
    const a = withIdentity({ gtin: undefined, title: 'T', maker: undefined, category: 'running-shoes' });
    const b = withIdentity({ gtin: null, title: 'T', maker: null, category: 'running-shoes' });
    expect(sameProductIdentity(a, b)).toBe(true);
    expect(sameProductIdentity(a, withIdentity({ gtin: '1', title: 'T', maker: undefined, category: 'running-shoes' }))).toBe(false);
  });
});
