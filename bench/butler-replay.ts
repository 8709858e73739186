import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { InMemoryButlerMemory, createButler } from '../agent/butler/index.ts';
import type { BrandCallResult } from '../agent/transport/index.ts';
import { detectPressureTactics, getDefaultPressureDetector } from '../agent/pressure/index.ts';
import { RECOMMENDATION_FLOOR } from '../agent/trust/index.ts';
import { benchBrandCores, benchClock, benchNeed, noTrust } from './butler.ts';
import { connectionOver } from './fixtures/direct-connection.ts';
import { percentile } from './stats.ts';

/**
 * The butler's own work on the `butler` bench's requests, with nothing else in the process doing any: a first pass
 * runs the butler against the 10 brands and records every answer, a second runs a fresh butler (fresh memory, fresh
 * detector) against connections that hand those answers back. The second pass's CPU per request is the butler's alone
 * (its garbage collection included, the brands' not), and so are its CPU profile (--prof FILE) and its sampled
 * allocations (--heap FILE: V8's sampling heap profile, every object allocated, collected or not). The replay is
 * checked: every request's explanation must read as in the live pass.
 *
 *   node bin/run-ts.js bench/butler-replay.ts [--requests 220] [--prof out.cpuprofile] [--heap out.heapprofile]
 */

const ArgsSchema = z.object({ requests: z.number().int().min(21), prof: z.string().optional(), heap: z.string().optional() });

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/** Sampled bytes in a sampling heap profile (`HeapProfiler.stopSampling`). */
interface HeapNode {
  readonly selfSize: number;
  readonly children: readonly HeapNode[];
}
function sampledBytes(node: HeapNode): number {
  let total = 0;
  const stack: HeapNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    total += n.selfSize;
    for (const c of n.children) stack.push(c);
  }
  return total;
}

async function main(argv: readonly string[]): Promise<void> {
  const parsed = ArgsSchema.safeParse({ requests: Number(option(argv, '--requests') ?? 220), prof: option(argv, '--prof'), heap: option(argv, '--heap') });
  if (!parsed.success) {
    process.stderr.write('usage: node bin/run-ts.js bench/butler-replay.ts [--requests N ≥ 21] [--prof out.cpuprofile] [--heap out.heapprofile]\n');
    process.exitCode = 2;
    return;
  }
  const { requests, prof, heap } = parsed.data;
  const clock = benchClock();
  const cores = benchBrandCores(clock);
  // Each brand's answers by request, in the order the butler asked.
  const recorded = new Map<string, Array<BrandCallResult<never>>>();
  let request = 0;
  const keyOf = (brandId: string) => `${request}\u0000${brandId}`;
  const live = cores.map((core) =>
    connectionOver(core, async (tool, args) => {
      const outcome = await core.call(tool, args);
      const result: BrandCallResult<never> = outcome.ok ? { ok: true, value: outcome.value as never } : { ok: false, error: outcome.error.toData() };
      const key = keyOf(core.card.id);
      const list = recorded.get(key);
      if (list === undefined) recorded.set(key, [result]);
      else list.push(result);
      return result;
    }),
  );
  const first = createButler({ brands: () => live, memory: new InMemoryButlerMemory({ secret: 'bench' }), trust: noTrust, detectPressure: detectPressureTactics, clock, seed: 1, honestyFloor: RECOMMENDATION_FLOOR });
  const summaries: string[] = [];
  for (request = 0; request < requests; request++) summaries.push((await first.shop(benchNeed, { requestId: `bench-${request}` })).explanation.summary);

  const cursor = new Map<string, number>();
  const replay = cores.map((core) =>
    connectionOver(core, async () => {
      const key = keyOf(core.card.id);
      const i = cursor.get(key) ?? 0;
      cursor.set(key, i + 1);
      const answer = recorded.get(key)?.[i];
      if (answer === undefined) throw new Error(`butler-replay: the replayed butler asked ${core.card.id} more than the live one did in request ${request}`);
      return answer;
    }),
  );
  // A detector of its own (the same trained model), so the replay reads every text afresh as the live pass did.
  const replayed = createButler({ brands: () => replay, memory: new InMemoryButlerMemory({ secret: 'bench' }), trust: noTrust, detectPressure: getDefaultPressureDetector({}), clock, seed: 1, honestyFloor: RECOMMENDATION_FLOOR });
  const session = new Session();
  session.connect();
  if (heap !== undefined) {
    await session.post('HeapProfiler.enable');
    // Both flags are in V8's protocol since 10.x; Node's typings do not list them yet.
    await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMinorGC: true, includeObjectsCollectedByMajorGC: true } as { samplingInterval: number });
  }
  if (prof !== undefined) {
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const cpu: number[] = [];
  let differing = 0;
  const warmup = 20;
  for (request = 0; request < requests; request++) {
    const start = process.cpuUsage();
    const summary = (await replayed.shop(benchNeed, { requestId: `bench-${request}` })).explanation.summary;
    const used = process.cpuUsage(start);
    if (summary !== summaries[request]) differing++;
    if (request >= warmup) cpu.push((used.user + used.system) / 1000);
  }
  const lines: string[] = [];
  if (prof !== undefined) {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(prof, JSON.stringify(profile));
    lines.push(`CPU profile of the replay written to ${prof} (read it with bench/cpu-profile-summary.ts)`);
  }
  if (heap !== undefined) {
    const { profile } = await session.post('HeapProfiler.stopSampling');
    writeFileSync(heap, JSON.stringify(profile));
    lines.push(`allocated (sampled, all ${requests} requests): ${(sampledBytes(profile.head as HeapNode) / requests / 1024).toFixed(0)} KB per request; profile written to ${heap}`);
  }
  session.disconnect();
  const mean = cpu.reduce((a, b) => a + b, 0) / cpu.length;
  lines.unshift(
    `butler alone (brand answers replayed), ${cpu.length} requests after ${warmup}: CPU p50 ${percentile(cpu, 50).toFixed(2)} ms, p90 ${percentile(cpu, 90).toFixed(2)} ms, mean ${mean.toFixed(2)} ms per request; ` +
      `explanations differing from the live pass: ${differing}`,
  );
  process.stdout.write(`${lines.join('\n')}\n`);
  if (differing > 0) process.exitCode = 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
