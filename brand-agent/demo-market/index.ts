// Public API of the demo market: every built-in brand (reference, open-market strategy shops, feed shops) by id.
export { DEMO_MARKET_BRAND_IDS, isDemoMarketBrandId } from './demo-brand-ids.ts';
export { createDemoBrand } from './create-demo-brand.ts';
export type { DemoBrandOptions } from './create-demo-brand.ts';
