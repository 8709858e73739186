// A simulation worker in its own process for the queue tests: `run-ts worker-child.ts <url> <codeVersion> <lockMs>`.
// Prints "ready <id>" when it listens; SIGTERM finishes its shard and exits 0.
import { parseQueueUrl, startSimWorker } from '../../sim/queue/index.ts';

const [url, codeVersion, lockMs] = process.argv.slice(2);
const worker = await startSimWorker({
  target: parseQueueUrl(url!),
  codeVersion: codeVersion!,
  lockMs: Number(lockMs),
  stalledIntervalMs: Math.max(250, Math.floor(Number(lockMs) / 2)),
  heartbeatMs: 250,
  refuseDelayMs: 300,
  log: (line) => process.stderr.write(`${line}\n`),
});
process.stdout.write(`ready ${worker.id}\n`);
process.once('SIGTERM', () => {
  void worker.stop('finish').then(() => process.exit(0));
});
