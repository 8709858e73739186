import type { CpuProfile } from './cpu-profile-summary.ts';

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

type Part = keyof SimCpuSplit;

const PARTS: ReadonlyArray<readonly [prefix: string, part: Exclude<Part, 'gc' | 'runtime'>]> = [
  ['brand-agent/', 'brands'],
  ['agent/', 'butler'],
  ['sim/', 'simulator'],
  ['protocol/', 'shared'],
  ['storage/', 'shared'],
];

/** V8's own pseudo-frames: not code anyone called, so they are never attributed to a caller. */
const PSEUDO_FRAMES = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);

/** The part a frame's file belongs to (`url` as in the profile, `root` the checkout's folder). */
function partOfFile(url: string, root: string): Part {
  const path = url.startsWith('file://') ? url.slice('file://'.length) : url;
  const file = path.startsWith(root) ? path.slice(root.length) : path;
  const part = PARTS.find(([prefix]) => file.startsWith(prefix))?.[1];
  if (part) return part;
  return file.includes('node_modules/') ? 'libraries' : 'runtime';
}

/**
 * Splits a profiled run's self time by part of the code (`root` is the checkout's folder, the prefix of the files'
 * paths). Each sample counts once, where it ran; a sample inside a native frame (a regular expression's compiled code,
 * `JSON.stringify`, a `Map` builtin…) counts for the nearest JavaScript frame that called it, so the detector's
 * regular expressions are the butler's time, not the runtime's. Library frames count where they run (zod called by the
 * butler counts as a library), garbage collection apart, V8's own frames (`(program)`, a native frame with no
 * JavaScript caller) as runtime, and time spent idle nowhere.
 */
export function simCpuSplit(profile: CpuProfile, root: string): SimCpuSplit {
  const split: Record<Part, number> = { brands: 0, butler: 0, simulator: 0, shared: 0, libraries: 0, gc: 0, runtime: 0 };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  // Part of each sampled node, memoised: profiles have far fewer nodes than samples.
  const partOf = new Map<number, Part | undefined>();
  const attribute = (id: number): Part | undefined => {
    if (partOf.has(id)) return partOf.get(id);
    const frame = byId.get(id)!.callFrame;
    let part: Part | undefined;
    if (frame.functionName === '(idle)') part = undefined;
    else if (frame.functionName === '(garbage collector)') part = 'gc';
    else if (frame.url === '' && PSEUDO_FRAMES.has(frame.functionName)) part = 'runtime';
    else if (frame.url !== '') part = partOfFile(frame.url, root);
    else {
      // A native frame: the nearest JavaScript caller's part.
      part = 'runtime';
      for (let up = parent.get(id); up !== undefined; up = parent.get(up)) {
        const caller = byId.get(up)!.callFrame;
        if (caller.url !== '') {
          part = partOfFile(caller.url, root);
          break;
        }
      }
    }
    partOf.set(id, part);
    return part;
  };
  for (let i = 0; i < profile.samples.length; i++) {
    const part = attribute(profile.samples[i]!);
    if (part !== undefined) split[part] += Math.max(0, profile.timeDeltas[i] ?? 0) / 1000;
  }
  return split;
}
