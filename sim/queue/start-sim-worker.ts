import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { DelayedError, UnrecoverableError, WaitingError, Worker, type Job } from 'bullmq';
import { ScenarioSchema } from '../scenario/scenario-schema.ts';
import { bullConnection } from './bull-connection.ts';
import { simCodeVersion } from './code-version.ts';
import { QUEUE_NAME, QUEUE_PREFIX, QueueRegistry, openRedis, type WorkerRecord } from './queue-registry.ts';
import { redactSecrets, type QueueTarget } from './queue-url.ts';
import type { ShardOutcome, ShardProgress } from './shard-outcome.ts';
import { ShardThread } from './shard-thread.ts';
import { ShardJobSchema, scenarioHash, type ShardJob } from './shard-job.ts';

/** How a simulation worker runs. */
export interface SimWorkerOptions {
  readonly target: QueueTarget;
  /** Shards run at once, each in its own thread (default 1). */
  readonly concurrency?: number;
  /** How long a shard's lock lasts without renewal: a killed worker's shard is retried this long after it died (default 30 s). */
  readonly lockMs?: number;
  /** How often this worker looks for shards whose worker died (default: the lock duration). */
  readonly stalledIntervalMs?: number;
  /** How many times a shard may be retried after its worker died before it fails the study (default 3). */
  readonly maxStalls?: number;
  /** How long a refused shard waits before it is offered again (default 2 s). */
  readonly refuseDelayMs?: number;
  /** How often the worker publishes itself for `sim-status` and the studies' worker counts (default 2 s). */
  readonly heartbeatMs?: number;
  /** The code version this worker runs (default: this checkout's); shards stamped with another are refused. */
  readonly codeVersion?: string;
  /** One line per event (start, shard taken, done, refused, failed, stopping); secrets are already redacted. */
  readonly log: (line: string) => void;
}

/** A running worker. */
export interface SimWorker {
  readonly id: string;
  readonly codeVersion: string;
  /**
   * Stops taking shards. `finish` lets the running shards finish and hands in their results; `return` stops them and
   * puts them back in the queue at once for another worker. Resolves when the worker has left the queue.
   */
  stop(how: 'finish' | 'return'): Promise<void>;
  /** Shards finished, failed and refused so far. */
  readonly counts: { readonly done: number; readonly failed: number; readonly refused: number };
}

interface ActiveShard {
  readonly jobId: string;
  readonly label: string;
  readonly total: number;
  decisions: number;
  readonly abort: AbortController;
}


/**
 * Starts a worker that takes shard jobs from the queue, runs each in a worker thread (so locks and progress stay
 * live during long shards) and hands back the shard's tallies. It refuses a shard stamped with another code version
 * (the shard goes back to the queue for a matching worker and the study is told), fails a shard whose scenario does
 * not match its hash, and reports progress on the job after every round.
 */
export async function startSimWorker(options: SimWorkerOptions): Promise<SimWorker> {
  const { target } = options;
  const codeVersion = options.codeVersion ?? simCodeVersion();
  const id = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const redact = (text: string) => redactSecrets(text, target.secrets);
  const log = (line: string) => options.log(redact(line));
  const concurrency = options.concurrency ?? 1;
  const lockMs = options.lockMs ?? 30_000;
  const refuseDelayMs = options.refuseDelayMs ?? 2000;
  const heartbeatMs = options.heartbeatMs ?? 2000;
  const active = new Map<string, ActiveShard>();
  // One long-lived thread per concurrent shard: BullMQ runs at most `concurrency` jobs at once.
  const idleThreads: ShardThread[] = Array.from({ length: concurrency }, () => new ShardThread());
  const allThreads = [...idleThreads];
  for (const thread of allThreads) thread.warm();
  const counts = { done: 0, failed: 0, refused: 0 };
  const refusedStudies = new Set<string>();
  let returning = false;
  let stopping = false;
  const startedAt = Date.now();

  const redis = openRedis(target);
  redis.on('error', () => undefined);
  await redis.connect().catch((error: unknown) => log(`registry connection failed (${error instanceof Error ? error.message : String(error)}); retrying`));
  const registry = new QueueRegistry(redis);

  const processShard = async (job: Job<unknown>, token?: string): Promise<ShardOutcome> => {
    const parsed = ShardJobSchema.safeParse(job.data);
    if (!parsed.success) {
      counts.failed++;
      const issue = parsed.error.issues[0];
      throw new UnrecoverableError(`[SHARD_REFUSED] job ${job.id} is not a Majordome shard job (${issue?.path.join('.')}: ${issue?.message})`);
    }
    const data: ShardJob = parsed.data;
    const jobId = job.id ?? '?';
    if (await registry.isCancelled(data.study).catch(() => false)) {
      log(`dropped shard ${data.label} (${jobId}): its study ${data.study} was stopped`);
      throw new UnrecoverableError(`[SHARD_FAILED] study ${data.study} was stopped; shard dropped`);
    }
    if (data.codeVersion !== codeVersion) {
      counts.refused++;
      const reason = `code version mismatch: the study runs ${data.codeVersion}, this worker runs ${codeVersion} (update this machine's checkout)`;
      // Said once per study: the shards keep coming back until a worker of the study's version takes them.
      if (!refusedStudies.has(data.study)) {
        refusedStudies.add(data.study);
        log(`refused the shards of study ${data.study} (first: ${data.label}): ${reason}; they go back to the queue`);
        await registry.addRefusal(data.study, { jobId, label: data.label, worker: id, reason }).catch(() => undefined);
      }
      await job.moveToDelayed(Date.now() + refuseDelayMs, token);
      throw new DelayedError();
    }
    const hash = scenarioHash(data.scenario);
    if (hash !== data.scenarioHash) {
      counts.failed++;
      log(`refused shard ${data.label} (${jobId}): its scenario does not match its hash`);
      throw new UnrecoverableError(`[SHARD_REFUSED] the scenario of shard ${jobId} does not match its hash (${hash.slice(0, 12)}… ≠ ${data.scenarioHash.slice(0, 12)}…): a corrupted or altered job`);
    }
    const scenario = ScenarioSchema.safeParse(data.scenario);
    if (!scenario.success) {
      counts.failed++;
      const issue = scenario.error.issues[0];
      throw new UnrecoverableError(`[INVALID_SCENARIO] the scenario of shard ${jobId} is invalid (${issue?.path.join('.')}: ${issue?.message})`);
    }
    const total = data.consumers.to - data.consumers.from;
    const rounds = scenario.data.rounds;
    const shard: ActiveShard = { jobId, label: data.label, total: total * rounds, decisions: 0, abort: new AbortController() };
    active.set(jobId, shard);
    log(`shard ${data.label} (${jobId}) started${job.attemptsStarted > 1 ? ` (attempt ${job.attemptsStarted}: an earlier worker stopped, died or refused it)` : ''}`);
    const started = performance.now();
    let roundsDone = 0;
    let lastProgress = 0;
    try {
      const consumers = Array.from({ length: total }, (_, i) => data.consumers.from + i);
      let thread = idleThreads.pop();
      if (!thread) allThreads.push((thread = new ShardThread()));
      const result = await thread.run(
        { scenario: data.scenario, consumers, mode: data.mode, events: data.events, validateTrustEvents: data.validateTrustEvents },
        (decisions) => {
          shard.decisions += decisions;
          roundsDone++;
          const now = performance.now();
          if (now - lastProgress < 250) return;
          lastProgress = now;
          const progress: ShardProgress = { decisions: shard.decisions, rounds: roundsDone, worker: id };
          void job.updateProgress(progress).catch(() => undefined);
        },
        shard.abort.signal,
      ).finally(() => idleThreads.push(thread));
      const elapsedMs = performance.now() - started;
      counts.done++;
      log(`shard ${data.label} (${jobId}) done in ${(elapsedMs / 1000).toFixed(1)} s (${(shard.decisions / Math.max(elapsedMs / 1000, 1e-3)).toFixed(1)} consumer-rounds/s)`);
      return { study: data.study, jobId, scenarioHash: data.scenarioHash, codeVersion, worker: id, elapsedMs, result };
    } catch (error) {
      if (returning && shard.abort.signal.aborted) {
        log(`returned shard ${data.label} (${jobId}) to the queue`);
        await job.moveToWait(token);
        throw new WaitingError();
      }
      counts.failed++;
      // The shard's own error code (e.g. INVALID_SCENARIO) travels in the thread failure's details.
      const inner = (error as { details?: { code?: unknown } }).details?.code;
      const code = typeof inner === 'string' ? inner : (error as { code?: unknown }).code;
      const message = redact(error instanceof Error ? error.message.replace(/^a shard failed: /, '') : String(error));
      log(`shard ${data.label} (${jobId}) failed: ${message}`);
      // A shard is a pure function of its job: the same error would come back on any worker, so never retry it.
      throw new UnrecoverableError(`${typeof code === 'string' ? `[${code}] ` : ''}${message}`);
    } finally {
      active.delete(jobId);
    }
  };

  const worker = new Worker(QUEUE_NAME, processShard, {
    connection: bullConnection(target, 'worker'),
    prefix: QUEUE_PREFIX,
    concurrency,
    lockDuration: lockMs,
    stalledInterval: options.stalledIntervalMs ?? lockMs,
    maxStalledCount: options.maxStalls ?? 3,
    drainDelay: 2,
    name: id,
    autorun: false,
  });
  let lastError = '';
  worker.on('error', (error: Error) => {
    const message = redact(error.message);
    if (message !== lastError) log(`queue error: ${message}`);
    lastError = message;
  });

  const heartbeat = async () => {
    const record: WorkerRecord = {
      id,
      host: hostname(),
      pid: process.pid,
      codeVersion,
      concurrency,
      startedAt,
      shardsDone: counts.done,
      shardsFailed: counts.failed,
      shardsRefused: counts.refused,
      active: [...active.values()].map((a) => ({ jobId: a.jobId, label: a.label, decisions: a.decisions, total: a.total })),
      stopping,
      updatedAt: Date.now(),
    };
    await registry.publishWorker(record, Math.max(heartbeatMs * 4, 5000)).catch(() => undefined);
  };
  const timer = setInterval(() => void heartbeat(), heartbeatMs);
  await heartbeat();
  void worker.run().catch((error: unknown) => log(`worker stopped: ${error instanceof Error ? error.message : String(error)}`));
  await worker.waitUntilReady();
  log(`worker ${id} ready on ${target.display} (queue ${QUEUE_PREFIX}:${QUEUE_NAME}, concurrency ${concurrency}, code version ${codeVersion})`);

  let stopped: Promise<void> | undefined;
  return {
    id,
    codeVersion,
    counts,
    stop(how) {
      if (how === 'return' && !returning) {
        returning = true;
        for (const a of active.values()) a.abort.abort();
      }
      stopping = true;
      stopped ??= (async () => {
        log(how === 'finish' && active.size > 0 ? `stopping: finishing ${active.size} running shard(s) first` : 'stopping');
        await heartbeat();
        await worker.close();
        clearInterval(timer);
        await Promise.all(allThreads.map((t) => t.close()));
        await registry.removeWorker(id).catch(() => undefined);
        redis.disconnect();
        log(`worker ${id} stopped (${counts.done} shard(s) done, ${counts.failed} failed, ${counts.refused} refused)`);
      })();
      return stopped;
    },
  };
}
