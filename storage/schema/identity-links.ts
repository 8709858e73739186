import { sqliteTable, integer, text, index } from 'drizzle-orm/sqlite-core';
import { brands } from './brands.ts';
import { trustEvents } from './trust-events.ts';

/**
 * Links between identities believed to be the same party (shared key, domain, payee…).
 * A projection of the `identity-link` events: each row names the event that created it, and can be rebuilt from the log.
 */
export const identityLinks = sqliteTable(
  'identity_links',
  {
    eventSeq: integer('event_seq')
      .primaryKey()
      .references(() => trustEvents.seq),
    brandId: text('brand_id')
      .notNull()
      .references(() => brands.brandId),
    linkedBrandId: text('linked_brand_id')
      .notNull()
      .references(() => brands.brandId),
  },
  (t) => [index('identity_links_brand').on(t.brandId), index('identity_links_linked_brand').on(t.linkedBrandId)],
);

/** An identity-link row as stored. */
export type IdentityLinkRow = typeof identityLinks.$inferSelect;
