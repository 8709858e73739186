import { STRATEGY_IDS, type StrategyId } from '../../brand-agent/reference/index.ts';
import type { BrandPopulation } from '../scenario/scenario-schema.ts';

/** Splits `count` brands across a weighted mix by largest remainder (ties: strategy declaration order). Deterministic. */
export function allocateMix(count: number, mix: Partial<Record<StrategyId, number>>): StrategyId[] {
  const entries = STRATEGY_IDS.flatMap((id) => (mix[id] !== undefined && mix[id]! > 0 ? [{ id, weight: mix[id]! }] : []));
  if (count === 0 || entries.length === 0) return [];
  const total = entries.reduce((s, e) => s + e.weight, 0);
  const shares = entries.map((e, order) => {
    const exact = (count * e.weight) / total;
    return { id: e.id, whole: Math.floor(exact), rest: exact - Math.floor(exact), order };
  });
  let left = count - shares.reduce((s, e) => s + e.whole, 0);
  for (const s of [...shares].sort((a, b) => b.rest - a.rest || a.order - b.order)) {
    if (left <= 0) break;
    s.whole += 1;
    left -= 1;
  }
  return shares.flatMap((s) => Array.from({ length: s.whole }, () => s.id));
}

/** The strategies of the generated brands: `round(count × dishonestShare)` from the dishonest mix, the rest honest. */
export function allocateStrategies(count: number, dishonestShare: number, honestMix: Partial<Record<StrategyId, number>>, dishonestMix: Partial<Record<StrategyId, number>>): StrategyId[] {
  const dishonest = Math.round(count * dishonestShare);
  return [...allocateMix(count - dishonest, honestMix), ...allocateMix(dishonest, dishonestMix)];
}

/** Every strategy a scenario's market has: its generated brands' (allocated as above, so the same at every seed) and its extra brands'. */
export function strategiesOfPopulation(brands: BrandPopulation): ReadonlySet<StrategyId> {
  return new Set([...allocateStrategies(brands.count, brands.dishonestShare, brands.honestMix, brands.dishonestMix), ...brands.extra.map((e) => e.strategy)]);
}
