import { POLICY_IDS, type PolicyId } from '../policies/policy-ids.ts';
import { meanInterval, roundStatistic, type MeanInterval } from './mean-interval.ts';
import { ratioOfTotals, type PairedUnit } from './ratio-of-totals.ts';
import type { ConsumerWelfare } from './tally.ts';

/** How the per-consumer statistics are computed (printed with them). */
export const PAIRED_METHOD =
  "Units: each seed × consumer (seeds pooled; the shared market within a seed is ignored, so intervals may be slightly narrow); 95 % intervals are two-sided Student-t. Paired differences butler − other are taken in money per unit (the consumer's welfare over the run, in the person's currency), averaged with their interval, and reported ÷ the mean oracle welfare per unit (one constant, so the verdict is the money verdict and a consumer whose oracle welfare is near 0 weighs what its money weighs). Ratios of totals: Σ policy welfare ÷ Σ oracle (resp. safe-oracle) welfare over all units, 95 % interval by the delta method (both totals random). Per-consumer ratios: each unit's welfare ÷ its oracle's (resp. safe oracle's) on the same needs, averaged over the units whose reference welfare is positive (units at or below 0 are counted and left out); they are unstable when a reference welfare is near 0, which the ratio of totals is not.";

/** What the statistics' unit is when consumers share ledgers (appended to `PAIRED_METHOD`). */
function householdMethod(sizes: readonly number[]): string {
  return `Consumers share a trust ledger in households of ${sizes.join(' or ')}: each household is one unit (its members' welfare summed), since members' decisions are not independent.`;
}

/** The key of a consumer's welfare in the paired statistics: its own id, or its household's when ledgers are shared. */
export function welfareUnitOf(consumer: { readonly index: number; readonly id: string }, household: number): string {
  return household === 1 ? consumer.id : `h${Math.floor(consumer.index / household).toString().padStart(6, '0')}`;
}

/** The policies every report compares the butler with, and the references ratios are taken against. */
const REFERENCES: readonly PolicyId[] = ['oracle', 'safe-oracle'];

/** One policy's welfare ratios: per consumer (÷ oracle, ÷ safe oracle) and of totals (Σ ÷ Σ). */
export interface PolicyRatios {
  /** Mean per-consumer ratio over the units whose oracle welfare is positive. */
  readonly oracle: MeanInterval;
  /** Mean per-consumer ratio over the units whose safe-oracle welfare is positive. */
  readonly safeOracle: MeanInterval;
  /** Σ welfare ÷ Σ oracle (resp. safe-oracle) welfare over every unit, delta-method interval. */
  readonly ofTotals: { readonly oracle: MeanInterval; readonly safeOracle: MeanInterval };
}

/** The butler against one other policy over the same units: the paired difference in money and its scaled reading. */
export interface PairedDifference {
  readonly policy: PolicyId;
  readonly versus: PolicyId;
  /** Mean (butler − other) welfare per unit ÷ the mean oracle welfare per unit (null when that is not positive): the verdict's statistic. */
  readonly difference: MeanInterval;
  /** Mean (butler − other) welfare per unit in minor units of the person's currency. */
  readonly money: MeanInterval;
  /** Mean per-consumer (butler − other) ÷ that consumer's oracle welfare, over units with positive oracle welfare (shown beside; unstable near 0). */
  readonly perConsumerRatio: MeanInterval;
}

/** Per-consumer statistics of a run (or of several seeds of it, pooled). */
export interface PairedStatistics {
  readonly method: string;
  /** Seed × consumer units whose oracle welfare is positive (the units of every ratio ÷ oracle). */
  readonly units: number;
  /** Units whose oracle (resp. safe-oracle) welfare is ≤ 0, left out of the per-consumer ratios (kept in totals and money). */
  readonly nonPositiveReference: { readonly oracle: number; readonly safeOracle: number };
  /** Mean oracle welfare per unit in minor units (the constant the money differences are divided by); null without an oracle. */
  readonly meanOracleWelfare: number | null;
  readonly ratios: Partial<Record<PolicyId, PolicyRatios>>;
  readonly paired: readonly PairedDifference[];
}

function ratiosOf(runs: readonly ConsumerWelfare[], policy: PolicyId, reference: PolicyId): number[] {
  const out: number[] = [];
  for (const run of runs) {
    for (const id of Object.keys(run).sort()) {
      const ref = run[id]![reference];
      const own = run[id]![policy];
      if (ref !== undefined && ref > 0 && own !== undefined) out.push(own / ref);
    }
  }
  return out;
}

function unitsOf(runs: readonly ConsumerWelfare[], policy: PolicyId, reference: PolicyId): PairedUnit[] {
  const out: PairedUnit[] = [];
  for (const run of runs) {
    for (const id of Object.keys(run).sort()) {
      const own = run[id]![policy];
      const ref = run[id]![reference];
      if (own !== undefined && ref !== undefined) out.push({ own, reference: ref });
    }
  }
  return out;
}

function differencesOf(runs: readonly ConsumerWelfare[], a: PolicyId, b: PolicyId, scale: (oracle: number) => number | null): number[] {
  const out: number[] = [];
  for (const run of runs) {
    for (const id of Object.keys(run).sort()) {
      const w = run[id]!;
      const ref = w.oracle;
      if (ref === undefined || w[a] === undefined || w[b] === undefined) continue;
      const by = scale(ref);
      if (by !== null) out.push((w[a]! - w[b]!) / by);
    }
  }
  return out;
}

function nonPositive(runs: readonly ConsumerWelfare[], reference: PolicyId): number {
  return runs.reduce((n, run) => n + Object.values(run).filter((w) => w[reference] !== undefined && w[reference]! <= 0).length, 0);
}

/**
 * Welfare ratios of every policy (per consumer and of totals, ÷ oracle and ÷ safe oracle) and the paired differences
 * butler − every other policy (in money per unit, ÷ the mean oracle welfare), over one or more runs' consumer welfare
 * (e.g. one per seed).
 */
export function pairedStatistics(runs: readonly ConsumerWelfare[], policies: readonly PolicyId[], households: readonly number[] = [1]): PairedStatistics {
  const present = POLICY_IDS.filter((p) => policies.includes(p));
  const ratios: Partial<Record<PolicyId, PolicyRatios>> = {};
  const has = (p: PolicyId) => present.includes(p);
  for (const policy of present) {
    ratios[policy] = {
      oracle: meanInterval(has('oracle') ? ratiosOf(runs, policy, 'oracle') : []),
      safeOracle: meanInterval(has('safe-oracle') ? ratiosOf(runs, policy, 'safe-oracle') : []),
      ofTotals: {
        oracle: ratioOfTotals(has('oracle') ? unitsOf(runs, policy, 'oracle') : []),
        safeOracle: ratioOfTotals(has('safe-oracle') ? unitsOf(runs, policy, 'safe-oracle') : []),
      },
    };
  }
  const oracleWelfare = has('oracle') ? runs.flatMap((run) => Object.values(run).flatMap((w) => (w.oracle === undefined ? [] : [w.oracle]))) : [];
  const meanOracleWelfare = oracleWelfare.length === 0 ? null : oracleWelfare.reduce((s, w) => s + w, 0) / oracleWelfare.length;
  const paired: PairedDifference[] = [];
  if (has('butler') && has('oracle')) {
    for (const versus of present) {
      if (versus === 'butler' || REFERENCES.includes(versus)) continue;
      paired.push({
        policy: 'butler',
        versus,
        // Dividing every unit by one constant scales the money interval without changing its sign or its verdict.
        difference: meanInterval(meanOracleWelfare !== null && meanOracleWelfare > 0 ? differencesOf(runs, 'butler', versus, () => meanOracleWelfare) : []),
        money: meanInterval(differencesOf(runs, 'butler', versus, () => 1)),
        perConsumerRatio: meanInterval(differencesOf(runs, 'butler', versus, (oracle) => (oracle > 0 ? oracle : null))),
      });
    }
  }
  const units = has('oracle') ? runs.reduce((n, run) => n + Object.values(run).filter((w) => (w.oracle ?? 0) > 0).length, 0) : 0;
  const shared = [...new Set(households)].filter((h) => h > 1).sort((a, b) => a - b);
  const nonPositiveReference = { oracle: has('oracle') ? nonPositive(runs, 'oracle') : 0, safeOracle: has('safe-oracle') ? nonPositive(runs, 'safe-oracle') : 0 };
  return {
    method: shared.length === 0 ? PAIRED_METHOD : `${PAIRED_METHOD} ${householdMethod(shared)}`,
    units,
    nonPositiveReference,
    meanOracleWelfare: meanOracleWelfare === null ? null : roundStatistic(meanOracleWelfare),
    ratios,
    paired,
  };
}
