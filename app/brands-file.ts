import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadBrandDirectory, parseBrandDirectory, type BrandDirectory } from '../agent/directory/index.ts';
import { REFERENCE_BRAND_IDS } from '../brand-agent/reference/index.ts';

/** The built-in demo market: every reference brand, in-process. */
export function demoDirectory(): BrandDirectory {
  return parseBrandDirectory({ brands: REFERENCE_BRAND_IDS.map((id) => ({ id, kind: 'builtin' })) }, 'the built-in demo market');
}

/** The brand directory to use: an explicit file, else `$MAJORDOME_HOME/brands.json` when present, else the demo market. */
export async function resolveDirectory(options: { brandsFile?: string | undefined; home?: string | undefined }): Promise<{ directory: BrandDirectory; source: string }> {
  if (options.brandsFile) return { directory: await loadBrandDirectory(options.brandsFile), source: options.brandsFile };
  const homeFile = options.home ? join(options.home, 'brands.json') : undefined;
  if (homeFile && existsSync(homeFile)) return { directory: await loadBrandDirectory(homeFile), source: homeFile };
  return { directory: demoDirectory(), source: 'built-in demo market' };
}
