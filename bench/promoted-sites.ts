import { Session } from 'node:inspector/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { detectPressureTactics } from '../agent/pressure/index.ts';
import { runSimulation, scenarioFrom } from '../sim/index.ts';
import { benchScenario } from './sim.ts';

/**
 * Where the simulator allocates what its young generation cannot collect: V8's sampling heap profiler run so that it
 * drops the samples a minor collection freed and keeps those freed by a full one, so what is left are the objects that
 * were promoted to the old generation (or are still alive at the end), by the function that allocated them. The GC's
 * share of a simulated decision is mostly this (a minor collection's cost grows with what survives it); summed, it
 * matches `promoted` of `--trace-gc-nvp`. A sample stands for `samplingInterval` bytes on average, so small sites are
 * noisy. With `--all`, samples a minor collection freed are kept too: every byte a decision allocates, by site.
 *
 *   node --expose-gc bin/run-ts.js bench/promoted-sites.ts [--rounds 4] [--consumers 200] [--top 30] [--all]
 */

interface HeapProfileNode {
  readonly callFrame: { readonly functionName: string; readonly url: string };
  readonly selfSize: number;
  readonly children: readonly HeapProfileNode[];
}

const HeapProfileNodeSchema: z.ZodType<HeapProfileNode> = z.lazy(() =>
  z.object({
    callFrame: z.object({ functionName: z.string(), url: z.string() }),
    selfSize: z.number().nonnegative(),
    children: z.array(HeapProfileNodeSchema),
  }),
);
const SamplingHeapProfileSchema = z.object({ head: HeapProfileNodeSchema });

/** A sampling heap profile (`HeapProfiler.stopSampling`'s `profile`). */
export type SamplingHeapProfile = z.infer<typeof SamplingHeapProfileSchema>;

/** Sampled bytes of one allocating function or file. */
export interface SiteBytes {
  readonly key: string;
  readonly bytes: number;
}

/**
 * A profile's sampled bytes in all, by allocating function (`name file`: the profiler gives transpiled TypeScript's
 * frames no useful line) and by file, largest first.
 */
export interface AllocationSites {
  readonly totalBytes: number;
  readonly functions: readonly SiteBytes[];
  readonly files: readonly SiteBytes[];
}

/** A sampling heap profile read from what the inspector returned; a typed error names what is wrong. */
export function parseSamplingHeapProfile(value: unknown): SamplingHeapProfile {
  const parsed = SamplingHeapProfileSchema.safeParse(value);
  if (!parsed.success) throw new TypeError(`not a sampling heap profile: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

const sorted = (bytes: Map<string, number>): SiteBytes[] => [...bytes].map(([key, b]) => ({ key, bytes: b })).sort((a, b) => b.bytes - a.bytes || (a.key < b.key ? -1 : 1));

/**
 * Sampled bytes by allocating site. A built-in that allocates (`push`, `Map.set`, a RegExp match: frames without a
 * file) counts for the nearest caller with a file, which is the code that asked for the memory. `root` is dropped from
 * file paths (the checkout's folder).
 */
export function summariseAllocationSites(profile: SamplingHeapProfile, root = ''): AllocationSites {
  const functions = new Map<string, number>();
  const files = new Map<string, number>();
  let totalBytes = 0;
  // Iterative: allocation stacks under async code run deep.
  const stack: Array<{ node: HeapProfileNode; site: { fn: string; file: string } | undefined }> = [{ node: profile.head, site: undefined }];
  while (stack.length > 0) {
    const { node, site: callerSite } = stack.pop()!;
    const { functionName, url } = node.callFrame;
    let site = callerSite;
    if (url !== '') {
      const path = url.startsWith('file://') ? url.slice('file://'.length) : url;
      const file = path.startsWith(root) ? path.slice(root.length) : path;
      site = { fn: `${functionName || '(anonymous)'} ${file}`, file };
    }
    if (node.selfSize > 0) {
      totalBytes += node.selfSize;
      const fn = site?.fn ?? `${functionName || '(anonymous)'} (native)`;
      const file = site?.file ?? '(native)';
      functions.set(fn, (functions.get(fn) ?? 0) + node.selfSize);
      files.set(file, (files.get(file) ?? 0) + node.selfSize);
    }
    for (const child of node.children) stack.push({ node: child, site });
  }
  return { totalBytes, functions: sorted(functions), files: sorted(files) };
}

const ArgsSchema = z.object({ rounds: z.number().int().positive(), consumers: z.number().int().positive(), top: z.number().int().positive() });

function option(args: readonly string[], name: string, fallback: number): number {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
}

async function main(args: readonly string[]): Promise<void> {
  const parsed = ArgsSchema.safeParse({ rounds: option(args, '--rounds', 4), consumers: option(args, '--consumers', 200), top: option(args, '--top', 30) });
  if (!parsed.success) {
    process.stderr.write('usage: node --expose-gc bin/run-ts.js bench/promoted-sites.ts [--rounds N] [--consumers N] [--top N] [--all]\n');
    process.exitCode = 2;
    return;
  }
  const { rounds, consumers, top } = parsed.data;
  const all = args.includes('--all');
  // Start-up (training the pressure model, indexing its patterns) allocates once and stays: not what a decision costs.
  detectPressureTactics('warm up: Only 2 left, hurry!');
  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.enable');
  // Both flags are in V8's protocol since 10.x; Node's typings do not list them yet.
  await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: all } as { samplingInterval: number });
  const result = await runSimulation(scenarioFrom(benchScenario(rounds, consumers)), { mode: 'fast', workers: 1, events: false, validateTrustEvents: false });
  const { profile } = await session.post('HeapProfiler.stopSampling');
  session.disconnect();
  const decisions = result.tally.rounds.reduce((s, r) => s + (r.butler?.decisions ?? 0), 0);
  const sites = summariseAllocationSites(parseSamplingHeapProfile(profile), fileURLToPath(new URL('../', import.meta.url)));
  const kb = (bytes: number) => `${(bytes / 1024 / Math.max(1, decisions)).toFixed(1).padStart(7)} KB`;
  const lines = [`${decisions} decisions; ${all ? 'allocated' : 'promoted'} (sampled): ${kb(sites.totalBytes).trim()} per decision`, '-- by file, per decision'];
  for (const f of sites.files.slice(0, top)) lines.push(`${kb(f.bytes)}  ${f.key}`);
  lines.push('-- by allocating function, per decision');
  for (const f of sites.functions.slice(0, top)) lines.push(`${kb(f.bytes)}  ${f.key}`);
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
