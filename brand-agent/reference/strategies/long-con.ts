import { z } from 'zod';
import type { BrandHandlers, CatalogEntry, OfferContext } from '../../definition.ts';
import { canonicalCategoryId } from '../../../protocol/index.ts';
import { defineStrategy } from '../shared/index.ts';
import { refundInFull } from '../../refund-in-full.ts';
import { whenReady } from '../../when-ready.ts';
import { CheatBehavioursShape, cheatBehaviours } from './cheat-behaviours.ts';

/**
 * Parameters of the long-con strategy: where a deal turns big, how it cheats on big deals, and the params of each
 * behaviour. The stake of a deal is its quantity × the brand's price level in the deal's category (the median unit
 * list price of its entries there); its usual deal is the median of its categories' price levels. A deal is big when
 * its stake is more than `bigStakeRatio` × the usual deal: with the default 1, a brand selling coffee, shoes and
 * bicycles is honest on coffee and shoes (one unit) and cheats on bicycles; one selling a single category cheats only
 * on orders of several units.
 */
export const LongConParamsSchema = z
  .object({
    /** A deal is big (cheated on) when its stake is more than this multiple of the brand's usual deal. */
    bigStakeRatio: z.number().positive().max(1000).default(1),
    ...CheatBehavioursShape,
  })
  .strict();
/** Validated long-con parameters. */
export type LongConParams = z.output<typeof LongConParamsSchema>;

/** A listing's price level per canonical category and its usual deal (median of the levels), in minor units. */
interface PriceLevels {
  readonly byCategory: ReadonlyMap<string, number>;
  readonly usual: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Per catalog listing (a read-only snapshot; one whose length changed is read again): a brand asks on every message. */
const levelsOf = new WeakMap<readonly CatalogEntry[], { readonly length: number; readonly levels: PriceLevels }>();

function priceLevels(entries: readonly CatalogEntry[]): PriceLevels {
  const known = levelsOf.get(entries);
  if (known !== undefined && known.length === entries.length) return known.levels;
  const prices = new Map<string, number[]>();
  for (const e of entries) {
    const id = canonicalCategoryId(e.product.category);
    const list = prices.get(id);
    if (list === undefined) prices.set(id, [e.price.amountMinor]);
    else list.push(e.price.amountMinor);
  }
  const byCategory = new Map([...prices].map(([c, p]) => [c, median(p)] as const));
  const levels = { byCategory, usual: byCategory.size === 0 ? 0 : median([...byCategory.values()]) };
  levelsOf.set(entries, { length: entries.length, levels });
  return levels;
}

/**
 * True when a deal of `quantity` units in `category` is big for a long-con brand with this listing: quantity × its
 * price level in the category > `bigStakeRatio` × its usual deal. A category it does not list is never big (it
 * declines it honestly). Pure: the simulator reads it to know when the brand's sales are deceptive.
 */
export function isBigDeal(entries: readonly CatalogEntry[], category: string, quantity: number, params: Pick<LongConParams, 'bigStakeRatio'>): boolean {
  const levels = priceLevels(entries);
  const level = levels.byCategory.get(canonicalCategoryId(category));
  return level !== undefined && quantity * level > params.bigStakeRatio * levels.usual;
}

/**
 * Honest on small deals (true claims, calm text, receipts as offered), a cheat on big ones (deceptive offers and
 * answers, a switched receipt), so a record built on small sales vouches for the big one. Each message is judged by
 * its deal: a brief by its category and quantity, a question, counter or order by its offer's.
 */
export const longConStrategy = defineStrategy({
  id: 'long-con',
  summary: 'Honest on small deals; on deals above its usual stake (quantity × its price level in the category, over the median of its categories) lies like the deceptive strategy and/or switches the receipt.',
  paramsSchema: LongConParamsSchema,
  createHandlers: (params): Required<BrandHandlers> => {
    const { honest, deceptive, switching } = cheatBehaviours(params);
    const big = (ctx: OfferContext) => whenReady(ctx.catalog.list(), (entries) => isBigDeal(entries, ctx.offer.product.category, ctx.offer.quantity, params));
    return {
      requestOffers: (brief, ctx) =>
        whenReady(ctx.catalog.list(), (entries) => (isBigDeal(entries, brief.category, brief.quantity, params) ? deceptive : honest).requestOffers(brief, ctx)),
      askQuestion: (question, ctx) => whenReady(big(ctx), (isBig) => (isBig ? deceptive : honest).askQuestion(question, ctx)),
      counterOffer: (counter, ctx) => whenReady(big(ctx), (isBig) => (isBig ? deceptive : honest).counterOffer(counter, ctx)),
      placeOrder: (order, ctx) => whenReady(big(ctx), (isBig) => (isBig ? switching : honest).placeOrder(order, ctx)),
      cancelOrder: refundInFull,
    };
  },
});
