import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

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
