import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { BrandDirectoryEntrySchema, BrandDirectoryError, loadBrandDirectory, parseBrandDirectory, type BrandDirectory } from '../agent/directory/index.ts';
import { DEMO_MARKET_BRAND_IDS } from '../brand-agent/demo-market/index.ts';

/** The built-in demo market: every reference brand, open-market shop and feed shop, in-process. */
export function demoDirectory(): BrandDirectory {
  return parseBrandDirectory({ brands: DEMO_MARKET_BRAND_IDS.map((id) => ({ id, kind: 'builtin' })) }, 'the built-in demo market');
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

/** A `feed` entry: a shop's product feed served as a brand by `majordome brand serve <id> --feed <path> --stdio`. */
const FeedEntrySchema = z.looseObject({
  id: z.string(),
  kind: z.literal('feed'),
  /** The feed file (Merchant Center or Meta catalog TSV, CSV, RSS/Atom XML or JSON; a Shopify, WooCommerce, PrestaShop, Magento 2, BigCommerce, Shopware 6, Wix Stores, Etsy, Squarespace, eBay, Amazon, Ecwid or JTL-Wawi export; schema.org JSON-LD), relative to the brands.json file. */
  path: z.string().min(1).max(1000),
  name: z.string().max(120).optional(),
  currency: z.string().regex(/^[A-Z]{3}$/).optional(),
  maxDiscount: z.number().min(0).max(0.7).optional(),
  returnDays: z.number().int().min(0).max(3650).optional(),
  warrantyMonths: z.number().int().min(0).max(600).optional(),
  deliveryDays: z.number().int().min(0).max(365).optional(),
  category: z.string().regex(/^\d+$/).optional(),
});

/**
 * Every `kind` a brands.json entry may have, read from the schemas themselves (the directory's entries plus `feed`,
 * expanded here), so the error for a wrong kind can never leave one out.
 */
export const BRANDS_FILE_ENTRY_KINDS = [...BrandDirectoryEntrySchema.options.map((entry) => entry.shape.kind.value), FeedEntrySchema.shape.kind.value] as const;
const BrandsFileEntryKindSchema = z.enum(BRANDS_FILE_ENTRY_KINDS);

const MAJORDOME_BIN = fileURLToPath(new URL('../bin/majordome.js', import.meta.url));

/**
 * Rewrites `feed` entries of a raw brands.json value as the stdio entries that serve them (this Node, this majordome,
 * the feed path resolved against the file's folder); other entries pass through untouched for the directory parser.
 */
export function expandFeedEntries(raw: unknown, file: string): unknown {
  if (!raw || typeof raw !== 'object' || !Array.isArray((raw as { brands?: unknown }).brands)) return raw;
  const base = dirname(resolve(file));
  const brands = ((raw as { brands: unknown[] }).brands).map((entry, i) => {
    if (!entry || typeof entry !== 'object') return entry;
    const kind = BrandsFileEntryKindSchema.safeParse((entry as { kind?: unknown }).kind);
    if (!kind.success) throw new BrandDirectoryError(`${file} is not a valid brand directory — brands.${i}.kind: ${kind.error.issues[0]!.message}`);
    if (kind.data !== 'feed') return entry;
    const parsed = FeedEntrySchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new BrandDirectoryError(`${file}: brands.${i}.${issue.path.join('.')}: ${issue.message}`);
    }
    const { id, path, name, currency, maxDiscount, returnDays, warrantyMonths, deliveryDays, category, kind: _kind, ...rest } = parsed.data;
    // Every option travels as one `--flag=value` word and the id after `--`: a value that starts with "-" (a shop
    // named "-Outlet") is then never read as a flag by the child's argument parser.
    const flags: string[] = [
      `--feed=${resolve(base, path)}`,
      ...(name !== undefined ? [`--name=${name}`] : []),
      ...(currency !== undefined ? [`--currency=${currency}`] : []),
      ...(maxDiscount !== undefined ? [`--max-discount=${maxDiscount}`] : []),
      ...(returnDays !== undefined ? [`--return-days=${returnDays}`] : []),
      ...(warrantyMonths !== undefined ? [`--warranty-months=${warrantyMonths}`] : []),
      ...(deliveryDays !== undefined ? [`--delivery-days=${deliveryDays}`] : []),
      ...(category !== undefined ? [`--category=${category}`] : []),
    ];
    return { ...rest, id, kind: 'stdio', command: process.execPath, args: [MAJORDOME_BIN, 'brand', 'serve', ...flags, '--stdio', '--', id] };
  });
  return { ...(raw as object), brands };
}

/** Loads a brands.json file with its feed entries expanded and its stdio paths resolved relative to the file. */
async function loadDirectoryFile(file: string): Promise<BrandDirectory> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    // Unreadable or not JSON: the directory loader words that error.
    return resolveStdioPaths(await loadBrandDirectory(file), file);
  }
  return resolveStdioPaths(parseBrandDirectory(expandFeedEntries(raw, file), file), file);
}

/** The brand directory to use: an explicit file, else `$MAJORDOME_HOME/brands.json` when present, else the demo market. */
export async function resolveDirectory(options: { brandsFile?: string | undefined; home?: string | undefined }): Promise<{ directory: BrandDirectory; source: string }> {
  if (options.brandsFile) return { directory: await loadDirectoryFile(options.brandsFile), source: options.brandsFile };
  const homeFile = options.home ? join(options.home, 'brands.json') : undefined;
  if (homeFile && existsSync(homeFile)) return { directory: await loadDirectoryFile(homeFile), source: homeFile };
  return { directory: demoDirectory(), source: 'built-in demo market' };
}
