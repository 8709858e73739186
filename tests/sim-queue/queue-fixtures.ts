import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { runStudy, stableJson, studyMetrics, type ScenarioInput, type StudyResult } from '../../sim/index.ts';
import { tinyScenario } from '../sim/sim-fixtures.ts';

const root = resolve(import.meta.dirname, '..', '..');

/** A small market for queue tests: 4 consumers, 2 rounds, three policies (a few seconds per shard here). */
export function queueScenario(overrides: Partial<ScenarioInput> = {}): ScenarioInput {
  return tinyScenario({ consumers: { count: 4 }, rounds: 2, policies: ['butler', 'cheapest', 'oracle'], ...overrides });
}

/** metrics.json's exact bytes and every event row of a study. */
export function studyBytes(study: StudyResult): { metrics: string; events: string } {
  return { metrics: stableJson(studyMetrics(study)), events: JSON.stringify(study.variants.map((v) => v.events)) };
}

/** The local (one thread) run of a scenario: the reference every queued run must equal byte for byte. */
export async function localBytes(raw: ScenarioInput): Promise<{ metrics: string; events: string }> {
  return studyBytes(await runStudy({ raw, source: 'test', overrides: [] }, { mode: 'fast', workers: 1, events: true }));
}

/** A worker child process (tests/sim-queue/worker-child.ts). */
export interface WorkerChild {
  readonly pid: number;
  readonly ready: Promise<string>;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
  signal(sig: NodeJS.Signals): void;
}

/** Starts a worker process on `url` that runs `codeVersion`, with a short lock so a killed worker's shard comes back fast. */
export function startWorkerChild(url: string, codeVersion: string, lockMs = 1500): WorkerChild {
  const child = spawn(process.execPath, [resolve(root, 'bin/run-ts.js'), resolve(root, 'tests/sim-queue/worker-child.ts'), url, codeVersion, String(lockMs)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.once('exit', (code, signal) => done({ code, signal })));
  const ready = new Promise<string>((done, fail) => {
    child.stdout!.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = /ready (\S+)/.exec(stdout);
      if (m) done(m[1]!);
    });
    void exited.then(({ code, signal }) => fail(new Error(`worker exited (${code ?? signal}) before it was ready: ${stderr.slice(-500)}`)));
  });
  return { pid: child.pid!, ready, exited, stderr: () => stderr, signal: (sig) => child.kill(sig) };
}

/** Stops workers with SIGTERM and waits for them; returns their exit codes. */
export async function stopWorkers(workers: readonly WorkerChild[]): Promise<Array<number | null>> {
  for (const w of workers) w.signal('SIGTERM');
  return (await Promise.all(workers.map((w) => w.exited))).map((e) => e.code);
}
