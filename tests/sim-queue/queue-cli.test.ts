import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/main.ts';
import { simCodeVersion } from '../../sim/queue/index.ts';
import { queueScenario } from './queue-fixtures.ts';
import { startTestRedis, type TestRedis } from './redis-server.ts';

// The commands end to end: a real `majordome sim-worker` process, `simulate --queue` and `sim-status`, a password.
const PASSWORD = 'hunter2-queue-secret';
const root = resolve(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'sim-queue-cli-'));
const scenarioPath = join(dir, 'tiny.json');
writeFileSync(scenarioPath, JSON.stringify(queueScenario()));
let redis: TestRedis;
// Both sides pinned to one version: other engineers' edits to the tree between two process starts must not split them.
const VERSION_ENV = { MAJORDOME_SIM_CODE_VERSION: simCodeVersion() };

async function cli(argv: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await runCli(argv, { stdout, stderr, stdin: new PassThrough(), env });
  return { code, stdout: out, stderr: err };
}

beforeAll(async () => {
  redis = await startTestRedis({ password: PASSWORD });
}, 30_000);

afterAll(async () => {
  await redis?.stop();
});

describe('majordome sim-worker, simulate --queue, sim-status', () => {
  it('refuses bad queue options with the usage', async () => {
    expect((await cli(['simulate', scenarioPath, '--out', dir, '--queue', redis.url, '--workers', '2'])).code).toBe(2);
    expect((await cli(['simulate', scenarioPath, '--out', dir, '--shards', '2'])).code).toBe(2);
    const bad = await cli(['simulate', scenarioPath, '--out', dir, '--queue', 'http://127.0.0.1:1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/redis:\/\/ or rediss:\/\//);
    expect((await cli(['sim-worker'])).stderr).toMatch(/--queue redis:\/\/host:port\[\/db\] is required/);
  });

  it('runs a study on a worker process: metrics.json byte-identical to the local run, password never printed', async () => {
    const portOnly = redis.url.replace(`:${PASSWORD}@`, '');
    // The worker gets the password from the environment, the study from its URL.
    const worker = spawn(process.execPath, [resolve(root, 'bin/majordome.js'), 'sim-worker', '--queue', portOnly, '--concurrency', '2'], {
      cwd: root,
      env: { ...process.env, ...VERSION_ENV, MAJORDOME_REDIS_PASSWORD: PASSWORD },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let workerLog = '';
    worker.stderr.on('data', (d: Buffer) => (workerLog += d.toString()));
    const exited = new Promise<number | null>((done) => worker.once('exit', (code) => done(code)));
    for (let i = 0; i < 900 && !/ready on/.test(workerLog); i++) await new Promise((r) => setTimeout(r, 100));
    expect(workerLog).toMatch(/worker \S+ ready on redis:\/\/127\.0\.0\.1:\d+\/0 \(queue majordome:sim-shards, concurrency 2/);

    const status = await cli(['sim-status', '--queue', redis.url]);
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/1 live worker\(s\):\n {2}\S+ {2}concurrency 2/);
    expect(status.stdout).toMatch(/no running study/);

    const local = await cli(['simulate', scenarioPath, '--out', join(dir, 'local'), '--workers', '1']);
    expect(local.code).toBe(0);
    const queued = await cli(['simulate', scenarioPath, '--out', join(dir, 'queued'), '--queue', redis.url, '--shards', '3'], VERSION_ENV);
    expect(queued.stderr).toMatch(/100\.0%\s+8\/8 consumer-rounds .*shards 3\/3 {2}1 worker\(s\)/);
    expect(queued.code).toBe(0);
    expect(queued.stdout).toMatch(/3 shard\(s\) on redis:\/\/:\*\*\*@127\.0\.0\.1:\d+\/0 \(study tiny-[0-9a-f]+\)/);
    expect(readFileSync(join(dir, 'queued', 'metrics.json'), 'utf8')).toBe(readFileSync(join(dir, 'local', 'metrics.json'), 'utf8'));
    expect(readFileSync(join(dir, 'queued', 'events.csv'), 'utf8')).toBe(readFileSync(join(dir, 'local', 'events.csv'), 'utf8'));
    expect(readFileSync(join(dir, 'queued', 'rounds.csv'), 'utf8')).toBe(readFileSync(join(dir, 'local', 'rounds.csv'), 'utf8'));
    const report = readFileSync(join(dir, 'queued', 'report.html'), 'utf8');
    expect(report).toContain('--queue redis://:***@127.0.0.1');

    // --seeds through the queue: every seed's shards at once, pooled as locally.
    const localSeeds = await cli(['simulate', scenarioPath, '--out', join(dir, 'local-seeds'), '--workers', '1', '--seeds', '2', '--no-events']);
    const queuedSeeds = await cli(['simulate', scenarioPath, '--out', join(dir, 'queued-seeds'), '--queue', redis.url, '--seeds', '2', '--no-events'], VERSION_ENV);
    expect([localSeeds.code, queuedSeeds.code]).toEqual([0, 0]);
    for (const file of ['seeds.json', 'seed-11/metrics.json', 'seed-12/metrics.json']) {
      expect(readFileSync(join(dir, 'queued-seeds', file), 'utf8'), file).toBe(readFileSync(join(dir, 'local-seeds', file), 'utf8'));
    }

    const unreachable = await cli(['simulate', scenarioPath, '--out', join(dir, 'nowhere'), '--queue', `redis://:${PASSWORD}@127.0.0.1:1/0`]);
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(/QUEUE_UNREACHABLE.*redis:\/\/:\*\*\*@127\.0\.0\.1:1\/0/);

    worker.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(workerLog).toMatch(/SIGTERM: finishing the running shard\(s\)[\s\S]*stopped \(\d+ shard\(s\) done, 0 failed, 0 refused\)/);
    for (const text of [status.stdout, queued.stdout, queued.stderr, unreachable.stderr, report, workerLog]) expect(text).not.toContain(PASSWORD);
  }, 300_000);
});
