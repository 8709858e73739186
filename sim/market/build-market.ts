import type { BrandAgentDefinition, CatalogEntry } from '../../brand-agent/index.ts';
import {
  createStrategyBrand,
  loadDemoMarket,
  loadReferenceMarket,
  parseStrategyParams,
  whitewashIdentity,
  type FulfilmentTruth,
  type MarketTruth,
  type ProductTruth,
  type StrategyId,
} from '../../brand-agent/reference/index.ts';
import { createSeededRandom, isBuiltinCategory, type CategoryAttributes, type Money } from '../../protocol/index.ts';
import { tasteSetFrom, type CategoryTasteSet } from '../consumers/category-tastes.ts';
import type { Scenario } from '../scenario/scenario-schema.ts';
import { SimError } from '../sim-error.ts';
import { allocateStrategies } from './allocate-strategies.ts';
import { neutralBrandNames } from './brand-names.ts';
import { catalogOf, planCatalog, type CatalogPlan } from './build-catalog.ts';

/** The currency every simulated market trades in. */
export const SIM_CURRENCY = 'EUR';

/**
 * Entries each brand agent remembers (offers, rounds, orders): a consumer's turn needs about 15, older ones are never
 * looked up again. Kept at twice that, not more: an entry kept over several decisions outlives the collector's young
 * generation and is copied into the old one.
 */
const BRAND_MEMORY_ENTRIES = 32;

/** One brand of the market: its base identity, strategy, parameters and catalog. */
export interface BrandSlot {
  readonly slot: number;
  readonly baseId: string;
  readonly name: string;
  readonly domain: string;
  readonly strategy: StrategyId;
  /** Strategy parameters as given (validated; defaults applied by the strategy). */
  readonly params: Record<string, unknown>;
  readonly categories: readonly string[];
  readonly skuPrefix: string;
  readonly catalog: readonly CatalogEntry[];
  /** Followed closely in the metrics (an experiment's manipulating brand). */
  readonly focal: boolean;
}

/** A seeded market: the product universe with its ground truth, the brands, and who trades under which identity. */
export interface Market {
  readonly scenario: Scenario;
  readonly categories: readonly string[];
  /** Relative weight of each category in consumers' needs (from `consumers.categories`). */
  readonly categoryWeights: ReadonlyMap<string, number>;
  /** What consumers care about in an open-market category (built-in categories use CATEGORY_TASTES). */
  tastesOf(category: string): CategoryTasteSet | undefined;
  readonly productsByCategory: ReadonlyMap<string, readonly ProductTruth[]>;
  readonly slots: readonly BrandSlot[];
  /** Ground truth for settling deliveries; knows every identity a brand trades under. */
  readonly truth: MarketTruth;
  /** The identity epoch of a slot in a round (whitewashers change identity; everyone else stays at 0). */
  epochAt(slot: BrandSlot, round: number): number;
  /** The brand id a slot trades under in a round. */
  brandIdAt(slot: BrandSlot, round: number): string;
  /** The slot behind any identity id. */
  slotOf(brandId: string): BrandSlot | undefined;
  /** The brand agent definition of a slot in an epoch, with the market's virtual clock. */
  definitionOf(slot: BrandSlot, epoch: number, clock: () => Date): BrandAgentDefinition;
}

function skuPrefixFor(slot: number): string {
  return `S${slot.toString(36).toUpperCase().padStart(2, '0')}`;
}

/** Builds the market of a scenario (deterministic for its seed); throws MARKET_UNSATISFIABLE or INVALID_SCENARIO. */
export function buildMarket(scenario: Scenario): Market {
  const wanted = scenario.consumers.categories;
  // The three built-in categories need only the reference market; anything else reads the open market too.
  const builtinOnly = wanted !== 'all' && (Array.isArray(wanted) ? wanted : Object.keys(wanted)).every(isBuiltinCategory);
  const demo = builtinOnly ? undefined : loadDemoMarket();
  const reference = demo ?? loadReferenceMarket();
  const declaredSchemas = (categories: readonly string[]): CategoryAttributes[] | undefined => {
    const schemas = demo?.attributeSchemasFor(categories) ?? [];
    return schemas.length > 0 ? schemas : undefined;
  };
  const weights = new Map<string, number>(
    wanted === 'all' ? demo!.categories.map((c) => [c, 1]) : Array.isArray(wanted) ? wanted.map((c) => [c, 1]) : Object.entries(wanted),
  );
  const categories = [...weights.keys()].sort();
  const productsByCategory = new Map<string, ProductTruth[]>();
  for (const category of categories) {
    const products = reference.products.filter((p) => p.category === category);
    if (products.length === 0) {
      if (demo && !demo.categories.includes(category)) {
        throw new SimError('INVALID_SCENARIO', `consumers.categories: "${category}" is not sold in the demo market (known: ${demo.categories.join(', ')})`, { path: 'consumers.categories' });
      }
      throw new SimError('MARKET_UNSATISFIABLE', `no products in category ${category}`);
    }
    productsByCategory.set(category, products);
  }
  const tastes = new Map(categories.flatMap((c) => {
    const data = demo?.tastesOf(c);
    return data ? [[c, tasteSetFrom(data)] as const] : [];
  }));
  const productById = new Map(reference.products.map((p) => [p.productId, p]));
  const product = (id: string) => productById.get(id);
  const { brands } = scenario;
  const root = createSeededRandom(scenario.seed).fork('market');

  const strategies = allocateStrategies(brands.count, brands.dishonestShare, brands.honestMix, brands.dishonestMix);
  if (strategies.length !== brands.count) {
    throw new SimError('INVALID_SCENARIO', 'brands: the honest or dishonest mix is empty but brands must be drawn from it', { path: 'brands.honestMix' });
  }
  const roster = root.fork('roster').shuffle(strategies);
  const names = neutralBrandNames(brands.count + brands.extra.length, root.fork('names'));
  const shared = brands.identicalCatalogs ? planCatalog({ slot: 0, categories, productsByCategory, brands, random: root.fork('catalog:shared') }) : undefined;
  const plans: CatalogPlan[] = [];
  const slots: BrandSlot[] = [];
  const paramsOf = (strategy: StrategyId, own: Record<string, unknown> | undefined, where: string): Record<string, unknown> => {
    const params = { ...(brands.params[strategy] ?? {}), ...(own ?? {}) };
    const parsed = parseStrategyParams(strategy, params);
    if (!parsed.ok) throw new SimError('INVALID_SCENARIO', `${where}: ${parsed.message}`, { path: where });
    return params;
  };
  const addSlot = (slot: number, strategy: StrategyId, plan: CatalogPlan, own: { id?: string | undefined; name?: string | undefined; params?: Record<string, unknown> | undefined; focal: boolean }, where: string) => {
    const generated = names[slot]!;
    const baseId = own.id ?? generated.id;
    const skuPrefix = skuPrefixFor(slot);
    slots.push({
      slot,
      baseId,
      name: own.name ?? generated.name,
      domain: `${baseId}.example`,
      strategy,
      params: paramsOf(strategy, own.params, where),
      categories: plan.categories,
      skuPrefix,
      catalog: Object.freeze(catalogOf(plan, skuPrefix, SIM_CURRENCY, product)),
      focal: own.focal,
    });
    plans.push(plan);
  };
  for (let i = 0; i < brands.count; i++) {
    const plan = shared ?? planCatalog({ slot: i, categories, productsByCategory, brands, random: root.fork(`catalog:${i}`) });
    addSlot(i, roster[i]!, plan, { focal: false }, `brands.params.${roster[i]!}`);
  }
  brands.extra.forEach((extra, k) => {
    const slot = brands.count + k;
    if (extra.twinOf !== undefined && extra.twinOf >= brands.count) {
      throw new SimError('INVALID_SCENARIO', `brands.extra.${k}.twinOf: there are only ${brands.count} generated brands`, { path: `brands.extra.${k}.twinOf` });
    }
    const plan = extra.twinOf !== undefined ? plans[extra.twinOf]! : (shared ?? planCatalog({ slot, categories, productsByCategory, brands, random: root.fork(`catalog:${slot}`) }));
    addSlot(slot, extra.strategy, plan, { id: extra.id, name: extra.name, params: extra.params, focal: extra.focal }, `brands.extra.${k}.params`);
  });
  const ids = new Set<string>();
  for (const s of slots) {
    if (ids.has(s.baseId)) throw new SimError('INVALID_SCENARIO', `brand id "${s.baseId}" is used twice`, { path: 'brands.extra' });
    ids.add(s.baseId);
  }

  const epochAt = (slot: BrandSlot, round: number) => (slot.strategy === 'whitewasher' ? Math.floor(round / brands.whitewashEveryRounds) : 0);
  const identityOf = (slot: BrandSlot, epoch: number) => {
    const base = { id: slot.baseId, name: slot.name, domain: slot.domain };
    return slot.strategy === 'whitewasher' ? whitewashIdentity(base, epoch, slot.params.linkable === true) : base;
  };
  const bySlotId = new Map<string, BrandSlot>();
  for (const slot of slots) {
    const epochs = epochAt(slot, scenario.rounds - 1);
    for (let e = 0; e <= epochs; e++) bySlotId.set(identityOf(slot, e).id, slot);
  }
  const fulfilment = new Map<number, Map<string, FulfilmentTruth>>();
  const usual = new Map<number, Map<string, Money>>();
  slots.forEach((slot, i) => {
    const plan = plans[i]!;
    fulfilment.set(slot.slot, new Map(plan.listings.map((l) => [l.product, { stock: l.stock, deliveryDays: { ...plan.terms, ...l.terms }.deliveryDays }])));
    usual.set(slot.slot, new Map(plan.listings.map((l) => [l.product, { amountMinor: l.price, currency: SIM_CURRENCY }])));
  });
  const truth: MarketTruth = {
    product: (id) => productById.get(id),
    fulfilment: (brandId, productId) => {
      const slot = bySlotId.get(brandId);
      return slot ? fulfilment.get(slot.slot)?.get(productId) : undefined;
    },
    usualUnitPrice: (brandId, productId) => {
      const slot = bySlotId.get(brandId);
      return slot ? usual.get(slot.slot)?.get(productId) : undefined;
    },
    brandsSelling: (productId) => slots.filter((s) => fulfilment.get(s.slot)?.has(productId)).map((s) => s.baseId).sort(),
  };

  return {
    scenario,
    categories,
    categoryWeights: weights,
    tastesOf: (category) => tastes.get(category),
    productsByCategory,
    slots,
    truth,
    epochAt,
    brandIdAt: (slot, round) => identityOf(slot, epochAt(slot, round)).id,
    slotOf: (brandId) => bySlotId.get(brandId),
    definitionOf: (slot, epoch, clock) =>
      createStrategyBrand({
        id: slot.baseId,
        name: slot.name,
        domain: slot.domain,
        strategy: slot.strategy,
        params: (slot.strategy === 'whitewasher' ? { ...slot.params, identityEpoch: epoch } : slot.params) as never,
        catalog: slot.catalog,
        categories: slot.categories,
        // A brand selling an open category declares its vocabulary, as the demo market's brands do (built-in ones keep the SDK's).
        attributeSchemas: declaredSchemas(slot.categories),
        currencies: [SIM_CURRENCY],
        clock,
        limits: { memoryEntries: BRAND_MEMORY_ENTRIES, handlerTimeoutMs: 60_000 },
      }),
  };
}
