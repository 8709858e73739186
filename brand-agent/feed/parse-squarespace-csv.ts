import { FeedError, type FeedIssue } from './feed-error.ts';
import { hasColumns, readCsvTable, type CsvTableRow } from './csv-table.ts';
import type { ShopExport, ShopProduct } from './shop-product.ts';

/**
 * Squarespace Commerce's product export (Commerce → Inventory → Export all), its columns as it writes them: "Product ID
 * [Non Editable]", "Variant ID [Non Editable]", "Product Type [Non Editable]", "Product Page", "Product URL", Title,
 * Description, SKU, "Option Name 1".."Option Value 3", Price, "Sale Price", "On Sale", Stock, Categories, Tags, Weight…,
 * Visible, "Hosted Image URLs". A product's variants are the rows after it that leave Title empty (they repeat its
 * Product ID).
 */
const COLUMNS = {
  productId: ['Product ID [Non Editable]', 'Product ID'],
  variantId: ['Variant ID [Non Editable]', 'Variant ID'],
  productType: ['Product Type [Non Editable]', 'Product Type'],
  page: ['Product Page'],
  url: ['Product URL'],
  title: ['Title'],
  sku: ['SKU'],
  price: ['Price'],
  salePrice: ['Sale Price'],
  onSale: ['On Sale'],
  stock: ['Stock'],
  categories: ['Categories'],
  tags: ['Tags'],
  visible: ['Visible'],
} as const;

const OPTION_SLOTS = [1, 2, 3, 4, 5, 6] as const;

/** True when a CSV header is Squarespace's product export: Product ID and Variant ID, Title and Price. */
export function isSquarespaceHeader(header: readonly string[]): boolean {
  return hasColumns(header, [COLUMNS.productId, COLUMNS.variantId, COLUMNS.title, COLUMNS.price]);
}

/** "Yes"/"No" as Squarespace writes them; undefined when empty or anything else. */
const yesNo = (v: string | undefined): boolean | undefined => (v === undefined ? undefined : /^(yes|true|1)$/i.test(v) ? true : /^(no|false|0)$/i.test(v) ? false : undefined);

/**
 * Reads Squarespace's product export: each variant row an offer under its product's title (with its option values),
 * its SKU (else its Variant ID) as id, its Price, or its Sale Price while On Sale is Yes (Squarespace gives a sale no
 * dates), Stock a count or "Unlimited" (in stock, the shop's default quantity). Products with Visible No are reported
 * and not served, and so are gift cards (Product Type GIFT_CARD: no goods to rank). Categories (else Tags) are the
 * shop's category words. The file states no currency.
 */
export function parseSquarespaceCsv(text: string, maxRows: number): ShopExport {
  const issues: FeedIssue[] = [];
  const table = readCsvTable(text, maxRows, issues);
  if (!isSquarespaceHeader(table.header)) throw new FeedError('FEED_MALFORMED', `not a Squarespace product export: the header lacks Product ID, Variant ID, Title or Price (it has: ${table.header.slice(0, 12).join(', ') || 'nothing'})`);
  const label = (names: readonly string[]): string => table.headerOf(names) ?? names[0]!;
  // A product is its titled row and the rows after it that leave Title empty (or repeat its Product ID).
  const groups: { product: CsvTableRow; variants: CsvTableRow[] }[] = [];
  for (const r of table.rows) {
    const last = groups[groups.length - 1];
    const id = r.get(COLUMNS.productId);
    const continues = last !== undefined && (r.get(COLUMNS.title) === undefined || (id !== undefined && id === last.product.get(COLUMNS.productId)));
    if (continues) last.variants.push(r);
    else if (r.get(COLUMNS.title) === undefined) issues.push({ row: r.row, field: label(COLUMNS.title), why: 'a variant row before any product row; not served' });
    else groups.push({ product: r, variants: [r] });
  }
  const products: ShopProduct[] = [];
  for (const { product, variants } of groups) {
    const title = product.get(COLUMNS.title)!.replace(/\s*[\r\n]+\s*/g, ' ');
    if (yesNo(product.get(COLUMNS.visible)) === false) {
      issues.push({ row: product.row, field: label(COLUMNS.visible), why: `"${title.slice(0, 60)}" is hidden in the store (Visible No); not served` });
      continue;
    }
    if (/^gift[\s_-]?card$/i.test(product.get(COLUMNS.productType) ?? '')) {
      issues.push({ row: product.row, field: label(COLUMNS.productType), why: 'a gift card, no goods; not served' });
      continue;
    }
    const optionNames = OPTION_SLOTS.map((n) => product.get([`Option Name ${n}`]));
    const categoryText = product.get(COLUMNS.categories) ?? product.get(COLUMNS.tags);
    const categories = (categoryText ?? '').split(',').map((c) => c.trim().replace(/^\/+/, '')).filter((c) => c !== '');
    for (const r of variants) {
      const fields: Record<string, string> = {};
      const attributes: Record<string, string> = {};
      const fieldNames: Record<string, string> = { title: label(COLUMNS.title), price: label(COLUMNS.price), sale_price: label(COLUMNS.salePrice), quantity: label(COLUMNS.stock), availability: label(COLUMNS.stock), category: label(categoryText === product.get(COLUMNS.categories) ? COLUMNS.categories : COLUMNS.tags) };
      const sku = r.get(COLUMNS.sku);
      const id = sku ?? r.get(COLUMNS.variantId) ?? r.get(COLUMNS.productId);
      if (id !== undefined) fields.id = id;
      fieldNames.id = sku !== undefined ? label(COLUMNS.sku) : label(COLUMNS.variantId);
      const values: string[] = [];
      OPTION_SLOTS.forEach((n, k) => {
        const name = r.get([`Option Name ${n}`]) ?? optionNames[k];
        const value = r.get([`Option Value ${n}`]);
        if (name === undefined || value === undefined) return;
        attributes[name] = value;
        fieldNames[`attribute:${name}`] = `Option Value ${n} (${name})`;
        values.push(value);
      });
      fields.title = values.length > 0 ? `${title} (${values.join(' / ')})` : title;
      const price = r.get(COLUMNS.price);
      if (price !== undefined) fields.price = price;
      const sale = r.get(COLUMNS.salePrice);
      if (yesNo(r.get(COLUMNS.onSale) ?? product.get(COLUMNS.onSale)) === true && sale !== undefined) fields.sale_price = sale;
      const stock = r.get(COLUMNS.stock);
      if (stock !== undefined && !/^unlimited$/i.test(stock)) {
        fields.quantity = stock;
        if (Number(stock) <= 0) fields.availability = 'out_of_stock';
      }
      products.push({ row: r.row, fields, attributes, categories, fieldNames });
    }
  }
  if (table.truncated) issues.push({ row: maxRows + 1, field: '(file)', why: `only the first ${maxRows} rows are read (the row limit)` });
  return { products, issues };
}
