/** The open market's brands served by a reference strategy, one data file each under `data/open-market/brands/`. */
export const OPEN_MARKET_BRAND_IDS = [
  'velo-atelier',
  'cyclo-discount',
  'base-camp',
  'maison-plus',
  'electro-flash',
  'aspiro-direct',
  'jardin-pro',
  'pixel-hub',
  'tech-bazaar',
  'ecran-city',
  'la-ludotheque',
  'toy-mega-deals',
  'bebe-cocon',
  'sommeil-et-bureau',
  'deal-planet',
  'globe-trotter',
  'croquettes-and-co',
  'parapharmacie-lumiere',
  'flash-outlet',
] as const;

/** The open market's shops served from a sample Merchant Center feed under `data/open-market/feeds/`. */
export const OPEN_MARKET_FEED_SHOP_IDS = [
  'cycles-merlin',
  'comptoir-du-the',
  'jouets-merveilles',
  'beaute-nature',
] as const;

/** One open-market strategy brand id. */
export type OpenMarketBrandId = (typeof OPEN_MARKET_BRAND_IDS)[number];
/** One open-market feed shop id. */
export type OpenMarketFeedShopId = (typeof OPEN_MARKET_FEED_SHOP_IDS)[number];

/** True when the id names an open-market strategy brand. */
export function isOpenMarketBrandId(id: string): id is OpenMarketBrandId {
  return (OPEN_MARKET_BRAND_IDS as readonly string[]).includes(id);
}

/** True when the id names an open-market feed shop. */
export function isOpenMarketFeedShopId(id: string): id is OpenMarketFeedShopId {
  return (OPEN_MARKET_FEED_SHOP_IDS as readonly string[]).includes(id);
}
