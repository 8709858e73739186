import type { DiagnosedProcess } from './diagnosed-process.ts';
import type { ProcessFigures } from './process-figures.ts';
import { describeFigures } from './soak-bounds.ts';

/** How to drive a soak: how many requests, how many at once, and one request (true when it got a full answer). */
export interface SoakDrive {
  readonly requests: number;
  readonly concurrency: number;
  request(index: number): Promise<boolean>;
}

/** What a driven soak measured. */
export interface SoakRun {
  readonly warm: ProcessFigures;
  readonly end: ProcessFigures;
  readonly failed: number;
  readonly seconds: number;
}

/**
 * Sends `drive.requests` requests, `drive.concurrency` at a time, and asks the process for its figures when idle:
 * after the first 10 % (the warm-up baseline), every further 10 % (printed), and at the end.
 */
export async function driveSoak(drive: SoakDrive, target: DiagnosedProcess, log: (line: string) => void): Promise<SoakRun> {
  const checkpoints = Array.from({ length: 10 }, (_, i) => Math.max(1, Math.round((drive.requests * (i + 1)) / 10)));
  let failed = 0;
  let next = 0;
  let warm: ProcessFigures | undefined;
  let end: ProcessFigures | undefined;
  const started = performance.now();
  for (const checkpoint of [...new Set(checkpoints)]) {
    const worker = async () => {
      while (next < checkpoint) {
        const index = next++;
        const ok = await drive.request(index).catch(() => false);
        if (!ok) failed++;
      }
    };
    await Promise.all(Array.from({ length: drive.concurrency }, worker));
    const figures = await target.figures();
    const rate = checkpoint / ((performance.now() - started) / 1000);
    log(`${describeFigures(`${checkpoint} req`, figures)}  (${rate.toFixed(0)} req/s, ${failed} failed)`);
    warm ??= figures;
    end = figures;
  }
  if (!warm || !end) throw new Error('the soak sent no requests');
  return { warm, end, failed, seconds: (performance.now() - started) / 1000 };
}
