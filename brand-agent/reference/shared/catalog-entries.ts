import type { CatalogEntry, HandlerContext } from '../../definition.ts';
import type { MaybePromise } from '../../when-ready.ts';
import { canonicalCategoryId } from '../../../protocol/index.ts';

/** The brand's current catalog entries: at once from a synchronous catalog source, else a promise of them. */
export function catalogEntries(ctx: HandlerContext): MaybePromise<readonly CatalogEntry[]> {
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

function bySku(a: CatalogEntry, b: CatalogEntry): number {
  return a.product.sku < b.product.sku ? -1 : a.product.sku > b.product.sku ? 1 : 0;
}

/**
 * Per catalog listing, its entries grouped by canonical category, each group in sku order (a stable sort, so equal
 * skus keep their listing order): every brief was filtering the whole listing by category and sorting the result
 * again. Indexed like entryBySku: a listing is a read-only snapshot, and one whose length changed is indexed again.
 */
const categoryIndexes = new WeakMap<readonly CatalogEntry[], { readonly length: number; readonly byCategory: ReadonlyMap<string, readonly CatalogEntry[]> }>();

/** The listing's entries of the same category as `category` (isSameCategory), in sku order. */
export function entriesOfCategory(entries: readonly CatalogEntry[], category: string): readonly CatalogEntry[] {
  let index = categoryIndexes.get(entries);
  if (index === undefined || index.length !== entries.length) {
    const byCategory = new Map<string, CatalogEntry[]>();
    for (const e of entries) {
      const id = canonicalCategoryId(e.product.category);
      const group = byCategory.get(id);
      if (group === undefined) byCategory.set(id, [e]);
      else group.push(e);
    }
    for (const group of byCategory.values()) group.sort(bySku);
    index = { length: entries.length, byCategory };
    categoryIndexes.set(entries, index);
  }
  return index.byCategory.get(canonicalCategoryId(category)) ?? [];
}
