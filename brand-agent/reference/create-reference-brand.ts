import type { BrandAgentDefinition, BrandAgentLimits } from '../definition.ts';
import { buildStrategyBrand } from './create-strategy-brand.ts';
import { loadDemoMarket } from './load-demo-market.ts';
import { loadReferenceMarket } from './load-reference-market.ts';
import { isOpenMarketBrandId } from './open-market-ids.ts';
import { isReferenceBrandId } from './reference-brand-ids.ts';
import { ReferenceMarketError } from './reference-market-error.ts';
import type { StrategyId } from './strategy-ids.ts';

/** Options for a built-in brand: an injectable clock (simulation, tests) and SDK limits. */
export interface ReferenceBrandOptions {
  readonly clock?: () => Date;
  readonly limits?: BrandAgentLimits;
}

/** One line per built-in brand: who it is, what it sells and how it behaves. */
export interface ReferenceBrandSummary {
  readonly id: string;
  readonly name: string;
  readonly categories: readonly string[];
  readonly strategy: StrategyId;
  readonly products: number;
}

/**
 * The definition of a built-in reference brand or an open-market strategy brand (whose card declares each category's
 * attribute schema), ready for `createBrandAgent`; throws UNKNOWN_BRAND for other ids. The open market is read only
 * when one of its brands is asked for.
 * @example
 * const agent = createBrandAgent(createReferenceBrand('trailco', { clock: () => new Date('2026-03-01T09:00:00Z') }));
 */
export function createReferenceBrand(id: string, options: ReferenceBrandOptions = {}): BrandAgentDefinition {
  const open = !isReferenceBrandId(id) && isOpenMarketBrandId(id);
  const market = open ? loadDemoMarket() : loadReferenceMarket();
  const brand = market.brand(id);
  if (!brand) throw new ReferenceMarketError('UNKNOWN_BRAND', `no reference brand "${id}"; known: ${market.brands.map((b) => b.id).join(', ')}`);
  return buildStrategyBrand({
    id: brand.id,
    name: brand.name,
    description: brand.description,
    categories: brand.categories,
    ...(open ? { attributeSchemas: loadDemoMarket().attributeSchemasOf(id) } : {}),
    currencies: [brand.currency],
    policies: brand.policies,
    ...(brand.domain !== undefined ? { domain: brand.domain } : {}),
    strategy: brand.strategy.id,
    params: brand.strategy.params,
    catalog: market.catalogOf(brand.id),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  });
}

/** The built-in brands with their categories and strategies, in declaration order. */
export function listReferenceBrands(): ReferenceBrandSummary[] {
  return loadReferenceMarket().brands.map((b) => ({ id: b.id, name: b.name, categories: b.categories, strategy: b.strategy.id, products: b.listings.length }));
}
