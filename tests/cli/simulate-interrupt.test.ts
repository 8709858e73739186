import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { writePartialOnInterrupt } from '../../cli/write-partial-on-interrupt.ts';

const dir = mkdtempSync(join(tmpdir(), 'majordome-sim-interrupt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('simulate on Ctrl-C', () => {
  it('writes partial.json with what was done, says the results are partial and exits 130', () => {
    const signals = new EventEmitter();
    const stderr = new PassThrough();
    let said = '';
    stderr.on('data', (c) => (said += String(c)));
    const exits: number[] = [];
    const out = join(dir, 'exp1');
    writePartialOnInterrupt({
      out,
      command: 'majordome simulate 01-half-dishonest --out results/exp1 --seeds 3',
      startedAt: 0,
      now: () => 61_000,
      progress: () => ({ done: 1_200, total: 3_000, finished: ['seed 42'], current: 'seed 43' }),
      stderr,
      signals,
      exit: (code) => exits.push(code),
    });
    signals.emit('SIGINT');
    expect(exits).toEqual([130]);
    expect(said).toMatch(/Interrupted: the results are PARTIAL \(1200\/3000 consumer steps, finished: seed 42\)\. Wrote .*partial\.json/);
    const partial = JSON.parse(readFileSync(join(out, 'partial.json'), 'utf8')) as Record<string, unknown>;
    expect(partial).toMatchObject({ status: 'interrupted', consumerSteps: { done: 1_200, total: 3_000 }, finished: ['seed 42'], interruptedDuring: 'seed 43', elapsedMs: 61_000 });
    expect(String(partial.note)).toMatch(/^PARTIAL/);
  });

  it('does nothing once the run has finished and the handler is removed', () => {
    const signals = new EventEmitter();
    const exits: number[] = [];
    const stop = writePartialOnInterrupt({ out: join(dir, 'done'), command: 'x', startedAt: 0, progress: () => ({ done: 1, total: 1, finished: [] }), stderr: new PassThrough(), signals, exit: (c) => exits.push(c) });
    stop();
    expect(signals.listenerCount('SIGINT')).toBe(0);
    expect(exits).toEqual([]);
  });
});
