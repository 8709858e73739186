import type { SimMode } from '../connections/brand-pool.ts';
import { emptyShardTally, type DemotionTally, type DiversityTally, type ShardTally } from '../metrics/tally.ts';
import type { Scenario } from '../scenario/scenario-schema.ts';
import { closeRound } from './close-round.ts';
import type { EventRow } from './event-row.ts';
import { limitHeapGrowth } from './limit-heap-growth.ts';
import { liveHeapBytes } from './live-heap.ts';
import { playRound } from './play-round.ts';
import { setUpShard, type ShardState } from './shard-setup.ts';
import { stopPretenuring } from './stop-pretenuring.ts';

/** What to simulate in one shard: a subset of the consumers, all rounds, every policy. */
export interface ShardOptions {
  readonly scenario: Scenario;
  /** Consumer indices of this shard. */
  readonly consumers: readonly number[];
  readonly mode: SimMode;
  /** Keep one event row per decision. */
  readonly events: boolean;
  /** Validate every trust event with the ledger's schema (as the SQLite ledger does) and, in fast mode, every brand message; on by default. */
  readonly validateTrustEvents?: boolean;
  /** Called after every round with the number of consumer decisions (per policy) done in it. */
  readonly onRound?: (round: number, decisions: number) => void;
}

/** A shard's tallies and (when asked) its event rows, in (round, consumer, policy) order. */
export interface ShardResult {
  readonly tally: ShardTally;
  readonly events: EventRow[];
  /** Live JS heap of this shard's thread at the end, after a full GC when the process runs with --expose-gc (bench only). */
  readonly heapUsedBytes: number;
}

/** Adds the run-long tallies (demotion times and diversity per policy) once every round is played. */
function tallyRun(state: ShardState, tally: ShardTally): void {
  for (const policy of state.ledgerPolicies) {
    const onOff: DemotionTally = { histogram: {}, never: 0 };
    const whitewash: DemotionTally = { histogram: {}, never: 0 };
    for (const cs of state.consumers) cs.demotions.get(policy)!.addTo(onOff, whitewash);
    if (state.defectors.onOffSlots.length > 0) tally.onOffDemotion[policy] = onOff;
    if (state.defectors.whitewashers.length > 0) tally.whitewashDemotion[policy] = whitewash;
  }
  for (const policy of state.policies) {
    const whole: DiversityTally = { consumers: 0, brands: 0, styles: 0 };
    const late: DiversityTally = { consumers: 0, brands: 0, styles: 0 };
    for (const cs of state.consumers) cs.diversity.get(policy)!.addTo(whole, late);
    tally.diversity[policy] = whole;
    tally.lateDiversity[policy] = late;
  }
}

/**
 * Simulates a set of consumers through every round under every policy. Each policy has its own copies of the brands,
 * each consumer its own butlers; every draw comes from (seed, consumer, round), so the result of a consumer does not
 * depend on which shard it runs in.
 */
export async function runShard(options: ShardOptions): Promise<ShardResult> {
  limitHeapGrowth();
  stopPretenuring();
  const state = setUpShard({ scenario: options.scenario, consumers: options.consumers, mode: options.mode, validateTrustEvents: options.validateTrustEvents ?? true });
  const tally = emptyShardTally(state.scenario.rounds);
  const events: EventRow[] | undefined = options.events ? [] : undefined;
  try {
    for (let round = 0; round < state.scenario.rounds; round++) {
      await playRound(state, round, tally, events);
      await closeRound(state, round, tally);
      options.onRound?.(round, state.consumers.length);
    }
  } finally {
    for (const pool of state.pools.values()) await pool.close();
  }
  tallyRun(state, tally);
  // Measured while the shard's state (butlers, ledgers, brand copies) is still alive: what a long run really holds.
  return { tally, events: events ?? [], heapUsedBytes: liveHeapBytes() };
}
