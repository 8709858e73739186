import { z } from 'zod';
import { STRATEGY_IDS } from '../../brand-agent/reference/index.ts';
import { TimestampSchema } from '../../protocol/index.ts';
import { POLICY_IDS } from '../policies/policy-ids.ts';

const Share = z.number().min(0).max(1);

/** A closed interval [min, max] a value is drawn from uniformly. */
export const RangeSchema = z
  .object({ min: z.number().finite(), max: z.number().finite() })
  .strict()
  .refine((r) => r.min <= r.max, { message: 'min must not exceed max' });
/** A closed interval. */
export type Range = z.infer<typeof RangeSchema>;

const IntRangeSchema = z
  .object({ min: z.number().int().min(0), max: z.number().int().min(0) })
  .strict()
  .refine((r) => r.min <= r.max, { message: 'min must not exceed max' });

/** A category id of the demo market: a built-in alias ("running-shoes") or a Google taxonomy id ("1026"); checked against the market when it is built. */
const CategorySchema = z.string().regex(/^([a-z]+(-[a-z]+)*|\d{1,9})$/, 'a built-in category (running-shoes, headphones, coffee) or a Google product taxonomy id');
const StrategySchema = z.enum(STRATEGY_IDS);
const MixSchema = z.partialRecord(StrategySchema, z.number().positive());

/** Who shops: how many consumers, what they want, what they can spend, how their tastes drift. */
export const ConsumerPopulationSchema = z
  .object({
    count: z.number().int().min(1).max(1_000_000),
    /**
     * Where needs come from; every round a consumer shops in one category. A record gives each category's relative
     * weight; a list weighs its categories equally; "all" draws from every category of the demo market (the three
     * built-in ones and the open market's Google taxonomy categories) equally.
     */
    categories: z
      .union([z.literal('all'), z.array(CategorySchema).min(1).max(256), z.record(CategorySchema, z.number().positive())])
      .default({ 'running-shoes': 1, headphones: 1, coffee: 1 }),
    /** Hard constraints per need (drawn per consumer and category). */
    hardConstraints: IntRangeSchema.default({ min: 1, max: 2 }),
    /** True soft preferences per consumer and category. */
    softPreferences: IntRangeSchema.default({ min: 2, max: 3 }),
    /** Share of the true soft preferences the consumer states in a need (the most important first; at least one). */
    statedShare: Share.default(1),
    /** Weight of the product's true quality in the consumer's utility (the rest is preference match). */
    qualityWeight: Share.default(0.5),
    /** Private budget = this × the median list price of the products that meet the consumer's constraints. */
    budget: RangeSchema.default({ min: 1.1, max: 1.6 }),
    /**
     * Share of needs stated without a budget: the person names no ceiling, so every policy shops the need as stated
     * (the butler scales money to what the market asks) and none has a budget to break; the money value of a perfect
     * product still derives from the private budget. 0 (the default): every need carries the budget, and no draw is made.
     */
    noBudgetShare: Share.default(0),
    /** Money value of a perfect product = this × the budget. */
    valuation: RangeSchema.default({ min: 1.2, max: 1.5 }),
    /** Utility kept by a product that truly misses a hard constraint. */
    hardMissUtility: Share.default(0.2),
    /** Share of the money value lost per day a delivery is late. */
    lateCostPerDay: Share.default(0.02),
    /**
     * Cost of one remedy — a return or complaint when claims failed, a dispute when the receipt differed from the offer
     * or the delivery came short, a refused order's lost time — as a share of the need's money value.
     */
    remedyCost: Share.default(0.05),
    /** Cost of being deceived (what arrived or what was charged is not what was claimed), as a share of the need's money value. */
    deceptionCost: Share.default(0.1),
    /** Value of each extra unit beyond the first (bundles), as a share of the first's. */
    extraUnitValue: Share.default(0.3),
    drift: z
      .object({
        /** Per round, chance that each "equals" preference (colour, roast, cushioning…) moves to another value. */
        flipProbability: Share.default(0),
        /** Per round, preference weights move by up to ± this (then are clamped to [0.05, 1]). */
        weightStep: Share.default(0),
      })
      .strict()
      .prefault({}),
    /**
     * People who pool what their butlers learned (a household on one ledger, or friends whose butlers exchange
     * verdicts): consecutive consumers in groups of this size share, per butler policy, one trust ledger — every
     * verdict one member's butler records (a claim that failed on delivery, a switched receipt, a clean purchase) is
     * on the others' record too. Memory, needs and tastes stay each person's own. 1 (the default): every butler keeps
     * its own ledger. Shared ledgers couple consumers, so a household is never split across shards, and the
     * per-consumer statistics take each household as one unit.
     */
    household: z.number().int().min(1).max(10_000).default(1),
    /**
     * The butler's "second chances" rule (profile) for every consumer: true (the default), a brand caught saying
     * something false is recommended again once clean checks outweigh it; false, never again.
     */
    secondChances: z.boolean().default(true),
    /** The butler's exploration appetite (profile) for every consumer. */
    explorationAppetite: Share.default(0.2),
    /**
     * Chance that a consumer looks at the butler's divergent option when one is shown; having looked, they take it
     * when, as described, it suits their taste better for the money than the top pick.
     */
    acceptDivergent: Share.default(0.5),
    /** Share of needs that carry a delivery deadline, and how many days ahead it falls. */
    deadlines: z.object({ share: Share.default(0), days: IntRangeSchema.default({ min: 3, max: 10 }) }).strict().prefault({}),
  })
  .strict();
/** Consumer population settings. */
export type ConsumerPopulation = z.infer<typeof ConsumerPopulationSchema>;

/** A brand added to the generated population by hand (e.g. the manipulating brand of an experiment). */
export const ExtraBrandSchema = z
  .object({
    /** A fixed id (default: a generated neutral name like the others). */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(60).optional(),
    name: z.string().min(1).max(80).optional(),
    strategy: StrategySchema,
    params: z.record(z.string(), z.unknown()).optional(),
    /** Copy the catalog (products, prices, terms) of generated brand number `twinOf` (0-based). */
    twinOf: z.number().int().min(0).optional(),
    /** Followed closely in the metrics (money captured, rank of its offers). */
    focal: z.boolean().default(true),
  })
  .strict();

/** Which brands exist: how many, how many are dishonest, their strategies and parameters, their catalogs. */
export const BrandPopulationSchema = z
  .object({
    count: z.number().int().min(0).max(500),
    /** Share of the generated brands drawn from `dishonestMix` (rounded to the nearest brand). */
    dishonestShare: Share.default(0),
    honestMix: MixSchema.default({ honest: 1 }),
    dishonestMix: MixSchema.default({ deceptive: 1 }),
    /** Strategy parameters per strategy (validated by the strategy's own schema). */
    params: z.partialRecord(StrategySchema, z.record(z.string(), z.unknown())).default({}),
    /** Categories each brand sells (at most the number of scenario categories). */
    categoriesPerBrand: z.number().int().min(1).max(16).default(1),
    /** Products each brand lists per category it sells. */
    productsPerCategory: IntRangeSchema.default({ min: 8, max: 14 }),
    /** Brand price level × the maker's RRP. */
    markup: RangeSchema.default({ min: 0.9, max: 1.2 }),
    /** Per-listing price noise around the brand's level (± share). */
    priceNoise: Share.default(0.05),
    deliveryDays: IntRangeSchema.default({ min: 2, max: 6 }),
    returnDays: z.array(z.number().int().min(0).max(365)).min(1).default([14, 30, 60]),
    warrantyMonths: z.array(z.number().int().min(0).max(120)).min(1).default([24, 36]),
    stock: IntRangeSchema.default({ min: 5, max: 60 }),
    /** Every brand lists the same products at the same price and terms (order and position experiments). */
    identicalCatalogs: z.boolean().default(false),
    /** A whitewasher takes a fresh identity every this many rounds. */
    whitewashEveryRounds: z.number().int().min(1).max(10_000).default(6),
    extra: z.array(ExtraBrandSchema).max(20).default([]),
    /**
     * Markets react (off by default): in each policy's own market, a brand that has sold nothing for `starvedRounds`
     * rounds in a row exits. Reacting brands couple consumers, so such a run is simulated in one shard (same bytes for
     * any worker count).
     */
    reaction: z
      .object({
        kind: z.enum(['none', 'exit']).default('none'),
        starvedRounds: z.number().int().min(1).max(10_000).default(4),
      })
      .strict()
      .prefault({}),
  })
  .strict();
/** Brand population settings. */
export type BrandPopulation = z.infer<typeof BrandPopulationSchema>;

/** A named variant: the same scenario with some fields set differently (arms of an experiment). */
export const VariantSchema = z
  .object({
    name: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/).max(60),
    description: z.string().max(500).default(''),
    /** Dotted paths into the scenario and their values, e.g. { "brands.extra.0.strategy": "prompt-injector" }. */
    set: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

/** What the report leads with. */
export const REPORT_FOCUS = ['welfare', 'order-bias', 'manipulation', 'defectors', 'divergence'] as const;

/** A complete simulation scenario. */
export const ScenarioSchema = z
  .object({
    name: z.string().min(1).max(120),
    description: z.string().max(4000).default(''),
    seed: z.number().int().min(0).max(4_294_967_295).default(1),
    rounds: z.number().int().min(1).max(100_000),
    /** Virtual time of round 0; round r happens `r × roundDays` later. */
    start: TimestampSchema.default('2026-01-05T09:00:00.000Z'),
    roundDays: z.number().positive().max(365).default(7),
    policies: z.array(z.enum(POLICY_IDS)).min(1).default([...POLICY_IDS]),
    consumers: ConsumerPopulationSchema,
    brands: BrandPopulationSchema,
    report: z
      .object({
        focus: z.enum(REPORT_FOCUS).default('welfare'),
        /** How many brands' trust trajectories the report draws. */
        trustBrands: z.number().int().min(0).max(40).default(8),
      })
      .strict()
      .prefault({}),
    /** Arms of the experiment; empty = one run of the scenario as written. */
    variants: z.array(VariantSchema).max(32).default([]),
  })
  .strict()
  .refine((s) => s.brands.count + s.brands.extra.length > 0, { message: 'a market needs at least one brand', path: ['brands', 'count'] })
  .refine((s) => new Set(s.variants.map((v) => v.name)).size === s.variants.length, { message: 'variant names must be unique', path: ['variants'] });

/** A validated scenario. */
export type Scenario = z.infer<typeof ScenarioSchema>;
/** A scenario as written in a file (defaults may be omitted). */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
