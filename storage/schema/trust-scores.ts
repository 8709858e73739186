import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';
import { brands } from './brands.ts';

/**
 * Cached trust state per brand: an opaque JSON fold of that brand's events up to `last_seq`, written in the same
 * transaction as the events. A cache only: it can always be rebuilt from `trust_events`; `model_version` says which
 * trust model produced it, so a parameter change invalidates it.
 */
export const trustScores = sqliteTable('trust_scores', {
  brandId: text('brand_id')
    .primaryKey()
    .references(() => brands.brandId),
  modelVersion: text('model_version').notNull(),
  lastSeq: integer('last_seq').notNull(),
  state: text('state').notNull(),
});

/** A cached trust-state row as stored. */
export type TrustScoreRow = typeof trustScores.$inferSelect;
