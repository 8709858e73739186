import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseQueueUrl, readQueueStatus, runQueuedStudy, simCodeVersion, type QueueTarget } from '../../sim/queue/index.ts';
import { localBytes, queueScenario, startWorkerChild, stopWorkers, studyBytes, type WorkerChild } from './queue-fixtures.ts';
import { startTestRedis, type TestRedis } from './redis-server.ts';

// Faults with a real Redis and real worker processes: a killed worker, a failing shard, Redis restarting, a wrong version.
let redis: TestRedis;
let target: QueueTarget;
const codeVersion = simCodeVersion();
const started: WorkerChild[] = [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function workers(n: number, version = codeVersion): WorkerChild[] {
  const list = Array.from({ length: n }, () => startWorkerChild(redis.url, version, 1500));
  started.push(...list);
  return list;
}

beforeAll(async () => {
  redis = await startTestRedis();
  target = parseQueueUrl(redis.url);
}, 30_000);

afterEach(async () => {
  // A test that failed half-way must not leave its workers to the next one.
  const alive = started.splice(0);
  for (const w of alive) w.signal('SIGKILL');
  await Promise.all(alive.map((w) => w.exited));
});

afterAll(async () => {
  await redis?.stop();
}, 30_000);

const base = { mode: 'fast' as const, events: true, codeVersion, pollMs: 100 };

describe('queued simulation faults', () => {
  it('a worker SIGKILLed mid-shard: its shard is retried by another worker after the lock expires, and the merge is identical', async () => {
    // Longer shards (4 rounds) so there is time to kill the worker while it runs one.
    const scenario = queueScenario({ rounds: 4, consumers: { count: 2 } });
    const local = await localBytes(scenario);
    const pair = workers(2);
    await Promise.all(pair.map((w) => w.ready));
    const notes: string[] = [];
    const run = runQueuedStudy({ raw: scenario, source: 'test', overrides: [] }, { ...base, target, shards: 1, onNote: (n) => notes.push(n) });
    let victim: WorkerChild | undefined;
    for (let i = 0; i < 600 && !victim; i++) {
      const status = await readQueueStatus(target);
      const busy = status.workers.find((w) => w.active.length > 0);
      victim = busy ? pair.find((w) => w.pid === busy.pid) : undefined;
      if (!victim) await sleep(100);
    }
    expect(victim, 'a worker took the shard').toBeDefined();
    victim!.signal('SIGKILL');
    expect((await victim!.exited).signal).toBe('SIGKILL');
    const result = await run;
    expect(studyBytes(result)).toEqual(local);
    const survivor = pair.find((w) => w !== victim)!;
    expect(survivor.stderr()).toMatch(/started \(attempt 2: an earlier worker stopped, died or refused it\)/);
    expect(await stopWorkers([survivor])).toEqual([0]);
  }, 180_000);

  it('SIGTERM twice mid-shard: the worker returns its shard to the queue at once and exits 0; another worker finishes it identically', async () => {
    const scenario = queueScenario({ rounds: 4, consumers: { count: 2 } });
    const local = await localBytes(scenario);
    const pair = workers(2);
    await Promise.all(pair.map((w) => w.ready));
    const run = runQueuedStudy({ raw: scenario, source: 'test', overrides: [] }, { ...base, target, shards: 1 });
    let leaving: WorkerChild | undefined;
    for (let i = 0; i < 600 && !leaving; i++) {
      const busy = (await readQueueStatus(target)).workers.find((w) => w.active.length > 0);
      leaving = busy ? pair.find((w) => w.pid === busy.pid) : undefined;
      if (!leaving) await sleep(100);
    }
    expect(leaving, 'a worker took the shard').toBeDefined();
    leaving!.signal('SIGTERM');
    await sleep(200);
    leaving!.signal('SIGTERM');
    expect((await leaving!.exited).code).toBe(0);
    expect(leaving!.stderr()).toMatch(/returned shard .* to the queue/);
    expect(studyBytes(await run)).toEqual(local);
    const other = pair.find((w) => w !== leaving)!;
    expect(other.stderr()).toMatch(/done in/);
    expect(await stopWorkers([other])).toEqual([0]);
  }, 180_000);

  it('a shard that fails deterministically fails the study once with its error, without retries', async () => {
    // An empty dishonest mix passes the schema but the market cannot be built: every shard fails the same way.
    const scenario = queueScenario({ brands: { ...queueScenario().brands, dishonestMix: {} } });
    const one = workers(1);
    await one[0]!.ready;
    const failure = await runQueuedStudy({ raw: scenario, source: 'test', overrides: [] }, { ...base, target, shards: 2 }).then(
      () => undefined,
      (error: unknown) => error as Error & { code?: string },
    );
    expect(failure?.code).toBe('SHARD_FAILED');
    expect(failure?.message).toMatch(/shard arm base · consumers .* failed on worker .*INVALID_SCENARIO.*mix is empty/);
    await sleep(1500);
    const log = one[0]!.stderr();
    const attempts = [...log.matchAll(/\((\S+\.s0-v0-c\d)\) started/g)].map((m) => m[1]);
    // Each shard ran at most once (the second may have been withdrawn before it started), and never came back.
    expect(attempts.length).toBeGreaterThanOrEqual(1);
    expect(new Set(attempts).size).toBe(attempts.length);
    const status = await readQueueStatus(target);
    expect(status.jobs.waiting ?? 0).toBe(0);
    expect(status.studies).toEqual([]);
    expect(await stopWorkers(one)).toEqual([0]);
  }, 120_000);

  it('Redis restarting mid-study (data lost): the study re-enqueues the lost shards and still merges identically', async () => {
    const scenario = queueScenario({ rounds: 3 });
    const local = await localBytes(scenario);
    const pair = workers(2);
    await Promise.all(pair.map((w) => w.ready));
    const notes: string[] = [];
    const run = runQueuedStudy({ raw: scenario, source: 'test', overrides: [] }, { ...base, target, shards: 4, outageMs: 30_000, onNote: (n) => notes.push(n) });
    for (let i = 0; i < 600 && !notes.some((n) => n.startsWith('study ')); i++) await sleep(50);
    await sleep(500);
    await redis.stop();
    await sleep(1000);
    await redis.start();
    const result = await run;
    expect(studyBytes(result)).toEqual(local);
    expect(notes.join('\n')).toMatch(/Redis restarted \(its data is gone\): re-enqueued \d+ lost shard\(s\)/);
    expect(await stopWorkers(pair)).toEqual([0, 0]);
  }, 180_000);

  it('Redis gone for longer than the allowed outage: the study fails with a clear message and writes nothing', async () => {
    const scenario = queueScenario({ rounds: 3 });
    const notes: string[] = [];
    const run = runQueuedStudy({ raw: scenario, source: 'test', overrides: [] }, { ...base, target, shards: 2, outageMs: 1500, onNote: (n) => notes.push(n) }).then(
      () => undefined,
      (error: unknown) => error as Error & { code?: string },
    );
    for (let i = 0; i < 600 && !notes.some((n) => n.startsWith('study ')); i++) await sleep(50);
    await redis.stop();
    const failure = await run;
    await redis.start();
    expect(failure?.code).toBe('QUEUE_UNREACHABLE');
    expect(failure?.message).toMatch(/Redis at redis:\/\/127\.0\.0\.1:\d+\/0 was unreachable for \d+ s .*no result was written/);
  }, 60_000);

  it('a worker of another code version refuses the shards: they go back, the study says so and fails if no worker can run it', async () => {
    const stale = workers(1, '0.0.0+stale');
    await stale[0]!.ready;
    const notes: string[] = [];
    const failure = await runQueuedStudy({ raw: queueScenario(), source: 'test', overrides: [] }, { ...base, target, shards: 2, refusedTimeoutMs: 2000, onNote: (n) => notes.push(n) }).then(
      () => undefined,
      (error: unknown) => error as Error & { code?: string },
    );
    expect(notes.join('\n')).toMatch(/refused this study's shards: code version mismatch: the study runs \S+, this worker runs 0\.0\.0\+stale/);
    expect(failure?.code).toBe('SHARD_REFUSED');
    expect(failure?.message).toMatch(/no live worker could run study .*the workers run 0\.0\.0\+stale/);
    expect(stale[0]!.stderr()).toMatch(/refused the shards of study/);
    expect(await stopWorkers(stale)).toEqual([0]);
  }, 90_000);
});
