import { formatDuration } from '../../sim/index.ts';
import { CliUsageError, type CliCommand } from '../command.ts';
import { parseOptions } from '../parse-options.ts';
import { queueTargetOf } from '../queue-option.ts';

const USAGE = 'majordome sim-status --queue redis[s]://[user:password@]host:port[/db] [--json]';

const OPTIONS = {
  queue: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/** `majordome sim-status`: running studies, live workers and job counts of a simulation queue. */
export const simStatusCommand: CliCommand = {
  name: 'sim-status',
  summary: 'List the studies running on a simulation job queue and its live workers',
  usage: USAGE,
  async run(args, io) {
    const { values, positionals } = parseOptions(args, OPTIONS, false);
    if (positionals.length > 0) throw new CliUsageError(`unexpected argument "${positionals[0]}"`);
    if (!values.queue) throw new CliUsageError('--queue redis://host:port[/db] is required');
    const target = queueTargetOf(values.queue, io.env);
    const { readQueueStatus } = await import('../../sim/queue/index.ts');
    const status = await readQueueStatus(target);
    if (values.json) {
      io.stdout.write(`${JSON.stringify(status)}\n`);
      return 0;
    }
    const now = Date.now();
    const lines = [`queue ${status.queue}`, `jobs: ${Object.entries(status.jobs).map(([k, v]) => `${v} ${k}`).join(', ')}`, ''];
    lines.push(status.studies.length === 0 ? 'no running study' : `${status.studies.length} running stud${status.studies.length === 1 ? 'y' : 'ies'}:`);
    for (const s of status.studies) {
      const elapsed = now - s.startedAt;
      const rate = elapsed > 0 ? s.decisionsDone / (elapsed / 1000) : 0;
      const eta = rate > 0 ? ((s.decisionsTotal - s.decisionsDone) / rate) * 1000 : Number.POSITIVE_INFINITY;
      lines.push(
        `  ${s.id}  ${s.name}  shards ${s.shardsDone}/${s.shardsTotal}  ${s.decisionsDone}/${s.decisionsTotal} consumer-rounds  ${rate.toFixed(1)}/s  elapsed ${formatDuration(elapsed)}  ETA ${formatDuration(eta)}  from ${s.host} pid ${s.pid}  code ${s.codeVersion}`,
      );
    }
    lines.push('', status.workers.length === 0 ? 'no live worker' : `${status.workers.length} live worker(s):`);
    for (const w of status.workers) {
      const running = w.active.map((a) => `${a.label} ${a.total > 0 ? Math.round((a.decisions / a.total) * 100) : 0}%`).join('; ');
      lines.push(
        `  ${w.id}  concurrency ${w.concurrency}  code ${w.codeVersion}  done ${w.shardsDone}  failed ${w.shardsFailed}  refused ${w.shardsRefused}  up ${formatDuration(now - w.startedAt)}${w.stopping ? '  stopping' : ''}${running ? `  running: ${running}` : '  idle'}`,
      );
    }
    io.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  },
};
