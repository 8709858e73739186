import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';

/** Every brand identity the butler has met, keyed by its plain string id (e.g. "trailco"). */
export const brands = sqliteTable('brands', {
  brandId: text('brand_id').primaryKey(),
  displayName: text('display_name'),
  registeredAtMs: integer('registered_at_ms').notNull(),
});

/** A brand row as stored. */
export type BrandRow = typeof brands.$inferSelect;
