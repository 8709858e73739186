import type { AttributeValue, Evidence, Money } from '../../protocol/index.ts';
import type { FulfilmentTruth } from './data-schemas.ts';

/** What a product really is, independent of what any brand says about it. */
export interface ProductTruth {
  readonly productId: string;
  readonly gtin: string;
  readonly maker: string;
  readonly model: string;
  readonly title: string;
  readonly category: string;
  readonly attributes: Readonly<Record<string, AttributeValue>>;
  /** Certifications and tests the product really holds, each backing one attribute. */
  readonly certifications: readonly (Evidence & { readonly attribute: string })[];
  /** Maker's recommended retail price per unit. */
  readonly rrp: Money;
  /** True utility for a typical buyer, 0..1. */
  readonly quality: number;
}

/** The full ground truth of one product: its properties and, per brand selling it, true stock and delivery. */
export interface GroundTruth extends ProductTruth {
  readonly fulfilment: Readonly<Record<string, FulfilmentTruth>>;
}

/** Read access to the ground truth of a market (reference or simulated). */
export interface MarketTruth {
  /** The true properties of a product, by product id. */
  product(productId: string): ProductTruth | undefined;
  /** The true stock and delivery days of a brand for a product. */
  fulfilment(brandId: string, productId: string): FulfilmentTruth | undefined;
  /** The unit price the brand really charges day to day (its list price), when known. */
  usualUnitPrice(brandId: string, productId: string): Money | undefined;
  /** Every brand with fulfilment truth for this product. */
  brandsSelling(productId: string): readonly string[];
}

/** The raw tables a MarketTruth is built from. */
export interface MarketTruthTables {
  readonly products: readonly ProductTruth[];
  /** brandId → productId → true fulfilment. */
  readonly fulfilment: Readonly<Record<string, Readonly<Record<string, FulfilmentTruth>>>>;
  /** brandId → productId → usual unit price. */
  readonly usualPrices?: Readonly<Record<string, Readonly<Record<string, Money>>>>;
}

/** Builds a MarketTruth; later tables override earlier ones, so a simulator can extend the reference truth. */
export function createMarketTruth(...tables: readonly MarketTruthTables[]): MarketTruth {
  const products = new Map<string, ProductTruth>();
  const fulfilment = new Map<string, Map<string, FulfilmentTruth>>();
  const prices = new Map<string, Map<string, Money>>();
  const sellers = new Map<string, Set<string>>();
  for (const table of tables) {
    for (const p of table.products) products.set(p.productId, p);
    for (const [brandId, items] of Object.entries(table.fulfilment)) {
      const map = fulfilment.get(brandId) ?? new Map<string, FulfilmentTruth>();
      for (const [productId, truth] of Object.entries(items)) {
        map.set(productId, truth);
        const set = sellers.get(productId) ?? new Set<string>();
        set.add(brandId);
        sellers.set(productId, set);
      }
      fulfilment.set(brandId, map);
    }
    for (const [brandId, items] of Object.entries(table.usualPrices ?? {})) {
      const map = prices.get(brandId) ?? new Map<string, Money>();
      for (const [productId, price] of Object.entries(items)) map.set(productId, price);
      prices.set(brandId, map);
    }
  }
  return {
    product: (productId) => products.get(productId),
    fulfilment: (brandId, productId) => fulfilment.get(brandId)?.get(productId),
    usualUnitPrice: (brandId, productId) => prices.get(brandId)?.get(productId),
    brandsSelling: (productId) => [...(sellers.get(productId) ?? [])].sort(),
  };
}
