// Public API of the simulation job queue: studies sharded over BullMQ jobs on Redis, workers on any machine, status.
// bullmq and ioredis are imported only in this folder.
export { parseQueueUrl, redactSecrets, redactRedisUrls } from './queue-url.ts';
export type { QueueTarget } from './queue-url.ts';
export { simCodeVersion } from './code-version.ts';
export { runQueuedStudies, runQueuedStudy, runQueuedSeeds } from './run-queued-study.ts';
export type { QueuedProgress, QueuedRunOptions, QueuedStudies } from './run-queued-study.ts';
export { startSimWorker } from './start-sim-worker.ts';
export type { SimWorker, SimWorkerOptions } from './start-sim-worker.ts';
export { readQueueStatus } from './queue-status.ts';
export type { QueueStatus } from './queue-status.ts';
export { QUEUE_NAME, QUEUE_PREFIX } from './queue-registry.ts';
export type { StudyRecord, WorkerRecord } from './queue-registry.ts';
export { SHARD_JOB_FORMAT, ShardJobSchema, scenarioHash, shardJobId } from './shard-job.ts';
export type { ShardJob } from './shard-job.ts';
