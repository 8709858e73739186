import type { HonestBrandSummary } from '../metrics/metrics-types.ts';
import { pairedStatistics, type PairedStatistics } from '../metrics/paired-statistics.ts';
import { ratio } from '../metrics/compute-metrics.ts';
import { POLICY_IDS, type PolicyId } from '../policies/policy-ids.ts';
import type { ParamAssignment } from '../scenario/set-scenario-param.ts';
import type { RunOptions } from './run-simulation.ts';
import { runStudy, type StudyResult } from './run-study.ts';

/** Money and budget figures of one policy summed over seeds (and arms). */
export interface PooledMoney {
  readonly spend: number;
  readonly dishonestSpend: number;
  readonly dishonestSpendShare: number | null;
  /** Money paid to brands while they deceive (a whitewasher, an on-off brand in a cheating window), and its share. */
  readonly defectorSpend: number;
  readonly defectorSpendShare: number | null;
  /** Money paid to brands while they deceive (deceptive, bait-and-switch, whitewasher always; on-off in a cheating window). */
  readonly deceivingSpend: number;
  readonly deceivingSpendShare: number | null;
  /** Money paid to a brand the butler had already caught when it bought (see `Decision.sellerCaught`). */
  readonly caughtSpend: number;
  readonly caughtSpendShare: number | null;
  readonly budgetViolations: number;
  readonly decisions: number;
}

/** A study run over several seeds, pooled: every seed × arm × consumer is one unit of the paired statistics. */
export interface SeedsResult {
  readonly name: string;
  readonly seeds: readonly number[];
  readonly studies: readonly StudyResult[];
  readonly statistics: PairedStatistics;
  readonly money: Partial<Record<PolicyId, PooledMoney>>;
  readonly honestBrands: Partial<Record<PolicyId, HonestBrandSummary>>;
}

/** Pools the per-consumer welfare, money and honest-brand tallies of studies (seeds) over all their arms. */
export function poolStudies(studies: readonly StudyResult[]): Omit<SeedsResult, 'name' | 'seeds' | 'studies'> {
  const variants = studies.flatMap((s) => s.variants);
  const policies = POLICY_IDS.filter((p) => variants.some((v) => v.metrics.policies[p] !== undefined));
  const statistics = pairedStatistics(
    variants.map((v) => v.consumerWelfare),
    policies,
    variants.map((v) => v.scenario.consumers.household),
  );
  const money: Partial<Record<PolicyId, PooledMoney>> = {};
  const honestBrands: Partial<Record<PolicyId, HonestBrandSummary>> = {};
  for (const p of policies) {
    let spend = 0;
    let dishonestSpend = 0;
    let defectorSpend = 0;
    let deceivingSpend = 0;
    let caughtSpend = 0;
    let budgetViolations = 0;
    let decisions = 0;
    const honest = { pairs: 0, belowFloor: 0, nonPushyPairs: 0, pressureFlagged: 0 };
    let hasHonest = false;
    for (const v of variants) {
      const s = v.metrics.policies[p];
      if (s) {
        spend += s.spend;
        dishonestSpend += s.dishonestSpend;
        defectorSpend += s.defectorSpend;
        deceivingSpend += s.deceivingSpend;
        caughtSpend += s.caughtSpend;
        budgetViolations += s.budgetViolations;
        decisions += s.decisions;
      }
      const h = v.metrics.honestBrands[p];
      if (h) {
        hasHonest = true;
        honest.pairs += h.pairs;
        honest.belowFloor += h.belowFloor;
        honest.nonPushyPairs += h.nonPushyPairs;
        honest.pressureFlagged += h.pressureFlagged;
      }
    }
    money[p] = { spend, dishonestSpend, dishonestSpendShare: ratio(dishonestSpend, spend), defectorSpend, defectorSpendShare: ratio(defectorSpend, spend), deceivingSpend, deceivingSpendShare: ratio(deceivingSpend, spend), caughtSpend, caughtSpendShare: ratio(caughtSpend, spend), budgetViolations, decisions };
    if (hasHonest) honestBrands[p] = { ...honest, belowFloorShare: ratio(honest.belowFloor, honest.pairs), pressureFlaggedShare: ratio(honest.pressureFlagged, honest.nonPushyPairs) };
  }
  return { statistics, money, honestBrands };
}

/**
 * Runs a study once per seed (seed, seed + 1, …; the overrides apply to every seed) and pools the results. Each seed
 * is a different market and different consumers; the same seed always gives the same bytes.
 */
export async function runSeeds(
  input: { readonly raw: unknown; readonly source: string; readonly overrides: readonly ParamAssignment[] },
  seeds: readonly number[],
  options: RunOptions & { readonly onSeed?: (seed: number, index: number, count: number) => void },
): Promise<SeedsResult> {
  const studies: StudyResult[] = [];
  for (const [i, seed] of seeds.entries()) {
    options.onSeed?.(seed, i, seeds.length);
    studies.push(await runStudy({ raw: input.raw, source: input.source, overrides: [...input.overrides, { path: 'seed', value: seed }] }, options));
  }
  return { name: studies[0]?.name ?? input.source, seeds, studies, ...poolStudies(studies) };
}
