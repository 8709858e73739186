import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** How far a simulation got, as the progress callbacks report it. */
export interface SimulationProgress {
  /** Consumer steps done and planned, over every variant and seed. */
  readonly done: number;
  readonly total: number;
  /** Seeds (of a --seeds run) or variants (of a sweep) finished, by name. */
  readonly finished: readonly string[];
  /** The seed or variant under way. */
  readonly current?: string | undefined;
}

/** What the handler needs: where to write, what to say, and how to end the process (injectable for tests). */
export interface PartialWriterOptions {
  readonly out: string;
  readonly command: string;
  readonly startedAt: number;
  readonly progress: () => SimulationProgress;
  readonly stderr: NodeJS.WritableStream;
  readonly signals?: NodeJS.EventEmitter;
  readonly exit?: (code: number) => void;
  readonly now?: () => number;
}

/**
 * On Ctrl-C (SIGINT) during a local simulation, writes `partial.json` in the output folder — how far the run got,
 * which seeds or variants finished, and that the metrics are missing because a study's metrics need every
 * consumer — says so on stderr and exits 130. Returns the function that removes the handler once the run is done.
 */
export function writePartialOnInterrupt(options: PartialWriterOptions): () => void {
  const signals = options.signals ?? process;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  const now = options.now ?? (() => performance.now());
  const handler = () => {
    const p = options.progress();
    const file = resolve(options.out, 'partial.json');
    const record = {
      format: 'majordome-sim-partial/1',
      status: 'interrupted',
      command: options.command,
      elapsedMs: Math.round(now() - options.startedAt),
      consumerSteps: { done: p.done, total: p.total },
      finished: p.finished,
      ...(p.current ? { interruptedDuring: p.current } : {}),
      note: 'PARTIAL: interrupted before the end; no metrics.json or report.html was written for the unfinished part (a study compares every consumer on the same draws, so a cut run has no valid totals). Run it again, e.g. with fewer --consumers or --rounds.',
    };
    try {
      mkdirSync(options.out, { recursive: true });
      writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
      options.stderr.write(`\nInterrupted: the results are PARTIAL (${p.done}/${p.total} consumer steps${p.finished.length ? `, finished: ${p.finished.join(', ')}` : ''}). Wrote ${file}.\n`);
    } catch (error) {
      options.stderr.write(`\nInterrupted: the results are PARTIAL and ${file} could not be written (${(error as Error).message}).\n`);
    }
    exit(130);
  };
  signals.once('SIGINT', handler);
  return () => signals.removeListener('SIGINT', handler);
}
