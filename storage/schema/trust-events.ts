import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, index, check } from 'drizzle-orm/sqlite-core';
import { brands } from './brands.ts';

/**
 * The append-only, hash-chained trust event log (UPDATE and DELETE are rejected by triggers, see the custom migration).
 * `hash` = sha256 of the canonical JSON of {brandId, evidence, kind, occurredAtMs, prevHash, seq}; `evidence` is stored
 * already canonical, so the hash covers the exact bytes on disk.
 */
export const trustEvents = sqliteTable(
  'trust_events',
  {
    seq: integer('seq').primaryKey(),
    brandId: text('brand_id')
      .notNull()
      .references(() => brands.brandId),
    kind: text('kind').notNull(),
    occurredAtMs: integer('occurred_at_ms').notNull(),
    evidence: text('evidence').notNull(),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [index('trust_events_brand_seq').on(t.brandId, t.seq)],
);

/** The single row naming the newest event of the chain (seq 0 and the genesis hash when empty); updated in every append transaction. */
export const trustChainHead = sqliteTable(
  'trust_chain_head',
  {
    id: integer('id').primaryKey(),
    seq: integer('seq').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [check('trust_chain_head_single_row', sql`${t.id} = 1`)],
);

/** A trust event row as stored. */
export type TrustEventRow = typeof trustEvents.$inferSelect;
