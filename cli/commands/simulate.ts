import { accessSync, constants, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import {
  SimError,
  builtinScenarioNames,
  formatDuration,
  formatProgress,
  keyTable,
  overviewTable,
  parseAssignment,
  readScenarioInput,
  resolveScenarioPath,
  runSeeds,
  runStudy,
  scenarioFrom,
  seedHonestTable,
  seedPairedTable,
  seedRatioTable,
  stableJson,
  verdictSentence,
  studyMetrics,
  sweepGrid,
  writeStudy,
  redactRedisUrls,
  type QueueTarget,
  type KeyTable,
  type ParamAssignment,
  type SimMode,
} from '../../sim/index.ts';
import { CliUsageError, type CliCommand, type CliIo } from '../command.ts';
import { parseOptions } from '../parse-options.ts';
import { queueTargetOf } from '../queue-option.ts';
import { writePartialOnInterrupt, type SimulationProgress } from '../write-partial-on-interrupt.ts';
// The queue (and BullMQ, ~1 s to load) is imported only when --queue is given.
import type { QueuedRunOptions } from '../../sim/queue/index.ts';

const USAGE = [
  'majordome simulate <scenario> --out <dir> [--seed N] [--seeds N] [--rounds N] [--consumers N] [--workers N] [--mode fast|mcp] [--set path=value]... [--no-events] [--json]',
  '  --seeds N runs the study on seeds seed, seed+1, … (one folder per seed) and pools them: per-consumer CIs in seeds.json',
  '  --queue redis[s]://[user:password@]host:port[/db] [--shards N] runs the shards as jobs for `majordome sim-worker`s',
  '       anywhere (N consumer shards per arm, default as many as local threads; password also from MAJORDOME_REDIS_PASSWORD)',
  '       majordome simulate sweep <scenario> --param path=v1,v2,... [--param ...] --out <dir> [same options]',
  '       majordome simulate --list',
  `  <scenario> is a JSON file or a built-in experiment: ${builtinScenarioNames().join(', ')}`,
].join('\n');

const OPTIONS = {
  out: { type: 'string' },
  seed: { type: 'string' },
  seeds: { type: 'string' },
  rounds: { type: 'string' },
  consumers: { type: 'string' },
  workers: { type: 'string' },
  mode: { type: 'string' },
  set: { type: 'string', multiple: true },
  param: { type: 'string', multiple: true },
  'no-events': { type: 'boolean' },
  json: { type: 'boolean' },
  list: { type: 'boolean' },
  queue: { type: 'string' },
  shards: { type: 'string' },
} as const;

/**
 * Creates the output folder before the run and checks it can be written, so a path that is a file, under a file or
 * read-only is refused at once rather than after the whole simulation, whose results would then be lost.
 */
function prepareOutputFolder(flag: string, out: string): void {
  try {
    mkdirSync(out, { recursive: true });
    if (!statSync(out).isDirectory()) throw new Error('it is not a folder');
    accessSync(out, constants.W_OK);
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliUsageError(`${flag} ${out}: cannot write results there (${why === 'EEXIST' || why === 'ENOTDIR' ? 'a file is in the way' : why})`);
  }
}

function positiveInt(name: string, raw: string | undefined, min: number): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new CliUsageError(`--${name} must be an integer ≥ ${min}, got "${raw}"`);
  return n;
}

function textTable(t: KeyTable): string {
  const cells = [t.header.map(String), ...t.rows.map((r) => r.map((v) => (v === null ? '—' : String(v))))];
  const widths = t.header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [t.title, line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** Prints progress to stderr: one updating bar on a terminal, a plain line per 10% otherwise (`extra` is appended). */
function progressReporter(io: CliIo, quiet: boolean): { update: (p: { done: number; total: number; extra?: string }) => void; note: (text: string) => void; finish: () => void } {
  const stream = io.stderr as NodeJS.WritableStream & { isTTY?: boolean };
  const tty = stream.isTTY === true;
  const started = performance.now();
  let lastDraw = 0;
  let lastDecile = -1;
  let drawn = false;
  return {
    update: ({ done, total, extra }) => {
      if (quiet) return;
      const now = performance.now();
      const line = `${formatProgress({ done, total, elapsedMs: now - started }, { bar: tty })}${extra ?? ''}`;
      if (tty) {
        if (now - lastDraw < 100 && done < total) return;
        lastDraw = now;
        drawn = true;
        stream.write(`\r\x1b[2K${line}`);
      } else {
        const decile = Math.floor((done / Math.max(1, total)) * 10);
        if (decile === lastDecile) return;
        lastDecile = decile;
        stream.write(`${line}\n`);
      }
    },
    note: (text) => {
      if (quiet) return;
      stream.write(`${tty && drawn ? '\r\x1b[2K' : ''}${text}\n`);
    },
    finish: () => {
      if (tty && drawn && !quiet) stream.write('\n');
    },
  };
}

/** `majordome simulate`: runs a scenario (or a sweep of one) and writes metrics.json, rounds.csv, events.csv and report.html. */
export const simulateCommand: CliCommand = {
  name: 'simulate',
  summary: 'Simulate a marketplace of butlers and brands from a scenario; writes metrics, CSVs and an HTML report',
  usage: USAGE,
  async run(args, io) {
    const sweep = args[0] === 'sweep';
    const { values, positionals } = parseOptions(sweep ? args.slice(1) : args, OPTIONS);
    if (values.list) {
      io.stdout.write(`${builtinScenarioNames().join('\n')}\n`);
      return 0;
    }
    if (positionals.length !== 1) throw new CliUsageError('give exactly one scenario (a JSON file or a built-in experiment name)');
    if (!values.out) throw new CliUsageError('--out <dir> is required');
    if (!sweep && values.param) throw new CliUsageError('--param is for `simulate sweep`; use --set path=value to change one field');
    if (sweep && (!values.param || values.param.length === 0)) throw new CliUsageError('a sweep needs at least one --param path=v1,v2,...');
    const mode = (values.mode ?? 'fast') as SimMode;
    if (mode !== 'fast' && mode !== 'mcp') throw new CliUsageError(`--mode must be fast or mcp, got "${values.mode}"`);
    const overrides: ParamAssignment[] = [];
    try {
      for (const text of values.set ?? []) overrides.push(parseAssignment(text));
    } catch (error) {
      throw new CliUsageError((error as Error).message);
    }
    const seed = positiveInt('seed', values.seed, 0);
    const rounds = positiveInt('rounds', values.rounds, 1);
    const consumers = positiveInt('consumers', values.consumers, 1);
    if (seed !== undefined) overrides.push({ path: 'seed', value: seed });
    if (rounds !== undefined) overrides.push({ path: 'rounds', value: rounds });
    if (consumers !== undefined) overrides.push({ path: 'consumers.count', value: consumers });

    let path: string;
    try {
      path = resolveScenarioPath(positionals[0]!);
    } catch (error) {
      if (error instanceof SimError) throw new CliUsageError(error.message);
      throw error;
    }
    const raw = readScenarioInput(path);
    const base = scenarioFrom(raw, overrides, path);
    if (values.queue !== undefined && values.workers !== undefined) throw new CliUsageError('--workers is for local threads; with --queue, split the study with --shards N and start `majordome sim-worker`s');
    if (values.queue === undefined && values.shards !== undefined) throw new CliUsageError('--shards is for --queue; a local run splits its consumers with --workers N');
    const workers = positiveInt('workers', values.workers, 1) ?? Math.max(1, Math.min(availableParallelism(), base.consumers.count));
    const shards = positiveInt('shards', values.shards, 1) ?? workers;
    const target: QueueTarget | undefined = values.queue === undefined ? undefined : queueTargetOf(values.queue, io.env);
    let grid: ReturnType<typeof sweepGrid> | undefined;
    if (sweep) {
      try {
        grid = sweepGrid(values.param!);
      } catch (error) {
        throw new CliUsageError((error as Error).message);
      }
    }
    const seedCount = positiveInt('seeds', values.seeds, 1) ?? 1;
    if (sweep && seedCount > 1) throw new CliUsageError('--seeds is for one scenario, not a sweep');
    prepareOutputFolder('--out', resolve(values.out));
    const reporter = progressReporter(io, values.json === true);
    const started = performance.now();
    // What Ctrl-C reports as done: the last progress seen, and the seeds or variants finished so far.
    let sofar: SimulationProgress = { done: 0, total: 0, finished: [] };
    const progress = {
      ...reporter,
      update: (p: { done: number; total: number; extra?: string }) => {
        sofar = { ...sofar, done: p.done, total: p.total };
        reporter.update(p);
      },
      startPart: (name: string) => {
        sofar = { ...sofar, finished: sofar.current ? [...sofar.finished, sofar.current] : sofar.finished, current: name };
      },
    };
    // The command is echoed into report.html: never with a Redis password.
    const command = redactRedisUrls(`majordome simulate ${args.join(' ')}`);
    let queueRun: { studyId: string; shards: number } | undefined;
    const queued = async <T extends { studyId: string; shards: number }>(to: QueueTarget, run: (options: QueuedRunOptions) => Promise<T>): Promise<T> => {
      const abort = new AbortController();
      const interrupt = () => abort.abort();
      process.once('SIGINT', interrupt);
      try {
        const result = await run({
          target: to,
          ...(io.env.MAJORDOME_SIM_CODE_VERSION ? { codeVersion: io.env.MAJORDOME_SIM_CODE_VERSION } : {}),
          mode,
          events: values['no-events'] !== true,
          shards,
          signal: abort.signal,
          onNote: progress.note,
          onProgress: (p) => progress.update({ done: p.done, total: p.total, extra: `  shards ${p.shardsDone}/${p.shardsTotal}  ${p.workers} worker(s)` }),
        });
        queueRun = { studyId: result.studyId, shards: result.shards };
        return result;
      } finally {
        process.removeListener('SIGINT', interrupt);
      }
    };
    const runnerOf = () => (target && queueRun ? { queue: target.display, study: queueRun.studyId, shards: queueRun.shards } : { workers });
    const ranOnOf = () => (target && queueRun ? `${queueRun.shards} shard(s) on ${target.display} (study ${queueRun.studyId})` : `${workers} worker(s)`);
    // A queued run has its own Ctrl-C (it cancels the jobs); a local one writes what it knows and says it is partial.
    const stopWatching = target ? () => undefined : writePartialOnInterrupt({ out: resolve(values.out), command, startedAt: started, progress: () => sofar, stderr: io.stderr });
    try {
    if (seedCount > 1) {
      const seeds = Array.from({ length: seedCount }, (_, i) => base.seed + i);
      const pooled = target
        ? await queued(target, async (options) => (await import('../../sim/queue/index.ts')).runQueuedSeeds({ raw, source: path, overrides }, seeds, options))
        : await runSeeds(
            { raw, source: path, overrides },
            seeds,
            { mode, workers, events: values['no-events'] !== true, onProgress: progress.update, onSeed: (s, i, n) => (progress.startPart(`seed ${s}`), progress.note(`seed ${s} (${i + 1}/${n})`)) },
          );
      progress.finish();
      const runner = runnerOf();
      const ranOn = ranOnOf();
      const elapsed = formatDuration(performance.now() - started);
      const out = resolve(values.out);
      const files: string[] = [];
      for (const [i, study] of pooled.studies.entries()) {
        files.push(...(await writeStudy(study, resolve(out, `seed-${seeds[i]}`), { command, elapsed })));
      }
      const summary = { format: 'majordome-sim-seeds/1', study: pooled.name, seeds, statistics: pooled.statistics, money: pooled.money, honestBrands: pooled.honestBrands };
      mkdirSync(out, { recursive: true });
      writeFileSync(resolve(out, 'seeds.json'), stableJson(summary));
      files.push(resolve(out, 'seeds.json'));
      if (values.json) {
        io.stdout.write(`${JSON.stringify({ out, files, elapsedMs: Math.round(performance.now() - started), mode, ...runner, seeds: summary })}\n`);
        return 0;
      }
      io.stdout.write(`${textTable(seedRatioTable(pooled))}\n\n${textTable(seedPairedTable(pooled))}\n\n${textTable(seedHonestTable(pooled))}\n\n`);
      io.stdout.write(`${seedCount} seeds, mode ${mode}, ${ranOn}, ${elapsed}. Wrote:\n${files.map((f) => `  ${f}`).join('\n')}\n`);
      return 0;
    }
    const studyInput = { raw, source: path, overrides, ...(grid ? { variants: grid.variants, axes: grid.paths } : {}) };
    const study = target
      ? await queued(target, async (options) => (await import('../../sim/queue/index.ts')).runQueuedStudy(studyInput, options))
      : await runStudy(studyInput, {
        mode,
        workers,
        events: values['no-events'] !== true,
        onProgress: progress.update,
        onVariant: (name, i, count) => {
          progress.startPart(`variant ${name}`);
          if (count > 1) progress.note(`variant ${i + 1}/${count}: ${name}`);
        },
      });
    progress.finish();
    const runner = runnerOf();
    const ranOn = ranOnOf();
    const elapsed = formatDuration(performance.now() - started);
    const out = resolve(values.out);
    const files = await writeStudy(study, out, { command, elapsed });
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ out, files, elapsedMs: Math.round(performance.now() - started), mode, ...runner, metrics: studyMetrics(study) })}\n`);
      return 0;
    }
    // The welfare focus's key table is a subset of the overview: print it once.
    const tables = study.focus === 'welfare' ? [overviewTable(study)] : [keyTable(study), overviewTable(study)];
    io.stdout.write(`${tables.map(textTable).join('\n\n')}\n\n`);
    const verdicts = study.variants.flatMap((v) =>
      v.metrics.perConsumer.paired.map((d) => `${study.variants.length > 1 ? `[${v.name}] ` : ''}${verdictSentence(d)}`),
    );
    if (verdicts.length > 0) io.stdout.write(`${verdicts.join('\n')}\n\n`);
    io.stdout.write(`${study.variants.length} variant(s), mode ${mode}, ${ranOn}, ${elapsed}. Wrote:\n${files.map((f) => `  ${f}`).join('\n')}\n`);
    return 0;
    } finally {
      stopWatching();
    }
  },
};
