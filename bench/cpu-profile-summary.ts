import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/**
 * Where a V8 CPU profile (`node --cpu-prof`, a `.cpuprofile` file) spends its time, by function and by file: self time
 * (samples whose innermost frame is the function) and inclusive time (samples with the function anywhere on the stack,
 * counted once per sample however deep it recurses), and what one function's time is made of (its callees). The
 * simulator's speed work reads profiles this way; before this file each session wrote its own script.
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --expose-gc bin/run-ts.js bench/sim.ts --child '{"rounds":10,"consumers":200,"mode":"fast","workers":1,"validate":false}'
 *   node bin/run-ts.js bench/cpu-profile-summary.ts /tmp/prof/<largest>.cpuprofile [--top 40] [--under shop] [--root /path/of/checkout/]
 *
 * Async functions resumed after an `await` have no caller on the sampled stack, so inclusive times of async callers
 * cover their synchronous parts only.
 */

const CallFrameSchema = z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number(), columnNumber: z.number() });
const ProfileNodeSchema = z.object({ id: z.number().int(), callFrame: CallFrameSchema, children: z.array(z.number().int()).optional() });
const CpuProfileSchema = z.object({ nodes: z.array(ProfileNodeSchema).min(1), samples: z.array(z.number().int()), timeDeltas: z.array(z.number()) });

/** A parsed `.cpuprofile`. */
export type CpuProfile = z.infer<typeof CpuProfileSchema>;

/** Time of one function (or file), in milliseconds. */
export interface ProfileEntry {
  /** `name file:line` for a function, the file for a file (`(native)` for V8's own frames). */
  readonly key: string;
  readonly selfMs: number;
  readonly inclusiveMs: number;
}

/** A profile's time by function and by file, largest self time first, and the sampled total. */
export interface ProfileSummary {
  readonly totalMs: number;
  readonly functions: readonly ProfileEntry[];
  readonly files: readonly ProfileEntry[];
}

/** A `.cpuprofile` read from its JSON text; a typed error names what is wrong (the file comes from outside). */
export function parseCpuProfile(text: string): CpuProfile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new TypeError(`not a CPU profile: ${(error as Error).message}`);
  }
  const parsed = CpuProfileSchema.safeParse(value);
  if (!parsed.success) throw new TypeError(`not a CPU profile: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** The repository-relative part of a frame's URL (the worktree's own prefix is dropped), or `(native)`. */
function fileOf(url: string, root: string): string {
  if (url === '') return '(native)';
  const path = url.startsWith('file://') ? url.slice('file://'.length) : url;
  return path.startsWith(root) ? path.slice(root.length) : path;
}

interface Indexed {
  readonly functionKey: Map<number, string>;
  readonly fileKey: Map<number, string>;
  readonly parent: Map<number, number>;
  readonly children: Map<number, readonly number[]>;
  /** Sampled time per node, in microseconds. */
  readonly time: Map<number, number>;
  readonly totalUs: number;
}

function index(profile: CpuProfile, root: string): Indexed {
  const functionKey = new Map<number, string>();
  const fileKey = new Map<number, string>();
  const parent = new Map<number, number>();
  const children = new Map<number, readonly number[]>();
  for (const node of profile.nodes) {
    const file = fileOf(node.callFrame.url, root);
    fileKey.set(node.id, file);
    functionKey.set(node.id, `${node.callFrame.functionName || '(anonymous)'} ${file}${node.callFrame.url === '' ? '' : `:${node.callFrame.lineNumber + 1}`}`);
    children.set(node.id, node.children ?? []);
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const time = new Map<number, number>();
  let totalUs = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = Math.max(0, profile.timeDeltas[i] ?? 0);
    const id = profile.samples[i]!;
    time.set(id, (time.get(id) ?? 0) + delta);
    totalUs += delta;
  }
  return { functionKey, fileKey, parent, children, time, totalUs };
}

/** Self and inclusive time under one key function (function or file), each key counted once per sampled stack. */
function entries(ix: Indexed, keyOf: Map<number, string>): ProfileEntry[] {
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, us] of ix.time) {
    if (us === 0) continue;
    const innermost = keyOf.get(id)!;
    self.set(innermost, (self.get(innermost) ?? 0) + us);
    const seen = new Set<string>();
    for (let node: number | undefined = id; node !== undefined; node = ix.parent.get(node)) {
      const key = keyOf.get(node)!;
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + us);
    }
  }
  return [...inclusive]
    .map(([key, us]) => ({ key, selfMs: (self.get(key) ?? 0) / 1000, inclusiveMs: us / 1000 }))
    .sort((a, b) => b.selfMs - a.selfMs || b.inclusiveMs - a.inclusiveMs || (a.key < b.key ? -1 : 1));
}

/** Time by function and by file. `root` is the prefix dropped from file paths (the repository's folder). */
export function summariseCpuProfile(profile: CpuProfile, root = ''): ProfileSummary {
  const ix = index(profile, root);
  return { totalMs: ix.totalUs / 1000, functions: entries(ix, ix.functionKey), files: entries(ix, ix.fileKey) };
}

/**
 * What the time of the functions whose key starts with `prefix` is made of: their own time, then each callee's
 * inclusive time, over every outermost call of such a function (a recursive call is counted in its outer one).
 */
export function calleesOf(profile: CpuProfile, prefix: string, root = ''): { readonly totalMs: number; readonly parts: readonly { key: string; ms: number }[] } {
  const ix = index(profile, root);
  const inclusive = new Map<number, number>();
  const inclusiveOf = (id: number): number => {
    const known = inclusive.get(id);
    if (known !== undefined) return known;
    // Iterative post-order: profiles of deep async stacks can exceed the call stack.
    const stack: Array<{ id: number; done: boolean }> = [{ id, done: false }];
    while (stack.length > 0) {
      const top = stack.pop()!;
      if (inclusive.has(top.id)) continue;
      const kids = ix.children.get(top.id) ?? [];
      if (top.done) inclusive.set(top.id, kids.reduce((sum, kid) => sum + inclusive.get(kid)!, ix.time.get(top.id) ?? 0));
      else {
        stack.push({ id: top.id, done: true });
        for (const kid of kids) if (!inclusive.has(kid)) stack.push({ id: kid, done: false });
      }
    }
    return inclusive.get(id)!;
  };
  const parts = new Map<string, number>();
  let totalUs = 0;
  const matches = (id: number) => ix.functionKey.get(id)!.startsWith(prefix);
  const walk: Array<{ id: number; inside: boolean }> = [{ id: profile.nodes[0]!.id, inside: false }];
  while (walk.length > 0) {
    const { id, inside } = walk.pop()!;
    const here = !inside && matches(id);
    if (here) {
      totalUs += inclusiveOf(id);
      parts.set('(self)', (parts.get('(self)') ?? 0) + (ix.time.get(id) ?? 0));
      for (const kid of ix.children.get(id) ?? []) {
        const key = ix.functionKey.get(kid)!;
        parts.set(key, (parts.get(key) ?? 0) + inclusiveOf(kid));
      }
    }
    for (const kid of ix.children.get(id) ?? []) walk.push({ id: kid, inside: inside || here });
  }
  return {
    totalMs: totalUs / 1000,
    parts: [...parts].map(([key, us]) => ({ key, ms: us / 1000 })).sort((a, b) => b.ms - a.ms || (a.key < b.key ? -1 : 1)),
  };
}

/** The folder every file frame of the profile lies in (the checkout that was profiled), so paths print relative to it. */
export function commonFolder(profile: CpuProfile): string {
  let common: string | undefined;
  for (const node of profile.nodes) {
    const url = node.callFrame.url;
    if (!url.startsWith('file://')) continue;
    const path = url.slice('file://'.length);
    if (common === undefined) common = path.slice(0, path.lastIndexOf('/') + 1);
    else while (!path.startsWith(common)) common = common.slice(0, common.lastIndexOf('/', common.length - 2) + 1);
  }
  return common ?? '';
}

function table(title: string, rows: readonly ProfileEntry[], totalMs: number, top: number, by: 'selfMs' | 'inclusiveMs'): string[] {
  const share = (ms: number) => `${((100 * ms) / totalMs).toFixed(1).padStart(5)} %`;
  const sorted = [...rows].sort((a, b) => b[by] - a[by]);
  return [`-- ${title}`, ...sorted.slice(0, top).map((r) => `${share(r.selfMs)} self ${share(r.inclusiveMs)} incl  ${r.key}`)];
}

async function main(args: readonly string[]): Promise<void> {
  const file = args.find((a, i) => !a.startsWith('--') && !['--top', '--under', '--root'].includes(args[i - 1] ?? ''));
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  if (file === undefined) {
    process.stderr.write('usage: node bin/run-ts.js bench/cpu-profile-summary.ts <file.cpuprofile> [--top N] [--under <function name or key prefix>] [--root <folder>]\n');
    process.exitCode = 2;
    return;
  }
  const top = Number(option('--top') ?? 40);
  let profile: CpuProfile;
  try {
    profile = parseCpuProfile(readFileSync(file, 'utf8'));
  } catch (error) {
    process.stderr.write(`${file}: ${(error as Error).message}\n`);
    process.exitCode = 1;
    return;
  }
  const root = option('--root') ?? commonFolder(profile);
  const summary = summariseCpuProfile(profile, root);
  const lines = [`sampled ${(summary.totalMs / 1000).toFixed(2)} s`];
  lines.push(...table('functions by self time', summary.functions, summary.totalMs, top, 'selfMs'));
  lines.push(...table('functions by inclusive time', summary.functions, summary.totalMs, top, 'inclusiveMs'));
  lines.push(...table('files by self time', summary.files, summary.totalMs, Math.min(top, 30), 'selfMs'));
  const under = option('--under');
  if (under !== undefined) {
    const made = calleesOf(profile, under, root);
    lines.push(`-- what ${under}… is made of (${made.totalMs.toFixed(0)} ms)`);
    for (const part of made.parts.slice(0, top)) lines.push(`${((100 * part.ms) / Math.max(made.totalMs, 1e-9)).toFixed(1).padStart(5)} %  ${part.ms.toFixed(0).padStart(6)} ms  ${part.key}`);
  }
  process.stdout.write(`${lines.join('\n')}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main(process.argv.slice(2));
