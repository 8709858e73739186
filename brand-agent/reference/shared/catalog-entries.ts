import type { CatalogEntry, HandlerContext } from '../../definition.ts';

/** The brand's current catalog entries (the catalog source may be sync or async). */
export async function catalogEntries(ctx: HandlerContext): Promise<readonly CatalogEntry[]> {
  return ctx.catalog.list();
}

/** The catalog entry with this sku, if the brand still lists it. */
export function entryBySku(entries: readonly CatalogEntry[], sku: string): CatalogEntry | undefined {
  return entries.find((e) => e.product.sku === sku);
}
