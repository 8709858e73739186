import { readFileSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A file served under /static/. */
export interface StaticAsset {
  readonly body: string;
  readonly contentType: string;
}

const TYPES: Readonly<Record<string, string>> = { '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** The page scripts and stylesheet shipped in `web/static/`, read once (a fixed set: nothing else is ever served there). */
export function loadStaticAssets(dir: string = fileURLToPath(new URL('./static/', import.meta.url))): ReadonlyMap<string, StaticAsset> {
  const assets = new Map<string, StaticAsset>();
  for (const name of readdirSync(dir).sort()) {
    const contentType = TYPES[extname(name)];
    if (contentType && /^[a-z0-9-]+\.(js|css)$/.test(name)) assets.set(name, { body: readFileSync(join(dir, name), 'utf8'), contentType });
  }
  return assets;
}
