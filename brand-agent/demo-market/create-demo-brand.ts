import type { BrandAgentDefinition, BrandAgentLimits } from '../definition.ts';
import { createFeedBrand } from '../feed/index.ts';
import { ReferenceMarketError, createReferenceBrand, isOpenMarketFeedShopId, loadDemoMarket } from '../reference/index.ts';

/** Options for a demo-market brand: an injectable clock (simulation, tests) and SDK limits. */
export interface DemoBrandOptions {
  readonly clock?: () => Date;
  readonly limits?: BrandAgentLimits;
}

/**
 * The definition of any demo-market brand, ready for `createBrandAgent`: a built-in reference brand, an open-market
 * strategy shop, or a feed shop served from its sample Merchant Center feed exactly as `majordome brand serve --feed`
 * would serve it. Throws UNKNOWN_BRAND for other ids.
 * @example
 * const agent = createBrandAgent(createDemoBrand('cycles-merlin'));
 */
export function createDemoBrand(id: string, options: DemoBrandOptions = {}): BrandAgentDefinition {
  if (!isOpenMarketFeedShopId(id)) return createReferenceBrand(id, options);
  const market = loadDemoMarket();
  const shop = market.feedShops.find((s) => s.id === id);
  if (!shop) throw new ReferenceMarketError('UNKNOWN_BRAND', `no feed shop "${id}"`);
  const feed = createFeedBrand({
    id: shop.id,
    name: shop.name,
    description: shop.description,
    path: market.feedPathOf(shop.id),
    currency: shop.currency,
    returnDays: shop.returnDays,
    warrantyMonths: shop.warrantyMonths,
    deliveryDays: shop.deliveryDays,
    defaultStock: shop.defaultStock,
    maxDiscount: shop.maxDiscount,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return { ...feed.definition, ...(options.limits ? { limits: options.limits } : {}) };
}
