import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { loadGoogleTaxonomy } from '../../protocol/index.ts';
import type { CatalogEntry } from '../definition.ts';
import { decodeFeedBytes } from './decode-feed-bytes.ts';
import { FeedError, type FeedIssue, type FeedRecord } from './feed-error.ts';
import { feedEntryOf, isCurrencyCode, type FeedEntryOptions } from './feed-entry.ts';
import { parseDelimitedFeed } from './parse-delimited-feed.ts';
import { parseJsonFeed } from './parse-json-feed.ts';
import { parseXmlFeed } from './parse-xml-feed.ts';

/** The formats a shop's product feed may come in. */
export const FEED_FORMATS = ['tsv', 'csv', 'xml', 'json'] as const;
/** One feed format. */
export type FeedFormat = (typeof FEED_FORMATS)[number];

/** Feed reading options: the shop's terms and defaults plus safety limits. */
export interface FeedOptions extends FeedEntryOptions {
  /** Largest file accepted (default 32 MiB). */
  readonly maxBytes?: number;
  /** Most rows served (default 100,000). */
  readonly maxRows?: number;
  /** Force a format instead of detecting it from the extension or the content. */
  readonly format?: FeedFormat;
}

/** A feed read and checked: the servable entries, their categories, and every problem found (row, field, why). */
export interface LoadedFeed {
  readonly format: FeedFormat;
  readonly rows: number;
  readonly entries: readonly CatalogEntry[];
  /** Google taxonomy ids of the servable entries, most products first. */
  readonly categories: readonly string[];
  readonly issues: readonly FeedIssue[];
}

const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
const DEFAULT_MAX_ROWS = 100_000;

function detectFormat(path: string | undefined, text: string): FeedFormat {
  const ext = path ? extname(path).toLowerCase() : '';
  if (ext === '.tsv' || ext === '.txt') return 'tsv';
  if (ext === '.csv') return 'csv';
  if (ext === '.xml' || ext === '.rss' || ext === '.atom') return 'xml';
  if (ext === '.json') return 'json';
  const first = text.trimStart()[0];
  return first === '<' ? 'xml' : first === '[' || first === '{' ? 'json' : text.slice(0, 2000).includes('\t') ? 'tsv' : 'csv';
}

/** Parses feed text already in memory (the file reader and tests share this). */
export function parseFeedText(text: string, options: FeedOptions & { path?: string; decodeIssues?: readonly FeedIssue[] }): LoadedFeed {
  if (!isCurrencyCode(options.currency)) throw new FeedError('FEED_MALFORMED', `"${options.currency}" is not an ISO 4217 currency code`);
  const format = options.format ?? detectFormat(options.path, text);
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const parsed: { records: FeedRecord[]; issues: FeedIssue[] } =
    format === 'xml' ? parseXmlFeed(text, maxRows) : format === 'json' ? parseJsonFeed(text, maxRows) : parseDelimitedFeed(text, maxRows);
  const taxonomy = loadGoogleTaxonomy();
  const issues: FeedIssue[] = [...(options.decodeIssues ?? []), ...parsed.issues];
  const entries: CatalogEntry[] = [];
  const seen = new Map<string, number>();
  for (const record of parsed.records) {
    const result = feedEntryOf(record, taxonomy, options);
    if (!result.ok) {
      issues.push(...result.issues);
      continue;
    }
    const first = seen.get(result.entry.product.sku);
    if (first !== undefined) {
      issues.push({ row: record.row, field: 'id', why: `"${record.fields.id}" repeats the id of row ${first}` });
      continue;
    }
    seen.set(result.entry.product.sku, record.row);
    entries.push(result.entry);
  }
  issues.sort((a, b) => a.row - b.row);
  if (entries.length === 0) {
    const sample = issues.slice(0, 3).map((i) => `row ${i.row} ${i.field}: ${i.why}`).join('; ');
    throw new FeedError('FEED_EMPTY', `none of the ${parsed.records.length} rows can be served${sample ? ` (${sample})` : ''}`, { details: { issues } });
  }
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.product.category, (counts.get(e.product.category) ?? 0) + 1);
  const categories = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
  return { format, rows: parsed.records.length, entries, categories, issues };
}

/**
 * Reads a product feed file (TSV, CSV, RSS/Atom XML or JSON in the Merchant Center vocabulary) within a size limit,
 * whatever its encoding; throws FeedError when the whole file is unusable, and reports bad rows while serving the rest.
 * @example
 * const feed = readFeedFile('products.tsv', { currency: 'EUR', returnDays: 30, warrantyMonths: 24, deliveryDays: 3, defaultStock: 10 });
 */
export function readFeedFile(path: string, options: FeedOptions): LoadedFeed {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new FeedError('FEED_UNREADABLE', `${path} is not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof FeedError) throw error;
    throw new FeedError('FEED_UNREADABLE', `cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  if (size > maxBytes) {
    throw new FeedError('FEED_TOO_LARGE', `${path} is ${(size / 1048576).toFixed(1)} MiB, more than the ${(maxBytes / 1048576).toFixed(0)} MiB limit`);
  }
  // Read at most maxBytes even if the file grows while we read it.
  const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
  const fd = openSync(path, 'r');
  let read = 0;
  try {
    for (let n = 1; n > 0 && read < buffer.length; read += n) n = readSync(fd, buffer, read, buffer.length - read, read);
  } finally {
    closeSync(fd);
  }
  if (read > maxBytes) throw new FeedError('FEED_TOO_LARGE', `${path} grew past the ${(maxBytes / 1048576).toFixed(0)} MiB limit while being read`);
  const { text, issues } = decodeFeedBytes(buffer.subarray(0, read));
  return parseFeedText(text, { ...options, path, decodeIssues: issues });
}
