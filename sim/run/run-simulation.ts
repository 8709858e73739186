import { Worker } from 'node:worker_threads';
import { shareableDefaultPressureModel } from '../../agent/pressure/index.ts';
import type { SimMode } from '../connections/brand-pool.ts';
import { addShardTally, emptyShardTally, type ShardTally } from '../metrics/tally.ts';
import { POLICY_IDS } from '../policies/policy-ids.ts';
import type { Scenario } from '../scenario/scenario-schema.ts';
import { SimError } from '../sim-error.ts';
import type { EventRow } from './event-row.ts';
import { runShard, type ShardResult } from './run-shard.ts';
import { ShardWorkerMessageSchema, type ShardWorkerInput } from './shard-messages.ts';

/** How to run a scenario: execution mode, worker threads, event rows, progress. */
export interface RunOptions {
  readonly mode: SimMode;
  /** Worker threads (1 = in this thread). Consumers are split into this many contiguous shards. */
  readonly workers: number;
  readonly events: boolean;
  /**
   * The one switch for validating what never leaves this process (on by default): every trust event with the
   * ledger's schema and, in fast mode, every message between butler and brand with the protocol's schemas. Over MCP
   * messages are always validated. Metrics are byte-identical either way (tests/sim/validation-switch.test.ts).
   */
  readonly validateTrustEvents?: boolean;
  /** Called as shards finish rounds: consumer decisions done so far (per policy) out of the total. */
  readonly onProgress?: (progress: { done: number; total: number }) => void;
}

/** The merged result of a run: tallies summed over shards and event rows in (round, consumer, policy) order. */
export interface SimulationResult {
  readonly tally: ShardTally;
  readonly events: EventRow[];
  /** Wall-clock milliseconds the simulation took (reported, never part of metrics.json). */
  readonly elapsedMs: number;
  /** Sum over shards of the live heap at the end of each shard (reported, never part of metrics.json). */
  readonly heapUsedBytes: number;
}

/**
 * Splits consumer indices 0..count-1 into `parts` contiguous, nearly equal shards (empty ones dropped), never cutting
 * a group of `group` consecutive consumers (a household sharing a ledger): the groups are split, then expanded.
 */
export function shardConsumers(count: number, parts: number, group = 1): number[][] {
  const groups = Math.ceil(count / group);
  const n = Math.max(1, Math.min(parts, groups));
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    const from = Math.floor((i * groups) / n) * group;
    const to = Math.min(count, Math.floor(((i + 1) * groups) / n) * group);
    if (to > from) out.push(Array.from({ length: to - from }, (_, k) => from + k));
  }
  return out;
}

/**
 * The consumer shards of one scenario: `parts` contiguous shards that keep each household whole, or a single one when
 * the market reacts (one consumer's purchases decide which brands the next one meets, so consumers are coupled).
 */
export function planShards(scenario: Scenario, parts: number): number[][] {
  return shardConsumers(scenario.consumers.count, scenario.brands.reaction.kind === 'none' ? parts : 1, scenario.consumers.household);
}

/** Runs one shard in a worker thread (so the calling thread stays responsive); `onRound` gets each round's decisions. */
export function runInWorker(input: Omit<ShardWorkerInput, 'entry'>, onRound: (decisions: number) => void): Promise<ShardResult> {
  const entry = new URL('./shard-worker.ts', import.meta.url).href;
  // The pressure model is trained once here (deterministic) and shared with every worker, not trained per worker.
  const pressureModel = shareableDefaultPressureModel();
  const worker = new Worker(new URL('./shard-worker-bootstrap.js', import.meta.url), { workerData: { ...input, entry, pressureModel } });
  return new Promise((resolve, reject) => {
    let settled = false;
    worker.on('message', (raw: unknown) => {
      const parsed = ShardWorkerMessageSchema.safeParse(raw);
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.type === 'round') onRound(message.decisions);
      else if (message.type === 'done') {
        settled = true;
        // The result is our own worker's structured clone of a ShardResult (its envelope was checked above).
        resolve((raw as { result: ShardResult }).result);
        void worker.terminate();
      } else {
        settled = true;
        reject(new SimError('WORKER_FAILED', `a shard worker failed: ${message.message}`, message.code ? { code: message.code } : undefined));
        void worker.terminate();
      }
    });
    worker.on('error', (error) => {
      if (!settled) reject(new SimError('WORKER_FAILED', `a shard worker crashed: ${error.message}`));
      settled = true;
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new SimError('WORKER_FAILED', `a shard worker exited with code ${code} before finishing`));
      settled = true;
    });
  });
}

function eventOrder(policies: readonly string[]): (a: EventRow, b: EventRow) => number {
  const rank = new Map(policies.map((p, i) => [p, i]));
  return (a, b) => a.round - b.round || (a.consumer < b.consumer ? -1 : a.consumer > b.consumer ? 1 : 0) || (rank.get(a.policy) ?? 0) - (rank.get(b.policy) ?? 0);
}

/**
 * Sums shard results (given in shard order) into one tally, and their event rows in (round, consumer, policy) order:
 * the merge every execution path (threads here, a job queue elsewhere) shares, so their bytes agree.
 */
export function mergeShardResults(scenario: Scenario, results: readonly ShardResult[]): { tally: ShardTally; events: EventRow[] } {
  const tally = emptyShardTally(scenario.rounds);
  for (const r of results) addShardTally(tally, r.tally);
  const events = results.flatMap((r) => r.events);
  if (results.length > 1) events.sort(eventOrder(scenario.policies.length > 0 ? scenario.policies : POLICY_IDS));
  return { tally, events };
}

/**
 * Runs a scenario: consumers are sharded across worker threads (or run here with one worker), each shard runs every
 * round under every policy, and the shards' integer tallies are summed. Because every draw depends only on (seed,
 * consumer, round), the merged result is byte-identical for any number of workers.
 */
export async function runSimulation(scenario: Scenario, options: RunOptions): Promise<SimulationResult> {
  const started = performance.now();
  const shards = planShards(scenario, options.workers);
  const workers = shards.length;
  const total = scenario.consumers.count * scenario.rounds;
  let done = 0;
  const onRound = (decisions: number) => {
    done += decisions;
    options.onProgress?.({ done, total });
  };
  const validateTrustEvents = options.validateTrustEvents ?? true;
  const results =
    workers <= 1
      ? [await runShard({ scenario, consumers: shards[0] ?? [], mode: options.mode, events: options.events, validateTrustEvents, onRound: (_r, n) => onRound(n) })]
      : await Promise.all(shards.map((consumers) => runInWorker({ scenario, consumers, mode: options.mode, events: options.events, validateTrustEvents }, onRound)));
  const { tally, events } = mergeShardResults(scenario, results);
  return { tally, events, elapsedMs: performance.now() - started, heapUsedBytes: results.reduce((sum, r) => sum + r.heapUsedBytes, 0) };
}
