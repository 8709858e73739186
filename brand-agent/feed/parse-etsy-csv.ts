import { FeedError, type FeedIssue } from './feed-error.ts';
import { hasColumns, readCsvTable } from './csv-table.ts';
import type { ShopExport, ShopProduct } from './shop-product.ts';

/**
 * Etsy's listings CSV (Shop Manager → Settings → Options → Download Data → "Download CSV"), in its UPPERCASE words:
 * TITLE, DESCRIPTION, PRICE, CURRENCY_CODE, QUANTITY, TAGS, MATERIALS, IMAGE1…IMAGE10, VARIATION 1/2 TYPE, NAME and
 * VALUES, SKU. It gives no listing id, no category and no GTIN.
 */
const COLUMNS = {
  title: ['TITLE'],
  price: ['PRICE'],
  currency: ['CURRENCY_CODE'],
  quantity: ['QUANTITY'],
  tags: ['TAGS'],
  materials: ['MATERIALS'],
  sku: ['SKU'],
} as const;

/** True when a CSV header is Etsy's listings export: TITLE, PRICE, CURRENCY_CODE, QUANTITY and TAGS. */
export function isEtsyHeader(header: readonly string[]): boolean {
  return hasColumns(header, [COLUMNS.title, COLUMNS.price, COLUMNS.currency, COLUMNS.quantity, COLUMNS.tags]);
}

/** An id made of a listing's title, for a listing without a SKU (Etsy's CSV has no listing id): "etsy-" and its words. */
function titleId(title: string): string {
  const words = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return `etsy-${words.slice(0, 100).replace(/-+$/, '')}`;
}

/**
 * Reads Etsy's listings CSV: one listing per row, its SKU (else its title's words) as id, PRICE in the row's
 * CURRENCY_CODE, QUANTITY as stock (0: sold out). Variations are listed as values only ("S,M,L"), with no price or
 * quantity of their own, so a listing is one offer and its variation values are not stated as facts of it. With no
 * category in the file, TAGS are the shop's category words and the title is read for its head noun; MATERIALS gives
 * the material when it names one.
 */
export function parseEtsyCsv(text: string, maxRows: number): ShopExport {
  const issues: FeedIssue[] = [];
  const table = readCsvTable(text, maxRows, issues);
  if (!isEtsyHeader(table.header)) throw new FeedError('FEED_MALFORMED', `not an Etsy listings export: the header lacks TITLE, PRICE, CURRENCY_CODE, QUANTITY or TAGS (it has: ${table.header.slice(0, 12).join(', ') || 'nothing'})`);
  const label = (names: readonly string[]): string => table.headerOf(names) ?? names[0]!;
  const products: ShopProduct[] = [];
  for (const r of table.rows) {
    const fields: Record<string, string> = {};
    const attributes: Record<string, string> = {};
    const title = r.get(COLUMNS.title)?.replace(/\s*[\r\n]+\s*/g, ' ');
    const sku = r.get(COLUMNS.sku);
    if (title !== undefined) fields.title = title;
    const id = sku ?? (title !== undefined ? titleId(title) : undefined);
    if (id !== undefined) fields.id = id;
    const price = r.get(COLUMNS.price);
    const currency = r.get(COLUMNS.currency);
    // A bare amount in the row's currency: "34.00" and "USD" are "34.00 USD".
    if (price !== undefined) fields.price = currency !== undefined && /^[A-Za-z]{3}$/.test(currency) && /^[\d.,\s]+$/.test(price) ? `${price} ${currency.toUpperCase()}` : price;
    const quantity = r.get(COLUMNS.quantity);
    if (quantity !== undefined) {
      fields.quantity = quantity;
      if (Number(quantity) === 0) fields.availability = 'out_of_stock';
    }
    const materials = r.get(COLUMNS.materials)?.split(',').map((m) => m.trim()).filter((m) => m !== '');
    if (materials !== undefined && materials.length === 1) attributes.material = materials[0]!;
    const tags = (r.get(COLUMNS.tags) ?? '').split(',').map((t) => t.trim()).filter((t) => t !== '');
    products.push({
      row: r.row,
      fields,
      attributes,
      categories: tags,
      fieldNames: { id: sku !== undefined ? label(COLUMNS.sku) : label(COLUMNS.title), title: label(COLUMNS.title), price: label(COLUMNS.price), quantity: label(COLUMNS.quantity), availability: label(COLUMNS.quantity), category: label(COLUMNS.tags), 'attribute:material': label(COLUMNS.materials) },
    });
  }
  if (table.truncated) issues.push({ row: maxRows + 1, field: '(file)', why: `only the first ${maxRows} rows are read (the row limit)` });
  return { products, issues };
}
