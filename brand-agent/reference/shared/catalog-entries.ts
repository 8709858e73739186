import type { CatalogEntry, HandlerContext } from '../../definition.ts';

/** The brand's current catalog entries (the catalog source may be sync or async). */
export async function catalogEntries(ctx: HandlerContext): Promise<readonly CatalogEntry[]> {
  return ctx.catalog.list();
}

/**
 * Per catalog listing, each sku's first entry: a brand looks an offer's entry up on every counter, answer and receipt
 * (about 60 times per simulated decision), and a scan of the whole listing each time showed in profiles. A listing is
 * a read-only snapshot; one whose length changed is indexed again.
 */
const indexes = new WeakMap<readonly CatalogEntry[], { readonly length: number; readonly bySku: ReadonlyMap<string, CatalogEntry> }>();

/** The catalog entry with this sku, if the brand still lists it (the first one, should a listing repeat a sku). */
export function entryBySku(entries: readonly CatalogEntry[], sku: string): CatalogEntry | undefined {
  let index = indexes.get(entries);
  if (index === undefined || index.length !== entries.length) {
    const bySku = new Map<string, CatalogEntry>();
    for (const e of entries) if (!bySku.has(e.product.sku)) bySku.set(e.product.sku, e);
    index = { length: entries.length, bySku };
    indexes.set(entries, index);
  }
  return index.bySku.get(sku);
}
