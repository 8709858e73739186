import { RecentCache, BoundedMap, type AttributeValue, type Offer, type Product } from '../../protocol/index.ts';
import { quoteText } from './quote-text.ts';

/** Relative tolerance under which two numbers count as the same value (rounding, unit conversions). */
const NUMBER_TOLERANCE = 0.02;

// The same few values are compared again and again (every seller's statement against every offer's): read each once.
const comparableText = new BoundedMap<string, AttributeValue>(20_000);

/** The form values are compared in: trimmed lower-case text, numbers from numeric text, booleans from yes / no. */
export function comparableValue(value: AttributeValue): AttributeValue {
  if (typeof value !== 'string') return value;
  const known = comparableText.get(value);
  if (known !== undefined) return known;
  const text = value.trim().toLowerCase();
  const comparable = text === 'true' || text === 'yes' ? true : text === 'false' || text === 'no' ? false : /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
  comparableText.set(value, comparable);
  return comparable;
}

/** Whether two attribute values say the same thing (case-insensitive text, numbers within 2 %, "yes" = true). */
export function sameAttributeValue(a: AttributeValue, b: AttributeValue): boolean {
  return sameComparable(comparableValue(a), b);
}

/**
 * `sameAttributeValue(a, b)` for a value `a` already in its comparable form (`comparableValue(a)`): a caller weighing one
 * statement against many reads it once.
 */
export function sameComparable(x: AttributeValue, b: AttributeValue): boolean {
  const y = comparableValue(b);
  if (typeof x === 'number' && typeof y === 'number') {
    return Math.abs(x - y) <= NUMBER_TOLERANCE * Math.max(Math.abs(x), Math.abs(y)) + 1e-9;
  }
  return x === y;
}

/** Longest text value written into an explanation; values come from brands, so they are quoted and cut short. */
const MAX_VALUE_LENGTH = 40;

/** A value written for people: `true` → "yes", numbers as is, text sanitised, truncated and put in quotes. */
export function formatAttributeValue(value: AttributeValue): string {
  if (value === true) return 'yes';
  if (value === false) return 'no';
  if (typeof value === 'number') return String(value);
  let shown = formattedText.get(value);
  if (shown === undefined) {
    shown = `“${quoteText('value', value, undefined, MAX_VALUE_LENGTH).text}”`;
    if (value.length <= 400) formattedText.set(value, shown);
  }
  return shown;
}

// The same few values are written again and again (in every cross-check and answer check that names them); short ones are kept.
const formattedText = new BoundedMap<string, string>(10_000);

const statementCache = new RecentCache<Offer, ReadonlyMap<string, AttributeValue>>(64);

/**
 * What an offer states about each attribute: its structured claims, then its product attributes (a claim wins when
 * both exist; a disagreement between the two is an honesty finding of its own). `maker` is included.
 */
export function offerStatements(offer: Offer): ReadonlyMap<string, AttributeValue> {
  // Offers are immutable messages; every offer of a round is read by every other offer's cross-check.
  const cached = statementCache.get(offer);
  if (cached) return cached;
  const out = new Map<string, AttributeValue>();
  const attributes = offer.product.attributes;
  for (const attribute of Object.keys(attributes)) out.set(attribute, attributes[attribute]!);
  if (offer.product.maker !== undefined) out.set('maker', offer.product.maker);
  for (const claim of offer.claims) out.set(claim.attribute, claim.asserted);
  statementCache.set(offer, out);
  return out;
}

const productCache = new RecentCache<Offer, Product>(64);

/**
 * Whether the product already holds every attribute the offer claims (as its own, on a plain object): then the filled-in
 * product would say exactly what the product says, since product attributes win.
 */
function claimsNothingNew(offer: Offer): boolean {
  const attributes = offer.product.attributes;
  if (Object.getPrototypeOf(attributes) !== Object.prototype) return false;
  for (const claim of offer.claims) {
    if (claim.attribute !== 'maker' && claim.attribute !== 'category' && !Object.hasOwn(attributes, claim.attribute)) return false;
  }
  return true;
}

/** The product as the offer describes it: attributes it only claims are filled in (product attributes win). */
export function effectiveProduct(offer: Offer): Product {
  // Most offers claim only what their product states: read as it is (callers look attributes up by name, never copy).
  if (claimsNothingNew(offer)) return offer.product;
  const cached = productCache.get(offer);
  if (cached) return cached;
  const claimed: Record<string, AttributeValue> = {};
  for (const claim of offer.claims) {
    if (claim.attribute !== 'maker' && claim.attribute !== 'category') claimed[claim.attribute] = claim.asserted;
  }
  const product = { ...offer.product, attributes: { ...claimed, ...offer.product.attributes } };
  productCache.set(offer, product);
  return product;
}

/** Offers that are the same product: same sku from the same brand, or the same GTIN. */
export function sameProduct(a: { sku: string; gtin?: string | undefined }, b: { sku: string; gtin?: string | undefined }): boolean {
  return a.sku === b.sku || (a.gtin !== undefined && a.gtin === b.gtin);
}
