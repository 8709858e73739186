import { Redis } from 'ioredis';
import { z } from 'zod';
import type { QueueTarget } from './queue-url.ts';

/** The BullMQ queue every study and worker of a Redis database shares (studies are told apart by their id). */
export const QUEUE_NAME = 'sim-shards';
/** The key prefix of the queue and of the registry below. */
export const QUEUE_PREFIX = 'majordome';

const KEY = `${QUEUE_PREFIX}:${QUEUE_NAME}:registry`;

/** What a running study publishes about itself (refreshed every poll; gone shortly after its coordinator stops). */
export const StudyRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  codeVersion: z.string(),
  host: z.string(),
  pid: z.number().int(),
  startedAt: z.number(),
  shardsTotal: z.number().int(),
  shardsDone: z.number().int(),
  decisionsTotal: z.number().int(),
  decisionsDone: z.number().int(),
  updatedAt: z.number(),
});
/** A running study, as listed by `sim-status`. */
export type StudyRecord = z.infer<typeof StudyRecordSchema>;

/** What a worker publishes about itself (refreshed every few seconds; gone shortly after it stops or dies). */
export const WorkerRecordSchema = z.object({
  id: z.string(),
  host: z.string(),
  pid: z.number().int(),
  codeVersion: z.string(),
  concurrency: z.number().int(),
  startedAt: z.number(),
  shardsDone: z.number().int(),
  shardsFailed: z.number().int(),
  shardsRefused: z.number().int(),
  active: z.array(z.object({ jobId: z.string(), label: z.string(), decisions: z.number().int(), total: z.number().int() })),
  stopping: z.boolean(),
  updatedAt: z.number(),
});
/** A live worker, as listed by `sim-status`. */
export type WorkerRecord = z.infer<typeof WorkerRecordSchema>;

/** A worker's refusal of one shard (its code version differs), shown by the study that owns the shard. */
export const RefusalSchema = z.object({ jobId: z.string(), label: z.string(), worker: z.string(), reason: z.string() });
/** A worker's refusal of one shard. */
export type Refusal = z.infer<typeof RefusalSchema>;

/** Opens a plain Redis connection for the registry; commands fail fast while Redis is away (callers retry). */
export function openRedis(target: QueueTarget): Redis {
  return new Redis({
    host: target.host,
    port: target.port,
    db: target.db,
    ...(target.username ? { username: target.username } : {}),
    ...(target.password ? { password: target.password } : {}),
    ...(target.tls ? { tls: { servername: target.host } } : {}),
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    lazyConnect: true,
  });
}

function parsedJson<T>(schema: z.ZodType<T>, text: string | null): T | undefined {
  if (text === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The studies and workers of a queue, kept in Redis with short expiries so dead processes drop out by themselves. */
export class QueueRegistry {
  constructor(private readonly redis: Redis) {}

  /** Publishes (or refreshes) a running study for `ttlMs`. */
  async publishStudy(record: StudyRecord, ttlMs: number): Promise<void> {
    await this.redis.set(`${KEY}:study:${record.id}`, JSON.stringify(record), 'PX', ttlMs);
  }

  /** Removes a study from the list of running studies. */
  async removeStudy(id: string): Promise<void> {
    await this.redis.del(`${KEY}:study:${id}`);
  }

  /** Publishes (or refreshes) a live worker for `ttlMs`. */
  async publishWorker(record: WorkerRecord, ttlMs: number): Promise<void> {
    await this.redis.set(`${KEY}:worker:${record.id}`, JSON.stringify(record), 'PX', ttlMs);
  }

  /** Removes a worker from the list of live workers. */
  async removeWorker(id: string): Promise<void> {
    await this.redis.del(`${KEY}:worker:${id}`);
  }

  /** Marks a study as stopped (failed or abandoned): workers drop its remaining shards instead of running them. */
  async cancelStudy(id: string): Promise<void> {
    await this.redis.set(`${KEY}:cancelled:${id}`, '1', 'PX', 86_400_000);
  }

  /** True when the study was cancelled. */
  async isCancelled(id: string): Promise<boolean> {
    return (await this.redis.exists(`${KEY}:cancelled:${id}`)) === 1;
  }

  /** Records a worker's refusal of a shard, for the study to show. */
  async addRefusal(study: string, refusal: Refusal): Promise<void> {
    const key = `${KEY}:refusals:${study}`;
    await this.redis.multi().rpush(key, JSON.stringify(refusal)).pexpire(key, 86_400_000).exec();
  }

  /** The refusals of a study's shards from index `from` on. */
  async refusals(study: string, from: number): Promise<Refusal[]> {
    const raw = await this.redis.lrange(`${KEY}:refusals:${study}`, from, -1);
    return raw.map((r) => parsedJson(RefusalSchema, r)).filter((r): r is Refusal => r !== undefined);
  }

  /** Removes a finished study's bookkeeping. */
  async forgetStudy(id: string): Promise<void> {
    await this.redis.del(`${KEY}:study:${id}`, `${KEY}:refusals:${id}`);
  }

  private async scanJson<T>(pattern: string, schema: z.ZodType<T>): Promise<T[]> {
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await this.redis.scan(cursor, 'MATCH', pattern, 'COUNT', 200);
      cursor = next;
      keys.push(...batch);
    } while (cursor !== '0');
    if (keys.length === 0) return [];
    const values = await this.redis.mget(...keys.sort());
    return values.map((v) => parsedJson(schema, v)).filter((v): v is T => v !== undefined);
  }

  /** Running studies, oldest first. */
  async listStudies(): Promise<StudyRecord[]> {
    return (await this.scanJson(`${KEY}:study:*`, StudyRecordSchema)).sort((a, b) => a.startedAt - b.startedAt);
  }

  /** Live workers, oldest first. */
  async listWorkers(): Promise<WorkerRecord[]> {
    return (await this.scanJson(`${KEY}:worker:*`, WorkerRecordSchema)).sort((a, b) => a.startedAt - b.startedAt);
  }

  /** Redis's run id: it changes when the server restarts (so lost jobs can be told from removed ones). */
  async serverRunId(): Promise<string> {
    const info = await this.redis.info('server');
    return /run_id:([0-9a-f]+)/.exec(info)?.[1] ?? 'unknown';
  }
}
