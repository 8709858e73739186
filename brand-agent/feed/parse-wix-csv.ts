import { FeedError, type FeedIssue } from './feed-error.ts';
import { hasColumns, readCsvTable, type CsvTableRow } from './csv-table.ts';
import type { ShopExport, ShopProduct } from './shop-product.ts';

/** True when a CSV header is Wix Stores' product export (catalog_products.csv): handleId, fieldType and price. */
export function isWixHeader(header: readonly string[]): boolean {
  return hasColumns(header, [['handleId'], ['fieldType'], ['price']]);
}

const OPTION_SLOTS = [1, 2, 3, 4, 5, 6] as const;
const DECIMAL = /^\d+(?:\.\d+)?$/;

/** "true"/"false" as Wix writes them; undefined when empty or anything else. */
const flag = (v: string | undefined): boolean | undefined => (v === undefined ? undefined : v.toLowerCase() === 'true' ? true : v.toLowerCase() === 'false' ? false : undefined);

/**
 * Reads Wix Stores' product export CSV. A "Product" row is a product, served as itself when no "Variant" row shares
 * its handleId, else through them: each variant with its option values (productOptionDescriptionN, named by the
 * product's productOptionNameN), its sku, and the product's price plus its surcharge. A product discount
 * (discountMode PERCENT or AMOUNT, discountValue) is taken off that price; inventory is a count, or InStock (the
 * shop's default stock) or OutOfStock. collection ("Shoes;Sale") gives the category words, brand the brand.
 * Products and variants with visible false are reported and not served. The file states no currency.
 */
export function parseWixCsv(text: string, maxRows: number): ShopExport {
  const issues: FeedIssue[] = [];
  const table = readCsvTable(text, maxRows, issues);
  if (!isWixHeader(table.header)) throw new FeedError('FEED_MALFORMED', `not a Wix Stores product export: the header lacks handleId, fieldType or price (it has: ${table.header.slice(0, 12).join(', ') || 'nothing'})`);
  const get = (r: CsvTableRow, column: string): string | undefined => r.get([column]);
  const groups = new Map<string, { product?: CsvTableRow; variants: CsvTableRow[] }>();
  for (const r of table.rows) {
    const handle = get(r, 'handleId');
    const kind = get(r, 'fieldType')?.toLowerCase();
    if (handle === undefined) {
      issues.push({ row: r.row, field: 'handleId', why: 'missing; a row belongs to the product whose handleId it repeats' });
      continue;
    }
    if (kind !== 'product' && kind !== 'variant') {
      issues.push({ row: r.row, field: 'fieldType', why: `"${(kind ?? '').slice(0, 20)}" is neither Product nor Variant; not read` });
      continue;
    }
    const group = groups.get(handle) ?? { variants: [] };
    groups.set(handle, group);
    if (kind === 'product') group.product ??= r;
    else group.variants.push(r);
  }
  const products: ShopProduct[] = [];
  for (const [handle, { product, variants }] of groups) {
    if (!product) {
      issues.push({ row: variants[0]!.row, field: 'handleId', why: `no Product row has handleId "${handle.slice(0, 40)}": its variants are not served` });
      continue;
    }
    if (flag(get(product, 'visible')) === false) {
      issues.push({ row: product.row, field: 'visible', why: 'hidden in the store (visible false); not served' });
      continue;
    }
    const base = get(product, 'price');
    const mode = get(product, 'discountMode')?.toUpperCase();
    const discount = get(product, 'discountValue');
    const discounted = discount !== undefined && DECIMAL.test(discount) && Number(discount) > 0;
    if (discount !== undefined && Number(discount) !== 0 && !(discounted && (mode === 'PERCENT' || mode === 'AMOUNT'))) {
      issues.push({ row: product.row, field: 'discountValue', why: `a discount "${discount.slice(0, 20)}" (discountMode ${mode ?? 'missing'}) that is not a PERCENT or AMOUNT one: its price cannot be read; not served` });
      continue;
    }
    const name = get(product, 'name')?.replace(/\s*[\r\n]+\s*/g, ' ');
    const optionNames = OPTION_SLOTS.map((n) => get(product, `productOptionName${n}`));
    const collections = (get(product, 'collection') ?? '').split(';').map((c) => c.trim()).filter((c) => c !== '');
    const brand = get(product, 'brand');
    for (const r of variants.length > 0 ? variants : [product]) {
      if (r !== product && flag(get(r, 'visible')) === false) {
        issues.push({ row: r.row, field: 'visible', why: 'a variant hidden in the store (visible false); not served' });
        continue;
      }
      const fields: Record<string, string> = {};
      const attributes: Record<string, string> = {};
      const fieldNames: Record<string, string> = { id: 'sku', title: 'name', price: 'price', sale_price: 'discountValue', quantity: 'inventory', availability: 'inventory', brand: 'brand', category: 'collection' };
      const sku = get(r, 'sku') ?? (r === product ? handle : `${handle}-${variants.indexOf(r) + 1}`);
      fields.id = sku;
      const values: string[] = [];
      if (r !== product) {
        OPTION_SLOTS.forEach((n, k) => {
          const option = optionNames[k];
          const value = get(r, `productOptionDescription${n}`);
          if (option === undefined || value === undefined) return;
          attributes[option] = value;
          fieldNames[`attribute:${option}`] = `productOptionDescription${n} (${option})`;
          values.push(value);
        });
      }
      if (name !== undefined) fields.title = values.length > 0 ? `${name} (${values.join(' / ')})` : name;
      const surcharge = r === product ? undefined : get(r, 'surcharge');
      if (surcharge !== undefined && !/^-?\d+(?:\.\d+)?$/.test(surcharge)) {
        issues.push({ row: r.row, field: 'surcharge', why: `"${surcharge.slice(0, 20)}" is not an amount to add to the price; not served` });
        continue;
      }
      if (base !== undefined && DECIMAL.test(base)) {
        // Four decimals, rounded to the currency's own by the price reader: 19.99 less 15 % is 16.9915.
        const full = Number(base) + Number(surcharge ?? '0');
        fields.price = full.toFixed(4);
        if (discounted) fields.sale_price = Math.max(0, mode === 'PERCENT' ? full * (1 - Number(discount) / 100) : full - Number(discount)).toFixed(4);
      } else if (base !== undefined) {
        // Not a plain number (a spreadsheet re-saved it "19,99"?): read as written only when nothing is added or taken off.
        if ((surcharge !== undefined && Number(surcharge) !== 0) || discounted) {
          issues.push({ row: r.row, field: 'price', why: `"${base.slice(0, 20)}" is not a plain amount, so its surcharge or discount cannot be applied; not served` });
          continue;
        }
        fields.price = base;
      }
      const inventory = get(r, 'inventory') ?? (r === product ? undefined : get(product, 'inventory'));
      if (inventory !== undefined) {
        if (/^instock$/i.test(inventory)) fields.availability = 'in_stock';
        else if (/^outofstock$/i.test(inventory)) fields.availability = 'out_of_stock';
        else {
          fields.quantity = inventory;
          if (Number(inventory) <= 0) fields.availability = 'out_of_stock';
        }
      }
      if (brand !== undefined) fields.brand = brand;
      products.push({ row: r.row, fields, attributes, categories: collections, fieldNames });
    }
  }
  if (table.truncated) issues.push({ row: maxRows + 1, field: '(file)', why: `only the first ${maxRows} rows are read (the row limit)` });
  return { products, issues };
}
