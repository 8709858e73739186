import type { MarketTruth } from './ground-truth.ts';
import { loadDemoMarket } from './load-demo-market.ts';
import { loadReferenceMarket } from './load-reference-market.ts';
import { productIdOfSku } from './sku.ts';

/**
 * The demo market's truth for a sku: the built-in reference market's when it knows the product (no open-market
 * read), else the whole demo market's, so callers that only trade the three built-in categories stay fast.
 */
export function demoMarketTruthFor(sku: string): MarketTruth {
  const core = loadReferenceMarket().truth;
  return core.product(productIdOfSku(sku)) ? core : loadDemoMarket().truth;
}
