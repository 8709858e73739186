import { attributeTextKey, namesAttributeText } from './attribute-text.ts';
import { titleNamesValue } from './title-names-value.ts';
import type { HardConstraint } from './need-brief.ts';
import type { Product } from './offer.ts';
import type { AttributeValue } from './primitives.ts';

/**
 * The value of an attribute on a product; `maker` and `category` are readable as attributes too. A maker stated among
 * the attributes only is the maker the product states: read there, "not JBL" would not see a JBL the brand wrote there.
 */
export function productAttribute(product: Product, attribute: string): AttributeValue | undefined {
  if (attribute === 'maker') return product.maker ?? product.attributes.maker;
  if (attribute === 'category') return product.category;
  return product.attributes[attribute];
}

/** Whether two values are the same: text as a person reads it (`attributeTextKey`), anything else exactly. */
function sameValue(a: AttributeValue, b: AttributeValue): boolean {
  if (typeof a === 'string' && typeof b === 'string') return attributeTextKey(a) === attributeTextKey(b);
  return a === b;
}

/** Whether `value` is the same as the expected value or one of the expected values. */
function matchesAny(value: AttributeValue, expected: HardConstraint['value']): boolean {
  if (!Array.isArray(expected)) return sameValue(value, expected as AttributeValue);
  for (const v of expected) if (sameValue(value, v)) return true;
  return false;
}

/**
 * Whether `value` names one of the excluded values: a text value naming it among its words ("Midnight Black" for
 * "black", "JBL Inc." for "JBL": `namesAttributeText`), anything else as `matchesAny`. A person who rules out black
 * rules out every black a seller can name; compared as whole text, a seller writing its black as "matte black" or its
 * maker as "JBL Inc." passed "not black" and "not JBL".
 */
function namesAny(value: AttributeValue, excluded: HardConstraint['value']): boolean {
  if (typeof value !== 'string') return matchesAny(value, excluded);
  for (const v of valuesOf(excluded)) if (typeof v === 'string' ? namesAttributeText(value, v) : sameValue(value, v)) return true;
  return false;
}

/** The expected value of a constraint as a list (one value, or the listed ones). */
function valuesOf(expected: HardConstraint['value']): readonly AttributeValue[] {
  return Array.isArray(expected) ? expected : [expected as AttributeValue];
}

/** Whether a title names one of the excluded text values as the product's own (`titleNamesValue`); numbers are not read from titles. */
function titleNamesAny(title: string, excluded: HardConstraint['value']): boolean {
  for (const v of valuesOf(excluded)) if (typeof v === 'string' && titleNamesValue(title, v)) return true;
  return false;
}

/**
 * Whether an attribute value satisfies one hard constraint; a missing value never satisfies a positive constraint. A
 * text value violates `neq` / `not-in` when it names an excluded value among its words (`namesAny`); `eq` / `in` still
 * want the value itself.
 */
export function satisfiesConstraint(value: AttributeValue | undefined, constraint: HardConstraint): boolean {
  const expected = constraint.value;
  switch (constraint.op) {
    case 'eq':
    case 'in':
      return value !== undefined && matchesAny(value, expected);
    case 'neq':
    case 'not-in':
      return value === undefined || !namesAny(value, expected);
    case 'lte': {
      const bound = Array.isArray(expected) ? expected[0] : expected;
      return typeof value === 'number' && typeof bound === 'number' && value <= bound;
    }
    case 'gte': {
      const bound = Array.isArray(expected) ? expected[0] : expected;
      return typeof value === 'number' && typeof bound === 'number' && value >= bound;
    }
  }
}

/**
 * Whether a product meets one hard constraint. An attribute the product leaves unstated meets a `neq` / `not-in`
 * (`satisfiesConstraint`) unless the product's own title names an excluded value: a seller of JBL headphones in black
 * that left out its maker and colour passed "not JBL, not black" with "JBL Tune 770NC, black" as its title, the very
 * words the person reads. What the product states decides when it states it; the title is read only in its silence,
 * and only where it names the value as the product's own (`titleNamesValue`: not "case compatible with JBL", "Black
 * Friday", "wool-free").
 *
 * A product that states no maker is its seller's own (the protocol: `maker` is "Manufacturer, when not the brand
 * itself"): its maker is then `seller`, the seller's identity (the brand id its offers carry, read as a person reads a
 * name: "jbl-store" names JBL). Read as absent, a maker's own store that left out `maker` (and its name from the title)
 * passed "not <that maker>"; its own "JBL" now meets "maker = JBL" too. Without a seller, the maker is only what the
 * product states.
 */
function meetsConstraint(product: Product, constraint: HardConstraint, seller: string | undefined): boolean {
  const value = productAttribute(product, constraint.attribute);
  if (value !== undefined) return satisfiesConstraint(value, constraint);
  const implied = constraint.attribute === 'maker' ? seller : undefined;
  if (constraint.op === 'neq' || constraint.op === 'not-in') return !titleNamesAny(product.title, constraint.value) && (implied === undefined || !namesAny(implied, constraint.value));
  return satisfiesConstraint(implied, constraint);
}

/**
 * The hard constraints a product violates (empty when it fits); every call returns a fresh array. `seller`, the id of
 * the brand selling it, is the maker of a product that states none (`meetsConstraint`).
 */
export function violatedConstraints(product: Product, constraints: readonly HardConstraint[], seller?: string): HardConstraint[] {
  return constraints.filter((c) => !meetsConstraint(product, c, seller));
}

/** Whether a product meets every hard constraint: `violatedConstraints(...).length === 0`, without building the list. */
export function meetsConstraints(product: Product, constraints: readonly HardConstraint[], seller?: string): boolean {
  for (const c of constraints) if (!meetsConstraint(product, c, seller)) return false;
  return true;
}
