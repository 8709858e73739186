import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { loadBrandDirectory, parseBrandDirectory, type BrandDirectory } from '../agent/directory/index.ts';
import { REFERENCE_BRAND_IDS } from '../brand-agent/reference/index.ts';

/** The built-in demo market: every reference brand, in-process. */
export function demoDirectory(): BrandDirectory {
  return parseBrandDirectory({ brands: REFERENCE_BRAND_IDS.map((id) => ({ id, kind: 'builtin' })) }, 'the built-in demo market');
}

/**
 * Makes a brands.json file's stdio entries independent of where `majordome` runs: the working directory defaults to
 * the file's folder (a relative `cwd` is read from there), and a command written as a relative path ("./brand.sh",
 * "../bin/brand") is made absolute against that working directory, so relative `args` resolve there too.
 */
export function resolveStdioPaths(directory: BrandDirectory, file: string): BrandDirectory {
  const base = dirname(resolve(file));
  return {
    ...directory,
    brands: directory.brands.map((entry) => {
      if (entry.kind !== 'stdio') return entry;
      const cwd = entry.cwd === undefined ? base : resolve(base, entry.cwd);
      const relativeCommand = !isAbsolute(entry.command) && /^\.\.?[\\/]/.test(entry.command);
      return { ...entry, cwd, command: relativeCommand ? resolve(cwd, entry.command) : entry.command };
    }),
  };
}

/** Loads a brands.json file with its stdio paths resolved relative to the file. */
async function loadDirectoryFile(file: string): Promise<BrandDirectory> {
  return resolveStdioPaths(await loadBrandDirectory(file), file);
}

/** The brand directory to use: an explicit file, else `$MAJORDOME_HOME/brands.json` when present, else the demo market. */
export async function resolveDirectory(options: { brandsFile?: string | undefined; home?: string | undefined }): Promise<{ directory: BrandDirectory; source: string }> {
  if (options.brandsFile) return { directory: await loadDirectoryFile(options.brandsFile), source: options.brandsFile };
  const homeFile = options.home ? join(options.home, 'brands.json') : undefined;
  if (homeFile && existsSync(homeFile)) return { directory: await loadDirectoryFile(homeFile), source: homeFile };
  return { directory: demoDirectory(), source: 'built-in demo market' };
}
