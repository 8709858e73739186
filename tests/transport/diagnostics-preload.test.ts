import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DiagnosedProcess, diagnosticsNodeOptions } from '../../soak/diagnosed-process.ts';
import { soakViolations } from '../../soak/soak-bounds.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

function startLeaky(listeners: number) {
  const child = spawn(process.execPath, ['bin/run-ts.js', 'tests/transport/leaky-process.ts', String(listeners)], {
    cwd: ROOT,
    env: { ...process.env, NODE_OPTIONS: diagnosticsNodeOptions() },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const ready = new Promise<void>((done) => child.stdout.once('data', () => done()));
  return { child, ready, diagnosed: DiagnosedProcess.watch(child) };
}

describe('the soak diagnostics preload', () => {
  it('reports a leaking signal, the warning Node printed, and forced-GC heap and fd figures', async () => {
    const clean = startLeaky(1);
    const leaky = startLeaky(1_600);
    try {
      await Promise.all([clean.ready, leaky.ready]);
      const [cleanFigures, leakyFigures] = await Promise.all([clean.diagnosed.figures(), leaky.diagnosed.figures()]);
      expect(cleanFigures.gcForced).toBe(true);
      expect(cleanFigures.heapAfterGc).toBeGreaterThan(0);
      expect(cleanFigures.openFds).toBeGreaterThan(2);
      expect(cleanFigures.abortListeners.maxOnOneSignal).toBe(1);
      expect(cleanFigures.warnings).toEqual([]);
      expect(leakyFigures.abortListeners.maxOnOneSignal).toBe(1_600);
      expect(leakyFigures.warnings.join('\n')).toMatch(/MaxListenersExceededWarning/);
      await expect.poll(() => leaky.diagnosed.printedWarnings().length).toBeGreaterThan(0);
      const violations = soakViolations({ warm: cleanFigures, end: leakyFigures, printedWarnings: leaky.diagnosed.printedWarnings() });
      expect(violations.join('\n')).toMatch(/1600 abort listeners on one signal/);
    } finally {
      clean.child.kill();
      leaky.child.kill();
    }
  }, 60_000);
});
