import type { BrandAgentDefinition, BrandAgentLimits, CatalogEntry, CatalogSource } from '../definition.ts';
import type { BrandPolicies, CategoryAttributes } from '../../protocol/index.ts';
import { makerLinesOf } from '../maker-lines-of.ts';
import { ReferenceMarketError } from './reference-market-error.ts';
import type { BrandIdentity, Strategy } from './shared/index.ts';
import { STRATEGIES, parseStrategyParams, type StrategyParamsInput } from './strategies/index.ts';
import type { StrategyId } from './strategy-ids.ts';

const DEFAULT_SHIPS_TO = ['DE', 'AT', 'FR', 'NL', 'BE', 'LU', 'IT', 'ES', 'DK'];

/** Everything needed to stand up a brand that follows one strategy (the simulator creates many of these). */
export interface StrategyBrandOptions<S extends StrategyId = StrategyId> {
  readonly id: string;
  readonly name: string;
  readonly strategy: S;
  /** Strategy parameters; omitted fields take the strategy's defaults. */
  readonly params?: StrategyParamsInput<S>;
  /** The catalog: fixed entries or any catalog source. */
  readonly catalog: readonly CatalogEntry[] | CatalogSource;
  readonly categories: readonly string[];
  /** The attribute vocabulary of each category (protocol 1.1); omitted categories get the SDK's defaults. */
  readonly attributeSchemas?: readonly CategoryAttributes[];
  readonly description?: string;
  readonly currencies?: readonly string[];
  /** Standing policies (default: derived from a fixed catalog's terms, shipping to nine EU countries). */
  readonly policies?: BrandPolicies;
  readonly domain?: string;
  readonly publicKey?: string;
  /** The brand's clock (default: system time); the strategies read time only from it. */
  readonly clock?: () => Date;
  readonly limits?: BrandAgentLimits;
}

function defaultPolicies(catalog: readonly CatalogEntry[] | CatalogSource): BrandPolicies {
  const entries = Array.isArray(catalog) ? (catalog as readonly CatalogEntry[]) : [];
  const returnDays = entries.length > 0 ? Math.min(...entries.map((e) => e.terms.returnDays)) : 14;
  const warrantyMonths = entries.length > 0 ? Math.min(...entries.map((e) => e.terms.warrantyMonths)) : 24;
  return { returnDays, warrantyMonths, shipsTo: DEFAULT_SHIPS_TO };
}

/** Shared by the typed public entry point and the data-driven reference brands (whose params arrive untyped). */
export function buildStrategyBrand(options: Omit<StrategyBrandOptions, 'params'> & { readonly params?: unknown }): BrandAgentDefinition {
  const parsed = parseStrategyParams(options.strategy, options.params);
  if (!parsed.ok) throw new ReferenceMarketError('INVALID_PARAMS', `${options.id} (${options.strategy}): ${parsed.message}`);
  const strategy = STRATEGIES[options.strategy] as Strategy;
  const base: BrandIdentity = {
    id: options.id,
    name: options.name,
    ...(options.domain !== undefined ? { domain: options.domain } : {}),
    ...(options.publicKey !== undefined ? { publicKey: options.publicKey } : {}),
  };
  const identity = strategy.identity ? strategy.identity(base, parsed.params) : base;
  const catalog: CatalogSource = Array.isArray(options.catalog)
    ? { list: () => options.catalog as readonly CatalogEntry[] }
    : (options.catalog as CatalogSource);
  // Protocol 1.2: the makers a fixed catalogue sells and their lines, so "not an iPhone" can be read as "not Apple".
  const makers = Array.isArray(options.catalog) ? makerLinesOf((options.catalog as readonly CatalogEntry[]).map((e) => e.product)) : [];
  return {
    card: {
      id: identity.id,
      name: identity.name,
      description: options.description ?? `${identity.name} sells ${options.categories.join(', ')}.`,
      categories: [...options.categories],
      ...(options.attributeSchemas ? { attributeSchemas: [...options.attributeSchemas] } : {}),
      ...(makers.length > 0 ? { makers } : {}),
      currencies: [...(options.currencies ?? ['EUR'])],
      policies: options.policies ?? defaultPolicies(options.catalog),
      ...(identity.domain !== undefined ? { domain: identity.domain } : {}),
      ...(identity.publicKey !== undefined ? { publicKey: identity.publicKey } : {}),
    },
    catalog,
    handlers: strategy.createHandlers(parsed.params),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.limits ? { limits: options.limits } : {}),
  };
}

/**
 * A brand agent definition that follows one strategy with validated params; throws INVALID_PARAMS on bad params.
 * @example
 * const brand = createStrategyBrand({ id: 'sim-7', name: 'Sim Shoes 7', strategy: 'pushy', params: { validForMinutes: 5 },
 *   catalog: entries, categories: ['running-shoes'], clock: () => simClock.now() });
 */
export function createStrategyBrand<S extends StrategyId>(options: StrategyBrandOptions<S>): BrandAgentDefinition {
  return buildStrategyBrand(options);
}
