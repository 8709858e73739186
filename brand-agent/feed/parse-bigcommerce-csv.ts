import { FeedError, type FeedIssue } from './feed-error.ts';
import { hasColumns, readCsvTable, type CsvTableRow } from './csv-table.ts';
import type { ShopExport, ShopProduct } from './shop-product.ts';

/** BigCommerce's product export columns (Products → Export, the "Bulk Edit" template) by role. */
const COLUMNS = {
  itemType: ['Item Type'],
  id: ['Product ID'],
  name: ['Product Name'],
  sku: ['Product Code/SKU'],
  brand: ['Brand Name'],
  price: ['Price'],
  salePrice: ['Sale Price'],
  allowPurchases: ['Allow Purchases?'],
  visible: ['Product Visible?'],
  tracking: ['Track Inventory'],
  stock: ['Current Stock Level'],
  categories: ['Category'],
  condition: ['Product Condition'],
  barcode: ['Product UPC/EAN', 'GPS Global Trade Item Number'],
  googleCategory: ['GPS Category'],
} as const;
/** Google Shopping (GPS) columns that state a product fact, by the attribute they state. */
const GPS_FACTS = { color: 'GPS Color', size: 'GPS Size', material: 'GPS Material', pattern: 'GPS Pattern' } as const;
const GPS_FIELDS = { gender: 'GPS Gender', age_group: 'GPS Age Group' } as const;

/** True when a CSV header is BigCommerce's product export: Item Type, Product Name and Price. */
export function isBigCommerceHeader(header: readonly string[]): boolean {
  return hasColumns(header, [COLUMNS.itemType, COLUMNS.name, COLUMNS.price]);
}

/** "[RB]Size=42,[S]Color=Blue" (a SKU row's Product Name) → its option names and values. */
function optionsOf(raw: string): Map<string, string> {
  const options = new Map<string, string>();
  for (const m of raw.matchAll(/\[[A-Z]+\]([^=[\]]+)=(.*?)(?=,\s*\[[A-Z]+\]|$)/g)) options.set(m[1]!.trim(), m[2]!.trim());
  return options;
}

const yes = (v: string | undefined): boolean | undefined => (v === undefined ? undefined : /^(y|yes|1|true)$/i.test(v));

/**
 * Reads BigCommerce's product export CSV (Bulk Edit template). A "Product" row is a product, served as itself when no
 * "SKU" rows follow it, else through them: each SKU row is a variant with its option values ("[RB]Size=43" in Product
 * Name) as attributes, its own SKU, price (else the product's) and stock (when the product tracks inventory "by
 * option"). Product Code/SKU (else "bc-" + Product ID) is the id, Sale Price (when not 0) the price offered over Price
 * (Retail Price, a list price, never is), Current Stock Level the stock unless Track Inventory is "none", Category
 * ("Shop All/Shoes/Trail;Sale") and GPS Category the category words, Brand Name the brand, GPS Color/Size/Material/
 * Pattern attributes, Product UPC/EAN the GTIN. Hidden products (Product Visible? N) and those not for sale (Allow
 * Purchases? N) are reported and not served. A "Rule" row naming a variant's SKU sets its price ("[FIXED]139.00") or
 * forbids its purchase; a rule that adjusts a price ("[ADD]5.00"), or names option values rather than a SKU, leaves a
 * price the file does not state, and those variants are reported and not served. The file states no currency.
 */
export function parseBigCommerceCsv(text: string, maxRows: number): ShopExport {
  const issues: FeedIssue[] = [];
  const table = readCsvTable(text, maxRows, issues);
  if (!isBigCommerceHeader(table.header)) throw new FeedError('FEED_MALFORMED', `not a BigCommerce product export: the header lacks "Item Type", "Product Name" or "Price" (it has: ${table.header.slice(0, 12).join(', ') || 'nothing'})`);
  // Each product row with the SKU and Rule rows that follow it.
  const groups: Array<{ product: CsvTableRow; skus: CsvTableRow[]; rules: CsvTableRow[] }> = [];
  for (const r of table.rows) {
    const type = (r.get(COLUMNS.itemType) ?? '').toLowerCase();
    if (type === 'product') groups.push({ product: r, skus: [], rules: [] });
    else if (type === 'sku' || type === 'rule') {
      const group = groups[groups.length - 1];
      if (group) (type === 'sku' ? group.skus : group.rules).push(r);
      else issues.push({ row: r.row, field: 'Item Type', why: `a ${type === 'sku' ? 'SKU' : 'Rule'} row before any Product row: no product it belongs to` });
    } else issues.push({ row: r.row, field: 'Item Type', why: `"${type.slice(0, 20)}" is none of Product, SKU, Rule; not read` });
  }
  const products: ShopProduct[] = [];
  for (const { product, skus, rules } of groups) {
    if (yes(product.get(COLUMNS.visible)) === false) {
      issues.push({ row: product.row, field: 'Product Visible?', why: 'hidden in the shop (Product Visible? N); not served' });
      continue;
    }
    if (yes(product.get(COLUMNS.allowPurchases)) === false) {
      issues.push({ row: product.row, field: 'Allow Purchases?', why: 'not for sale in the shop (Allow Purchases? N); not served' });
      continue;
    }
    const name = product.get(COLUMNS.name)?.replace(/\s*[\r\n]+\s*/g, ' ');
    const tracking = (product.get(COLUMNS.tracking) ?? 'by product').toLowerCase();
    const sale = product.get(COLUMNS.salePrice);
    const onSale = sale !== undefined && Number(sale) !== 0 ? sale : undefined;
    // "Shop All/Shoes;Sale": paths split by ";", segments by "/", a "/" inside a name written "\/".
    const categories = [product.get(COLUMNS.googleCategory), ...(product.get(COLUMNS.categories) ?? '').split(';').map((path) => path.split(/(?<!\\)\//).map((s) => s.replaceAll('\\/', '/').trim()).join(' > '))]
      .filter((c): c is string => c !== undefined && c !== '');
    const base: Record<string, string> = {};
    const attributes: Record<string, string> = {};
    const brand = product.get(COLUMNS.brand);
    if (brand !== undefined) base.brand = brand;
    const condition = product.get(COLUMNS.condition);
    if (condition !== undefined) base.condition = condition.toLowerCase();
    for (const [field, column] of Object.entries(GPS_FIELDS)) {
      const value = product.get([column]);
      if (value !== undefined) base[field] = value.toLowerCase();
    }
    for (const [attribute, column] of Object.entries(GPS_FACTS)) {
      const value = product.get([column]);
      if (value !== undefined) attributes[attribute] = value;
    }
    const fieldNames: Record<string, string> = {
      id: 'Product Code/SKU', title: 'Product Name', price: 'Price', sale_price: 'Sale Price', quantity: 'Current Stock Level', availability: 'Current Stock Level',
      brand: 'Brand Name', condition: 'Product Condition', gtin: 'Product UPC/EAN', gender: 'GPS Gender', age_group: 'GPS Age Group', category: 'Category',
    };
    const stockOf = (r: CsvTableRow, fields: Record<string, string>) => {
      if (tracking === 'none') return;
      const n = Number(r.get(COLUMNS.stock) ?? 'NaN');
      if (!Number.isFinite(n)) return;
      fields.quantity = String(Math.max(0, Math.trunc(n)));
      if (n <= 0) fields.availability = 'out_of_stock';
    };
    const variants = skus.length > 0 ? skus : [product];
    // Rules change a variant's price or forbid its purchase: one naming the variant's SKU is read ("[FIXED]139.00"
    // only); one naming option values instead applies to variants this file cannot tell, whose price is then unknown.
    const ruleFor = new Map<string, CsvTableRow>();
    let blindRule: CsvTableRow | undefined;
    for (const rule of rules) {
      const sku = rule.get(COLUMNS.sku);
      if (sku !== undefined) ruleFor.set(sku, rule);
      else if (rule.get(COLUMNS.price) !== undefined || yes(rule.get(COLUMNS.allowPurchases)) === false) blindRule ??= rule;
    }
    if (blindRule && skus.length > 0) {
      issues.push({ row: blindRule.row, field: 'Product Code/SKU', why: 'a price or purchase rule naming no SKU: which variants it changes is not in the file, so none of this product\'s variants is served' });
      continue;
    }
    for (const r of variants) {
      const fields: Record<string, string> = { ...base };
      const own: Record<string, string> = { ...attributes };
      const names = { ...fieldNames };
      const sku = r.get(COLUMNS.sku);
      const id = sku ?? (product.get(COLUMNS.id) ? `bc-${product.get(COLUMNS.id)}${r === product ? '' : `-${variants.indexOf(r) + 1}`}` : undefined);
      if (id !== undefined) fields.id = id;
      const options = r === product ? new Map<string, string>() : optionsOf(r.get(COLUMNS.name) ?? '');
      for (const [option, value] of options) {
        own[option] = value;
        names[`attribute:${option}`] = `Product Name (${option})`;
      }
      if (name !== undefined) fields.title = options.size > 0 ? `${name} (${[...options.values()].join(' / ')})` : name;
      const rule = sku === undefined || r === product ? undefined : ruleFor.get(sku);
      if (rule && yes(rule.get(COLUMNS.allowPurchases)) === false) {
        issues.push({ row: rule.row, field: 'Allow Purchases?', why: `${sku} is not for sale (its rule's Allow Purchases? N); not served` });
        continue;
      }
      const rulePrice = rule?.get(COLUMNS.price);
      const fixed = rulePrice === undefined ? undefined : /^\[FIXED\]\s*(.+)$/i.exec(rulePrice)?.[1];
      const ownPrice = r === product ? undefined : (fixed ?? r.get(COLUMNS.price));
      const unread = rulePrice !== undefined && fixed === undefined ? rulePrice : ownPrice !== undefined && /^\[[A-Z]+\]/.test(ownPrice) ? ownPrice : undefined;
      if (unread !== undefined) {
        issues.push({ row: rule?.row ?? r.row, field: 'Price', why: `"${unread.slice(0, 30)}" changes ${sku ?? 'the variant'}'s price by a rule, which is not read; not served` });
        continue;
      }
      const price = ownPrice ?? product.get(COLUMNS.price);
      if (price !== undefined) fields.price = price;
      // A SKU's own price replaces the product's, and with it the product's sale price.
      if (ownPrice === undefined && onSale !== undefined) fields.sale_price = onSale;
      stockOf(tracking === 'by option' ? r : product, fields);
      const barcode = r.get(COLUMNS.barcode);
      if (barcode !== undefined) fields.gtin = barcode;
      products.push({ row: r.row, fields, attributes: own, categories, fieldNames: names });
    }
  }
  if (table.truncated) issues.push({ row: maxRows + 1, field: '(file)', why: `only the first ${maxRows} rows are read (the row limit)` });
  return { products, issues };
}
