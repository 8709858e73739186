import type { Offer } from '../../protocol/index.ts';

/**
 * Attributes that state how much one pack holds, by category. Shoes' `weight_g` is the weight of one shoe, coffee's is
 * the net contents of the bag: only the latter makes a price per gram meaningful. Local until `protocol/money.ts`
 * offers a unit-price helper (issue 14 §2); any category may also state `net_weight_g`, `volume_ml` or `pack_count`.
 */
const PACK_CONTENT_BY_CATEGORY: Readonly<Record<string, { readonly attribute: string; readonly unit: string }>> = {
  coffee: { attribute: 'weight_g', unit: 'g' },
};
const GENERIC_PACK_CONTENT = [
  { attribute: 'net_weight_g', unit: 'g' },
  { attribute: 'volume_ml', unit: 'ml' },
  { attribute: 'pack_count', unit: 'piece' },
] as const;

/** A price per unit of what is bought: per gram when the pack's weight is known, else per item ordered. */
export interface UnitPrice {
  /** Minor units of the offer's currency per `unit`. */
  readonly minorPerUnit: number;
  /** "g", "ml", "piece" or "item" (one unit of the offer's quantity). */
  readonly unit: string;
  readonly currency: string;
}

/** The offer's price per gram, millilitre or piece when its pack contents are stated, else per item ordered. */
export function unitPriceOf(offer: Offer): UnitPrice {
  const { attributes, category } = offer.product;
  const candidates = [...(PACK_CONTENT_BY_CATEGORY[category] ? [PACK_CONTENT_BY_CATEGORY[category]] : []), ...GENERIC_PACK_CONTENT];
  for (const { attribute, unit } of candidates) {
    const contents = attributes[attribute];
    if (typeof contents === 'number' && Number.isFinite(contents) && contents > 0) {
      return { minorPerUnit: offer.price.amountMinor / (offer.quantity * contents), unit, currency: offer.price.currency };
    }
  }
  return { minorPerUnit: offer.price.amountMinor / offer.quantity, unit: 'item', currency: offer.price.currency };
}
