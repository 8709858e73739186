import { POLICY_IDS, type PolicyId } from '../policies/policy-ids.ts';
import { meanInterval, type MeanInterval } from './mean-interval.ts';
import type { ConsumerWelfare } from './tally.ts';

/** How the per-consumer statistics are computed (printed with them). */
export const PAIRED_METHOD =
  "Per consumer (and seed): the consumer's welfare over the run ÷ the oracle's (resp. the safe oracle's) on the same needs, among consumers whose reference welfare is positive; means with two-sided 95 % Student-t intervals over those consumers (seeds pooled: each seed × consumer is one unit; the shared market within a seed is ignored, so intervals may be slightly narrow). Paired differences are taken per consumer, then averaged the same way.";

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

/** One policy's per-consumer welfare ratios: ÷ oracle and ÷ safe oracle. */
export interface PolicyRatios {
  readonly oracle: MeanInterval;
  readonly safeOracle: MeanInterval;
}

/** The butler against one other policy: mean per-consumer difference of welfare ÷ oracle, with its interval. */
export interface PairedDifference {
  readonly policy: PolicyId;
  readonly versus: PolicyId;
  readonly difference: MeanInterval;
}

/** Per-consumer statistics of a run (or of several seeds of it, pooled). */
export interface PairedStatistics {
  readonly method: string;
  /** Seed × consumer units whose oracle welfare is positive (the units of every ratio ÷ oracle). */
  readonly units: number;
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

function differencesOf(runs: readonly ConsumerWelfare[], a: PolicyId, b: PolicyId): number[] {
  const out: number[] = [];
  for (const run of runs) {
    for (const id of Object.keys(run).sort()) {
      const w = run[id]!;
      const ref = w.oracle;
      if (ref !== undefined && ref > 0 && w[a] !== undefined && w[b] !== undefined) out.push((w[a]! - w[b]!) / ref);
    }
  }
  return out;
}

/**
 * Per-consumer welfare ratios of every policy (÷ oracle, ÷ safe oracle) and the paired differences butler − every
 * other policy (in units of the consumer's oracle welfare), over one or more runs' consumer welfare (e.g. one per seed).
 */
export function pairedStatistics(runs: readonly ConsumerWelfare[], policies: readonly PolicyId[], households: readonly number[] = [1]): PairedStatistics {
  const present = POLICY_IDS.filter((p) => policies.includes(p));
  const ratios: Partial<Record<PolicyId, PolicyRatios>> = {};
  const has = (p: PolicyId) => present.includes(p);
  for (const policy of present) {
    ratios[policy] = {
      oracle: meanInterval(has('oracle') ? ratiosOf(runs, policy, 'oracle') : []),
      safeOracle: meanInterval(has('safe-oracle') ? ratiosOf(runs, policy, 'safe-oracle') : []),
    };
  }
  const paired: PairedDifference[] = [];
  if (has('butler') && has('oracle')) {
    for (const versus of present) {
      if (versus === 'butler' || REFERENCES.includes(versus)) continue;
      paired.push({ policy: 'butler', versus, difference: meanInterval(differencesOf(runs, 'butler', versus)) });
    }
  }
  const units = has('oracle') ? runs.reduce((n, run) => n + Object.values(run).filter((w) => (w.oracle ?? 0) > 0).length, 0) : 0;
  const shared = [...new Set(households)].filter((h) => h > 1).sort((a, b) => a - b);
  return { method: shared.length === 0 ? PAIRED_METHOD : `${PAIRED_METHOD} ${householdMethod(shared)}`, units, ratios, paired };
}
