import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');

/** A running append-loop child, with every "seq:hash" it reported after an append returned. */
export interface AppendChild {
  readonly process: ChildProcess;
  readonly acknowledged: Map<number, string>;
  /** Resolves once the child has acknowledged at least `batches` batches. */
  batches(batches: number): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/** Starts tests/trust/fixtures/append-loop.ts through the repo's tsx wrapper. */
export function startAppendLoop(dbPath: string, seed: string, batches: number, brands: readonly string[]): AppendChild {
  const child = spawn(process.execPath, [resolve(root, 'bin/run-ts.js'), resolve(root, 'tests/trust/fixtures/append-loop.ts'), dbPath, seed, String(batches), brands.join(',')], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const acknowledged = new Map<number, string>();
  let lines = 0;
  let buffer = '';
  let stderr = '';
  const waiters: Array<{ batches: number; resolve: () => void }> = [];
  child.stdout!.setEncoding('utf8');
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (chunk: string) => (stderr += chunk));
  child.stdout!.on('data', (chunk: string) => {
    buffer += chunk;
    let newline: number;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      if (line === 'done') continue;
      for (const pair of line.split(' ')) {
        const [seq, hash] = pair.split(':');
        acknowledged.set(Number(seq), hash!);
      }
      lines++;
      for (const w of waiters.filter((w) => lines >= w.batches)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((done) =>
    child.on('exit', (code, signal) => done({ code, signal, stderr })),
  );
  return {
    process: child,
    acknowledged,
    batches: (batches) =>
      new Promise<void>((done, fail) => {
        if (lines >= batches) return done();
        waiters.push({ batches, resolve: done });
        void exited.then((e) => fail(new Error(`child exited (${e.code ?? e.signal}) before ${batches} batches: ${e.stderr}`)));
      }),
    exited,
  };
}
