import type { ProfileSummary } from './cpu-profile-summary.ts';

/** Where a simulation's CPU went, by part, in milliseconds (idle time left out). */
export interface SimCpuSplit {
  /** The reference brands' own code (`brand-agent/`): what any butler has to wait for. */
  readonly brands: number;
  /** The butler (`agent/`). */
  readonly butler: number;
  /** The simulator's own code (`sim/`). */
  readonly simulator: number;
  /** Shared protocol and storage code (`protocol/`, `storage/`), called by both sides. */
  readonly shared: number;
  /** Libraries (`node_modules/`: zod, the MCP SDK…). */
  readonly libraries: number;
  /** V8's garbage collector. */
  readonly gc: number;
  /** Everything else: Node's own modules, compilation, the runtime. */
  readonly runtime: number;
}

const PARTS: ReadonlyArray<readonly [prefix: string, part: Exclude<keyof SimCpuSplit, 'gc' | 'runtime'>]> = [
  ['brand-agent/', 'brands'],
  ['agent/', 'butler'],
  ['sim/', 'simulator'],
  ['protocol/', 'shared'],
  ['storage/', 'shared'],
];

/**
 * Splits a profiled run's self time by part of the code (files named relative to the checkout, as
 * `summariseCpuProfile` gives them with the checkout as root). Self time only, so nothing is counted twice; library
 * frames count where they run (zod called by the butler counts as a library), and time spent waiting counts nowhere.
 */
export function simCpuSplit(summary: ProfileSummary): SimCpuSplit {
  const split = { brands: 0, butler: 0, simulator: 0, shared: 0, libraries: 0, gc: 0, runtime: 0 };
  for (const file of summary.files) {
    const part = PARTS.find(([prefix]) => file.key.startsWith(prefix))?.[1];
    if (part) split[part] += file.selfMs;
    else if (file.key.includes('node_modules/')) split.libraries += file.selfMs;
    else if (file.key !== '(native)') split.runtime += file.selfMs;
  }
  for (const fn of summary.functions) {
    if (!fn.key.endsWith('(native)')) continue;
    if (fn.key.startsWith('(garbage collector)')) split.gc += fn.selfMs;
    else if (!fn.key.startsWith('(idle)')) split.runtime += fn.selfMs;
  }
  return split;
}
