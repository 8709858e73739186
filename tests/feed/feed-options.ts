// Test helpers: the terms a sample shop serves its feed on, and reading what a feed served or refused.
import { expect } from 'vitest';
import { FeedError, type FeedOptions, type LoadedFeed } from '../../brand-agent/feed/index.ts';

/** A shop's standard terms without a currency (Shopify and WooCommerce files state none: each test says which). */
export const SHOP_TERMS = { returnDays: 30, warrantyMonths: 24, deliveryDays: 4, defaultStock: 10 } as const;

/** A French bike shop's standard terms. */
export const SHOP: FeedOptions = { currency: 'EUR', ...SHOP_TERMS };

/** The FeedError `run` throws (the test fails if it throws anything else, or nothing). */
export function feedError(run: () => unknown): FeedError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected a FeedError');
}

/** The served entry of `sku` (the test fails if the feed does not serve it). */
export function servedEntry(feed: LoadedFeed, sku: string) {
  const found = feed.entries.find((e) => e.product.sku === sku);
  if (!found) throw new Error(`${sku} is not served`);
  return found;
}

/** The feed's problems as the report prints them: "row N, field: why". */
export function issueLines(feed: LoadedFeed): string[] {
  return feed.issues.map((i) => `row ${i.row}, ${i.field}: ${i.why}`);
}

/** Where the sample feeds live. */
export const FIXTURES = 'tests/feed/fixtures';
