import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Queue } from 'bullmq';
import { z } from 'zod';
import type { SimMode } from '../connections/brand-pool.ts';
import { poolStudies, type SeedsResult } from '../run/run-seeds.ts';
import type { ShardResult } from '../run/run-shard.ts';
import { mergeShardResults, planShards } from '../run/run-simulation.ts';
import { planStudy, studyResult, variantResult, type StudyInput, type StudyPlan, type StudyResult } from '../run/run-study.ts';
import { SimError } from '../sim-error.ts';
import { bullConnection } from './bull-connection.ts';
import { simCodeVersion } from './code-version.ts';
import { QUEUE_NAME, QUEUE_PREFIX, QueueRegistry, openRedis } from './queue-registry.ts';
import { redactSecrets, type QueueTarget } from './queue-url.ts';
import { ShardOutcomeSchema, ShardProgressSchema, type ShardOutcome } from './shard-outcome.ts';
import { scenarioHash, shardJob, shardJobId, type ShardJob } from './shard-job.ts';

/** Progress of a queued study across every worker. */
export interface QueuedProgress {
  /** Consumer decisions (per policy) done, out of the total, as in a local run. */
  readonly done: number;
  readonly total: number;
  readonly shardsDone: number;
  readonly shardsTotal: number;
  /** Live workers on the queue (any code version). */
  readonly workers: number;
}

/** How to run a study through the queue. */
export interface QueuedRunOptions {
  readonly target: QueueTarget;
  readonly mode: SimMode;
  readonly events: boolean;
  readonly validateTrustEvents?: boolean;
  /** Consumer shards per arm (as `--workers` splits a local run); a reacting market always has one. */
  readonly shards: number;
  readonly onProgress?: (progress: QueuedProgress) => void;
  /** Notes for the person: refusals, Redis outages and restarts, re-enqueued shards. */
  readonly onNote?: (text: string) => void;
  /** Milliseconds between polls of the shards (default 200; longer for studies of many shards). */
  readonly pollMs?: number;
  /** How long Redis may stay unreachable before the study fails (default 60 s). */
  readonly outageMs?: number;
  /** How long to wait for Redis when the study starts (default 10 s). */
  readonly connectTimeoutMs?: number;
  /** Aborting stops the study: its waiting shards are removed and workers drop the rest. */
  readonly signal?: AbortSignal;
  /** The code version stamped on the shards (default: this checkout's); workers of another version refuse them. */
  readonly codeVersion?: string;
  /** How long shards may be refused with no live worker of the study's code version before the study fails (default 60 s). */
  readonly refusedTimeoutMs?: number;
}

/** The result of a queued study: one StudyResult per seed, and the study id its jobs were namespaced by. */
export interface QueuedStudies {
  readonly studyId: string;
  readonly studies: readonly StudyResult[];
  readonly shards: number;
}

interface PlannedShard {
  readonly id: string;
  readonly job: ShardJob;
  readonly decisions: number;
}

// The fields of BullMQ's job hash the study polls (read in one pipelined HMGET per poll rather than whole jobs).
const JOB_FIELDS = ['timestamp', 'finishedOn', 'failedReason', 'progress', 'pb'] as const;
const JobFieldsSchema = z.tuple([z.string().nullable(), z.string().nullable(), z.string().nullable(), z.string().nullable(), z.string().nullable()]);

function studySlug(name: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 24);
  return slug.length > 0 ? slug : 'study';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(onTimeout()), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs studies (one per seed, or one with the input's overrides) as BullMQ jobs: every arm is split into the shards a
 * local run with `shards` threads would use, each shard is a job namespaced by a fresh study id and stamped with the
 * scenario's hash and the code version, and the results are merged exactly as the local path merges them (in shard
 * order, whatever order workers finish in). Nothing is returned unless every shard answered its own job.
 */
export async function runQueuedStudies(input: StudyInput, seeds: readonly number[] | undefined, options: QueuedRunOptions): Promise<QueuedStudies> {
  const plans: StudyPlan[] = seeds === undefined ? [planStudy(input)] : seeds.map((seed) => planStudy({ ...input, overrides: [...input.overrides, { path: 'seed', value: seed }] }));
  const codeVersion = options.codeVersion ?? simCodeVersion();
  const studyId = `${studySlug(plans[0]!.base.name)}-${randomBytes(5).toString('hex')}`;
  const { target } = options;
  const redact = (text: string) => redactSecrets(text, target.secrets);
  const note = (text: string) => options.onNote?.(redact(text));
  const shards: PlannedShard[] = [];
  plans.forEach((plan, k) => {
    plan.scenarios.forEach((scenario, v) => {
      const hash = scenarioHash(scenario);
      planShards(scenario, options.shards).forEach((consumers, i) => {
        const place = { seed: k, variant: v, shard: i };
        const label = `${seeds ? `seed ${seeds[k]} · ` : ''}arm ${plan.variants[v]!.name} · consumers ${consumers[0]}–${consumers[consumers.length - 1]}`;
        const job = shardJob({ study: studyId, codeVersion, scenario, hash, place, label, consumers, mode: options.mode, events: options.events, validateTrustEvents: options.validateTrustEvents ?? true });
        shards.push({ id: shardJobId(studyId, place), job, decisions: consumers.length * scenario.rounds });
      });
    });
  });
  const total = shards.reduce((s, p) => s + p.decisions, 0);

  const redis = openRedis(target);
  let lastRedisError = '';
  redis.on('error', (error: Error) => (lastRedisError = redact(error.message)));
  const queue = new Queue<ShardJob>(QUEUE_NAME, { connection: bullConnection(target, 'study'), prefix: QUEUE_PREFIX });
  queue.on('error', (error: Error) => (lastRedisError = redact(error.message)));
  const registry = new QueueRegistry(redis);
  const connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
  const unreachable = () => new SimError('QUEUE_UNREACHABLE', `could not reach Redis at ${target.display} within ${connectTimeoutMs / 1000} s${lastRedisError ? `: ${lastRedisError}` : ''}`);
  const outcomes = new Map<string, ShardOutcome>();
  const started = Date.now();
  let finished = false;
  let enqueued = false;
  try {
    await withTimeout(redis.connect(), connectTimeoutMs, unreachable).catch((error: unknown) => {
      const detail = lastRedisError || redact(messageOf(error));
      throw error instanceof SimError ? error : new SimError('QUEUE_UNREACHABLE', `could not reach Redis at ${target.display}: ${detail}`);
    });
    await withTimeout(queue.waitUntilReady(), connectTimeoutMs, unreachable);
    let runId = await registry.serverRunId();
    const enqueue = async (batch: readonly PlannedShard[]) => {
      for (let i = 0; i < batch.length; i += 500) {
        await queue.addBulk(
          batch.slice(i, i + 500).map((s) => ({
            name: 'shard',
            data: s.job,
            // Shards are deterministic: a failure would fail again, so never retry one (a killed worker's shard is
            // retried through BullMQ's stalled-job check instead). Finished jobs are removed once read.
            opts: { jobId: s.id, attempts: 1, removeOnComplete: { age: 86_400 }, removeOnFail: { age: 86_400 } },
          })),
        );
      }
    };
    const record = (shardsDone: number, done: number) => ({
      id: studyId,
      name: plans[0]!.base.name,
      codeVersion,
      host: hostname(),
      pid: process.pid,
      startedAt: started,
      shardsTotal: shards.length,
      shardsDone,
      decisionsTotal: total,
      decisionsDone: done,
      updatedAt: Date.now(),
    });
    await registry.publishStudy(record(0, 0), 30_000);
    enqueued = true;
    await enqueue(shards);
    note(`study ${studyId}: ${shards.length} shard(s) on ${target.display} (queue ${QUEUE_PREFIX}:${QUEUE_NAME}), code version ${codeVersion}`);

    const basePoll = options.pollMs ?? 200;
    const outageMs = options.outageMs ?? 60_000;
    let outageSince: number | undefined;
    let refusalsSeen = 0;
    let workers = 0;
    let matchingWorkers = 0;
    let otherVersions: string[] = [];
    let lastWorkerCount = 0;
    let refusedSince: number | undefined;
    const refusedTimeoutMs = options.refusedTimeoutMs ?? 60_000;
    const progress = new Map<string, number>();
    while (outcomes.size < shards.length) {
      if (options.signal?.aborted) throw new SimError('SHARD_FAILED', `study ${studyId} was interrupted; its remaining shards were withdrawn`);
      const pending = shards.filter((s) => !outcomes.has(s.id));
      try {
        const pipeline = redis.pipeline();
        for (const s of pending) pipeline.hmget(queue.toKey(s.id), ...JOB_FIELDS);
        const rows = (await pipeline.exec()) ?? [];
        const missing: PlannedShard[] = [];
        for (const [i, s] of pending.entries()) {
          const [error, value] = rows[i] ?? [new Error('no reply'), null];
          if (error) throw error;
          const fields = JobFieldsSchema.safeParse(value);
          if (!fields.success) throw new SimError('QUEUE_RESULT_INVALID', `shard ${s.id}: unexpected job fields from Redis`);
          const [timestamp, finishedOn, failedReason, rawProgress, worker] = fields.data;
          if (timestamp === null) {
            missing.push(s);
            continue;
          }
          if (finishedOn && failedReason) {
            throw new SimError('SHARD_FAILED', `shard ${s.job.label} (${s.id}) failed on worker ${worker ?? '?'}: ${redact(failedReason)}`, { jobId: s.id });
          }
          if (finishedOn) {
            const job = await queue.getJob(s.id);
            const parsed = ShardOutcomeSchema.safeParse(job?.returnvalue);
            if (!parsed.success) throw new SimError('QUEUE_RESULT_INVALID', `shard ${s.id}: its result does not have a shard result's shape (${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message})`);
            const o = parsed.data;
            if (o.study !== studyId || o.jobId !== s.id || o.scenarioHash !== s.job.scenarioHash || o.codeVersion !== codeVersion) {
              throw new SimError('QUEUE_RESULT_INVALID', `shard ${s.id}: its result answers another shard (study ${o.study}, job ${o.jobId}, version ${o.codeVersion})`);
            }
            outcomes.set(s.id, o);
            progress.delete(s.id);
            await job?.remove().catch(() => undefined);
            continue;
          }
          const p = ShardProgressSchema.safeParse(parseJson(rawProgress));
          if (p.success) progress.set(s.id, Math.min(p.data.decisions, s.decisions));
        }
        if (missing.length > 0) {
          const now = await registry.serverRunId();
          if (now === runId) {
            throw new SimError('SHARD_LOST', `${missing.length} shard job(s) of study ${studyId} vanished from the queue (first: ${missing[0]!.id}) although Redis did not restart: removed by someone? No result was written.`);
          }
          for (const s of missing) progress.delete(s.id);
          await registry.publishStudy(record(outcomes.size, 0), 30_000);
          await enqueue(missing);
          // Only once the lost shards are back: a failed re-enqueue is retried on the next poll.
          runId = now;
          note(`Redis restarted (its data is gone): re-enqueued ${missing.length} lost shard(s); ${outcomes.size} shard result(s) already collected are kept`);
        }
        const refusals = await registry.refusals(studyId, refusalsSeen);
        refusalsSeen += refusals.length;
        for (const r of refusals) note(`worker ${r.worker} refused this study's shards: ${r.reason}; they go back to the queue for a worker of code version ${codeVersion}`);
        if (refusals.length > 0) refusedSince ??= Date.now();
        if (Date.now() - lastWorkerCount > 1000 || refusals.length > 0) {
          const live = await registry.listWorkers();
          workers = live.length;
          matchingWorkers = live.filter((w) => w.codeVersion === codeVersion).length;
          otherVersions = [...new Set(live.filter((w) => w.codeVersion !== codeVersion).map((w) => w.codeVersion))];
          lastWorkerCount = Date.now();
        }
        if (matchingWorkers > 0) refusedSince = undefined;
        else if (refusedSince !== undefined && Date.now() - refusedSince > refusedTimeoutMs) {
          throw new SimError(
            'SHARD_REFUSED',
            `for ${Math.round(refusedTimeoutMs / 1000)} s no live worker could run study ${studyId}: it needs code version ${codeVersion}, the workers run ${otherVersions.join(', ') || 'other versions'}. Update their checkout (git pull && npm ci) and restart them; no result was written.`,
          );
        }
        if (outageSince !== undefined) note(`Redis is back after ${((Date.now() - outageSince) / 1000).toFixed(1)} s`);
        outageSince = undefined;
        const done = shards.reduce((sum, s) => sum + (outcomes.has(s.id) ? s.decisions : (progress.get(s.id) ?? 0)), 0);
        await registry.publishStudy(record(outcomes.size, done), 30_000);
        options.onProgress?.({ done, total, shardsDone: outcomes.size, shardsTotal: shards.length, workers });
      } catch (error) {
        if (error instanceof SimError) throw error;
        const now = Date.now();
        if (outageSince === undefined) {
          outageSince = now;
          note(`lost Redis at ${target.display} (${redact(messageOf(error))}); waiting up to ${Math.round(outageMs / 1000)} s for it`);
        } else if (now - outageSince > outageMs) {
          throw new SimError('QUEUE_UNREACHABLE', `Redis at ${target.display} was unreachable for ${Math.round((now - outageSince) / 1000)} s (${redact(messageOf(error))}); the study stopped and no result was written`);
        }
      }
      if (outcomes.size < shards.length) await sleep(Math.max(basePoll, Math.min(5000, pending.length * 2)));
    }
    finished = true;
  } finally {
    // Best effort and bounded: Redis may be the very thing that failed.
    const bounded = (work: Promise<unknown>) => withTimeout(work, 5000, () => new Error('cleanup timed out')).catch(() => undefined);
    if (!finished && enqueued) {
      // Withdraw what has not started and tell workers to drop the rest.
      await bounded(registry.cancelStudy(studyId));
      await bounded(Promise.all(shards.filter((s) => !outcomes.has(s.id)).map((s) => queue.remove(s.id).catch(() => 0))));
    }
    await bounded(registry.forgetStudy(studyId));
    await bounded(queue.close());
    redis.disconnect();
  }

  const studies = plans.map((plan, k) =>
    studyResult(
      plan,
      input,
      plan.variants.map((variant, v) => {
        const mine = shards.filter((s) => s.job.place.seed === k && s.job.place.variant === v).sort((a, b) => a.job.place.shard - b.job.place.shard);
        const results: ShardResult[] = mine.map((s) => outcomes.get(s.id)!.result);
        const merged = mergeShardResults(plan.scenarios[v]!, results);
        return variantResult(variant, plan.scenarios[v]!, { ...merged, elapsedMs: mine.reduce((sum, s) => sum + outcomes.get(s.id)!.elapsedMs, 0) });
      }),
    ),
  );
  return { studyId, studies, shards: shards.length };
}

/** Runs one study through the queue (see `runQueuedStudies`). */
export async function runQueuedStudy(input: StudyInput, options: QueuedRunOptions): Promise<StudyResult & { readonly studyId: string; readonly shards: number }> {
  const run = await runQueuedStudies(input, undefined, options);
  return { ...run.studies[0]!, studyId: run.studyId, shards: run.shards };
}

/** Runs a study once per seed through the queue, all seeds' shards at once, and pools them as `runSeeds` does. */
export async function runQueuedSeeds(input: Pick<StudyInput, 'raw' | 'source' | 'overrides'>, seeds: readonly number[], options: QueuedRunOptions): Promise<SeedsResult & { readonly studyId: string; readonly shards: number }> {
  const run = await runQueuedStudies(input, seeds, options);
  return { name: run.studies[0]?.name ?? input.source, seeds, studies: run.studies, ...poolStudies(run.studies), studyId: run.studyId, shards: run.shards };
}
