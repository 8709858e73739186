import cluster, { type Worker } from 'node:cluster';
import type { BrandAgentDefinition } from './definition.ts';
import { PartitionedBrandCore } from './partitioned-brand-core.ts';
import { serveBrandOverHttp, type HttpBrandServer, type HttpServeOptions } from './serve-http.ts';
import type { ToolOutcome } from './tool-outcome.ts';
import { WorkerMessageSchema, fromWireOutcome, toWireOutcome, type WorkerMessage } from './worker-messages.ts';

const INDEX_ENV = 'MAJORDOME_BRAND_WORKER_INDEX';
const COUNT_ENV = 'MAJORDOME_BRAND_WORKERS';

/** Options for serving one brand from several processes. */
export interface HttpWorkersOptions extends Omit<HttpServeOptions, 'mode'> {
  /** How many worker processes (≥ 1); each is a full brand server on the shared port. */
  readonly workers: number;
  /** Where the primary reports workers that died and were replaced (default: nowhere). */
  readonly log?: (line: string) => void;
  /** Milliseconds a worker waits for another worker's answer to a forwarded call (default 30,000). */
  readonly forwardTimeoutMs?: number;
  /** Milliseconds the primary gives its workers to stop on close before killing them (default 10,000). */
  readonly stopTimeoutMs?: number;
}

/** The brand cluster as one process sees it: the primary supervises, each worker serves. */
export interface HttpBrandCluster extends HttpBrandServer {
  readonly role: 'primary' | 'worker';
  readonly workers: number;
}

/**
 * Serves one brand over stateless Streamable HTTP from `workers` processes sharing one port (`node:cluster`), so a
 * single brand server uses every core. The calling script runs again in each worker (cluster forks the same command
 * line), so call this from an entry point with the same arguments every time; `load` builds the brand in each worker.
 * The primary only supervises: it relays calls between workers (each buyer's calls run in the worker that owns the
 * buyer, see `PartitionedBrandCore`), replaces a worker that dies, and on `close()` stops them all with SIGTERM.
 *
 * @example
 * const server = await serveBrandOverHttpWorkers(() => createReferenceBrand('trailco'), { port: 8080, workers: 2 });
 * if (server.role === 'primary') console.log(`serving at ${server.url}`);
 */
export async function serveBrandOverHttpWorkers(load: () => BrandAgentDefinition, options: HttpWorkersOptions): Promise<HttpBrandCluster> {
  if (!Number.isInteger(options.workers) || options.workers < 1) throw new RangeError(`workers must be a positive integer, got ${options.workers}`);
  return cluster.isPrimary ? runPrimary(options) : runWorker(load, options);
}

function isWorkerMessage(message: unknown): WorkerMessage | undefined {
  const parsed = WorkerMessageSchema.safeParse(message);
  return parsed.success ? parsed.data : undefined;
}

async function runPrimary(options: HttpWorkersOptions): Promise<HttpBrandCluster> {
  const count = options.workers;
  const log = options.log ?? (() => undefined);
  const slots = new Array<Worker | undefined>(count);
  let closing = false;
  cluster.setupPrimary({ serialization: 'advanced' });

  const relay = (message: unknown) => {
    const m = isWorkerMessage(message);
    if (!m || m.type === 'majordome:listening') return;
    const target = slots[m.to];
    // A worker that is gone cannot answer: the origin's forward timeout reports it.
    if (target?.isConnected()) target.send(m);
  };

  const fork = (index: number): Promise<string> =>
    new Promise((resolve, reject) => {
      const worker = cluster.fork({ [INDEX_ENV]: String(index), [COUNT_ENV]: String(count) });
      slots[index] = worker;
      let listening = false;
      worker.on('message', (message: unknown) => {
        const m = isWorkerMessage(message);
        if (m?.type === 'majordome:listening') {
          listening = true;
          resolve(m.url);
          return;
        }
        relay(message);
      });
      worker.once('exit', (code, signal) => {
        if (slots[index] === worker) slots[index] = undefined;
        if (!listening) {
          reject(new Error(`brand worker ${index} exited before listening (code ${code}, signal ${signal})`));
          return;
        }
        if (closing) return;
        log(`worker ${index} exited (code ${code}, signal ${signal}); starting a new one`);
        fork(index).catch((error: unknown) => log(`worker ${index} could not be restarted: ${error instanceof Error ? error.message : String(error)}`));
      });
    });

  const stopAll = async (): Promise<void> => {
    closing = true;
    const running = slots.filter((w): w is Worker => w !== undefined && !w.isDead());
    await Promise.all(
      running.map(
        (worker) =>
          new Promise<void>((resolve) => {
            const kill = setTimeout(() => worker.process.kill('SIGKILL'), options.stopTimeoutMs ?? 10_000);
            worker.once('exit', () => {
              clearTimeout(kill);
              resolve();
            });
            worker.process.kill('SIGTERM');
          }),
      ),
    );
  };

  let urls: string[];
  try {
    urls = await Promise.all(Array.from({ length: count }, (_, i) => fork(i)));
  } catch (error) {
    await stopAll();
    throw error;
  }
  const url = new URL(urls[0]!);
  if (urls.some((u) => u !== urls[0])) {
    await stopAll();
    throw new Error(`brand workers listen on different addresses: ${[...new Set(urls)].join(', ')}`);
  }
  return { role: 'primary', workers: count, url: url.href, port: Number(url.port), close: stopAll };
}

async function runWorker(load: () => BrandAgentDefinition, options: HttpWorkersOptions): Promise<HttpBrandCluster> {
  const index = Number(process.env[INDEX_ENV]);
  const count = Number(process.env[COUNT_ENV]);
  if (!Number.isInteger(index) || !Number.isInteger(count) || index < 0 || index >= count) {
    throw new Error(`brand worker started without a valid ${INDEX_ENV}/${COUNT_ENV} (${process.env[INDEX_ENV]}/${process.env[COUNT_ENV]})`);
  }
  const send = (message: WorkerMessage) => {
    if (process.connected) process.send?.(message);
  };
  const forwardTimeoutMs = options.forwardTimeoutMs ?? 30_000;
  const pending = new Map<number, { resolve: (outcome: ToolOutcome) => void; reject: (error: Error) => void; timer: NodeJS.Timeout }>();
  let nextId = 0;
  const core = new PartitionedBrandCore(load(), {
    index,
    workers: count,
    forward: (owner, tool, args) =>
      new Promise<ToolOutcome>((resolve, reject) => {
        const id = nextId++;
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`worker ${owner} did not answer within ${forwardTimeoutMs} ms`));
        }, forwardTimeoutMs);
        pending.set(id, { resolve, reject, timer });
        send({ type: 'majordome:call', id, from: index, to: owner, tool, args });
      }),
  });
  process.on('message', (message: unknown) => {
    const m = isWorkerMessage(message);
    if (m?.type === 'majordome:call') {
      void core.callHere(m.tool, m.args).then((outcome) => send({ type: 'majordome:result', id: m.id, to: m.from, outcome: toWireOutcome(outcome) }));
    } else if (m?.type === 'majordome:result') {
      const waiting = pending.get(m.id);
      if (!waiting) return;
      pending.delete(m.id);
      clearTimeout(waiting.timer);
      waiting.resolve(fromWireOutcome(m.outcome));
    }
  });
  const server = await serveBrandOverHttp(core, { ...options, mode: 'stateless' });
  let closed: Promise<void> | undefined;
  const close = () => {
    closed ??= server.close().then(() => {
      for (const [, waiting] of pending) {
        clearTimeout(waiting.timer);
        waiting.reject(new Error('the brand worker is shutting down'));
      }
      pending.clear();
      // The IPC channel keeps a worker alive: let go of it so the process can end once the server is closed.
      if (process.connected) process.disconnect();
    });
    return closed;
  };
  // The primary is gone (killed or crashed): nobody relays calls or will stop this worker, so stop now.
  process.once('disconnect', () => void close().then(() => process.exit(0)));
  send({ type: 'majordome:listening', url: server.url });
  return { role: 'worker', workers: count, url: server.url, port: server.port, close };
}
