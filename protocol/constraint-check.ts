import { attributeTextKey } from './attribute-text.ts';
import type { HardConstraint } from './need-brief.ts';
import type { Product } from './offer.ts';
import type { AttributeValue } from './primitives.ts';

/** The value of an attribute on a product; `maker` and `category` are readable as attributes too. */
export function productAttribute(product: Product, attribute: string): AttributeValue | undefined {
  if (attribute === 'maker') return product.maker;
  if (attribute === 'category') return product.category;
  return product.attributes[attribute];
}

/** Whether two values are the same: text as a person reads it (`attributeTextKey`), anything else exactly. */
function sameValue(a: AttributeValue, b: AttributeValue): boolean {
  if (typeof a === 'string' && typeof b === 'string') return attributeTextKey(a) === attributeTextKey(b);
  return a === b;
}

/** Whether an attribute value satisfies one hard constraint; a missing value never satisfies a positive constraint. */
export function satisfiesConstraint(value: AttributeValue | undefined, constraint: HardConstraint): boolean {
  const expected = constraint.value;
  const list = Array.isArray(expected) ? expected : [expected];
  switch (constraint.op) {
    case 'eq':
      return value !== undefined && list.some((v) => sameValue(value, v));
    case 'in':
      return value !== undefined && list.some((v) => sameValue(value, v));
    case 'neq':
    case 'not-in':
      return value === undefined || !list.some((v) => sameValue(value, v));
    case 'lte':
      return typeof value === 'number' && typeof list[0] === 'number' && value <= list[0];
    case 'gte':
      return typeof value === 'number' && typeof list[0] === 'number' && value >= list[0];
  }
}

/** The hard constraints a product violates (empty when it fits). */
export function violatedConstraints(product: Product, constraints: readonly HardConstraint[]): HardConstraint[] {
  return constraints.filter((c) => !satisfiesConstraint(productAttribute(product, c.attribute), c));
}
