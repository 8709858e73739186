import { isValidGtin } from '../reference/index.ts';
import { FeedError, type FeedIssue } from './feed-error.ts';
import type { ShopExport, ShopProduct } from './shop-product.ts';
import { cellAt, dataRows } from './data-rows.ts';
import { delimiterOf, splitDelimitedRows } from './split-delimited-rows.ts';

/** Shopify writes its CSV headers in English whatever the store's language. */
function key(header: string): string {
  return header.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** True when a CSV header is Shopify's product export: it has Handle and Variant Price. */
export function isShopifyCsvHeader(header: readonly string[]): boolean {
  const names = new Set(header.map(key));
  return names.has('handle') && names.has('variant price');
}

/** The columns holding Shopify's own category words, most specific first: the Standard Product Taxonomy path, then the shop's type. */
const CATEGORY_COLUMNS = ['Product Category', 'Standard Product Type', 'Type', 'Custom Product Type'] as const;
const OPTION_SLOTS = [1, 2, 3] as const;

interface CsvRow {
  readonly row: number;
  readonly get: (column: string) => string | undefined;
}

/** "TRUE"/"FALSE" as Shopify writes them, or as a French or German Excel re-saves them (VRAI/FAUX, WAHR/FALSCH); else undefined. */
function flag(value: string | undefined): boolean | undefined {
  const v = value?.toLowerCase();
  return v === 'true' || v === 'vrai' || v === 'wahr' ? true : v === 'false' || v === 'faux' || v === 'falsch' ? false : undefined;
}

/**
 * Reads Shopify's product CSV export (Products → Export) as one product per variant. A product spans the rows sharing
 * its Handle: the first carries the product (Title, Vendor, Product Category, Type, Status or Published, Option1 Name…),
 * each row with a Variant SKU, Variant Price or Option1 Value is a variant, and rows with only image columns are
 * skipped. A variant's Variant SKU (else handle-N) is its id, Variant Price its price in the shop's currency (the file
 * states none; Variant Compare At Price is never offered), Variant Inventory Qty its stock when Shopify tracks it
 * (Variant Inventory Policy "continue" at 0 is a backorder), Variant Barcode its GTIN when valid, its option values
 * attributes (Size → size), Variant Grams its shipping weight; the product's Vendor is its brand and its Product
 * Category (Shopify's Standard Product Taxonomy path) and Type its category words. Products not active (Status) or not
 * published are reported and not served. Rows are numbered as a spreadsheet shows them; fields by Shopify's headers.
 */
export function parseShopifyCsv(text: string, maxRows: number): ShopExport {
  const delimiter = delimiterOf(text);
  const { rows, truncated } = splitDelimitedRows(text, delimiter, maxRows);
  const header = (rows[0] ?? []).map((h) => h.trim());
  if (!isShopifyCsvHeader(header)) throw new FeedError('FEED_MALFORMED', `not a Shopify product export: the header lacks "Handle" or "Variant Price" (it has: ${header.slice(0, 12).join(', ') || 'nothing'})`);
  const index = new Map(header.map((h, i) => [key(h), i]));
  const issues: FeedIssue[] = [];
  // Rows of each handle in file order, their first row being the product's.
  const byHandle = new Map<string, CsvRow[]>();
  for (const { row, cells } of dataRows(rows, delimiter, maxRows, issues)) {
    const csvRow: CsvRow = { row, get: (column) => cellAt(cells, index.get(key(column))) };
    const handle = csvRow.get('Handle');
    if (handle === undefined) {
      issues.push({ row, field: 'Handle', why: 'missing; a row belongs to the product whose Handle it repeats' });
      continue;
    }
    const group = byHandle.get(handle);
    if (group) group.push(csvRow);
    else byHandle.set(handle, [csvRow]);
  }
  const products: ShopProduct[] = [];
  for (const [handle, group] of byHandle) {
    const first = group[0]!;
    const status = first.get('Status')?.toLowerCase();
    if (status !== undefined && status !== 'active') {
      issues.push({ row: first.row, field: 'Status', why: `"${status.slice(0, 20)}": not active in the shop; not served` });
      continue;
    }
    // A product the shop keeps off its online store is not offered by its agent either, whatever its Status.
    if (flag(first.get('Published')) === false) {
      issues.push({ row: first.row, field: 'Published', why: `not published on the online store (Published ${first.get('Published')}); not served` });
      continue;
    }
    const variants = group.filter((r) => r.get('Variant SKU') !== undefined || r.get('Variant Price') !== undefined || r.get('Option1 Value') !== undefined);
    if (variants.length === 0) {
      issues.push({ row: first.row, field: 'Variant Price', why: 'no variant row (Variant SKU, Variant Price or Option1 Value) for this product: nothing to sell' });
      continue;
    }
    const title = first.get('Title');
    const vendor = first.get('Vendor');
    const categoryColumns = CATEGORY_COLUMNS.filter((c) => first.get(c) !== undefined);
    const categories = categoryColumns.map((c) => first.get(c)!);
    const optionNames = OPTION_SLOTS.map((n) => first.get(`Option${n} Name`));
    for (let j = 0; j < variants.length; j++) {
      if (products.length >= maxRows) {
        issues.push({ row: variants[j]!.row, field: '(file)', why: `only the first ${maxRows} variants are served (the row limit)` });
        return { products, issues };
      }
      const v = variants[j]!;
      const fields: Record<string, string> = {};
      const attributes: Record<string, string> = {};
      const fieldNames: Record<string, string> = {
        id: 'Variant SKU', title: 'Title', brand: 'Vendor', category: categoryColumns[0] ?? 'Type', price: 'Variant Price',
        availability: 'Variant Inventory Qty', quantity: 'Variant Inventory Qty',
      };
      fields.id = v.get('Variant SKU') ?? `${handle}-${j + 1}`;
      const values = OPTION_SLOTS.map((n) => v.get(`Option${n} Value`));
      const named = values.filter((value, k) => value !== undefined && !(optionNames[k] === 'Title' && value === 'Default Title'));
      if (title !== undefined) fields.title = variants.length > 1 && named.length > 0 ? `${title} (${named.join(' / ')})` : title;
      const price = v.get('Variant Price');
      if (price !== undefined) fields.price = price;
      if (vendor !== undefined) fields.brand = vendor;
      // Shopify counts stock only when it tracks the variant ("shopify" in Variant Inventory Tracker).
      const quantity = v.get('Variant Inventory Qty');
      if (v.get('Variant Inventory Tracker') !== undefined && quantity !== undefined) {
        const n = Number(quantity);
        if (Number.isFinite(n)) {
          const units = Math.max(0, Math.trunc(n));
          fields.quantity = String(units);
          fields.availability = units > 0 ? 'in_stock' : v.get('Variant Inventory Policy')?.toLowerCase() === 'continue' ? 'backorder' : 'out_of_stock';
        } else fields.quantity = quantity;
      }
      const barcode = v.get('Variant Barcode');
      if (barcode !== undefined) {
        // Spreadsheets turn long barcodes into numbers ("2.00123E+12") or drop a leading zero; only a valid GTIN is stated.
        const digits = barcode.replace(/^'/, '').replace(/[\s-]/g, '');
        if (isValidGtin(digits)) fields.gtin = digits;
        else issues.push({ row: v.row, field: 'Variant Barcode', why: `"${barcode.slice(0, 40)}" is not a valid GTIN (8, 12, 13 or 14 digits with a correct check digit); served without one` });
      }
      OPTION_SLOTS.forEach((n, k) => {
        const name = optionNames[k];
        const value = values[k];
        if (name === undefined || value === undefined || (name === 'Title' && value === 'Default Title')) return;
        attributes[name] = value;
        fieldNames[`attribute:${name}`] = `Option${n} Value (${name})`;
      });
      const grams = Number(v.get('Variant Grams'));
      if (Number.isFinite(grams) && grams > 0) {
        // Shopify's weight is what shipping rates are computed from (packaging included): stated as that, not as the product's.
        attributes.shipping_weight_kg = String(Math.round(grams) / 1000);
        fieldNames['attribute:shipping_weight_kg'] = 'Variant Grams';
      }
      products.push({ row: v.row, fields, attributes, categories, fieldNames });
    }
  }
  if (truncated) issues.push({ row: maxRows + 1, field: '(file)', why: `only the first ${maxRows} rows are read (the row limit)` });
  return { products, issues };
}
