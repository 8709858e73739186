// Public API of the feed brand: serve a shop's Merchant Center product feed (TSV, CSV, RSS/Atom, JSON) as a brand agent.
export { createFeedBrand } from './create-feed-brand.ts';
export type { FeedBrand, FeedBrandOptions } from './create-feed-brand.ts';
export { readFeedFile, parseFeedText, FEED_FORMATS } from './load-feed.ts';
export type { FeedFormat, FeedOptions, LoadedFeed } from './load-feed.ts';
export { FEED_ERROR_CODES, FeedError, normaliseFieldName } from './feed-error.ts';
export type { FeedErrorCode, FeedIssue, FeedRecord } from './feed-error.ts';
export { feedEntryOf, skuOfFeedId } from './feed-entry.ts';
export type { FeedEntryOptions } from './feed-entry.ts';
export { feedAttributeSchemas } from './feed-attribute-schemas.ts';
export { formatFeedReport } from './format-feed-report.ts';
