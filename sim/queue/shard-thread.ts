import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import type { SimMode } from '../connections/brand-pool.ts';
import type { ShardResult } from '../run/run-shard.ts';
import { SimError } from '../sim-error.ts';

/** One shard to run in a thread. */
export interface ShardTask {
  readonly scenario: unknown;
  readonly consumers: readonly number[];
  readonly mode: SimMode;
  readonly events: boolean;
  readonly validateTrustEvents: boolean;
}

const ThreadMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('round'), id: z.number().int(), round: z.number().int(), decisions: z.number().int() }),
  z.object({ type: z.literal('done'), id: z.number().int(), result: z.object({ tally: z.object({ rounds: z.array(z.unknown()) }).passthrough(), events: z.array(z.unknown()), heapUsedBytes: z.number() }).passthrough() }),
  z.object({ type: z.literal('failed'), id: z.number().int(), message: z.string(), code: z.string().optional() }),
]);

/**
 * A worker thread that stays up between shards (loading the simulator once, not once per shard) and runs one shard
 * at a time, keeping the queue worker's event loop free for lock renewals and progress. A thread that crashes or is
 * stopped is replaced on the next shard.
 */
export class ShardThread {
  private worker: Worker | undefined;
  private nextId = 0;

  private start(): Worker {
    const entry = new URL('./shard-thread-entry.ts', import.meta.url).href;
    const worker = new Worker(new URL('../run/shard-worker-bootstrap.js', import.meta.url), { workerData: { entry } });
    worker.once('exit', () => {
      if (this.worker === worker) this.worker = undefined;
    });
    return worker;
  }

  /** Runs a shard; `onRound` gets each round's decisions; aborting `signal` stops the thread and rejects. */
  run(task: ShardTask, onRound: (decisions: number) => void, signal?: AbortSignal): Promise<ShardResult> {
    const worker = (this.worker ??= this.start());
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      let settled = false;
      const finish = (error?: Error, result?: ShardResult) => {
        if (settled) return;
        settled = true;
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        signal?.removeEventListener('abort', onAbort);
        if (error) reject(error);
        else resolve(result!);
      };
      const onMessage = (raw: unknown) => {
        const parsed = ThreadMessageSchema.safeParse(raw);
        if (!parsed.success || parsed.data.id !== id) return;
        const message = parsed.data;
        if (message.type === 'round') onRound(message.decisions);
        // The result is our own thread's structured clone of a ShardResult (its envelope was checked above).
        else if (message.type === 'done') finish(undefined, (raw as { result: ShardResult }).result);
        else finish(new SimError('WORKER_FAILED', `a shard failed: ${message.message}`, message.code ? { code: message.code } : undefined));
      };
      const onError = (error: Error) => finish(new SimError('WORKER_FAILED', `a shard thread crashed: ${error.message}`));
      const onExit = (code: number) => finish(new SimError('WORKER_FAILED', `a shard thread exited with code ${code} before finishing`));
      const onAbort = () => {
        finish(new SimError('WORKER_FAILED', 'the shard was abandoned before it finished'));
        void worker.terminate();
      };
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.postMessage({ type: 'run', id, ...task, consumers: [...task.consumers] });
    });
  }

  /** Starts the thread now (it loads the simulator), so the first shard does not wait for it. */
  warm(): void {
    this.worker ??= this.start();
  }

  /** Stops the thread (if running). */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }
}
