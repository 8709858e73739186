import { FeedError, type FeedIssue } from './feed-error.ts';
import { hasColumns, readCsvTable, type CsvTableRow } from './csv-table.ts';
import { dateOrderOf, readFeedDateRange, type DateOrder } from './read-feed-date.ts';
import type { ShopExport, ShopProduct } from './shop-product.ts';

/** True when a CSV header is Magento 2's catalog product export (System → Data Transfer → Export): sku, product_type, name, price. */
export function isMagentoHeader(header: readonly string[]): boolean {
  return hasColumns(header, [['sku'], ['product_type'], ['name'], ['price']]);
}

/** Product types sold as they are; a configurable is sold through its simple children, a bundle or grouped one through its parts. */
const SOLD_AS_IS = new Set(['simple', 'virtual', 'downloadable']);
/** Attribute codes that hold a barcode rather than a product fact. */
const BARCODE_CODES = new Set(['gtin', 'ean', 'ean13', 'upc', 'barcode', 'isbn']);

/** "color=Blue,size=43" (additional_attributes, or one configurable_variations entry) → its pairs; a part without "=" continues the value before it. */
function pairsOf(raw: string | undefined): Map<string, string> {
  const pairs = new Map<string, string>();
  let last: string | undefined;
  for (const part of (raw ?? '').split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) {
      last = part.slice(0, eq).trim();
      pairs.set(last, part.slice(eq + 1).trim());
    } else if (last !== undefined) pairs.set(last, `${pairs.get(last)},${part}`);
  }
  return pairs;
}

/** Magento's date columns, all written as the admin's locale shows dates: together they show the file's day/month order. */
const DATE_COLUMNS = ['special_price_from_date', 'special_price_to_date', 'news_from_date', 'news_to_date', 'custom_design_from', 'custom_design_to', 'created_at', 'updated_at'];

/**
 * Whether a dated special price applies at `now`, or why its dates cannot be read. Magento writes them as the admin's
 * locale shows dates ("3/14/24", "14/03/2024", "2024-03-14"): an ambiguous "03/04/2024" is read only in the file's
 * `order` (see `dateOrderOf`), never guessed.
 */
function specialApplies(from: string | undefined, to: string | undefined, now: number, order: DateOrder | undefined): { applies: boolean } | { field: string; why: string } {
  const range = readFeedDateRange(from, to, order);
  if ('why' in range) return { field: range.side === 'from' ? 'special_price_from_date' : 'special_price_to_date', why: range.why };
  // The end date is a whole day: the price holds until it is over.
  return { applies: range.start <= now && now < range.end + 86_400_000 };
}

/**
 * Reads Magento 2's catalog product export CSV. Each simple (or virtual, downloadable) product row is a product: sku,
 * name, price (special_price within its dates), qty and is_in_stock as stock (an untracked one, manage_stock 0, takes
 * the shop's default; a backorderable one at 0 is a backorder), additional_attributes ("color=Blue,size=43") as
 * attributes, categories ("Default Category/Shoes/Trail", the store's root category left out) as category words.
 * The simple children of a configurable product ("Not Visible Individually", listed in its configurable_variations)
 * are sold under its name with their option values, its categories when they have none, and only while it is online;
 * a configurable row is sold through them. Store-view rows (store_view_code) translate a product and are skipped;
 * disabled products (product_online other than 1), bundles, grouped products and simple products sold only as parts
 * of another are reported and not served. The file states no currency.
 */
export function parseMagentoCsv(text: string, maxRows: number, now: number = Date.now()): ShopExport {
  const issues: FeedIssue[] = [];
  const table = readCsvTable(text, maxRows, issues);
  if (!isMagentoHeader(table.header)) throw new FeedError('FEED_MALFORMED', `not a Magento 2 catalog export: the header lacks sku, product_type, name or price (it has: ${table.header.slice(0, 12).join(', ') || 'nothing'})`);
  const get = (r: CsvTableRow, column: string): string | undefined => r.get([column]);
  // The default (global) row of each product; store-view rows only translate it.
  const rows = table.rows.filter((r) => get(r, 'store_view_code') === undefined);
  // Each configurable product's children: sku → the parent row and the child's option values.
  const parentOf = new Map<string, { parent: CsvTableRow; options: Map<string, string> }>();
  for (const r of rows) {
    if (get(r, 'product_type') !== 'configurable') continue;
    for (const entry of (get(r, 'configurable_variations') ?? '').split('|')) {
      const pairs = pairsOf(entry);
      const sku = pairs.get('sku');
      pairs.delete('sku');
      if (sku) parentOf.set(sku, { parent: r, options: pairs });
    }
  }
  // One day/month order for the whole file, from the dates that show it: it settles the ones that do not ("03/04/2024").
  const dateOrder = dateOrderOf(rows.flatMap((r) => DATE_COLUMNS.map((c) => get(r, c) ?? '')));
  const withChildren = new Set([...parentOf.values()].map((c) => c.parent));
  const offline = (r: CsvTableRow): FeedIssue | undefined => {
    const online = get(r, 'product_online');
    return online === undefined || online === '1' ? undefined : { row: r.row, field: 'product_online', why: `disabled in the shop (product_online ${online}); not served` };
  };
  const products: ShopProduct[] = [];
  for (const r of rows) {
    const type = get(r, 'product_type') ?? 'simple';
    const sku = get(r, 'sku');
    if (type === 'configurable') {
      const hidden = offline(r);
      if (hidden) issues.push(hidden);
      else if (!withChildren.has(r)) issues.push({ row: r.row, field: 'configurable_variations', why: 'a configurable product with no child product listed: nothing to sell' });
      continue;
    }
    if (!SOLD_AS_IS.has(type)) {
      issues.push({ row: r.row, field: 'product_type', why: `a ${type} product is priced and sold through other products; not served` });
      continue;
    }
    const child = sku === undefined ? undefined : parentOf.get(sku);
    // A child is off the store with its configurable parent (said once, on the parent's row).
    if (child && offline(child.parent)) continue;
    const hidden = offline(r);
    if (hidden) {
      issues.push(hidden);
      continue;
    }
    if (!child && get(r, 'visibility')?.toLowerCase() === 'not visible individually') {
      issues.push({ row: r.row, field: 'visibility', why: 'not visible individually, and no configurable product in the file lists it: sold only as part of another product; not served' });
      continue;
    }
    const fields: Record<string, string> = {};
    const fieldNames: Record<string, string> = { id: 'sku', title: 'name', price: 'price', sale_price: 'special_price', quantity: 'qty', availability: 'is_in_stock', category: 'categories' };
    if (sku !== undefined) fields.id = sku;
    const ownName = get(r, 'name');
    const parentName = child ? get(child.parent, 'name') : undefined;
    const optionValues = child ? [...child.options.values()] : [];
    const name = parentName !== undefined ? (optionValues.length > 0 ? `${parentName} (${optionValues.join(' / ')})` : parentName) : ownName;
    if (name !== undefined) fields.title = name.replace(/\s*[\r\n]+\s*/g, ' ');
    const price = get(r, 'price');
    if (price !== undefined) fields.price = price;
    const special = get(r, 'special_price');
    if (special !== undefined) {
      const dated = specialApplies(get(r, 'special_price_from_date'), get(r, 'special_price_to_date'), now, dateOrder);
      if ('why' in dated) issues.push({ row: r.row, field: dated.field, why: `${dated.why}; served at price, not special_price` });
      else if (dated.applies) fields.sale_price = special;
    }
    const inStock = get(r, 'is_in_stock');
    const tracked = !(get(r, 'manage_stock') === '0' && get(r, 'use_config_manage_stock') === '0');
    const qty = Number(get(r, 'qty') ?? 'NaN');
    if (inStock === '0') fields.availability = 'out_of_stock';
    if (tracked && Number.isFinite(qty)) {
      const units = Math.max(0, Math.trunc(qty));
      fields.quantity = String(units);
      if (units === 0 && inStock !== '0') fields.availability = Number(get(r, 'allow_backorders') ?? '0') > 0 ? 'backorder' : 'out_of_stock';
    }
    const attributes: Record<string, string> = {};
    for (const [code, value] of [...pairsOf(get(r, 'additional_attributes')), ...(child?.options ?? [])]) {
      if (BARCODE_CODES.has(code.toLowerCase())) {
        fields.gtin ??= value;
        fieldNames.gtin = `additional_attributes (${code})`;
      } else if (value !== '') {
        attributes[code] = value;
        fieldNames[`attribute:${code}`] = `additional_attributes (${code})`;
      }
    }
    const categories = get(r, 'categories') ?? (child ? get(child.parent, 'categories') : undefined);
    products.push({
      row: r.row,
      fields,
      attributes,
      // Each path starts with the store's root category ("Default Category"), which is no product's category.
      categories: (categories ?? '').split(',').map((path) => path.split('/').slice(1).join(' > ').trim()).filter((c) => c !== ''),
      fieldNames,
    });
  }
  if (table.truncated) issues.push({ row: maxRows + 1, field: '(file)', why: `only the first ${maxRows} rows are read (the row limit)` });
  return { products, issues };
}
