import type { BrandDirectoryEntry } from './brand-directory.ts';

/**
 * What makes two directory entries the same party on the wire: the URL (normalised: scheme, host and port
 * lowercased by the URL parser, no fragment), the command line and working directory, or the built-in brand.
 */
export function endpointKey(entry: BrandDirectoryEntry): string {
  switch (entry.kind) {
    case 'builtin':
      return `builtin:${entry.id}`;
    case 'stdio':
      return `stdio:${JSON.stringify([entry.command, ...entry.args])}${entry.cwd ? ` in ${entry.cwd}` : ''}`;
    case 'http': {
      const url = new URL(entry.url);
      url.hash = '';
      return url.href;
    }
  }
}
