import { Queue } from 'bullmq';
import { SimError } from '../sim-error.ts';
import { bullConnection } from './bull-connection.ts';
import { QUEUE_NAME, QUEUE_PREFIX, QueueRegistry, openRedis, type StudyRecord, type WorkerRecord } from './queue-registry.ts';
import { redactSecrets, type QueueTarget } from './queue-url.ts';

/** What `sim-status` shows: running studies, live workers and the queue's job counts. */
export interface QueueStatus {
  readonly queue: string;
  readonly studies: readonly StudyRecord[];
  readonly workers: readonly WorkerRecord[];
  readonly jobs: Readonly<Record<string, number>>;
}

/** Reads the running studies, live workers and job counts of a queue (fails with QUEUE_UNREACHABLE within `timeoutMs`). */
export async function readQueueStatus(target: QueueTarget, timeoutMs = 5000): Promise<QueueStatus> {
  const redis = openRedis(target);
  let lastError = '';
  redis.on('error', (error: Error) => (lastError = redactSecrets(error.message, target.secrets)));
  const queue = new Queue(QUEUE_NAME, { connection: bullConnection(target, 'study'), prefix: QUEUE_PREFIX, skipMetasUpdate: true });
  queue.on('error', () => undefined);
  let timer: NodeJS.Timeout | undefined;
  try {
    const read = (async () => {
      await redis.connect();
      const registry = new QueueRegistry(redis);
      const [studies, workers, jobs] = await Promise.all([registry.listStudies(), registry.listWorkers(), queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed')]);
      return { queue: `${QUEUE_PREFIX}:${QUEUE_NAME} on ${target.display}`, studies, workers, jobs };
    })();
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new SimError('QUEUE_UNREACHABLE', `could not read the queue at ${target.display} within ${timeoutMs / 1000} s${lastError ? `: ${lastError}` : ''}`)), timeoutMs);
    });
    return await Promise.race([read, timeout]).catch((error: unknown) => {
      throw error instanceof SimError ? error : new SimError('QUEUE_UNREACHABLE', `could not read the queue at ${target.display}: ${redactSecrets(error instanceof Error ? error.message : String(error), target.secrets)}`);
    });
  } finally {
    clearTimeout(timer);
    await queue.close().catch(() => undefined);
    redis.disconnect();
  }
}
