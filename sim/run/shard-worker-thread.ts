import { Worker } from 'node:worker_threads';

/**
 * The young generation of a shard's worker thread, in MB: V8 splits it into two semi-spaces and a large-object space
 * of a third each, so 192 MB gives 64 MB semi-spaces (V8's default on 64-bit systems: 16 MB). A decision allocates
 * ~2.9 MB, of which little outlives it, so a minor collection copies about what one decision holds whatever the
 * semi-space size: four times the room means a quarter of the minor collections for the same copying each, and fewer
 * objects promoted because they happened to be alive at a collection. Measured on one thread (200 consumers × 4 rounds,
 * node --max-semi-space-size=64, 3 alternated runs): CPU 14.1/14.7/15.5 s → 13.7/13.6/14.4 s (−5.8 %), peak RSS
 * 324–327 → 454–464 MB; 32 MB semi-spaces gave −1.6 %. Only where and when memory is collected changes, never a result.
 */
export const SHARD_YOUNG_GENERATION_MB = 192;

/**
 * Starts a worker thread that loads the TypeScript module `entry` (through `shard-worker-bootstrap.js`) with `data`
 * beside it in `workerData`, and the shard heap's young generation. The one place the simulator's shard threads are
 * made (a run's shards and a queue worker's thread). A shard run in the calling thread (`--workers 1`) keeps the
 * process's own young generation: V8 sizes it when the thread starts (`node --max-semi-space-size=64` sets it there).
 */
export function startShardWorker(entry: string, data: Readonly<Record<string, unknown>> = {}): Worker {
  return new Worker(new URL('./shard-worker-bootstrap.js', import.meta.url), {
    workerData: { ...data, entry },
    resourceLimits: { maxYoungGenerationSizeMb: SHARD_YOUNG_GENERATION_MB },
  });
}
