import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CatalogEntry } from '../definition.ts';
import { loadGoogleTaxonomy, type AttributeDefinition, type AttributeValue, type CategoryAttributes, type Money } from '../../protocol/index.ts';
import { addProductRecords } from './add-product-records.ts';
import { catalogFromListings } from './catalog-from-listings.ts';
import {
  BrandFileSchema,
  FeedShopsFileSchema,
  FulfilmentFileSchema,
  OpenProductFileSchema,
  type BrandFile,
  type CategoryTastes,
  type FeedShop,
  type FulfilmentTruth,
} from './data-schemas.ts';
import { createMarketTruth, type MarketTruthTables, type ProductTruth } from './ground-truth.ts';
import { loadReferenceMarket, type ReferenceMarket } from './load-reference-market.ts';
import { OPEN_MARKET_BRAND_IDS, OPEN_MARKET_FEED_SHOP_IDS } from './open-market-ids.ts';
import { parseDataFile } from './parse-data-file.ts';
import { ReferenceMarketError } from './reference-market-error.ts';
import { parseStrategyParams } from './strategies/index.ts';

/** The open market's data directory (generated from `scripts/specs/` by `scripts/generate-open-market.ts`). */
export const OPEN_MARKET_DATA_DIR = fileURLToPath(new URL('./data/open-market/', import.meta.url));

/** The whole demo market: the three built-in categories plus the open market's Google-taxonomy categories and feed shops. */
export interface DemoMarket extends ReferenceMarket {
  /** Every category sold, built-in aliases first, then Google taxonomy ids in file order. */
  readonly categories: readonly string[];
  /** The attribute vocabulary of an open-market category (undefined for the built-in aliases). */
  attributeSchemaOf(category: string): readonly AttributeDefinition[] | undefined;
  /** What consumers of an open-market category care about (the simulator draws needs from it). */
  tastesOf(category: string): CategoryTastes | undefined;
  /** The attribute schemas a brand declares in its card, one per category it sells. */
  attributeSchemasOf(brandId: string): CategoryAttributes[];
  /** The attribute schemas a card selling these categories declares: one per open-market category (built-in aliases keep the SDK's defaults). */
  attributeSchemasFor(categories: readonly string[]): CategoryAttributes[];
  /** The open market's feed shops (served from sample Merchant Center feeds). */
  readonly feedShops: readonly FeedShop[];
  /** The absolute path of a feed shop's feed file. */
  feedPathOf(shopId: string): string;
}

function invalid(message: string): never {
  throw new ReferenceMarketError('INVALID_DATA', message);
}

/** Problems of attribute values against a category's declared vocabulary (unknown names, wrong types, values outside an enum). */
function schemaProblems(schema: ReadonlyMap<string, AttributeDefinition>, attributes: Readonly<Record<string, AttributeValue>>): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    const def = schema.get(name);
    if (!def) problems.push(`attribute "${name}" is not in the category's schema`);
    else if (def.type === 'number' && (typeof value !== 'number' || !Number.isFinite(value))) problems.push(`"${name}" must be a number`);
    else if (def.type === 'boolean' && typeof value !== 'boolean') problems.push(`"${name}" must be a boolean`);
    else if ((def.type === 'text' || def.type === 'enum') && typeof value !== 'string') problems.push(`"${name}" must be a string`);
    else if (def.type === 'enum' && !def.values?.includes(value as string)) problems.push(`"${name}" must be one of ${def.values?.join(', ')}`);
  }
  return problems;
}

function sortedJson(dir: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  } catch (error) {
    return invalid(`${dir}: cannot list (${(error as Error).message})`);
  }
}

/**
 * Reads and cross-checks the open market in `dataDir` on top of the built-in reference market: product files (Google
 * taxonomy ids, attribute schemas, valid GTINs unique across the whole market), strategy brands, feed shops and their
 * fulfilment truth. Throws ReferenceMarketError naming the file and the path at fault.
 */
export function readDemoMarket(dataDir: string = OPEN_MARKET_DATA_DIR, core: ReferenceMarket = loadReferenceMarket()): DemoMarket {
  const taxonomy = loadGoogleTaxonomy();
  const products: ProductTruth[] = [...core.products];
  const byId = new Map(products.map((p) => [p.productId, p]));
  const gtins = new Map(products.map((p) => [p.gtin, p.productId]));
  const schemas = new Map<string, AttributeDefinition[]>();
  const tastes = new Map<string, CategoryTastes>();
  const openCategories: string[] = [];
  for (const file of sortedJson(join(dataDir, 'products'))) {
    const relative = `products/${file}`;
    const parsed = parseDataFile(OpenProductFileSchema, dataDir, relative);
    if (!taxonomy.has(parsed.category)) invalid(`${relative}: category ${parsed.category} is not in the Google product taxonomy`);
    if (schemas.has(parsed.category)) invalid(`${relative}: category ${parsed.category} already has a product file`);
    const schema = new Map(parsed.attributeSchema.map((a) => [a.name, a]));
    if (schema.size !== parsed.attributeSchema.length) invalid(`${relative}: attributeSchema declares an attribute twice`);
    for (const taste of [...parsed.tastes.hard, ...parsed.tastes.soft]) {
      if (!schema.has(taste.attribute)) invalid(`${relative}: tastes name "${taste.attribute}", which the attributeSchema does not declare`);
    }
    schemas.set(parsed.category, parsed.attributeSchema);
    tastes.set(parsed.category, parsed.tastes);
    openCategories.push(parsed.category);
    addProductRecords({ products, byId, gtins }, parsed, relative, (attributes) => schemaProblems(schema, attributes));
  }

  const brandFiles = sortedJson(join(dataDir, 'brands'));
  const expected = [...OPEN_MARKET_BRAND_IDS].map((id) => `${id}.json`).sort();
  if (brandFiles.join() !== expected.join()) invalid(`brands/: expected exactly ${expected.join(', ')}; found ${brandFiles.join(', ')}`);
  const fulfilmentFile = parseDataFile(FulfilmentFileSchema, dataDir, 'fulfilment.json');
  const feedFile = parseDataFile(FeedShopsFileSchema, dataDir, 'feeds.json');
  const feedIds = feedFile.feeds.map((f) => f.id);
  if (feedIds.join() !== [...OPEN_MARKET_FEED_SHOP_IDS].join()) invalid(`feeds.json: expected the feed shops ${OPEN_MARKET_FEED_SHOP_IDS.join(', ')}; found ${feedIds.join(', ')}`);
  const known = new Set<string>([...OPEN_MARKET_BRAND_IDS, ...OPEN_MARKET_FEED_SHOP_IDS]);
  for (const id of Object.keys(fulfilmentFile.brands)) if (!known.has(id)) invalid(`fulfilment.json: brands.${id} is not an open-market shop`);

  const fulfilment: Record<string, Record<string, FulfilmentTruth>> = {};
  const usualPrices: Record<string, Record<string, Money>> = {};
  const brands: BrandFile[] = [];
  const checkItems = (id: string, categories: readonly string[], items: Readonly<Record<string, FulfilmentTruth>>) => {
    for (const productId of Object.keys(items)) {
      const product = byId.get(productId);
      if (!product) invalid(`fulfilment.json: brands.${id}.items.${productId} is not a product`);
      if (!categories.includes(product.category)) invalid(`fulfilment.json: brands.${id}.items.${productId} is in ${product.category}, which ${id} does not sell`);
    }
  };
  for (const id of OPEN_MARKET_BRAND_IDS) {
    const relative = `brands/${id}.json`;
    const brand = parseDataFile(BrandFileSchema, dataDir, relative);
    if (brand.id !== id) invalid(`${relative}: id "${brand.id}" does not match the file name`);
    const params = parseStrategyParams(brand.strategy.id, brand.strategy.params);
    if (!params.ok) invalid(`${relative}: strategy.params: ${params.message}`);
    for (const category of brand.categories) if (!schemas.has(category)) invalid(`${relative}: category ${category} has no product file`);
    const truth = fulfilmentFile.brands[id];
    if (!truth) invalid(`fulfilment.json: brands.${id} is missing`);
    const seen = new Set<string>();
    for (const [index, listing] of brand.listings.entries()) {
      const where = `${relative}: listings.${index} (${listing.product})`;
      const product = byId.get(listing.product);
      if (!product) invalid(`${where}: unknown product`);
      if (seen.has(listing.product)) invalid(`${where}: listed twice`);
      seen.add(listing.product);
      if (!brand.categories.includes(product.category)) invalid(`${where}: category ${product.category} is not among the brand's categories`);
      const problems = schemaProblems(new Map(schemas.get(product.category)!.map((a) => [a.name, a])), listing.claimedAttributes ?? {});
      if (problems.length > 0) invalid(`${where}: claimedAttributes: ${problems.join('; ')}`);
      if (!truth.items[listing.product]) invalid(`fulfilment.json: brands.${id}.items.${listing.product} is missing`);
    }
    for (const productId of Object.keys(truth.items)) if (!seen.has(productId)) invalid(`fulfilment.json: brands.${id}.items.${productId} is not listed by ${id}`);
    checkItems(id, brand.categories, truth.items);
    brands.push(brand);
    fulfilment[id] = truth.items;
    usualPrices[id] = Object.fromEntries(brand.listings.map((l) => [l.product, { amountMinor: l.price, currency: brand.currency }]));
  }
  for (const shop of feedFile.feeds) {
    const truth = fulfilmentFile.brands[shop.id];
    if (!truth) invalid(`fulfilment.json: brands.${shop.id} is missing`);
    for (const category of shop.categories) if (!schemas.has(category)) invalid(`feeds.json: ${shop.id} sells ${category}, which has no product file`);
    checkItems(shop.id, shop.categories, truth.items);
    fulfilment[shop.id] = truth.items;
  }

  const truthTables: MarketTruthTables = {
    products,
    fulfilment: { ...core.truthTables.fulfilment, ...fulfilment },
    usualPrices: { ...(core.truthTables.usualPrices ?? {}), ...usualPrices },
  };
  const truth = createMarketTruth(truthTables);
  const catalogs = new Map<string, readonly CatalogEntry[]>();
  for (const brand of brands) {
    catalogs.set(
      brand.id,
      Object.freeze(catalogFromListings({ skuPrefix: brand.skuPrefix, currency: brand.currency, defaultTerms: brand.defaultTerms, listings: brand.listings, product: (id) => byId.get(id) })),
    );
  }
  const allBrands = [...core.brands, ...brands];
  const brandById = new Map(allBrands.map((b) => [b.id, b]));
  const feedById = new Map(feedFile.feeds.map((f) => [f.id, f]));
  // Built-in aliases keep the SDK's defaults (their TAXONOMY vocabulary); open categories declare theirs.
  const attributeSchemasFor = (categories: readonly string[]): CategoryAttributes[] =>
    categories.flatMap((category) => {
      const schema = schemas.get(category);
      return schema ? [{ category, attributes: [...schema] }] : [];
    });
  return {
    brands: allBrands,
    products,
    truth,
    truthTables,
    categories: [...new Set([...core.products.map((p) => p.category), ...openCategories])],
    brand: (id) => brandById.get(id),
    catalogOf: (brandId) => catalogs.get(brandId) ?? core.catalogOf(brandId),
    attributeSchemaOf: (category) => schemas.get(category),
    tastesOf: (category) => tastes.get(category),
    attributeSchemasOf: (brandId) => {
      const brand = brandById.get(brandId) ?? feedById.get(brandId);
      if (!brand) throw new ReferenceMarketError('UNKNOWN_BRAND', `no demo-market brand "${brandId}"`);
      return attributeSchemasFor(brand.categories);
    },
    attributeSchemasFor,
    feedShops: feedFile.feeds,
    feedPathOf: (shopId) => {
      const shop = feedById.get(shopId);
      if (!shop) throw new ReferenceMarketError('UNKNOWN_BRAND', `no feed shop "${shopId}"`);
      return join(dataDir, shop.file);
    },
  };
}

let cached: DemoMarket | undefined;

/** The whole demo market (built-in plus open market), read and validated once per process, on first use. */
export function loadDemoMarket(): DemoMarket {
  cached ??= readDemoMarket();
  return cached;
}
