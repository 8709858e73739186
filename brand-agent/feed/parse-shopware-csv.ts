import { FeedError, type FeedIssue } from './feed-error.ts';
import { hasColumns, readCsvTable, type CsvTableRow } from './csv-table.ts';
import type { ShopExport, ShopProduct } from './shop-product.ts';

/** True when a CSV header is Shopware 6's product export (the "Default product" profile): product_number and a price. */
export function isShopwareHeader(header: readonly string[]): boolean {
  return hasColumns(header, [['product_number'], ['price_gross', 'price_net']]);
}

/**
 * Reads Shopware 6's product export (Settings → Import/Export, "Default product" profile; semicolon-separated). A row
 * is a product, or with parent_id a variant of one, taking from its parent what it leaves empty (name, price,
 * manufacturer_name, active, categories: Shopware's inheritance). product_number is the id, price_gross the price
 * (the one with tax a consumer pays; a row with only price_net is reported), stock the stock, manufacturer_name the
 * brand. A parent with variants is sold through them. Inactive products (active 0) are reported and not served.
 * The profile writes categories and variant options as ids only (categories, optionIds): no category words nor option
 * values can be read from it, so products are filed by what their title names (or --category), and a variant's
 * options are reported as not stated. The file states no currency.
 */
export function parseShopwareCsv(text: string, maxRows: number): ShopExport {
  const issues: FeedIssue[] = [];
  const table = readCsvTable(text, maxRows, issues);
  if (!isShopwareHeader(table.header)) throw new FeedError('FEED_MALFORMED', `not a Shopware 6 product export: the header lacks product_number or price_gross (it has: ${table.header.slice(0, 12).join(', ') || 'nothing'})`);
  const get = (r: CsvTableRow, column: string): string | undefined => r.get([column]);
  const byId = new Map<string, CsvTableRow>();
  for (const r of table.rows) {
    const id = get(r, 'id');
    if (id !== undefined) byId.set(id, r);
  }
  const parents = new Set<CsvTableRow>();
  for (const r of table.rows) {
    const parent = byId.get(get(r, 'parent_id') ?? '');
    if (parent) parents.add(parent);
  }
  const optionsSaid = new Set<CsvTableRow>();
  const withCategoryIds = table.rows.find((r) => get(r, 'categories') !== undefined);
  if (withCategoryIds) issues.push({ row: withCategoryIds.row, field: 'categories', why: 'Shopware exports categories as ids only, which name nothing: products are filed by what their title names, or --category' });
  const products: ShopProduct[] = [];
  for (const r of table.rows) {
    if (parents.has(r)) continue;
    const parentId = get(r, 'parent_id');
    const parent = parentId === undefined ? undefined : byId.get(parentId);
    if (parentId !== undefined && !parent) issues.push({ row: r.row, field: 'parent_id', why: `"${parentId.slice(0, 40)}" is no product in this file; served with this row's own facts only` });
    const inherited = (column: string): string | undefined => get(r, column) ?? (parent ? get(parent, column) : undefined);
    const active = inherited('active');
    if (active !== undefined && active !== '1') {
      issues.push({ row: r.row, field: 'active', why: `inactive in the shop (active ${active}); not served` });
      continue;
    }
    const gross = inherited('price_gross');
    if (gross === undefined && inherited('price_net') !== undefined) {
      issues.push({ row: r.row, field: 'price_gross', why: 'only a net price (price_net), which no consumer pays; not served' });
      continue;
    }
    const fields: Record<string, string> = {};
    const number = get(r, 'product_number');
    if (number !== undefined) fields.id = number;
    const name = inherited('name')?.replace(/\s*[\r\n]+\s*/g, ' ');
    if (name !== undefined) fields.title = parent && get(r, 'name') === undefined && number !== undefined ? `${name} (${number})` : name;
    if (gross !== undefined) fields.price = gross;
    const stock = get(r, 'stock');
    if (stock !== undefined) {
      const n = Number(stock);
      fields.quantity = Number.isInteger(n) && n < 0 ? '0' : stock;
      if (Number.isInteger(n) && n <= 0) fields.availability = 'out_of_stock';
    }
    const brand = inherited('manufacturer_name');
    if (brand !== undefined) fields.brand = brand;
    const ean = inherited('ean');
    if (ean !== undefined) fields.gtin = ean;
    if (parent && get(r, 'optionIds') !== undefined && !optionsSaid.has(parent)) {
      optionsSaid.add(parent);
      issues.push({ row: parent.row, field: 'optionIds', why: 'its variants\' options (size, colour…) are exported as ids only; served without them — add the option names to the export profile' });
    }
    products.push({
      row: r.row,
      fields,
      attributes: {},
      // Category ids name nothing a person or the taxonomy reads.
      categories: [],
      fieldNames: { id: 'product_number', title: 'name', price: 'price_gross', quantity: 'stock', availability: 'stock', brand: 'manufacturer_name', gtin: 'ean', category: 'categories' },
    });
  }
  if (table.truncated) issues.push({ row: maxRows + 1, field: '(file)', why: `only the first ${maxRows} rows are read (the row limit)` });
  return { products, issues };
}
