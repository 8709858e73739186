// Public API of the reference market: the built-in brands, strategy brands for the simulator, and the ground truth.
export { REFERENCE_BRAND_IDS, isReferenceBrandId } from './reference-brand-ids.ts';
export type { ReferenceBrandId } from './reference-brand-ids.ts';
export { STRATEGY_IDS, isStrategyId } from './strategy-ids.ts';
export type { StrategyId } from './strategy-ids.ts';
export { REFERENCE_MARKET_ERROR_CODES, ReferenceMarketError } from './reference-market-error.ts';
export type { ReferenceMarketErrorCode } from './reference-market-error.ts';
export { loadReferenceMarket, readReferenceMarket, REFERENCE_DATA_DIR } from './load-reference-market.ts';
export type { ReferenceMarket } from './load-reference-market.ts';
export { loadDemoMarket, readDemoMarket, OPEN_MARKET_DATA_DIR } from './load-demo-market.ts';
export type { DemoMarket } from './load-demo-market.ts';
export { OPEN_MARKET_BRAND_IDS, OPEN_MARKET_FEED_SHOP_IDS, isOpenMarketBrandId, isOpenMarketFeedShopId } from './open-market-ids.ts';
export type { OpenMarketBrandId, OpenMarketFeedShopId } from './open-market-ids.ts';
export { demoMarketTruthFor } from './demo-market-truth.ts';
export { createReferenceBrand, listReferenceBrands } from './create-reference-brand.ts';
export type { ReferenceBrandOptions, ReferenceBrandSummary } from './create-reference-brand.ts';
export { createStrategyBrand } from './create-strategy-brand.ts';
export type { StrategyBrandOptions } from './create-strategy-brand.ts';
export { STRATEGIES, parseStrategyParams, onOffPhase, switchedTerms, isBigDeal } from './strategies/index.ts';
export {
  HonestParamsSchema,
  HonestDeclinerParamsSchema,
  PushyParamsSchema,
  DeceptiveParamsSchema,
  BaitAndSwitchParamsSchema,
  OnOffParamsSchema,
  PromptInjectorParamsSchema,
  WhitewasherParamsSchema,
  LongConParamsSchema,
  INJECTION_PLACEMENTS,
} from './strategies/index.ts';
export type { StrategyParams, StrategyParamsInput, DeceptiveParams, BaitAndSwitchParams, OnOffParams, LongConParams } from './strategies/index.ts';
export { whitewashIdentity } from './whitewash-identity.ts';
export type { BrandIdentity } from './shared/index.ts';
export { PUSHY_TACTICS, PRESSURE_PHRASES, INJECTION_PHRASES, SHORT_INJECTIONS, offerIdFor, revisionIdFor } from './shared/index.ts';
export type { PushyTactic } from './shared/index.ts';
export { groundTruthOf } from './ground-truth-of.ts';
export { createMarketTruth } from './ground-truth.ts';
export type { GroundTruth, MarketTruth, MarketTruthTables, ProductTruth } from './ground-truth.ts';
export { settleDelivery } from './settle-delivery.ts';
export type { ClaimCheck, DeliveryOutcome, DiscountCheck, SettleDeliveryInput } from './settle-delivery.ts';
export { catalogFromListings } from './catalog-from-listings.ts';
export type { CatalogFromListingsInput } from './catalog-from-listings.ts';
export { ListingSchema, ProductRecordSchema, BrandFileSchema, FulfilmentFileSchema, ProductFileSchema, OpenProductFileSchema, FeedShopSchema } from './data-schemas.ts';
export type { Listing, ProductRecord, BrandFile, FulfilmentTruth, OpenProductFile, FeedShop, CategoryTastes } from './data-schemas.ts';
export { skuFor, productIdOfSku } from './sku.ts';
export { gtinCheckDigit, isValidGtin } from './gtin.ts';
