import type { FeedFormat } from './detect-feed-format.ts';
import { feedIssueLine } from './feed-issue-line.ts';
import type { LoadedFeed } from './load-feed.ts';

const FORMAT_NAMES: Readonly<Record<FeedFormat, string>> = {
  tsv: 'a TSV feed',
  csv: 'a CSV feed',
  xml: 'an XML feed',
  json: 'a JSON feed',
  shopify: 'a Shopify products.json',
  'shopify-csv': 'a Shopify product CSV',
  woocommerce: 'a WooCommerce product export',
  prestashop: 'a PrestaShop product export',
  magento: 'a Magento 2 catalog export',
  bigcommerce: 'a BigCommerce product export',
  shopware: 'a Shopware 6 product export',
  wix: 'a Wix Stores product export',
  etsy: 'an Etsy listings CSV',
  squarespace: 'a Squarespace product export',
  ebay: 'an eBay File Exchange file',
  amazon: 'an Amazon inventory flat file',
  ecwid: 'an Ecwid product export',
  jtl: 'a JTL-Wawi article export',
  'schema-org': 'schema.org JSON-LD',
};

/** A plain-text report of a loaded feed for the shop: what serves, and each rejected row with the field and why, one terminal-safe line each (cut). */
export function formatFeedReport(feed: LoadedFeed, limit = 50): string[] {
  const lines = [`${feed.entries.length} of ${feed.rows} products served from ${FORMAT_NAMES[feed.format]}, in ${feed.categories.length} categories`];
  for (const issue of feed.issues.slice(0, limit)) lines.push(`  ${feedIssueLine(issue)}`);
  if (feed.issues.length > limit) lines.push(`  … and ${feed.issues.length - limit} more problems`);
  return lines;
}
