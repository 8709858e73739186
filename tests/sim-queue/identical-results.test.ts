import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQueueUrl, runQueuedStudy, simCodeVersion, type QueueTarget } from '../../sim/queue/index.ts';
import { localBytes, queueScenario, startWorkerChild, stopWorkers, studyBytes, type WorkerChild } from './queue-fixtures.ts';
import { startTestRedis, type TestRedis } from './redis-server.ts';

// Real Redis, real worker processes: a queued study must give the local run's bytes whatever the number of workers.
let redis: TestRedis;
let target: QueueTarget;
const workers: WorkerChild[] = [];
const codeVersion = simCodeVersion();
const scenario = queueScenario();
const other = queueScenario({ seed: 12 });

beforeAll(async () => {
  redis = await startTestRedis();
  target = parseQueueUrl(redis.url);
}, 30_000);

afterAll(async () => {
  await stopWorkers(workers.filter((w) => w.pid > 0));
  await redis?.stop();
}, 60_000);

async function addWorkers(n: number): Promise<void> {
  const started = Array.from({ length: n }, () => startWorkerChild(redis.url, codeVersion));
  workers.push(...started);
  await Promise.all(started.map((w) => w.ready));
}

describe('simulation over the job queue', () => {
  it('metrics.json and events are byte-identical to the local run with 1, 2 and 4 worker processes; two studies on one queue do not mix', async () => {
    const [local, localOther] = [await localBytes(scenario), await localBytes(other)];
    expect(local.metrics).not.toBe(localOther.metrics);
    const options = { target, mode: 'fast' as const, events: true, codeVersion, pollMs: 100 };
    for (const [add, count] of [[1, 1], [1, 2], [2, 4]] as const) {
      await addWorkers(add);
      expect(workers.length).toBe(count);
      // Four one-consumer shards, so every worker has work and they finish in any order.
      const [a, b] = await Promise.all([
        runQueuedStudy({ raw: scenario, source: 'test', overrides: [] }, { ...options, shards: 4 }),
        runQueuedStudy({ raw: other, source: 'test', overrides: [] }, { ...options, shards: 3 }),
      ]);
      expect(a.studyId).not.toBe(b.studyId);
      expect(a.shards).toBe(4);
      expect(studyBytes(a), `${count} worker(s)`).toEqual(local);
      expect(studyBytes(b), `${count} worker(s), second study`).toEqual(localOther);
    }
    // Work was really spread: with four workers at least two ran shards.
    const busy = workers.filter((w) => /shard .* done in/.test(w.stderr()));
    expect(busy.length).toBeGreaterThanOrEqual(2);
    expect(await stopWorkers(workers.splice(0))).toEqual([0, 0, 0, 0]);
  }, 400_000);
});
