import type { ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { parseDiagnosticsLine } from './diagnostics-line.ts';
import type { ProcessFigures } from './process-figures.ts';

/** NODE_OPTIONS that load the diagnostics preload (and allow forcing GC) into a child node process. */
export function diagnosticsNodeOptions(): string {
  const preload = pathToFileURL(resolve(import.meta.dirname, 'diagnostics-preload.ts')).href;
  return `--expose-gc --import tsx --import ${preload}`;
}

/**
 * A child process started with `diagnosticsNodeOptions()`: asks it for its figures (SIGUSR2) and keeps every other
 * line it writes to stderr, so the soak can tell whether it printed a warning.
 */
export class DiagnosedProcess {
  private readonly waiting: Array<(figures: ProcessFigures) => void> = [];
  /** Lines the process wrote to stderr that are not diagnostics. */
  readonly otherStderr: string[] = [];

  constructor(
    private readonly pid: number,
    stderr: Readable,
    private readonly echo: (line: string) => void = () => undefined,
  ) {
    createInterface({ input: stderr }).on('line', (line) => {
      const figures = parseDiagnosticsLine(line);
      if (figures) this.waiting.shift()?.(figures);
      else {
        if (this.otherStderr.length < 10_000) this.otherStderr.push(line);
        this.echo(line);
      }
    });
  }

  /** Starts watching a spawned child (its stderr must be piped). */
  static watch(child: ChildProcess, echo?: (line: string) => void): DiagnosedProcess {
    if (child.pid === undefined || !child.stderr) throw new Error('the child has no pid or no piped stderr');
    return new DiagnosedProcess(child.pid, child.stderr, echo);
  }

  /** The process's figures now (after a forced GC in the process). */
  figures(timeoutMs = 15_000): Promise<ProcessFigures> {
    return new Promise((resolvePromise, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics from pid ${this.pid} within ${timeoutMs} ms`)), timeoutMs);
      this.waiting.push((figures) => {
        clearTimeout(timer);
        resolvePromise(figures);
      });
      process.kill(this.pid, 'SIGUSR2');
    });
  }

  /** Stderr lines that look like a Node warning (e.g. MaxListenersExceededWarning). */
  printedWarnings(): string[] {
    return this.otherStderr.filter((line) => /Warning\b|\(node:\d+\)/.test(line));
  }
}
