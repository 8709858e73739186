import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CatalogEntry } from '../definition.ts';
import { TAXONOMY, isBuiltinCategory, type AttributeValue, type Money } from '../../protocol/index.ts';
import { addProductRecords } from './add-product-records.ts';
import { catalogFromListings } from './catalog-from-listings.ts';
import { BrandFileSchema, FulfilmentFileSchema, ProductFileSchema, type BrandFile, type FulfilmentTruth } from './data-schemas.ts';
import { createMarketTruth, type MarketTruth, type MarketTruthTables, type ProductTruth } from './ground-truth.ts';
import { REFERENCE_BRAND_IDS } from './reference-brand-ids.ts';
import { parseDataFile as parseFile } from './parse-data-file.ts';
import { ReferenceMarketError } from './reference-market-error.ts';
import { parseStrategyParams } from './strategies/index.ts';

/** The default data directory, next to this file. */
export const REFERENCE_DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));

const PRODUCT_FILES = ['running-shoes.json', 'headphones.json', 'coffee.json'] as const;

/** The loaded and cross-checked reference market: brands (claims), products and fulfilment (truth). */
export interface ReferenceMarket {
  /** The brand files as parsed (strategy params already validated). */
  readonly brands: readonly BrandFile[];
  /** Every product's ground truth. */
  readonly products: readonly ProductTruth[];
  /** Ground truth access (products, true stock/delivery per brand, usual prices). */
  readonly truth: MarketTruth;
  /** The tables behind `truth`, so a simulator can extend them with `createMarketTruth(tables, more)`. */
  readonly truthTables: MarketTruthTables;
  /** A brand file by id. */
  brand(id: string): BrandFile | undefined;
  /** The catalog entries (claims) a brand serves. */
  catalogOf(brandId: string): readonly CatalogEntry[];
}

/** Problems with attribute values against the shared taxonomy (unknown names, wrong types, values outside an enum). */
function taxonomyProblems(category: string, attributes: Readonly<Record<string, AttributeValue>>): string[] {
  if (!isBuiltinCategory(category)) return [];
  const spec: Record<string, { type: string; values?: readonly string[] }> = TAXONOMY[category].attributes;
  const problems: string[] = [];
  for (const [name, value] of Object.entries(attributes)) {
    const attr = spec[name];
    if (!attr) problems.push(`attribute "${name}" is not in the ${category} taxonomy`);
    else if (attr.type === 'number' && typeof value !== 'number') problems.push(`"${name}" must be a number`);
    else if (attr.type === 'boolean' && typeof value !== 'boolean') problems.push(`"${name}" must be a boolean`);
    else if ((attr.type === 'string' || attr.type === 'enum') && typeof value !== 'string') problems.push(`"${name}" must be a string`);
    else if (attr.type === 'enum' && !attr.values?.includes(value as string)) problems.push(`"${name}" must be one of ${attr.values?.join(', ')}`);
  }
  return problems;
}

function invalid(message: string): never {
  throw new ReferenceMarketError('INVALID_DATA', message);
}

/** Reads, validates and cross-checks the reference data in `dataDir`; throws ReferenceMarketError with the file path. */
export function readReferenceMarket(dataDir: string = REFERENCE_DATA_DIR): ReferenceMarket {
  const products: ProductTruth[] = [];
  const byId = new Map<string, ProductTruth>();
  const gtins = new Map<string, string>();
  for (const file of PRODUCT_FILES) {
    const relative = `products/${file}`;
    const parsed = parseFile(ProductFileSchema, dataDir, relative);
    addProductRecords({ products, byId, gtins }, parsed, relative, (attributes) => taxonomyProblems(parsed.category, attributes));
  }

  const brandFiles = readdirSync(join(dataDir, 'brands')).filter((f) => f.endsWith('.json')).sort();
  const expected = [...REFERENCE_BRAND_IDS].map((id) => `${id}.json`).sort();
  if (brandFiles.join() !== expected.join()) {
    invalid(`brands/: expected exactly ${expected.join(', ')}; found ${brandFiles.join(', ')}`);
  }
  const fulfilmentFile = parseFile(FulfilmentFileSchema, dataDir, 'fulfilment.json');
  const brands: BrandFile[] = [];
  const fulfilment: Record<string, Record<string, FulfilmentTruth>> = {};
  const usualPrices: Record<string, Record<string, Money>> = {};
  for (const id of REFERENCE_BRAND_IDS) {
    const relative = `brands/${id}.json`;
    const brand = parseFile(BrandFileSchema, dataDir, relative);
    if (brand.id !== id) invalid(`${relative}: id "${brand.id}" does not match the file name`);
    const params = parseStrategyParams(brand.strategy.id, brand.strategy.params);
    if (!params.ok) invalid(`${relative}: strategy.params: ${params.message}`);
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
      const problems = taxonomyProblems(product.category, listing.claimedAttributes ?? {});
      if (problems.length > 0) invalid(`${where}: claimedAttributes: ${problems.join('; ')}`);
      if (!truth.items[listing.product]) invalid(`fulfilment.json: brands.${id}.items.${listing.product} is missing`);
    }
    for (const productId of Object.keys(truth.items)) {
      if (!seen.has(productId)) invalid(`fulfilment.json: brands.${id}.items.${productId} is not listed by ${id}`);
    }
    brands.push(brand);
    fulfilment[id] = truth.items;
    usualPrices[id] = Object.fromEntries(brand.listings.map((l) => [l.product, { amountMinor: l.price, currency: brand.currency }]));
  }
  for (const id of Object.keys(fulfilmentFile.brands)) {
    if (!(REFERENCE_BRAND_IDS as readonly string[]).includes(id)) invalid(`fulfilment.json: brands.${id} is not a reference brand`);
  }

  const truthTables: MarketTruthTables = { products, fulfilment, usualPrices };
  const truth = createMarketTruth(truthTables);
  const catalogs = new Map<string, readonly CatalogEntry[]>();
  const brandById = new Map(brands.map((b) => [b.id, b]));
  for (const brand of brands) {
    catalogs.set(
      brand.id,
      Object.freeze(
        catalogFromListings({
          skuPrefix: brand.skuPrefix,
          currency: brand.currency,
          defaultTerms: brand.defaultTerms,
          listings: brand.listings,
          product: (id) => byId.get(id),
        }),
      ),
    );
  }
  return {
    brands,
    products,
    truth,
    truthTables,
    brand: (id) => brandById.get(id),
    catalogOf: (brandId) => {
      const catalog = catalogs.get(brandId);
      if (!catalog) throw new ReferenceMarketError('UNKNOWN_BRAND', `no reference brand "${brandId}"`);
      return catalog;
    },
  };
}

let cached: ReferenceMarket | undefined;

/** The built-in reference market, read and validated once per process. */
export function loadReferenceMarket(): ReferenceMarket {
  cached ??= readReferenceMarket();
  return cached;
}
