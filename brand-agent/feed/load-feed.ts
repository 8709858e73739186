import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { loadGoogleTaxonomy, type GoogleTaxonomy } from '../../protocol/index.ts';
import { feedIssueLine } from './feed-issue-line.ts';
import type { CatalogEntry } from '../definition.ts';
import { decodeFeedBytes } from './decode-feed-bytes.ts';
import { refuseBinaryFile } from './refuse-binary-file.ts';
import { detectFeedFormat, type FeedFormat } from './detect-feed-format.ts';
import { FeedError, type FeedIssue, type FeedRecord } from './feed-error.ts';
import { feedRowEntryOf, isCurrencyCode, skuOfFeedId, skusOfFeedIds, withShoeSize, type FeedEntryOptions, type FeedEntryResult } from './feed-entry.ts';
import { isShoeCategory, millimetreNote, mondopointNote, shoeSizeScaleOf } from './feed-shoe-size.ts';
import { currencyStatedBy, decimalMarkOf } from './read-feed-price.ts';
import { dateOrderOf, intervalSides } from './read-feed-date.ts';
import { parseDelimitedFeed } from './parse-delimited-feed.ts';
import { parseJsonFeed } from './parse-json-feed.ts';
import { parseXmlFeed } from './parse-xml-feed.ts';
import { SHOP_EXPORT_FORMATS, SHOP_EXPORT_NAMES, readShopExport, type ShopExportFormat } from './read-shop-export.ts';

/** Feed reading options: the shop's terms and defaults plus safety limits. */
export interface FeedOptions extends Omit<FeedEntryOptions, 'currency'> {
  /**
   * The currency the shop sells in. Optional where the file's prices state it (an ISO code, or a sign only one currency
   * writes: "149,90 €"), and for a Merchant Center feed (EUR when they state none, as before); required for the shop
   * exports whose prices state none (Shopify, WooCommerce, Magento, BigCommerce, Shopware, Wix, Squarespace, Ecwid, an
   * Amazon flat file without a currency column).
   */
  readonly currency?: string;
  /** Largest file accepted (default 32 MiB). */
  readonly maxBytes?: number;
  /** Most rows served (default 100,000). */
  readonly maxRows?: number;
  /** Force a format instead of detecting it from the content. */
  readonly format?: FeedFormat;
}

/** A feed read and checked: the servable entries, their categories, and every problem found (row, field, why). */
export interface LoadedFeed {
  readonly format: FeedFormat;
  /** The currency its prices are served in. */
  readonly currency: string;
  readonly rows: number;
  readonly entries: readonly CatalogEntry[];
  /** Google taxonomy ids of the servable entries, most products first. */
  readonly categories: readonly string[];
  readonly issues: readonly FeedIssue[];
}

const DEFAULT_MAX_BYTES = 32 * 1024 * 1024;
const DEFAULT_MAX_ROWS = 100_000;
/** The currency of a Merchant Center feed read without one (the command's default before files could state theirs). */
const MERCHANT_DEFAULT_CURRENCY = 'EUR';

function isShopExport(format: FeedFormat): format is ShopExportFormat {
  return (SHOP_EXPORT_FORMATS as readonly string[]).includes(format);
}

/**
 * The currency a feed is served in: the one given; else the one most of its prices state by ISO code or unambiguous
 * sign ("59.99 USD", "149,90 €"; rows in another one are reported) or its rows' currency column states; else EUR for a
 * Merchant feed (the command's default before files could state theirs). A shop export whose prices state none needs
 * it given, and so does an offer feed read under other field names (`offerFeed`): EUR would be a guess there.
 */
function currencyOf(format: FeedFormat, records: readonly FeedRecord[], given: string | undefined, offerFeed: boolean): string {
  if (given !== undefined) return given;
  const counts = new Map<string, number>();
  for (const record of records) {
    // Its prices' ISO code or sign, else a currency column of its own ("currency", "Währung").
    const column = record.fields.currency?.trim().toUpperCase();
    const code = currencyStatedBy(record.fields.price ?? record.fields.sale_price ?? '') ?? (column !== undefined && isCurrencyCode(column) ? column : undefined);
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const stated = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
  if (stated !== undefined) return stated;
  if (!isShopExport(format) && !offerFeed) return MERCHANT_DEFAULT_CURRENCY;
  const what = !isShopExport(format) ? 'offer feed in its own field names' : format === 'schema-org' ? `${SHOP_EXPORT_NAMES[format]} whose offers give no priceCurrency` : SHOP_EXPORT_NAMES[format];
  // "$28.68" says a dollar, not which one.
  const sign = records.map((r) => /[$¥]|kr/.exec(r.fields.price ?? '')?.[0]).find((s) => s !== undefined);
  const said = sign === undefined ? 'states no currency' : `writes its prices with "${sign}", which more than one currency uses`;
  const article = /^[aeiou]/i.test(what) ? 'an' : 'a';
  throw new FeedError('FEED_CURRENCY_MISSING', `${article} ${what} ${said}, and Majordome will not guess one: give the shop's currency with --currency (e.g. --currency EUR)`);
}

/** A Merchant row's dates as written: each end of its sale_price_effective_date, its availability and expiration dates. */
function fileDates(fields: Readonly<Record<string, string>>): string[] {
  const sides = fields.sale_price_effective_date === undefined ? undefined : intervalSides(fields.sale_price_effective_date);
  return [sides?.from, sides?.to, fields.sale_start_date, fields.sale_end_date, fields.availability_date, fields.expiration_date].filter((d): d is string => d !== undefined);
}

/** The options that tell a product's variants apart. */
const VARIANT_OPTIONS = ['size', 'color', 'material', 'pattern', 'size_eu'] as const;

/**
 * How an entry repeating another's id differs from it in its options ("color Schwarz" where the other says "Petrol"),
 * and the sku it is served under (the id and those values); undefined when no option tells them apart.
 */
function variantApart(entry: CatalogEntry, other: CatalogEntry): { sku: string; said: string } | undefined {
  const differing = VARIANT_OPTIONS.filter((name) => entry.product.attributes[name] !== undefined && entry.product.attributes[name] !== other.product.attributes[name]);
  if (differing.length === 0) return undefined;
  const values = differing.map((name) => String(entry.product.attributes[name]));
  const sku = skuOfFeedId(`${entry.product.sku}-${values.join('-')}`);
  const said = differing.map((name) => `${name} is ${JSON.stringify(other.product.attributes[name] ?? null)}, this row's ${JSON.stringify(entry.product.attributes[name])}`).join(', ');
  return { sku, said };
}

/**
 * The closest node most of some nodes share (those in the top-level branch holding more than half of them: one row the
 * mapper filed astray does not move the rest), when it lies below a top-level branch.
 */
function commonAncestor(ids: readonly string[], taxonomy: GoogleTaxonomy): string | undefined {
  const branches = new Map<string, string[]>();
  for (const id of ids) {
    const top = taxonomy.lineageOf(id)[0]?.id ?? id;
    branches.set(top, [...(branches.get(top) ?? []), id]);
  }
  const most = [...branches.values()].find((group) => group.length * 2 > ids.length);
  if (most === undefined) return undefined;
  const lineages = most.map((id) => taxonomy.lineageOf(id));
  let common: string | undefined;
  for (let depth = 0; lineages.every((l) => l[depth] !== undefined && l[depth]!.id === lineages[0]![depth]!.id); depth++) common = lineages[0]![depth]!.id;
  return common !== undefined && taxonomy.get(common)!.depth >= 2 ? common : undefined;
}

/**
 * A row refused only because its own category path names no Google category ("Cuisine > Cocottes") is filed where the
 * file's other rows under the same parent path ("Cuisine > …") are served: under the closest node most of them share, when
 * that lies below a top-level branch, with a note. Rows sharing no parent path with a served row stay refused.
 */
function fileUnderSiblings(records: readonly FeedRecord[], results: FeedEntryResult[], taxonomy: GoogleTaxonomy, options: FeedEntryOptions): void {
  const parentOf = (record: FeedRecord): string | undefined => {
    const segments = (record.fields.product_type ?? '').split(/\s*(?:>|\/|\|)\s*/).filter((x) => x !== '');
    return segments.length < 2 ? undefined : segments.slice(0, -1).join(' > ').toLowerCase();
  };
  const served = new Map<string, string[]>();
  records.forEach((record, k) => {
    const result = results[k]!;
    const parent = parentOf(record);
    if (result.ok && parent !== undefined) served.set(parent, [...(served.get(parent) ?? []), result.entry.product.category]);
  });
  records.forEach((record, k) => {
    const result = results[k]!;
    if (result.ok || record.fields.google_product_category !== undefined || !result.issues.every((i) => i.field === 'product_type')) return;
    const parent = parentOf(record);
    const siblings = parent === undefined ? undefined : served.get(parent);
    const common = siblings === undefined ? undefined : commonAncestor(siblings, taxonomy);
    if (common === undefined) return;
    const filed = feedRowEntryOf({ ...record, fields: { ...record.fields, google_product_category: common } }, taxonomy, options);
    if (!filed.ok) return;
    const why = `"${record.fields.product_type!.slice(0, 80)}" names no Google product category; served under "${taxonomy.pathText(common) ?? common}", where most of the file's other products under "${record.fields.product_type!.split(/\s*(?:>|\/|\|)\s*/).slice(0, -1).join(' > ')}" are`;
    results[k] = { ...filed, notes: [{ row: record.row, field: 'product_type', why }, ...filed.notes] };
  });
}

/** Parses feed text already in memory (the file reader and tests share this). */
export function parseFeedText(text: string, options: FeedOptions & { path?: string; decodeIssues?: readonly FeedIssue[] }): LoadedFeed {
  if (options.currency !== undefined && !isCurrencyCode(options.currency)) throw new FeedError('FEED_MALFORMED', `"${options.currency}" is not an ISO 4217 currency code`);
  const format = options.format ?? detectFeedFormat(text);
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const parsed: { records: FeedRecord[]; issues: FeedIssue[]; products?: number; offerFeed?: boolean } = isShopExport(format)
    ? readShopExport(text, format, maxRows, options.defaultCategory, options.now, options.currency)
    : format === 'xml'
      ? parseXmlFeed(text, maxRows)
      : format === 'json'
        ? parseJsonFeed(text, maxRows)
        : parseDelimitedFeed(text, maxRows);
  const currency = currencyOf(format, parsed.records, options.currency, parsed.offerFeed === true);
  if (!isCurrencyCode(currency)) throw new FeedError('FEED_MALFORMED', `"${currency}" is not an ISO 4217 currency code`);
  const taxonomy = loadGoogleTaxonomy();
  const issues: FeedIssue[] = [...(options.decodeIssues ?? []), ...parsed.issues];
  const entries: CatalogEntry[] = [];
  const seen = new Map<string, { row: number; entry: CatalogEntry }>();
  const rows = parsed.products ?? parsed.records.length;
  // One decimal mark for the whole file, from the prices that show it: it settles the ones that do not ("1.299").
  const decimalMark = decimalMarkOf(parsed.records.flatMap((r) => [r.fields.price, r.fields.sale_price].filter((p): p is string => p !== undefined)));
  // Likewise one day/month order, from the dates that show it ("25/11/2026" is day first): it settles "01/12/2026".
  const dateOrder = dateOrderOf(parsed.records.flatMap((r) => fileDates(r.fields)));
  const entryOptions: FeedEntryOptions = { ...options, currency, ...(parsed.offerFeed === true ? { titleNamesCategory: true } : {}), ...(decimalMark !== undefined ? { decimalMark } : {}), ...(dateOrder !== undefined ? { dateOrder } : {}) };
  const results = parsed.records.map((record) => feedRowEntryOf(record, taxonomy, entryOptions));
  fileUnderSiblings(parsed.records, results, taxonomy, entryOptions);
  // One scale for the file's shoe sizes, from all of them: "26.5" in a file whose shoes run 22.0–30.0 is a foot length
  // in cm. The rows' categories are known now; each shoe row's size is stated once, in that scale.
  const shoeRows = parsed.records.filter((_record, k) => results[k]!.ok && isShoeCategory((results[k] as { entry: CatalogEntry }).entry.product.category, taxonomy));
  const scale = shoeSizeScaleOf(shoeRows.map((r) => r.fields));
  const shoes = new Set(shoeRows);
  const inMillimetres: FeedRecord[] = [];
  for (const [k, record] of parsed.records.entries()) {
    const result = results[k]!;
    if (!result.ok || !shoes.has(record)) continue;
    const sized = withShoeSize(result.entry, record.fields, scale);
    results[k] = { ...result, entry: sized.entry };
    if (sized.size?.millimetres) inMillimetres.push(record);
  }
  if (scale === 'cm') {
    const first = shoeRows[0]!;
    issues.push({ row: first.row, field: first.fieldNames?.size ?? 'size', why: mondopointNote(shoeRows.map((r) => r.fields.size ?? '')) });
  }
  if (inMillimetres.length > 0) {
    const first = inMillimetres[0]!;
    issues.push({ row: first.row, field: first.fieldNames?.size ?? 'size', why: millimetreNote(inMillimetres.map((r) => r.fields.size ?? '')) });
  }
  // Each id's sku, decided over all the file's ids: an id keeps its slug unless another id shares it.
  const skus = skusOfFeedIds(parsed.records.flatMap((r) => (r.fields.id ? [r.fields.id] : [])));
  for (const [k, record] of parsed.records.entries()) {
    const result = results[k]!;
    const sku = record.fields.id ? skus.get(record.fields.id) : undefined;
    if (result.ok && sku && sku !== result.entry.product.sku) results[k] = { ...result, entry: { ...result.entry, product: { ...result.entry.product, sku } } };
  }
  for (const [k, record] of parsed.records.entries()) {
    // A shop's export is reported in its own words: "variant 2 price", "Regular price", "offers.price".
    const named = (issue: FeedIssue): FeedIssue => ({ ...issue, field: record.fieldNames?.[issue.field] ?? issue.field });
    const result = results[k]!;
    if (!result.ok) {
      issues.push(...result.issues.map(named));
      continue;
    }
    const first = seen.get(result.entry.product.sku);
    let entry = result.entry;
    if (first !== undefined) {
      // A repeated id on a variant told apart by its options (an ERP whose variants share an internal reference) is
      // that variant: served under the id and those options. Otherwise the row says nothing new and is refused.
      const apart = variantApart(entry, first.entry);
      if (apart === undefined || seen.has(apart.sku)) {
        issues.push(named({ row: record.row, field: 'id', why: `"${record.fields.id}" repeats the id of row ${first.row}` }));
        continue;
      }
      issues.push(named({ row: record.row, field: 'id', why: `"${record.fields.id}" repeats the id of row ${first.row}, whose ${apart.said}; served as "${apart.sku}"` }));
      entry = { ...entry, product: { ...entry.product, sku: apart.sku } };
    }
    seen.set(entry.product.sku, { row: record.row, entry });
    entries.push(entry);
    issues.push(...result.notes.map(named));
  }
  issues.sort((a, b) => a.row - b.row);
  if (entries.length === 0) {
    // The message quotes the first problems, each cut: a reason quotes its cell, and a cell may be megabytes long (the
    // full issues stay in the details).
    const sample = issues.slice(0, 3).map(feedIssueLine).join('; ');
    if (rows === 0 && issues.length === 0) throw new FeedError('FEED_EMPTY', 'the file has no product in it (a header and no rows?)', { details: { issues } });
    throw new FeedError('FEED_EMPTY', `none of the ${rows} rows can be served${sample ? ` (${sample})` : ''}`, { details: { issues } });
  }
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.product.category, (counts.get(e.product.category) ?? 0) + 1);
  const categories = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
  return { format, currency, rows, entries, categories, issues };
}

/**
 * Reads a shop's product file within a size limit, whatever its encoding — a Merchant Center feed (TSV, CSV, RSS/Atom
 * XML, JSON), a Shopify products.json or product CSV, a WooCommerce product CSV (English, French or German headers), a
 * PrestaShop, Magento 2, BigCommerce, Shopware 6, Wix Stores, Squarespace, Ecwid or JTL-Wawi export, an Etsy listings CSV,
 * an eBay File Exchange file, an Amazon inventory flat file, or schema.org Product JSON-LD (a file, or an HTML page's
 * blocks), told apart by content; throws FeedError when the whole
 * file is unusable, and reports bad rows while serving the rest.
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
  if (read === 0) throw new FeedError('FEED_EMPTY', `${path} is empty`);
  refuseBinaryFile(buffer.subarray(0, read), path);
  const { text, issues } = decodeFeedBytes(buffer.subarray(0, read));
  try {
    return parseFeedText(text, { ...options, path, decodeIssues: issues });
  } catch (error) {
    // A shop serving several files learns which one: the file is named before what is wrong with it.
    if (error instanceof FeedError) throw new FeedError(error.code, `${path}: ${error.message}`, { details: error.details, cause: error });
    throw error;
  }
}
