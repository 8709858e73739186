import { FeedError, type FeedIssue } from './feed-error.ts';
import { columnKey, hasColumns, readCsvTable, type CsvTableRow } from './csv-table.ts';
import { dateOrderOf, readFeedDateRange } from './read-feed-date.ts';
import type { ShopExport, ShopProduct } from './shop-product.ts';

/**
 * Amazon's inventory flat file (a category template, Flat.File.*.xlsm, saved as tab-delimited text): its first row
 * holds the template's settings ("TemplateType=fptcustom", "Version=…", "TemplateSignature=…"), its second the
 * column labels in the marketplace's language ("Verkäufer-SKU"), its third the attribute names read here (item_sku,
 * item_name, standard_price…); products from the fourth. A file with the first two rows removed reads the same.
 */
const COLUMNS = {
  sku: ['item_sku', 'sku', 'contribution_sku'],
  title: ['item_name', 'product_name', 'title'],
  brand: ['brand_name', 'brand'],
  productId: ['external_product_id', 'product-id', 'product_id'],
  productIdType: ['external_product_id_type', 'product-id-type', 'product_id_type'],
  price: ['standard_price', 'price', 'list_price_with_tax'],
  salePrice: ['sale_price'],
  saleFrom: ['sale_from_date'],
  saleTo: ['sale_end_date'],
  quantity: ['quantity'],
  currency: ['currency'],
  parentChild: ['parent_child'],
  condition: ['condition_type', 'item-condition', 'item_condition'],
  updateDelete: ['update_delete', 'add-delete'],
  itemType: ['item_type', 'item_type_keyword'],
  productType: ['feed_product_type', 'product_type'],
  size: ['size_name', 'size'],
  color: ['color_name', 'color'],
  sizeSystem: ['footwear_size_system', 'size_system', 'shoe_size_system'],
  material: ['material_type', 'outer_material_type'],
} as const;

/** The first cell of an Amazon template's settings row. */
const TEMPLATE = /^templatetype=/i;

/** True when a delimited header is Amazon's flat file: its template row, or its attribute row (item_sku, item_name, a price). */
export function isAmazonFlatFileHeader(header: readonly string[]): boolean {
  return TEMPLATE.test(header[0]?.trim() ?? '') || hasColumns(header, [['item_sku'], COLUMNS.title, COLUMNS.price]);
}

/** Which of a flat file's first rows holds the attribute names: the first with item_sku (or sku) and a price. */
function attributeRowOf(rows: readonly (readonly string[])[]): number {
  const k = rows.findIndex((cells) => hasColumns(cells, [COLUMNS.sku, COLUMNS.price]));
  return k < 0 ? 0 : k;
}

/** Product id types that are GTINs (an ASIN is Amazon's own number). */
const GTIN_TYPES = new Set(['ean', 'upc', 'gtin', 'isbn', 'jan']);

/** Amazon's condition_type values ("New", "neu", "Refurbished", "UsedLikeNew"…) as Merchant Center's. */
function conditionOf(raw: string | undefined): string | undefined {
  const c = (raw ?? '').toLowerCase().replace(/[\s_-]/g, '');
  if (c === 'new' || c === 'neu' || c === 'neuf' || c === 'nuevo' || c === 'nuovo' || c === '11') return 'new';
  if (c.includes('refurbished') || c.includes('renewed')) return 'refurbished';
  if (c.startsWith('used') || c.startsWith('gebraucht') || c.startsWith('collectible')) return 'used';
  return undefined;
}

/**
 * Reads an Amazon inventory flat file: each child row (and each product without variations) an offer; parent rows,
 * which Amazon lists without a price, are none. item_sku is the id, item_name the title, standard_price the price —
 * sale_price instead within sale_from_date and sale_end_date (the end date a whole day) at `now` — quantity the stock,
 * external_product_id the GTIN when its type is EAN, UPC, GTIN, ISBN or JAN; size_name, color_name and condition_type
 * the facts, feed_product_type > item_type the category path. Rows marked Delete are reported, not served. The
 * marketplace, not the file, sets the currency, unless a currency column states it.
 */
export function parseAmazonFlatFile(text: string, maxRows: number, now: number): ShopExport {
  const issues: FeedIssue[] = [];
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const table = readCsvTable(text, maxRows, issues, { headerAt: attributeRowOf, ...(TEMPLATE.test(firstLine) && firstLine.includes('\t') ? { delimiter: '\t' } : {}) });
  if (!hasColumns(table.header, [COLUMNS.sku, COLUMNS.price])) {
    throw new FeedError('FEED_MALFORMED', `an Amazon flat file whose first rows name no item_sku and standard_price (the third row of a template holds them; it has: ${table.header.slice(0, 12).join(', ') || 'nothing'})`);
  }
  const label = (names: readonly string[]): string => table.headerOf(names) ?? names[0]!;
  const dateOrder = dateOrderOf(table.rows.flatMap((r) => [r.get(COLUMNS.saleFrom) ?? '', r.get(COLUMNS.saleTo) ?? '']));
  const parents = new Map<string, CsvTableRow>();
  for (const r of table.rows) if (/^parent$/i.test(r.get(COLUMNS.parentChild) ?? '')) parents.set(r.get(COLUMNS.sku) ?? '', r);
  const products: ShopProduct[] = [];
  for (const r of table.rows) {
    const sku = r.get(COLUMNS.sku);
    if (/^parent$/i.test(r.get(COLUMNS.parentChild) ?? '')) continue;
    if (/^(delete|partialupdate\s*delete|d|x)$/i.test(r.get(COLUMNS.updateDelete) ?? '')) {
      issues.push({ row: r.row, field: label(COLUMNS.updateDelete), why: 'marked for deletion (Delete); not served' });
      continue;
    }
    const parent = parents.get(r.get(['parent_sku']) ?? '\u0000');
    const get = (names: readonly string[]) => r.get(names) ?? parent?.get(names);
    const fields: Record<string, string> = {};
    const attributes: Record<string, string> = {};
    const fieldNames: Record<string, string> = { id: label(COLUMNS.sku), title: label(COLUMNS.title), price: label(COLUMNS.price), sale_price: label(COLUMNS.salePrice), quantity: label(COLUMNS.quantity), availability: label(COLUMNS.quantity), brand: label(COLUMNS.brand), gtin: label(COLUMNS.productId), condition: label(COLUMNS.condition), category: label(COLUMNS.itemType) };
    if (sku !== undefined) fields.id = sku;
    const title = get(COLUMNS.title);
    if (title !== undefined) fields.title = title.replace(/\s*[\r\n]+\s*/g, ' ');
    const currency = get(COLUMNS.currency)?.toUpperCase();
    const inCurrency = (amount: string): string => (currency !== undefined && /^[A-Z]{3}$/.test(currency) && /^[\d.,\s]+$/.test(amount) ? `${amount} ${currency}` : amount);
    const price = r.get(COLUMNS.price);
    if (price !== undefined) fields.price = inCurrency(price);
    const sale = r.get(COLUMNS.salePrice);
    if (sale !== undefined && price !== undefined) {
      const range = readFeedDateRange(r.get(COLUMNS.saleFrom), r.get(COLUMNS.saleTo), dateOrder);
      if (r.get(COLUMNS.saleFrom) === undefined || r.get(COLUMNS.saleTo) === undefined) issues.push({ row: r.row, field: label(COLUMNS.salePrice), why: `a sale price without both ${label(COLUMNS.saleFrom)} and ${label(COLUMNS.saleTo)}, which Amazon needs to show it; served at ${label(COLUMNS.price)}` });
      else if ('why' in range) issues.push({ row: r.row, field: label(range.side === 'from' ? COLUMNS.saleFrom : COLUMNS.saleTo), why: `${range.why}; served at ${label(COLUMNS.price)}, not ${label(COLUMNS.salePrice)}` });
      // Without dates Amazon does not show a sale price: it holds only between them, the end date a whole day.
      else if (range.start <= now && now < range.end + 86_400_000) fields.sale_price = inCurrency(sale);
    }
    const quantity = r.get(COLUMNS.quantity);
    if (quantity !== undefined) {
      fields.quantity = quantity;
      if (Number(quantity) === 0) fields.availability = 'out_of_stock';
    }
    const idType = (r.get(COLUMNS.productIdType) ?? '').toLowerCase();
    const productId = r.get(COLUMNS.productId);
    if (productId !== undefined && GTIN_TYPES.has(idType)) fields.gtin = productId;
    const brand = get(COLUMNS.brand);
    if (brand !== undefined) fields.brand = brand;
    const condition = conditionOf(get(COLUMNS.condition));
    if (condition !== undefined) fields.condition = condition;
    const system = get(COLUMNS.sizeSystem);
    if (system !== undefined) fields.size_system = system.replace(/^(eu|uk|us|jp)_footwear_size_system$/i, '$1').toUpperCase();
    for (const [name, names] of [['size', COLUMNS.size], ['color', COLUMNS.color], ['material', COLUMNS.material]] as const) {
      const value = r.get(names);
      if (value === undefined) continue;
      attributes[name] = value;
      fieldNames[`attribute:${name}`] = label(names);
    }
    // The item type keyword names a node of the product type's browse tree: "shoes > hiking boots" is a shoe.
    const path = [get(COLUMNS.productType), get(COLUMNS.itemType)].filter((c): c is string => c !== undefined).map((c) => c.replace(/[-_]+/g, ' ')).filter((c) => columnKey(c) !== '');
    const categories = path.length > 0 ? [path.join(' > ')] : [];
    products.push({ row: r.row, fields, attributes, categories, fieldNames });
  }
  if (table.truncated) issues.push({ row: maxRows + 1, field: '(file)', why: `only the first ${maxRows} rows are read (the row limit)` });
  return { products, issues };
}
