import { FeedError, type FeedIssue } from './feed-error.ts';
import { columnKey, hasColumns, readCsvTable, type CsvTableRow } from './csv-table.ts';
import type { ShopExport, ShopProduct } from './shop-product.ts';

/**
 * Ecwid's (Lightspeed E-Series) product CSV, its rows typed by its first column: "product" rows, then that product's
 * "product_option" rows (one per option value: product_option_name, product_option_value, product_option_markup) and
 * "product_variation" rows (one per combination, product_variation_sku and a product_variation_option_<Name> column
 * per option, with its own product_price and product_quantity), tied to their product by product_sku.
 */
const COLUMNS = {
  type: ['type'],
  sku: ['product_sku'],
  internalId: ['product_internal_id'],
  name: ['product_name'],
  price: ['product_price'],
  tracked: ['product_is_inventory_tracked'],
  quantity: ['product_quantity'],
  available: ['product_is_available'],
  upc: ['product_upc'],
  brand: ['product_brand'],
  variationSku: ['product_variation_sku'],
} as const;

/** The option columns of a variation row: "product_variation_option_Size" → Size. */
const VARIATION_OPTION = /^product_variation_option_(.+)$/i;

/** True when a CSV header is Ecwid's product export: type, product_sku, product_name and product_price. */
export function isEcwidHeader(header: readonly string[]): boolean {
  return hasColumns(header, [COLUMNS.type, COLUMNS.sku, COLUMNS.name, COLUMNS.price]);
}

const flag = (v: string | undefined): boolean | undefined => (v === undefined ? undefined : /^(true|yes|1)$/i.test(v) ? true : /^(false|no|0)$/i.test(v) ? false : undefined);

/**
 * Reads Ecwid's product CSV: a product with variation rows is served through them (each its product_variation_sku,
 * option values, price and quantity), else as itself. product_price is what a buyer pays (product_compare_to_price is
 * the crossed-out "was" price, not read); product_quantity is the stock when product_is_inventory_tracked, else the
 * product is in stock at the shop's default quantity; product_upc (Ecwid's one GTIN field) the GTIN; product_category_N
 * ("Tea/Green tea") the category words. A product with product_is_available false is disabled in the store: reported,
 * not served. Option rows list choices and their markups, which the variation rows already price: not read. The file
 * states no currency.
 */
export function parseEcwidCsv(text: string, maxRows: number): ShopExport {
  const issues: FeedIssue[] = [];
  const table = readCsvTable(text, maxRows, issues);
  if (!isEcwidHeader(table.header)) throw new FeedError('FEED_MALFORMED', `not an Ecwid product export: the header lacks type, product_sku, product_name or product_price (it has: ${table.header.slice(0, 12).join(', ') || 'nothing'})`);
  const label = (names: readonly string[]): string => table.headerOf(names) ?? names[0]!;
  const optionColumns = table.header.map((h) => [h, VARIATION_OPTION.exec(h.trim())?.[1]] as const).filter((c): c is readonly [string, string] => c[1] !== undefined);
  const categoryColumns = table.header.filter((h) => /^product_category_\d+$/i.test(h.trim()));
  const groups: { product: CsvTableRow; variations: CsvTableRow[] }[] = [];
  const bySku = new Map<string, { product: CsvTableRow; variations: CsvTableRow[] }>();
  for (const r of table.rows) {
    const type = columnKey(r.get(COLUMNS.type) ?? '');
    const sku = r.get(COLUMNS.sku);
    if (type === 'product') {
      const group = { product: r, variations: [] };
      groups.push(group);
      if (sku !== undefined && !bySku.has(sku)) bySku.set(sku, group);
    } else if (type === 'product variation') {
      const group = sku === undefined ? undefined : bySku.get(sku);
      if (group === undefined) issues.push({ row: r.row, field: label(COLUMNS.sku), why: `no product row has product_sku "${(sku ?? '').slice(0, 40)}": this variation is not served` });
      else group.variations.push(r);
    } else if (type !== 'product option') {
      issues.push({ row: r.row, field: label(COLUMNS.type), why: `"${(r.get(COLUMNS.type) ?? '').slice(0, 30)}" is none of product, product_option, product_variation; not read` });
    }
  }
  const products: ShopProduct[] = [];
  for (const { product, variations } of groups) {
    const name = product.get(COLUMNS.name)?.replace(/\s*[\r\n]+\s*/g, ' ');
    if (flag(product.get(COLUMNS.available)) === false) {
      issues.push({ row: product.row, field: label(COLUMNS.available), why: `"${(name ?? '').slice(0, 60)}" is disabled in the store (product_is_available false); not served` });
      continue;
    }
    const categories = categoryColumns.map((h) => product.get([h])).filter((c): c is string => c !== undefined);
    const brand = product.get(COLUMNS.brand);
    for (const r of variations.length > 0 ? variations : [product]) {
      const fields: Record<string, string> = {};
      const attributes: Record<string, string> = {};
      const fieldNames: Record<string, string> = { title: label(COLUMNS.name), price: label(COLUMNS.price), quantity: label(COLUMNS.quantity), availability: label(COLUMNS.quantity), gtin: label(COLUMNS.upc), brand: label(COLUMNS.brand), category: categoryColumns[0] ?? 'product_category_1' };
      const id = r === product ? product.get(COLUMNS.sku) ?? product.get(COLUMNS.internalId) : r.get(COLUMNS.variationSku);
      if (id !== undefined) fields.id = id;
      fieldNames.id = r === product ? label(COLUMNS.sku) : label(COLUMNS.variationSku);
      const values: string[] = [];
      if (r !== product) {
        for (const [header, option] of optionColumns) {
          const value = r.get([header]);
          if (value === undefined) continue;
          attributes[option] = value;
          fieldNames[`attribute:${option}`] = header;
          values.push(value);
        }
      }
      if (name !== undefined) fields.title = values.length > 0 ? `${name} (${values.join(' / ')})` : name;
      const price = r.get(COLUMNS.price) ?? product.get(COLUMNS.price);
      if (price !== undefined) fields.price = price;
      const tracked = flag(r.get(COLUMNS.tracked) ?? product.get(COLUMNS.tracked));
      const quantity = r.get(COLUMNS.quantity);
      if (tracked !== false && quantity !== undefined) {
        fields.quantity = quantity;
        if (Number(quantity) <= 0) fields.availability = 'out_of_stock';
      }
      const gtin = r.get(COLUMNS.upc);
      if (gtin !== undefined) fields.gtin = gtin;
      if (brand !== undefined) fields.brand = brand;
      products.push({ row: r.row, fields, attributes, categories, fieldNames });
    }
  }
  if (table.truncated) issues.push({ row: maxRows + 1, field: '(file)', why: `only the first ${maxRows} rows are read (the row limit)` });
  return { products, issues };
}
