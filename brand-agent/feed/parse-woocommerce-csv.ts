import { FeedError, type FeedIssue } from './feed-error.ts';
import type { ShopExport, ShopProduct } from './shop-product.ts';
import { kgPerUnit } from './kg-per-unit.ts';
import { cellAt, dataRows } from './data-rows.ts';
import { delimiterOf, splitDelimitedRows } from './split-delimited-rows.ts';
import { dateOrderOf, readFeedDateRange, type DateOrder } from './read-feed-date.ts';
import { wooAttributeSlot, wooHeaderKey, wooHeaderSetOf, wooMeasureOf, type WooColumn } from './woocommerce-headers.ts';

/** True when a CSV header is WooCommerce's product export, in English, French or German (it names a product and its regular price). */
export function isWooCommerceHeader(header: readonly string[]): boolean {
  return wooHeaderSetOf(header) !== undefined;
}

/** "Clothing > Hoodies, Clothing" → two categories; WooCommerce escapes a comma inside a name as "\,". */
function categoriesOf(raw: string): string[] {
  return raw
    .split(/(?<!\\),/)
    .map((c) => c.replaceAll('\\,', ',').trim())
    .filter((c) => c !== '');
}

/**
 * Whether a dated sale price applies at `now`, or why its dates cannot be read. WooCommerce writes them as
 * "2026-11-27 00:00:00" (or leaves them empty); a file re-saved by a spreadsheet may show them in its locale
 * ("27/11/2026"), read only in the order the file's other dates show (`dateOrderOf`), never guessed.
 */
function saleApplies(starts: string | undefined, ends: string | undefined, now: number, order: DateOrder | undefined): { applies: boolean } | { column: 'saleStarts' | 'saleEnds'; why: string } {
  const range = readFeedDateRange(starts, ends, order);
  if ('why' in range) return { column: range.side === 'from' ? 'saleStarts' : 'saleEnds', why: range.why };
  return { applies: range.start <= now && now <= range.end };
}

interface WooRow {
  readonly row: number;
  /** A cell by the column's role (or its exact header, for numbered and measure columns); undefined when empty. */
  readonly get: (column: WooColumn | { readonly header: string }) => string | undefined;
}

/**
 * Reads WooCommerce's product CSV export (Products → Export), whatever language the store writes its headers in (English,
 * French, German: see `woocommerce-headers.ts`): simple products and the variations of variable products (a `variation`
 * row names its parent in Parent, as "id:123" or the parent's SKU, and inherits what it leaves empty: categories, brand,
 * dimensions, single-valued attributes). SKU (else "woo-" + ID) is the id; Regular price, and Sale price when its dates
 * allow it, in the shop's currency (the file states none); In stock? and Stock; GTIN; categories ("Clothing > Hoodies");
 * Attribute N name / value(s); Weight (kg) and the dimensions (as shipping_weight_kg, shipping_length_cm…). Drafts,
 * private products (a variable one with all its variations) and external (affiliate) products are reported and not served. Rows are numbered as a spreadsheet
 * shows them, and fields named by the file's own headers.
 */
export function parseWooCommerceCsv(text: string, maxRows: number, now: number = Date.now()): ShopExport {
  const delimiter = delimiterOf(text);
  const { rows, truncated } = splitDelimitedRows(text, delimiter, maxRows);
  const header = (rows[0] ?? []).map((h) => h.trim());
  const set = wooHeaderSetOf(header);
  if (!set) throw new FeedError('FEED_MALFORMED', `not a WooCommerce product export: the header lacks "Name" or "Regular price" (or their French or German names; it has: ${header.slice(0, 12).join(', ') || 'nothing'})`);
  const index = new Map(header.map((h, i) => [wooHeaderKey(h), i]));
  // The file's own name of each column, for problem reports ("Tarif régulier", "Regular price").
  const label = (column: WooColumn): string => {
    const name = set.columns[column];
    return (name !== undefined ? header[index.get(wooHeaderKey(name)) ?? -1] : undefined) ?? name ?? column;
  };
  const issues: FeedIssue[] = [];
  const parsed: WooRow[] = [];
  for (const { row, cells } of dataRows(rows, delimiter, maxRows, issues)) {
    parsed.push({
      row,
      get: (column) => {
        const name = typeof column === 'string' ? set.columns[column] : column.header;
        return cellAt(cells, name === undefined ? undefined : index.get(wooHeaderKey(name)));
      },
    });
  }
  // One day/month order for the whole file, from the sale dates that show it ("27/11/2026").
  const dateOrder = dateOrderOf(parsed.flatMap((r) => [r.get('saleStarts') ?? '', r.get('saleEnds') ?? '']));
  const byReference = new Map<string, WooRow>();
  for (const r of parsed) {
    const id = r.get('id');
    const sku = r.get('sku');
    if (id) byReference.set(`id:${id}`, r);
    if (sku) byReference.set(sku, r);
  }
  const attributeSlots = header.map((h) => ({ n: wooAttributeSlot(set, h, 'name'), h })).filter((s): s is { n: string; h: string } => s.n !== undefined);
  const valuesHeader = new Map(header.map((h) => [wooAttributeSlot(set, h, 'values'), h] as const).filter((e): e is [string, string] => e[0] !== undefined));
  const gtinColumn = header.find((h) => /^gtin\b/i.test(h));
  const measureColumns = header.map((h) => ({ h, m: wooMeasureOf(set, h) })).filter((c): c is { h: string; m: NonNullable<ReturnType<typeof wooMeasureOf>> } => c.m !== undefined);
  const attributesOf = (r: WooRow): Map<string, { value: string; label: string }> => {
    const out = new Map<string, { value: string; label: string }>();
    for (const { n, h } of attributeSlots) {
      const values = valuesHeader.get(n);
      const name = r.get({ header: h });
      const value = values !== undefined ? r.get({ header: values }) : undefined;
      if (name && value) out.set(name, { value: value.split(/(?<!\\),/).map((v) => v.replaceAll('\\,', ',').trim()).join(', '), label: `${values} (${name})` });
    }
    return out;
  };
  // Why a row the shop keeps off its store (a draft, private, a disabled variation) is not served; undefined when published.
  const unpublished = (r: WooRow): FeedIssue | undefined => {
    const published = r.get('published');
    if (published === undefined || published === '1') return undefined;
    return { row: r.row, field: label('published'), why: `${published === '-1' ? 'a draft' : 'private or disabled'} (${label('published')} ${published}); not served` };
  };
  const withVariations = new Set<WooRow>();
  const products: ShopProduct[] = [];
  for (const r of parsed) {
    const type = (r.get('type') ?? 'simple').toLowerCase().split(',').map((t) => t.trim());
    if (type.includes('variable')) {
      // A draft or private variable product is off the store with all its variations (exported as Published 1 each).
      const hidden = unpublished(r);
      if (hidden) issues.push(hidden);
      continue;
    }
    if (type.includes('grouped')) continue;
    if (type.includes('external')) {
      issues.push({ row: r.row, field: label('type'), why: 'an external (affiliate) product is sold on another site; not served' });
      continue;
    }
    const hidden = unpublished(r);
    if (hidden) {
      issues.push(hidden);
      continue;
    }
    let parent: WooRow | undefined;
    if (type.includes('variation')) {
      const reference = r.get('parent');
      parent = reference ? byReference.get(reference) : undefined;
      if (parent) {
        withVariations.add(parent);
        // Said once, on the parent's row.
        if (unpublished(parent)) continue;
      } else issues.push({ row: r.row, field: label('parent'), why: reference ? `"${reference}" is no product in this file; served with this row's own facts only` : 'missing; served with this row\'s own facts only' });
    }
    const inherited = (column: WooColumn | { readonly header: string }): string | undefined => r.get(column) ?? parent?.get(column);
    const fields: Record<string, string> = {};
    const fieldNames: Record<string, string> = { id: label('sku'), title: label('name'), price: label('regularPrice'), sale_price: label('salePrice'), availability: label('inStock'), quantity: label('stock'), brand: label('brands'), category: label('categories') };
    const sku = r.get('sku');
    const id = sku ?? (r.get('id') ? `woo-${r.get('id')}` : undefined);
    if (id) fields.id = id;
    const name = r.get('name') ?? parent?.get('name');
    if (name) fields.title = name;
    const regular = r.get('regularPrice');
    if (regular) fields.price = regular;
    const sale = r.get('salePrice');
    const dated = sale ? saleApplies(r.get('saleStarts'), r.get('saleEnds'), now, dateOrder) : { applies: false };
    if ('why' in dated) issues.push({ row: r.row, field: label(dated.column), why: `${dated.why}; served at ${label('regularPrice')}, not ${label('salePrice')}` });
    else if (dated.applies) fields.sale_price = sale!;
    const inStock = (r.get('inStock') ?? '1').toLowerCase();
    fields.availability = inStock === '1' ? 'in_stock' : inStock === '0' ? 'out_of_stock' : inStock === 'backorder' ? 'backorder' : inStock;
    const stock = r.get('stock');
    if (stock !== undefined) fields.quantity = stock;
    const brand = inherited('brands');
    if (brand) fields.brand = brand.split(/(?<!\\),/)[0]!.replaceAll('\\,', ',').trim();
    if (gtinColumn) {
      const gtin = r.get({ header: gtinColumn });
      if (gtin) fields.gtin = gtin;
      fieldNames.gtin = gtinColumn;
    }
    const attributes: Record<string, string> = {};
    const own = attributesOf(r);
    const fromParent = parent ? attributesOf(parent) : new Map<string, { value: string; label: string }>();
    for (const [attr, { value, label: where }] of own) {
      attributes[attr] = value;
      fieldNames[`attribute:${attr}`] = where;
    }
    // A parent's single-valued attribute (Material: Cotton) holds for each variation; a list (Blue, Green) is the choice.
    for (const [attr, { value, label: where }] of fromParent) {
      if (attr in attributes || value.includes(', ')) continue;
      attributes[attr] = value;
      fieldNames[`attribute:${attr}`] = `parent row ${parent!.row} ${where}`;
    }
    for (const { h, m } of measureColumns) {
      const raw = inherited({ header: h });
      if (!raw) continue;
      const value = Number(raw.replace(',', '.'));
      const perKg = kgPerUnit(m.unit);
      // WooCommerce keeps weight and dimensions on the Shipping tab: they are stated as shipping facts, not the product's.
      const attribute = m.dimension === 'weight' && perKg !== undefined ? 'shipping_weight_kg' : `shipping_${m.dimension}_${m.unit.toLowerCase()}`;
      attributes[attribute] = !Number.isFinite(value) ? raw : m.dimension === 'weight' && perKg !== undefined ? String(Math.round(value * perKg * 1000) / 1000) : String(value);
      fieldNames[`attribute:${attribute}`] = h;
    }
    const categories = inherited('categories');
    products.push({ row: r.row, fields, attributes, categories: categories ? categoriesOf(categories) : [], fieldNames });
  }
  for (const r of parsed) {
    if ((r.get('type') ?? '').toLowerCase().includes('variable') && !withVariations.has(r) && !unpublished(r)) {
      issues.push({ row: r.row, field: label('type'), why: 'a variable product with no variation rows in the file: nothing to sell' });
    }
  }
  if (truncated) issues.push({ row: maxRows + 1, field: '(file)', why: `only the first ${maxRows} rows are read (the row limit)` });
  return { products, issues };
}
