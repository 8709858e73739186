import { existsSync } from 'node:fs';
import { lstat, readdir, realpath, readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

/** A report file found under the reports directory. */
export interface ReportFile {
  /** Path relative to the reports directory, with forward slashes. */
  readonly path: string;
  readonly size: number;
  readonly modifiedAt: string;
}

/** File types served from the reports directory, by extension; anything else is never served. */
export const REPORT_CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Largest report file served (bytes). */
export const MAX_REPORT_BYTES = 50 * 1024 * 1024;

const MAX_DEPTH = 4;
const MAX_REPORTS = 500;

/**
 * The reports directory when `--reports` is not given: `./results` (where the README's `simulate … --out results/…`
 * commands write) when it exists, else `$MAJORDOME_HOME/reports` when that is set, else `./results`.
 */
export function defaultReportsDir(env: NodeJS.ProcessEnv, cwd: string = process.cwd(), exists: (path: string) => boolean = existsSync): string {
  const results = resolve(cwd, 'results');
  if (exists(results) || !env.MAJORDOME_HOME) return results;
  return join(env.MAJORDOME_HOME, 'reports');
}

/** Every `report.html` under the directory (a few levels deep, dot folders and symlinks skipped), newest first. */
export async function listReports(root: string): Promise<ReportFile[]> {
  const found: ReportFile[] = [];
  async function walk(dir: string, rel: string[], depth: number): Promise<void> {
    if (depth > MAX_DEPTH || found.length >= MAX_REPORTS) return;
    let names: string[];
    try {
      names = (await readdir(dir)).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') || found.length >= MAX_REPORTS) continue;
      const path = join(dir, name);
      const info = await lstat(path).catch(() => undefined);
      if (!info || info.isSymbolicLink()) continue;
      if (info.isDirectory()) await walk(path, [...rel, name], depth + 1);
      else if (info.isFile() && name === 'report.html') found.push({ path: [...rel, name].join('/'), size: info.size, modifiedAt: info.mtime.toISOString() });
    }
  }
  await walk(root, [], 0);
  return found.sort((a, b) => (a.modifiedAt < b.modifiedAt ? 1 : a.modifiedAt > b.modifiedAt ? -1 : a.path < b.path ? -1 : 1));
}

/** A report file read for serving, or why it is not served. */
export type ReportRead =
  | { readonly kind: 'file'; readonly body: Buffer; readonly contentType: string }
  | { readonly kind: 'not-found' }
  | { readonly kind: 'too-large' };

/**
 * Reads one file under the reports directory by its relative path (already split into decoded segments), refusing
 * anything that could leave the directory: empty, dot or dot-dot segments, separators inside a segment, NUL bytes,
 * symlinks pointing outside, non-files and extensions outside REPORT_CONTENT_TYPES.
 */
export async function readReportFile(root: string, segments: readonly string[]): Promise<ReportRead> {
  if (segments.length === 0 || segments.length > MAX_DEPTH + 1) return { kind: 'not-found' };
  for (const s of segments) if (s === '' || s.startsWith('.') || /[/\\\0:]/.test(s)) return { kind: 'not-found' };
  const contentType = REPORT_CONTENT_TYPES[extname(segments[segments.length - 1]!).toLowerCase()];
  if (!contentType) return { kind: 'not-found' };
  let rootReal: string;
  let fileReal: string;
  try {
    rootReal = await realpath(root);
    fileReal = await realpath(resolve(rootReal, ...segments));
  } catch {
    return { kind: 'not-found' };
  }
  if (!fileReal.startsWith(rootReal + sep)) return { kind: 'not-found' };
  const info = await lstat(fileReal).catch(() => undefined);
  if (!info?.isFile()) return { kind: 'not-found' };
  if (info.size > MAX_REPORT_BYTES) return { kind: 'too-large' };
  return { kind: 'file', body: await readFile(fileReal), contentType };
}
