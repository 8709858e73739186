// Public API of the feed brand: serve a shop's product file as a brand agent — a Merchant Center feed (TSV, CSV,
// RSS/Atom, JSON; a Meta catalog CSV reads as one), a Shopify products.json or product CSV, a WooCommerce product CSV
// (English, French or German headers), a PrestaShop, Magento 2, BigCommerce, Shopware 6, Wix Stores, Squarespace, Ecwid or
// JTL-Wawi product export, an Etsy listings CSV, an eBay File Exchange file, an Amazon inventory flat file, or
// schema.org Product JSON-LD (file or HTML page) or a page's schema.org microdata.
export { createFeedBrand } from './create-feed-brand.ts';
export type { FeedBrand, FeedBrandOptions } from './create-feed-brand.ts';
export { readFeedFile, parseFeedText } from './load-feed.ts';
export type { FeedOptions, LoadedFeed } from './load-feed.ts';
export { FEED_FORMATS, detectFeedFormat } from './detect-feed-format.ts';
export type { FeedFormat } from './detect-feed-format.ts';
export { shopCategoryMapper } from './shop-category-mapper.ts';
export type { ShopCategoryMapper, ShopCategoryMapping } from './shop-category-mapper.ts';
export { FEED_ERROR_CODES, FeedError, normaliseFieldName } from './feed-error.ts';
export type { FeedErrorCode, FeedIssue, FeedRecord } from './feed-error.ts';
export { feedEntryOf, skuOfFeedId, skusOfFeedIds } from './feed-entry.ts';
export type { FeedEntryOptions } from './feed-entry.ts';
export type { ShoeSizeScale } from './feed-shoe-size.ts';
export { feedAttributeSchemas } from './feed-attribute-schemas.ts';
export { formatFeedReport } from './format-feed-report.ts';
