import { OPEN_MARKET_BRAND_IDS, OPEN_MARKET_FEED_SHOP_IDS, REFERENCE_BRAND_IDS } from '../reference/index.ts';

/** Every brand of the demo market: the 12 built-in reference brands, then the open market's strategy shops and feed shops. */
export const DEMO_MARKET_BRAND_IDS: readonly string[] = [...REFERENCE_BRAND_IDS, ...OPEN_MARKET_BRAND_IDS, ...OPEN_MARKET_FEED_SHOP_IDS];

/** True when the id names a brand of the demo market. */
export function isDemoMarketBrandId(id: string): boolean {
  return DEMO_MARKET_BRAND_IDS.includes(id);
}
