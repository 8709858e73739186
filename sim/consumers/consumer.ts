import type { ProductTruth } from '../../brand-agent/reference/index.ts';
import { createSeededRandom, satisfiesConstraint, type AttributeValue, type HardConstraint, type SeededRandom } from '../../protocol/index.ts';
import type { Market } from '../market/build-market.ts';
import type { ConsumerPopulation } from '../scenario/scenario-schema.ts';
import { CATEGORY_TASTES, type CategoryTasteSet } from './category-tastes.ts';

/** One true preference of a consumer (what really makes them happy; only part of it may be stated). */
export interface Preference {
  readonly attribute: string;
  readonly direction: 'higher' | 'lower' | 'equals';
  value?: AttributeValue | undefined;
  weight: number;
}

/** A consumer's tastes in one category: hard constraints, true preferences, budget and money value of a perfect product. */
export interface Persona {
  readonly category: string;
  readonly hard: readonly HardConstraint[];
  readonly prefs: Preference[];
  /** Products of the universe that meet the hard constraints (the scale numbers are judged on). */
  readonly relevant: readonly ProductTruth[];
  readonly ranges: ReadonlyMap<string, { min: number; max: number }>;
  /** Values an "equals" preference may drift to. */
  readonly choices: ReadonlyMap<string, readonly AttributeValue[]>;
  readonly budgetMinor: number;
  readonly valueMinor: number;
}

/** A simulated consumer: its id, its personas per category, and its own random stream. */
export interface Consumer {
  readonly index: number;
  readonly id: string;
  /** Keys the butler's per-brand pseudonyms (derived, so runs are reproducible). */
  readonly secret: string;
  /** Seed of the consumer's butler (divergence draws). */
  readonly seed: number;
  readonly personas: ReadonlyMap<string, Persona>;
  readonly random: SeededRandom;
}

const uniform = (random: SeededRandom, min: number, max: number) => min + (max - min) * random.next();
const round2 = (x: number) => Math.round(x * 100) / 100;

function sameValue(a: AttributeValue | undefined, b: AttributeValue | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return typeof a === 'string' && typeof b === 'string' ? a.trim().toLowerCase() === b.trim().toLowerCase() : a === b;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

function createPersona(
  category: string,
  products: readonly ProductTruth[],
  population: ConsumerPopulation,
  random: SeededRandom,
  tastesOf: (category: string) => CategoryTasteSet | undefined,
): Persona {
  const tastes = CATEGORY_TASTES[category] ?? tastesOf(category);
  const anchor = random.pick(products);
  const hard: HardConstraint[] = [];
  if (tastes) {
    const [first, ...rest] = tastes.hard;
    const wanted = random.int(population.hardConstraints.min, population.hardConstraints.max);
    for (const taste of first ? [first, ...random.shuffle(rest)] : []) {
      if (hard.length >= wanted) break;
      const value = anchor.attributes[taste.attribute];
      if (value === undefined || (taste.onlyIf !== undefined && value !== taste.onlyIf)) continue;
      hard.push({ attribute: taste.attribute, op: 'eq', value });
    }
  }
  const relevant = products.filter((p) => hard.every((c) => satisfiesConstraint(p.attributes[c.attribute], c)));
  const ranges = new Map<string, { min: number; max: number }>();
  const choices = new Map<string, AttributeValue[]>();
  const prefs: Preference[] = [];
  const softCount = random.int(population.softPreferences.min, population.softPreferences.max);
  for (const taste of random.shuffle(tastes?.soft ?? []).slice(0, softCount)) {
    const weight = round2(0.2 + 0.8 * random.next());
    if (taste.direction === 'equals') {
      const values = [...new Map(products.map((p) => p.attributes[taste.attribute]).filter((v): v is AttributeValue => v !== undefined).map((v) => [String(v).toLowerCase(), v])).values()];
      choices.set(taste.attribute, values.sort((a, b) => (String(a) < String(b) ? -1 : 1)));
      const value = taste.wanted ?? anchor.attributes[taste.attribute];
      if (value === undefined) continue;
      prefs.push({ attribute: taste.attribute, direction: 'equals', value, weight });
    } else {
      const numbers = (relevant.length > 0 ? relevant : products).map((p) => p.attributes[taste.attribute]).filter((v): v is number => typeof v === 'number');
      if (numbers.length === 0) continue;
      ranges.set(taste.attribute, { min: Math.min(...numbers), max: Math.max(...numbers) });
      prefs.push({ attribute: taste.attribute, direction: taste.direction, weight });
    }
  }
  prefs.sort((a, b) => (a.attribute < b.attribute ? -1 : 1));
  const reference = median((relevant.length > 0 ? relevant : [anchor]).map((p) => p.rrp.amountMinor));
  const budgetMinor = Math.max(100, Math.round((reference * uniform(random, population.budget.min, population.budget.max)) / 100) * 100);
  const valueMinor = Math.round(budgetMinor * uniform(random, population.valuation.min, population.valuation.max));
  return { category, hard, prefs, relevant, ranges, choices, budgetMinor, valueMinor };
}

/** Creates consumer number `index` of a market: every persona is drawn from (seed, consumer index) alone. */
export function createConsumer(market: Market, index: number): Consumer {
  const random = createSeededRandom(market.scenario.seed).fork(`consumer:${index}`);
  const personas = new Map<string, Persona>();
  for (const category of market.categories) {
    personas.set(category, createPersona(category, market.productsByCategory.get(category) ?? [], market.scenario.consumers, random.fork(`persona:${category}`), market.tastesOf));
  }
  const id = `c${index.toString().padStart(6, '0')}`;
  return { index, id, secret: `sim-${market.scenario.seed}-${id}`, seed: random.fork('butler').int(0, 2 ** 31 - 1), personas, random };
}

/** Moves a consumer's tastes one round forward (flips of wanted values, weight random walk); no-op without drift. */
export function driftConsumer(consumer: Consumer, round: number, population: ConsumerPopulation): void {
  const { flipProbability, weightStep } = population.drift;
  if (flipProbability === 0 && weightStep === 0) return;
  for (const persona of consumer.personas.values()) {
    const random = consumer.random.fork(`drift:${persona.category}:${round}`);
    for (const pref of persona.prefs) {
      if (pref.direction === 'equals' && typeof pref.value !== 'boolean' && random.chance(flipProbability)) {
        const others = (persona.choices.get(pref.attribute) ?? []).filter((v) => !sameValue(v, pref.value));
        if (others.length > 0) pref.value = random.pick(others);
      }
      if (weightStep > 0) pref.weight = round2(Math.min(1, Math.max(0.05, pref.weight + weightStep * (2 * random.next() - 1))));
    }
  }
}

/** How well a product's true attributes meet the consumer's true preferences, 0..1 (weighted mean). */
export function preferenceMatch(persona: Persona, attributes: Readonly<Record<string, AttributeValue>>): number {
  let sum = 0;
  let weights = 0;
  for (const pref of persona.prefs) {
    weights += pref.weight;
    const value = attributes[pref.attribute];
    let score = 0;
    if (pref.direction === 'equals') score = sameValue(value, pref.value) ? 1 : 0;
    else if (typeof value === 'number') {
      const range = persona.ranges.get(pref.attribute);
      const span = range ? range.max - range.min : 0;
      const x = range && span > 0 ? Math.min(1, Math.max(0, (value - range.min) / span)) : 1;
      score = pref.direction === 'higher' ? x : 1 - x;
    }
    sum += pref.weight * score;
  }
  return weights > 0 ? sum / weights : 1;
}

/** True utility of a product for a consumer, 0..1: quality and preference match, cut when it truly misses a hard constraint. */
export function trueUtility(persona: Persona, product: ProductTruth, population: ConsumerPopulation): number {
  const u = population.qualityWeight * product.quality + (1 - population.qualityWeight) * preferenceMatch(persona, product.attributes);
  const meetsHard = persona.hard.every((c) => satisfiesConstraint(c.attribute === 'maker' ? product.maker : product.attributes[c.attribute], c));
  return meetsHard ? u : u * population.hardMissUtility;
}
