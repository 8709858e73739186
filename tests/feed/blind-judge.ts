// Test helper: judging a blind feed set (tests/feed/fixtures/blindN) against its EXPECTED.json, written by a helper who
// never opened the importer. Each file is read as a shop would serve it — without --currency first (a reader may ask
// for it, never guess a wrong one), then with the file's currency — and checked: products served, the currency, how
// many are in stock (where EXPECTED.json counts them), and per sample its price on the set's day, gtin, stock, size
// (and colour, size system) where the sample gives them. EXPECTED.json is never edited.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FeedError, readFeedFile, type LoadedFeed } from '../../brand-agent/feed/index.ts';
import { minorDigitsOf } from '../../protocol/index.ts';
import { FIXTURES, SHOP_TERMS } from './feed-options.ts';

/** One sample product of a blind file, as EXPECTED.json writes it (set 9 spells colour the British way and adds the sku). */
export interface BlindSample {
  readonly title: string;
  readonly price: number;
  readonly gtin: string | null;
  readonly inStock: boolean;
  readonly size?: string;
  readonly color?: string;
  readonly colour?: string;
  readonly sizeSystem?: string;
  /** The variant's sku, which with size and colour says which of a product's variants the sample is. */
  readonly sku?: string;
}

/** What a careful importer serves from one blind file. */
export interface BlindExpected {
  readonly file: string;
  readonly currency: string;
  readonly products: number;
  /** How many of them are in stock (set 8 counts them; set 9 does not). */
  readonly inStockCount?: number;
  readonly samples: readonly BlindSample[];
}

const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
const sameText = (a: unknown, b: string) => a !== undefined && squash(String(a)) === squash(b);

/** The served entry a sample describes: its title (a variant's may add its options), then its sku, size and colour. */
function entryOf(feed: LoadedFeed, sample: BlindSample) {
  const titled = feed.entries.filter((e) => squash(e.product.title).startsWith(squash(sample.title)));
  const color = sample.color ?? sample.colour;
  const bySku = sample.sku === undefined ? [] : titled.filter((e) => sameText(e.product.sku, sample.sku!));
  const fits = titled.filter((e) => (sample.size === undefined || sameText(e.product.attributes.size, sample.size)) && (color === undefined || sameText(e.product.attributes.color, color)));
  return bySku[0] ?? fits[0] ?? titled[0];
}

/** Every check of one blind file, by name ("file: what"), and whether it holds on `now`. */
function checksOf(dir: string, expected: BlindExpected, now: number): Map<string, boolean> {
  const checks = new Map<string, boolean>();
  const name = (what: string) => `${expected.file}: ${what}`;
  const path = join(dir, expected.file);
  const options = { ...SHOP_TERMS, now };
  let feed: LoadedFeed | undefined;
  let currencyRight = false;
  try {
    const unstated = readFeedFile(path, options);
    currencyRight = unstated.currency === expected.currency;
    feed = currencyRight ? unstated : undefined;
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    currencyRight = error.code === 'FEED_CURRENCY_MISSING';
  }
  if (feed === undefined) {
    try {
      feed = readFeedFile(path, { ...options, currency: expected.currency });
    } catch (error) {
      if (!(error instanceof FeedError)) throw error;
    }
  }
  checks.set(name('currency'), currencyRight);
  checks.set(name('products'), feed?.entries.length === expected.products);
  if (expected.inStockCount !== undefined) checks.set(name('in stock'), feed?.entries.filter((e) => e.stock > 0).length === expected.inStockCount);
  const scale = 10 ** minorDigitsOf(expected.currency);
  expected.samples.forEach((sample, k) => {
    const entry = feed === undefined ? undefined : entryOf(feed, sample);
    const sampleName = (what: string) => name(`sample ${k + 1} ${what}`);
    const color = sample.color ?? sample.colour;
    checks.set(sampleName('price'), entry?.price.amountMinor === Math.round(sample.price * scale));
    checks.set(sampleName('gtin'), entry !== undefined && (entry.product.gtin ?? null) === sample.gtin);
    checks.set(sampleName('in stock'), entry !== undefined && entry.stock > 0 === sample.inStock);
    if (sample.size !== undefined) checks.set(sampleName('size'), sameText(entry?.product.attributes.size, sample.size));
    if (color !== undefined) checks.set(sampleName('color'), sameText(entry?.product.attributes.color, color));
    if (sample.sizeSystem !== undefined) checks.set(sampleName('size system'), sameText(entry?.product.attributes.size_system, sample.sizeSystem));
  });
  return checks;
}

/** Every check of blind set `set` (its folder under the fixtures) on `now`, and the names of those that fail, sorted. */
export function judgeBlindSet(set: string, now: number): { checks: Map<string, boolean>; failing: string[] } {
  const dir = join(FIXTURES, set);
  const expected = JSON.parse(readFileSync(join(dir, 'EXPECTED.json'), 'utf8')) as BlindExpected[];
  const checks = new Map(expected.flatMap((e) => [...checksOf(dir, e, now)]));
  const failing = [...checks].filter(([, ok]) => !ok).map(([name]) => name).sort();
  return { checks, failing };
}
