import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Install-wide settings as JSON values: the profile, the pseudonym secret. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull(),
});
export type SettingRow = typeof settings.$inferSelect;

/** Every offer (and negotiated revision) the butler received: the price history that exposes fake discounts. */
export const offers = sqliteTable(
  'offers',
  {
    offerId: text('offer_id').primaryKey(),
    requestId: text('request_id').notNull(),
    brandId: text('brand_id').notNull(),
    sku: text('sku').notNull(),
    gtin: text('gtin'),
    priceMinor: integer('price_minor').notNull(),
    currency: text('currency').notNull(),
    quantity: integer('quantity').notNull(),
    receivedAt: text('received_at').notNull(),
    offer: text('offer').notNull(),
  },
  (t) => [index('offers_brand_sku').on(t.brandId, t.sku), index('offers_brand_gtin').on(t.brandId, t.gtin)],
);
export type OfferRow = typeof offers.$inferSelect;

/**
 * The exclusions of each request's latest ranking (reasons as JSON: code and detail): a purchase refuses an offer
 * its request's ranking excluded for a reason that protects the person, whichever process ranked it. `ranking_id` is
 * the ranking that gave the row (the shop request's id; an offer of its "anything cheaper?" round has a request id of
 * its own), so ranking a request again replaces all it stored by that id.
 */
export const rankingExclusions = sqliteTable(
  'ranking_exclusions',
  {
    requestId: text('request_id').notNull(),
    offerId: text('offer_id').notNull(),
    reasons: text('reasons').notNull(),
    rankedAt: text('ranked_at').notNull(),
    rankingId: text('ranking_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.requestId, t.offerId] }), index('ranking_exclusions_ranking').on(t.rankingId)],
);
export type RankingExclusionRow = typeof rankingExclusions.$inferSelect;

/** Every message exchanged with a brand, in order, per request. */
export const exchanges = sqliteTable(
  'exchanges',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    requestId: text('request_id').notNull(),
    brandId: text('brand_id').notNull(),
    kind: text('kind').notNull(),
    at: text('at').notNull(),
    exchange: text('exchange').notNull(),
  },
  (t) => [index('exchanges_request').on(t.requestId)],
);
export type ExchangeRow = typeof exchanges.$inferSelect;

/** Orders placed (or refused) with their mandate and receipt. */
export const orders = sqliteTable(
  'orders',
  {
    orderId: text('order_id').primaryKey(),
    requestId: text('request_id').notNull(),
    brandId: text('brand_id').notNull(),
    status: text('status').notNull(),
    placedAt: text('placed_at').notNull(),
    chargedMinor: integer('charged_minor').notNull(),
    currency: text('currency').notNull(),
    record: text('record').notNull(),
  },
  (t) => [index('orders_placed_at').on(t.placedAt)],
);
export type OrderRow = typeof orders.$inferSelect;

/**
 * One row per accepted offer (the primary key is the unique constraint "one order per offer"): the price is reserved
 * here, in the same write transaction that checks the person's caps, while the order is under way (`pending`), and
 * stays with the order once placed (`ordered`); a failed brand call `released` it.
 */
export const purchases = sqliteTable(
  'purchases',
  {
    offerId: text('offer_id').primaryKey(),
    brandId: text('brand_id').notNull(),
    idempotencyKey: text('idempotency_key').notNull(),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency').notNull(),
    reservedAt: text('reserved_at').notNull(),
    status: text('status', { enum: ['pending', 'ordered', 'released'] }).notNull(),
    orderId: text('order_id'),
  },
  (t) => [index('purchases_reserved_at').on(t.reservedAt)],
);
export type PurchaseRow = typeof purchases.$inferSelect;

/**
 * The append-only, hash-chained log of order records (every state an order went through), chained like the trust
 * events (`hash` covers seq, prevHash, brandId, kind = status, occurredAtMs and the canonical record); `orders` is
 * its projection, checked by `verifyOrderChain`.
 */
export const orderEvents = sqliteTable(
  'order_events',
  {
    seq: integer('seq').primaryKey(),
    orderId: text('order_id').notNull(),
    brandId: text('brand_id').notNull(),
    status: text('status').notNull(),
    occurredAtMs: integer('occurred_at_ms').notNull(),
    record: text('record').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('order_events_order').on(t.orderId)],
);
export type OrderEventRow = typeof orderEvents.$inferSelect;

/** The single row naming the newest order event (seq 0 and the genesis hash when empty). */
export const orderChainHead = sqliteTable(
  'order_chain_head',
  {
    id: integer('id').primaryKey(),
    seq: integer('seq').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [check('order_chain_head_single_row', sql`${t.id} = 1`)],
);
