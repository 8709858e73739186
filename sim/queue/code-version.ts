import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

/** The folders whose code decides a shard's numbers (the simulator and everything it runs), plus the lockfile. */
const RESULT_FOLDERS = ['protocol', 'brand-agent', 'storage', 'agent', 'sim'] as const;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|js|json|csv|txt)$/.test(entry.name)) out.push(path);
  }
  return out;
}

let cached: string | undefined;

/**
 * The simulator's code version: the package version and a hash of every source and data file that can change a
 * shard's numbers (protocol, brand-agent, storage, agent, sim) and of package-lock.json. Two machines agree on it
 * exactly when they would compute the same bytes for the same shard, so a worker refuses shards of another version.
 */
export function simCodeVersion(): string {
  if (cached !== undefined) return cached;
  const hash = createHash('sha256');
  const files = [...RESULT_FOLDERS.flatMap((f) => sourceFiles(join(ROOT, f))), join(ROOT, 'package-lock.json')]
    .map((path) => ({ path, rel: relative(ROOT, path).split('\\').join('/') }))
    .sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
  for (const { path, rel } of files) {
    hash.update(`${rel}\0`);
    // Line endings normalised: a Windows checkout with autocrlf runs the same code.
    hash.update(readFileSync(path, 'utf8').replace(/\r\n/g, '\n'));
    hash.update('\0');
  }
  const pkg = z.object({ version: z.string() }).safeParse(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')));
  cached = `${pkg.success ? pkg.data.version : '0'}+${hash.digest('hex').slice(0, 16)}`;
  return cached;
}
