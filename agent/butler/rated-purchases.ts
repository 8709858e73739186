import type { RatedPurchase } from '../taste/index.ts';
import type { PastOrder } from './butler-memory.ts';

/** The orders the person rated, as the taste model reads them: what the product was, the stars and when. */
export function ratedPurchasesOf(orders: readonly PastOrder[]): RatedPurchase[] {
  const out: RatedPurchase[] = [];
  for (const o of orders) {
    if (o.rating === undefined) continue;
    const atMs = Date.parse(o.ratedAt ?? o.placedAt);
    if (!Number.isFinite(atMs)) continue;
    out.push({ category: o.offer.product.category, attributes: o.offer.product.attributes, rating: o.rating, atMs });
  }
  return out;
}
