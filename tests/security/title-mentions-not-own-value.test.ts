// Review of red team 36: a title read in the silence of a product's data excluded honest offers that merely mention a
// value the person ruled out — an accessory "compatible with JBL", a charger "for Apple Watch", a "Black Friday"
// banner, a "wool-free" or "no black dye" product, "Levi's" read as size "s" — and each such exclusion also put an
// `ignores-constraints` tactic on the honest seller's record. A title now names a value only as the product's own.
import { describe, expect, it } from 'vitest';
import { meetsConstraints, type HardConstraint, type Product } from '../../protocol/index.ts';

function product(title: string, attributes: Product['attributes'] = {}): Product {
  return { sku: 'sku-1', title, category: 'Electronics > Audio', attributes } as Product;
}

const rule = (attribute: string, op: HardConstraint['op'], value: HardConstraint['value']): HardConstraint => ({ attribute, op, value });

describe('a title names a ruled-out value only as the product’s own', () => {
  it('does not exclude an honest product that is for, with or without the value (excluded on the first reading of the title)', () => {
    expect(meetsConstraints(product('Hard carry case compatible with JBL Flip 6'), [rule('maker', 'not-in', ['JBL'])])).toBe(true);
    expect(meetsConstraints(product('Anker charger for Apple Watch'), [rule('maker', 'neq', 'Apple')])).toBe(true);
    expect(meetsConstraints(product("Levi's 501 Original jeans"), [rule('size', 'not-in', ['S', 'XS'])])).toBe(true);
    expect(meetsConstraints(product('Black Friday: Sony WH-1000XM5 silver'), [rule('color', 'neq', 'black')])).toBe(true);
    expect(meetsConstraints(product('Undyed linen shirt, no black dye'), [rule('color', 'neq', 'black')])).toBe(true);
    expect(meetsConstraints(product('Wool-free vegan sweater'), [rule('material', 'not-in', ['wool'])])).toBe(true);
  });

  it('still excludes a product whose title names the value as its own (the red-team attack)', () => {
    const sly = product('JBL Tune 770NC headphones with noise cancelling, black');
    expect(meetsConstraints(sly, [rule('maker', 'not-in', ['JBL'])])).toBe(false);
    expect(meetsConstraints(sly, [rule('color', 'neq', 'black')])).toBe(false);
    expect(meetsConstraints(product('Merino wool jumper, navy'), [rule('material', 'not-in', ['wool'])])).toBe(false);
    expect(meetsConstraints(product("Levi's 501 jeans, size S"), [rule('size', 'not-in', ['S'])])).toBe(false);
  });

  it('lets what the product states decide over its title', () => {
    expect(meetsConstraints(product('Black Friday: JBL Tune 770NC', { color: 'black' }), [rule('color', 'neq', 'black')])).toBe(false);
    expect(meetsConstraints(product('Case for black phones', { color: 'red' }), [rule('color', 'neq', 'black')])).toBe(true);
  });
});
