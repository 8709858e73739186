import { describe, expect, it } from 'vitest';
import { SHARD_YOUNG_GENERATION_MB, startShardWorker } from '../../sim/run/shard-worker-thread.ts';

interface Report {
  readonly resourceLimits: { readonly maxYoungGenerationSizeMb: number };
  readonly workerData: Record<string, unknown>;
  readonly newSpaceBytes: number;
}

function report(data: Record<string, unknown>): Promise<Report> {
  const worker = startShardWorker(new URL('./fixtures/report-shard-thread.ts', import.meta.url).href, data);
  return new Promise((resolve, reject) => {
    worker.once('message', (message: Report) => {
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

describe('a shard worker thread', () => {
  it('loads its TypeScript entry with its data, and has the shard young generation', async () => {
    const got = await report({ consumers: [3, 4], mode: 'fast' });
    expect(got.workerData).toMatchObject({ consumers: [3, 4], mode: 'fast' });
    expect(got.resourceLimits.maxYoungGenerationSizeMb).toBe(SHARD_YOUNG_GENERATION_MB);
    // V8's default semi-space on 64-bit is 16 MB (new space 32 MB at most): the thread's grew past it.
    expect(got.newSpaceBytes).toBeGreaterThan(32 * 1024 * 1024);
  }, 60_000);
});
