import { isSameCategory, type AttributeValue } from '../../protocol/index.ts';
import type { PurchaseHistory } from '../decision/index.ts';
import { TRUST_PARAMETERS } from '../trust/index.ts';
import type { PastOrder } from './butler-memory.ts';

/** Style attributes that describe a person's "bubble" per category (what divergence may vary). */
const STYLE_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  'running-shoes': ['terrain', 'cushioning', 'color'],
  headphones: ['form', 'color'],
  coffee: ['roast', 'origin', 'form'],
};

/**
 * The brands and styles a person usually buys in a category: their "bubble", from the orders they placed within the
 * trust model's memory (its half-life) before `now` — a brand not bought from for that long is outside it again.
 * Without `now`, every placed order counts.
 */
export function purchaseHistoryOf(orders: readonly PastOrder[], category: string, now?: Date): PurchaseHistory {
  const since = now === undefined ? Number.NEGATIVE_INFINITY : now.getTime() - TRUST_PARAMETERS.halfLifeMs;
  const placed = orders.filter((o) => (o.status === 'placed' || o.status === 'outcome-reported') && !(Date.parse(o.placedAt) < since));
  const brandIds = [...new Set(placed.map((o) => o.brandId))].sort();
  const styles: Record<string, AttributeValue[]> = {};
  for (const attribute of (Object.hasOwn(STYLE_ATTRIBUTES, category) ? STYLE_ATTRIBUTES[category] : undefined) ?? []) {
    const values = placed.filter((o) => isSameCategory(o.offer.product.category, category)).map((o) => o.offer.product.attributes[attribute]).filter((v): v is AttributeValue => v !== undefined);
    if (values.length > 0) styles[attribute] = [...new Set(values)];
  }
  return { brandIds, styles };
}
