import { CliUsageError, type CliCommand } from '../command.ts';
import { parseOptions } from '../parse-options.ts';
import { queueTargetOf } from '../queue-option.ts';

const USAGE = [
  'majordome sim-worker --queue redis[s]://[user:password@]host:port[/db] [--concurrency N] [--lock-ms N]',
  '  Takes simulation shards from the queue until SIGTERM/SIGINT: the first finishes the running shard(s) and exits,',
  '  a second one returns them to the queue at once. --concurrency N shards at once (one thread each, default 1);',
  '  --lock-ms N: a shard of a killed worker is retried by another N ms after it died (default 30000).',
  '  The password may also come from MAJORDOME_REDIS_PASSWORD (kept out of `ps`); it is never printed.',
  '  MAJORDOME_SIM_CODE_VERSION replaces the computed code version (e.g. a release tag), here and in `simulate --queue`.',
].join('\n');

const OPTIONS = {
  queue: { type: 'string' },
  concurrency: { type: 'string' },
  'lock-ms': { type: 'string' },
} as const;

function intOption(name: string, raw: string | undefined, min: number, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new CliUsageError(`--${name} must be an integer ≥ ${min}, got "${raw}"`);
  return n;
}

/** `majordome sim-worker`: a long-running simulation worker on the job queue. */
export const simWorkerCommand: CliCommand = {
  name: 'sim-worker',
  summary: 'Run simulation shards from a Redis job queue (BullMQ) until stopped; start one per machine',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, OPTIONS, false);
    if (positionals.length > 0) throw new CliUsageError(`unexpected argument "${positionals[0]}"`);
    if (!values.queue) throw new CliUsageError('--queue redis://host:port[/db] is required');
    const target = queueTargetOf(values.queue, io.env);
    const concurrency = intOption('concurrency', values.concurrency, 1, 1);
    const lockMs = intOption('lock-ms', values['lock-ms'], 500, 30_000);
    const log = (line: string) => io.stderr.write(`${new Date().toISOString()} ${line}\n`);
    const { startSimWorker } = await import('../../sim/queue/index.ts');
    const codeVersion = io.env.MAJORDOME_SIM_CODE_VERSION;
    const worker = await startSimWorker({ target, concurrency, lockMs, log, ...(codeVersion ? { codeVersion } : {}) });
    let onSignal: ((signal: NodeJS.Signals) => void) | undefined;
    await new Promise<void>((resolve) => {
      let signals = 0;
      onSignal = (signal) => {
        signals++;
        if (signals === 1) {
          log(`${signal}: finishing the running shard(s), then exiting (${signal} again returns them to the queue now)`);
          void worker.stop('finish').then(resolve);
        } else {
          log(`${signal} again: returning the running shard(s) to the queue`);
          void worker.stop('return').then(resolve);
        }
      };
      process.on('SIGTERM', onSignal);
      process.on('SIGINT', onSignal);
    });
    process.off('SIGTERM', onSignal!);
    process.off('SIGINT', onSignal!);
    return 0;
  },
};
