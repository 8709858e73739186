// The database schema, one file per table group; drizzle-kit reads this index (see drizzle.config.ts).
//
// To add a table (e.g. offers): create `storage/schema/offers.ts` exporting the `sqliteTable`s and their row types,
// export them below, then run `npm run db:generate` (drizzle-kit generate) and commit the new SQL file and the updated
// `storage/migrations/meta/`. Never edit a committed migration; for SQL drizzle cannot express (triggers, seed rows)
// run `npx drizzle-kit generate --custom --name <what>` and write the SQL into the empty file it creates.
// `openDatabase` applies pending migrations on open.
export { brands } from './brands.ts';
export type { BrandRow } from './brands.ts';
export { identityLinks } from './identity-links.ts';
export type { IdentityLinkRow } from './identity-links.ts';
export { trustEvents, trustChainHead } from './trust-events.ts';
export type { TrustEventRow } from './trust-events.ts';
export { trustScores } from './trust-scores.ts';
export type { TrustScoreRow } from './trust-scores.ts';
export { settings, offers, rankingExclusions, exchanges, orders, purchases, orderEvents, orderChainHead } from './butler.ts';
export type { SettingRow, OfferRow, RankingExclusionRow, ExchangeRow, OrderRow, PurchaseRow, OrderEventRow } from './butler.ts';
