import { statSync } from 'node:fs';
import type { BrandAgentDefinition, BrandHandlers, CatalogEntry, CatalogSource } from '../definition.ts';
import { canonicalCategoryId, violatedConstraints, type HardConstraint, type MakerLines } from '../../protocol/index.ts';
import { makerLinesOf } from '../maker-lines-of.ts';
import { createStrategyBrand } from '../reference/index.ts';
import { feedAttributeSchemas } from './feed-attribute-schemas.ts';
import { FeedError } from './feed-error.ts';
import { readFeedFile, type FeedOptions, type LoadedFeed } from './load-feed.ts';

/**
 * The entries worth assessing for a brief: those meeting every hard constraint when there are any (the honest
 * strategy would keep exactly these; a product stating no maker is the shop's own, `seller`), else all of them so an honest decline can still say what came closest.
 */
function candidatesFor(entries: readonly CatalogEntry[], constraints: readonly HardConstraint[], seller: string): readonly CatalogEntry[] {
  if (constraints.length === 0) return entries;
  const meeting = entries.filter((e) => violatedConstraints(e.product, constraints, seller).length === 0);
  return meeting.length > 0 ? meeting : entries;
}

function indexByCategory(entries: readonly CatalogEntry[]): Map<string, CatalogEntry[]> {
  const index = new Map<string, CatalogEntry[]>();
  for (const entry of entries) {
    const category = canonicalCategoryId(entry.product.category);
    const list = index.get(category);
    if (list) list.push(entry);
    else index.set(category, [entry]);
  }
  return index;
}

/** Everything `createFeedBrand` needs: the feed file, the brand's identity and its negotiation room. */
export interface FeedBrandOptions extends FeedOptions {
  readonly id: string;
  readonly path: string;
  readonly name?: string;
  readonly description?: string;
  /** Largest discount granted in negotiation, as a share of the feed price (0 = fixed prices; at most 0.7). */
  readonly maxDiscount?: number;
  /** ISO country codes the shop ships to. */
  readonly shipsTo?: readonly string[];
  readonly clock?: () => Date;
  /** Re-read the feed when the file changes (polling every `watchIntervalMs`, default 1,000). */
  readonly watch?: boolean;
  readonly watchIntervalMs?: number;
  /** Told about each reload: the new feed, or why the old one keeps serving. */
  readonly onReload?: (result: { ok: true; feed: LoadedFeed } | { ok: false; error: FeedError }) => void;
}

/** A brand agent definition backed by a product feed, with the feed as currently served. */
export interface FeedBrand {
  readonly definition: BrandAgentDefinition;
  /** The feed currently served. */
  current(): LoadedFeed;
  /** Re-reads the file now; on failure the previous feed keeps serving and the error is returned. */
  reload(): { ok: true; feed: LoadedFeed } | { ok: false; error: FeedError };
  /** Stops watching the file. */
  close(): void;
}

/**
 * A conformant, honest brand agent from a shop's product file, with no code (a Merchant Center feed, a Shopify
 * products.json or product CSV, a WooCommerce product CSV or schema.org Product JSON-LD, told apart by their content): it offers only
 * products that meet the brief, states only what the feed says, declines honestly, concedes at most `maxDiscount`,
 * checks mandates and replays orders idempotently (the SDK), and re-reads the feed when the file changes.
 * @example
 * const shop = createFeedBrand({ id: 'velo-shop', path: 'feed.tsv', currency: 'EUR', returnDays: 30, warrantyMonths: 24,
 *   deliveryDays: 3, defaultStock: 10, maxDiscount: 0.05, watch: true });
 * const server = await serveBrandOverHttp(shop.definition, { port: 8080 });
 */
export function createFeedBrand(options: FeedBrandOptions): FeedBrand {
  const maxDiscount = options.maxDiscount ?? 0;
  if (!(maxDiscount >= 0 && maxDiscount <= 0.7)) throw new FeedError('FEED_MALFORMED', `--max-discount must be between 0 and 0.7, got ${maxDiscount}`);
  // The file as it was when last read (stamped before reading): polling compares against it, so a change made between
  // a read and the next look is never missed (fs.watchFile's first look would take such a change as its baseline).
  let loaded = stampOf(options.path);
  let feed = readFeedFile(options.path, options);
  // The card states one currency: later versions of the file are read in the currency the first one was served in.
  const served: FeedOptions = { ...options, currency: feed.currency };
  let byCategory = indexByCategory(feed.entries);
  const catalog: CatalogSource = { list: (): readonly CatalogEntry[] => feed.entries };
  const base = createStrategyBrand({
    id: options.id,
    name: options.name ?? options.id,
    strategy: 'honest',
    params: { floorRatio: Math.round((1 - maxDiscount) * 1000) / 1000 },
    catalog,
    categories: feed.categories.slice(0, 256),
    description: options.description ?? `${options.name ?? options.id}: ${feed.entries.length} products from its product feed.`,
    currencies: [feed.currency],
    policies: { returnDays: options.returnDays, warrantyMonths: options.warrantyMonths, shipsTo: [...(options.shipsTo ?? ['FR', 'BE', 'LU', 'DE', 'NL', 'ES', 'IT', 'AT'])] },
    ...(options.clock ? { clock: options.clock } : {}),
  });
  // A brief is about one category: answering it from that category's entries keeps a 10,000-product feed fast.
  const handlers: BrandHandlers = {
    ...base.handlers,
    requestOffers: (brief, ctx) => base.handlers.requestOffers(brief, { ...ctx, catalog: { list: () => candidatesFor(byCategory.get(canonicalCategoryId(brief.category)) ?? [], brief.hardConstraints, options.id) } }),
  };
  const definition: BrandAgentDefinition = {
    ...base,
    handlers,
    // The makers of the feed's brand column, with the lines its titles show safely (protocol 1.2).
    card: { ...base.card, attributeSchemas: feedAttributeSchemas(feed.entries, base.card.categories), ...makersOf(feed.entries) },
  };
  const reload = (): { ok: true; feed: LoadedFeed } | { ok: false; error: FeedError } => {
    let result: { ok: true; feed: LoadedFeed } | { ok: false; error: FeedError };
    try {
      loaded = stampOf(options.path);
      feed = readFeedFile(options.path, served);
      byCategory = indexByCategory(feed.entries);
      result = { ok: true, feed };
    } catch (error) {
      result = { ok: false, error: error instanceof FeedError ? error : new FeedError('FEED_UNREADABLE', String(error), { cause: error }) };
    }
    options.onReload?.(result);
    return result;
  };
  let timer: NodeJS.Timeout | undefined;
  if (options.watch) {
    timer = setInterval(() => {
      const now = stampOf(options.path);
      if (now.mtimeMs !== loaded.mtimeMs || now.size !== loaded.size) reload();
    }, options.watchIntervalMs ?? 1000);
    timer.unref();
  }
  return {
    definition,
    current: () => feed,
    reload,
    close: () => {
      if (timer !== undefined) clearInterval(timer);
    },
  };
}

/** When a file was last modified and its size; zeros when it cannot be read (a missing file is a change too). */
function stampOf(path: string): { readonly mtimeMs: number; readonly size: number } {
  try {
    const stat = statSync(path);
    return { mtimeMs: stat.mtimeMs, size: stat.size };
  } catch {
    return { mtimeMs: 0, size: 0 };
  }
}

/** The card's `makers` from the feed's entries, absent when the feed names none. */
function makersOf(entries: readonly CatalogEntry[]): { makers?: MakerLines[] } {
  const makers = makerLinesOf(entries.map((e) => e.product));
  return makers.length > 0 ? { makers } : {};
}
