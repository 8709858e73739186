// `meetsConstraints` answers "violates nothing" without building the list of violations, and the constraint check
// allocates nothing per value: both must give what the list-building check gives, on a seeded mix of products and
// constraints (lists and single values, numbers against bounds, look-alike text, missing attributes).
import { describe, expect, it } from 'vitest';
import { createSeededRandom, meetsConstraints, satisfiesConstraint, violatedConstraints, type AttributeValue, type HardConstraint, type Product } from '../../protocol/index.ts';

/** The constraint check as first written (one list per value, `some` over it), to compare with. */
function satisfiesAsFirstWritten(value: AttributeValue | undefined, constraint: HardConstraint, same: (a: AttributeValue, b: AttributeValue) => boolean): boolean {
  const expected = constraint.value;
  const list = Array.isArray(expected) ? expected : [expected];
  switch (constraint.op) {
    case 'eq':
    case 'in':
      return value !== undefined && list.some((v) => same(value, v));
    case 'neq':
    case 'not-in':
      return value === undefined || !list.some((v) => same(value, v));
    case 'lte':
      return typeof value === 'number' && typeof list[0] === 'number' && value <= list[0];
    case 'gte':
      return typeof value === 'number' && typeof list[0] === 'number' && value >= list[0];
  }
}

describe('meetsConstraints and satisfiesConstraint', () => {
  it('agree with the list-building check on a seeded mix', () => {
    const random = createSeededRandom('meets-constraints');
    const values: AttributeValue[] = ['trail', 'Trail ', 'tr\u0430il', 'road', 'black', 43, 42, 43.5, 0, true, false];
    const attributes = ['terrain', 'size_eu', 'colour', 'waterproof', 'maker', 'category'];
    const ops: HardConstraint['op'][] = ['eq', 'neq', 'in', 'not-in', 'lte', 'gte'];
    let met = 0;
    for (let i = 0; i < 3_000; i++) {
      const productAttributes: Record<string, AttributeValue> = {};
      for (const a of ['terrain', 'size_eu', 'colour', 'waterproof']) if (random.chance(0.8)) productAttributes[a] = random.pick(values);
      const product: Product = { sku: 's', title: 'T', category: random.pick(['running-shoes', 'Running-Shoes']), attributes: productAttributes, ...(random.chance(0.5) ? { maker: random.pick(['Acme', 'ACME', 'Other']) } : {}) };
      const constraints: HardConstraint[] = Array.from({ length: random.int(0, 3) }, () => {
        const list = random.chance(0.4);
        const value = list ? Array.from({ length: random.int(1, 3) }, () => random.pick(values)) : random.pick(values);
        return { attribute: random.pick(attributes), op: random.pick(ops), value } as HardConstraint;
      });
      // The same-value rule itself is the library's (text as a person reads it): read it through a one-value `eq`.
      const same = (a: AttributeValue, b: AttributeValue) => satisfiesConstraint(a, { attribute: 'x', op: 'eq', value: b });
      const attributeOf = (name: string) => (name === 'maker' ? product.maker : name === 'category' ? product.category : product.attributes[name]);
      const expected = constraints.filter((c) => !satisfiesAsFirstWritten(attributeOf(c.attribute), c, same));
      expect(violatedConstraints(product, constraints)).toEqual(expected);
      expect(meetsConstraints(product, constraints)).toBe(expected.length === 0);
      if (expected.length === 0) met++;
    }
    // Both answers were exercised.
    expect(met).toBeGreaterThan(300);
    expect(met).toBeLessThan(2_700);
  });
});
