import type { AttributeValue, Money } from './primitives.ts';
import { formatMoney } from './money.ts';
import { canonicalCategoryId } from './category-aliases.ts';

/** What a pack is measured in: mass (grams), volume (millilitres) or a count of items. */
export type MeasureDimension = 'mass' | 'volume' | 'count';

/** How much an offer delivers: `amount` in the dimension's base unit (g, ml or items). */
export interface PackMeasure {
  readonly dimension: MeasureDimension;
  readonly amount: number;
}

/** A price per reference unit: per kg, per litre or per item, in minor units (may be fractional). */
export interface UnitPrice {
  readonly amountMinor: number;
  readonly currency: string;
  readonly per: 'kg' | 'l' | 'unit';
}

/** The part of an offer a unit price needs (any `Offer` is one). */
export interface PricedPack {
  readonly product: { readonly category: string; readonly attributes: Readonly<Record<string, AttributeValue>> };
  readonly quantity: number;
  readonly price: Money;
}

/** Base-unit multiples of the unit a price is quoted per (1 kg = 1000 g, 1 l = 1000 ml, 1 unit = 1 item). */
const PER: Readonly<Record<MeasureDimension, { readonly per: UnitPrice['per']; readonly baseUnits: number }>> = {
  mass: { per: 'kg', baseUnits: 1000 },
  volume: { per: 'l', baseUnits: 1000 },
  count: { per: 'unit', baseUnits: 1 },
};

/**
 * Attributes that state the net content of one pack, as [attribute, dimension, base units per attribute unit]. Names
 * that say "net" or "pack" hold in every category; `weight_g` is the pack's content only where the taxonomy says so
 * (coffee: "Net weight of one pack") — a shoe's or a headphone's `weight_g` is how heavy it is, not how much you get.
 */
const NET_CONTENT_ATTRIBUTES: ReadonlyArray<readonly [string, MeasureDimension, number]> = [
  ['net_weight_g', 'mass', 1],
  ['net_weight_kg', 'mass', 1000],
  ['net_volume_ml', 'volume', 1],
  ['net_volume_l', 'volume', 1000],
  ['volume_ml', 'volume', 1],
  ['volume_l', 'volume', 1000],
  ['pack_count', 'count', 1],
  ['pack_size', 'count', 1],
  ['units_per_pack', 'count', 1],
];

/** Categories whose `weight_g` is the net weight of one pack (see protocol/taxonomy.ts). */
const WEIGHT_IS_CONTENT: ReadonlySet<string> = new Set(['coffee']);

const positive = (value: AttributeValue | undefined): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : undefined;

/**
 * The measure of one pack of a product from its attributes (e.g. coffee `weight_g: 250` → 250 g); one item when no
 * attribute states a net content, so shoes and headphones compare per unit.
 */
export function packMeasureOf(product: PricedPack['product']): PackMeasure {
  for (const [attribute, dimension, factor] of NET_CONTENT_ATTRIBUTES) {
    const value = positive(product.attributes[attribute]);
    if (value !== undefined) return { dimension, amount: value * factor };
  }
  const weight = WEIGHT_IS_CONTENT.has(canonicalCategoryId(product.category)) ? positive(product.attributes['weight_g']) : undefined;
  if (weight !== undefined) return { dimension: 'mass', amount: weight };
  return { dimension: 'count', amount: 1 };
}

/** What an offer delivers in total: one pack's measure times the offer's quantity (a pack of 6 × 2 is 12 items). */
export function offerMeasureOf(offer: Pick<PricedPack, 'product' | 'quantity'>): PackMeasure {
  const pack = packMeasureOf(offer.product);
  return { dimension: pack.dimension, amount: pack.amount * offer.quantity };
}

/** The price per kg, per litre or per item for a price paid for `measure` (e.g. 9.90 EUR for 250 g → 39.60 EUR/kg). */
export function unitPrice(price: Money, measure: PackMeasure): UnitPrice {
  const { per, baseUnits } = PER[measure.dimension];
  return { amountMinor: (price.amountMinor * baseUnits) / measure.amount, currency: price.currency, per };
}

/** What `measure` costs at a unit price, in minor units (may be fractional): the inverse of `unitPrice`. */
export function priceAtUnitPrice(price: UnitPrice, measure: PackMeasure): number {
  return (price.amountMinor * measure.amount) / PER[measure.dimension].baseUnits;
}

/** An offer's price per kg, per litre or per item, counting its quantity and its pack size. */
export function unitPriceOf(offer: PricedPack): UnitPrice {
  return unitPrice(offer.price, offerMeasureOf(offer));
}

/**
 * Orders two offers by unit price like a sort comparator (negative: `a` is cheaper per kg/l/item); undefined when they
 * cannot be compared (different currencies, or one sold by weight and the other by volume or by the item).
 */
export function compareUnitPrice(a: PricedPack, b: PricedPack): number | undefined {
  const pa = unitPriceOf(a);
  const pb = unitPriceOf(b);
  if (pa.currency !== pb.currency || pa.per !== pb.per) return undefined;
  // Compare at the minor unit's precision so float noise from the division never decides a tie.
  const diff = pa.amountMinor - pb.amountMinor;
  return Math.abs(diff) < 1e-9 * Math.max(1, Math.abs(pa.amountMinor), Math.abs(pb.amountMinor)) ? 0 : Math.sign(diff);
}

/** A unit price as text with the currency's digits, e.g. "39.60 EUR/kg", "3960 JPY/kg". */
export function formatUnitPrice(price: UnitPrice): string {
  return `${formatMoney({ amountMinor: Math.round(price.amountMinor), currency: price.currency })}/${price.per}`;
}
