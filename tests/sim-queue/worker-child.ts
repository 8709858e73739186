// A simulation worker in its own process for the queue tests: `run-ts worker-child.ts <url> <codeVersion> <lockMs>`.
// Prints "ready <id>" when it listens; SIGTERM finishes its shard and exits 0, a second SIGTERM returns it to the queue.
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
let signals = 0;
process.on('SIGTERM', () => {
  signals++;
  void worker.stop(signals === 1 ? 'finish' : 'return').then(() => process.exit(0));
});
