import type { Need } from '../../agent/need/index.ts';
import type { SeededRandom } from '../../protocol/index.ts';
import { SIM_CURRENCY, type Market } from '../market/build-market.ts';
import type { Consumer, Persona } from './consumer.ts';

const DAY_MS = 86_400_000;

/** What a consumer wants this round: the need the butler receives and the persona behind it (the hidden truth). */
export interface DrawnNeed {
  readonly round: number;
  readonly need: Need;
  readonly persona: Persona;
  /** The consumer's draws for this round (arrival order, divergence acceptance), shared by every policy. */
  readonly random: SeededRandom;
}

/**
 * Draws the need of one consumer in one round: the category (by the scenario's weights), its hard constraints,
 * the stated part of its true preferences (the most important first) and the private budget (left out of a share
 * `noBudgetShare` of needs). Depends only on
 * (seed, consumer, round), so every policy and every sharding sees the same need.
 */
export function drawNeed(market: Market, consumer: Consumer, round: number, now: Date): DrawnNeed {
  const population = market.scenario.consumers;
  const random = consumer.random.fork(`round:${round}`);
  const weights = market.categories.map((c) => market.categoryWeights.get(c) ?? 0);
  const total = weights.reduce((s, w) => s + w, 0);
  let x = random.fork('category').next() * total;
  let category = market.categories[market.categories.length - 1]!;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i]!;
    if (x < 0) {
      category = market.categories[i]!;
      break;
    }
  }
  const persona = consumer.personas.get(category)!;
  const ordered = [...persona.prefs].sort((a, b) => b.weight - a.weight || (a.attribute < b.attribute ? -1 : 1));
  const stated = ordered.slice(0, Math.max(1, Math.round(population.statedShare * ordered.length)));
  const need: Need = {
    category,
    hardConstraints: persona.hard.map((c) => ({ ...c })),
    softPreferences: stated
      .sort((a, b) => (a.attribute < b.attribute ? -1 : 1))
      .map((p) => (p.value === undefined ? { attribute: p.attribute, direction: p.direction, weight: p.weight } : { attribute: p.attribute, direction: p.direction, value: p.value, weight: p.weight })),
    quantity: 1,
    budget: { amountMinor: persona.budgetMinor, currency: SIM_CURRENCY },
    currency: SIM_CURRENCY,
    text: `${consumer.id} round ${round}: ${category}`,
  };
  // Drawn only when some needs go without a budget, so the scenarios that state one always draw as before.
  if (population.noBudgetShare > 0 && random.fork('no-budget').chance(population.noBudgetShare)) delete need.budget;
  const deadlines = population.deadlines;
  const deadlineDraw = random.fork('deadline');
  if (deadlines.share > 0 && deadlineDraw.chance(deadlines.share)) {
    need.deadline = new Date(now.getTime() + deadlineDraw.int(deadlines.days.min, deadlines.days.max) * DAY_MS).toISOString();
  }
  return { round, need, persona, random };
}
