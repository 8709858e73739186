import type { CatalogEntry } from '../../brand-agent/index.ts';
import { catalogFromListings, type Listing, type ProductTruth } from '../../brand-agent/reference/index.ts';
import type { SeededRandom, Terms } from '../../protocol/index.ts';
import type { BrandPopulation } from '../scenario/scenario-schema.ts';

/** What a brand lists: the listings (product, price, stock) and its standard terms, before sku prefixes. */
export interface CatalogPlan {
  readonly categories: readonly string[];
  readonly listings: readonly Listing[];
  readonly terms: Terms;
}

const uniform = (random: SeededRandom, min: number, max: number) => min + (max - min) * random.next();

/**
 * Draws one brand's catalog plan: its categories (the first one round-robin by slot so every category is covered),
 * a random subset of each category's products, a brand price level around the RRP with per-listing noise, stock and
 * standard terms. Deterministic for the random source.
 */
export function planCatalog(input: {
  readonly slot: number;
  readonly categories: readonly string[];
  readonly productsByCategory: ReadonlyMap<string, readonly ProductTruth[]>;
  readonly brands: BrandPopulation;
  readonly random: SeededRandom;
}): CatalogPlan {
  const { brands, random } = input;
  const all = input.categories;
  const first = all[input.slot % all.length]!;
  const others = random.shuffle(all.filter((c) => c !== first));
  const categories = [first, ...others].slice(0, Math.min(brands.categoriesPerBrand, all.length)).sort();
  const level = uniform(random, brands.markup.min, brands.markup.max);
  const terms: Terms = {
    deliveryDays: random.int(brands.deliveryDays.min, brands.deliveryDays.max),
    returnDays: random.pick(brands.returnDays),
    warrantyMonths: random.pick(brands.warrantyMonths),
  };
  const listings: Listing[] = [];
  for (const category of categories) {
    const pool = input.productsByCategory.get(category) ?? [];
    const count = Math.min(pool.length, random.int(brands.productsPerCategory.min, brands.productsPerCategory.max));
    const chosen = random.shuffle(pool).slice(0, count).sort((a, b) => (a.productId < b.productId ? -1 : 1));
    for (const product of chosen) {
      const noise = 1 + brands.priceNoise * (2 * random.next() - 1);
      listings.push({ product: product.productId, price: Math.max(1, Math.round(product.rrp.amountMinor * level * noise)), stock: random.int(brands.stock.min, brands.stock.max) });
    }
  }
  return { categories, listings, terms };
}

/** Turns a plan into catalog entries (what the brand states) under a sku prefix, from the products' ground truth. */
export function catalogOf(plan: CatalogPlan, skuPrefix: string, currency: string, product: (id: string) => ProductTruth | undefined): CatalogEntry[] {
  return catalogFromListings({ skuPrefix, currency, defaultTerms: plan.terms, listings: plan.listings, product });
}
