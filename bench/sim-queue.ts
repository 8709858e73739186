import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { runStudy, stableJson, studyMetrics, type StudyResult } from '../sim/index.ts';
import { parseQueueUrl, runQueuedStudy, simCodeVersion } from '../sim/queue/index.ts';
import { startWorkerChild, stopWorkers } from '../tests/sim-queue/queue-fixtures.ts';
import { startTestRedis } from '../tests/sim-queue/redis-server.ts';
import type { BenchSuite, BenchTarget } from './bench-case.ts';
import { benchScenario } from './sim.ts';

/**
 * The job queue against local threads on this machine: the same study (the sim bench's market, butler only) run by
 * `runStudy` with 2 worker threads and through BullMQ on a local redis-server with 2 worker processes, split into the
 * same 2 shards. The workers are started (and warmed by a one-decision study) before the clock starts, as long-running
 * workers are; the local run pays its thread start-up, as `majordome simulate` does.
 * Options: `npm run bench sim-queue -- --decisions N --shards N` (default 1,000 decisions, 2 shards).
 */
const CONSUMERS = 100;
const WORKERS = 2;

function butlerDecisions(study: StudyResult): number {
  return study.variants.reduce((s, v) => s + v.metrics.rounds.reduce((t, r) => t + (r.policies.butler?.decisions ?? 0), 0), 0);
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

/** The queue benchmark suite. */
export const simQueueSuite: BenchSuite = {
  name: 'sim-queue',
  async run(log) {
    const { values } = parseArgs({ args: process.argv.slice(2), options: { decisions: { type: 'string' }, shards: { type: 'string' } }, allowPositionals: true, strict: false });
    const wanted = Number(values.decisions ?? 1000);
    const shards = Number(values.shards ?? WORKERS);
    if (!Number.isInteger(wanted) || wanted < CONSUMERS || !Number.isInteger(shards) || shards < 1) throw new Error(`--decisions must be an integer ≥ ${CONSUMERS} and --shards ≥ 1`);
    const rounds = Math.ceil(wanted / CONSUMERS);
    const raw = benchScenario(rounds, CONSUMERS);
    const input = { raw, source: 'bench', overrides: [] };
    log(`study: ${CONSUMERS} consumers × ${rounds} rounds = ${CONSUMERS * rounds} butler decisions (10 brands, 5 dishonest), ${shards} shard(s); local: ${WORKERS} threads; queue: ${WORKERS} worker processes on a local redis-server; load average before: ${load()}`);

    const redis = await startTestRedis();
    const target = parseQueueUrl(redis.url);
    const codeVersion = simCodeVersion();
    const workers = Array.from({ length: WORKERS }, () => startWorkerChild(redis.url, codeVersion, 30_000));
    try {
      await Promise.all(workers.map((w) => w.ready));
      // Warm-up: both workers' shard threads have loaded the simulator before anything is timed.
      await runQueuedStudy({ raw: benchScenario(1, WORKERS), source: 'warm-up', overrides: [] }, { target, mode: 'fast', events: false, shards: WORKERS, codeVersion, pollMs: 50 });

      const localStart = performance.now();
      const local = await runStudy(input, { mode: 'fast', workers: shards, events: false });
      const localMs = performance.now() - localStart;
      const queueStart = performance.now();
      const queued = await runQueuedStudy(input, { target, mode: 'fast', events: false, shards, codeVersion, pollMs: 50 });
      const queueMs = performance.now() - queueStart;

      const decisions = butlerDecisions(local);
      const identical = stableJson(studyMetrics(local)) === stableJson(studyMetrics(queued));
      const localRate = decisions / (localMs / 1000);
      const queueRate = butlerDecisions(queued) / (queueMs / 1000);
      // Shard compute time as measured inside the workers' threads; what the queue adds is the rest of the workers' time.
      const computeMs = queued.variants.reduce((s, v) => s + v.elapsedMs, 0);
      const overheadPerShardMs = (queueMs * Math.min(WORKERS, queued.shards) - computeMs) / queued.shards;
      log(`local, ${shards} thread(s): ${decisions} decisions in ${fmt(localMs / 1000, 2)} s = ${fmt(localRate)} decisions/s (thread start-up included)`);
      log(`queue, ${WORKERS} workers:   ${butlerDecisions(queued)} decisions in ${fmt(queueMs / 1000, 2)} s = ${fmt(queueRate)} decisions/s; queue ÷ local rate ${fmt(queueRate / localRate, 2)}×`);
      log(`shard compute inside the workers ${fmt(computeMs / 1000, 2)} s over ${queued.shards} shard(s); queue overhead ≈ ${fmt(overheadPerShardMs, 0)} ms per shard (enqueue, pick-up, progress, result transfer and validation, merge; negative = the warm workers saved the local run's thread start-up)`);
      log(`metrics.json identical to the local run: ${identical ? 'yes' : 'NO'}`);
      // Scaling on paper: S shards of t seconds each on M machines × 2 cores, each shard paying the measured overhead.
      const perShardS = computeMs / 1000 / queued.shards;
      const perDecisionS = computeMs / 1000 / decisions;
      const shardSize = 2000;
      const study = 100_000;
      const paperShards = Math.ceil(study / shardSize);
      const paper = [1, 4, 16].map((machines) => {
        const slots = machines * WORKERS;
        const wall = Math.ceil(paperShards / slots) * (shardSize * perDecisionS + Math.max(0, overheadPerShardMs) / 1000);
        return `${machines} machine(s) × ${WORKERS} workers ≈ ${fmt(wall, 0)} s`;
      });
      log(`on paper, a ${study.toLocaleString('en')}-decision study in ${paperShards} shards of ${shardSize} decisions (${fmt(perDecisionS * 1000, 1)} ms of compute per decision here, ${fmt(perShardS, 2)} s per measured shard): ${paper.join('; ')} (the overhead is per shard, so shards of a few seconds or more keep it below 1 %)`);
      log(`load average after: ${load()} (wall-clock figures on a shared, loaded machine are upper bounds on time)`);
      const targets: BenchTarget[] = [
        { label: `queue (2 worker processes) vs local (2 threads), ${decisions} decisions: decisions/s ratio`, measured: Math.round((queueRate / localRate) * 100) / 100, unit: '×', target: '≥ 0.90× (≤ 10 % slower)', met: queueRate >= 0.9 * localRate },
        { label: 'queue overhead per shard', measured: Math.round(overheadPerShardMs), unit: 'ms', target: 'reported', met: true },
        { label: 'metrics.json identical to the local run', measured: identical ? 1 : 0, unit: '(1 = yes)', target: '1', met: identical },
      ];
      return targets;
    } finally {
      await stopWorkers(workers);
      await redis.stop();
    }
  },
};
