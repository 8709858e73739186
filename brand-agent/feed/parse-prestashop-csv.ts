import { FeedError, type FeedIssue } from './feed-error.ts';
import { hasColumns, readCsvTable } from './csv-table.ts';
import type { ShopExport, ShopProduct } from './shop-product.ts';

/**
 * The column PrestaShop's legacy catalog export (1.7, and 8.0's legacy product page) names with the literal, never
 * translated, "Product ID". Its "Status" column is not the product's status but a stock badge — `IF(quantity <= 0, 1,
 * 0)` in AdminProductDataProvider — so there it says nothing Quantity does not, and nothing about disabled products.
 */
const LEGACY_ID = ['Product ID'];

/**
 * PrestaShop's columns by role, as its back office writes them (Catalog → Products → Export, 1.7 and 8) in English and
 * French, and as its import template and export modules name them ("Nom *", "Catégories (x,y,z...)", "Prix TTC").
 */
const COLUMNS = {
  id: ['ID', ...LEGACY_ID, 'ID produit', 'id_product'],
  name: ['Nom', 'Name', 'Nom du produit', 'Product name'],
  reference: ['Référence', 'Reference', 'Référence #', 'Reference #', 'Référence produit', 'Product reference'],
  categories: ['Catégorie', 'Category', 'Catégories', 'Categories', 'Catégories x,y,z', 'Categories x,y,z', 'Catégorie par défaut', 'Default category'],
  priceWithTax: ['Price (tax incl.)', 'Prix (TTC)', 'Prix TTC', 'Prix final', 'Final price', 'Prix de vente TTC', 'Price tax included'],
  priceWithoutTax: ['Price (tax excl.)', 'Prix (HT)', 'Prix HT', 'Prix de base', 'Base price', 'Prix de vente HT', 'Price tax excluded'],
  quantity: ['Quantité', 'Quantity'],
  status: ['État', 'Status', 'Statut', 'Actif', 'Active', 'Actif 0/1', 'Active 0/1'],
  brand: ['Marque', 'Brand', 'Fabricant', 'Manufacturer'],
  ean: ['EAN13', 'EAN-13 ou code-barres JAN', 'EAN-13 or JAN barcode', 'EAN'],
} as const;

/** True when a CSV header is PrestaShop's product export: a name, a reference and a price, in its English or French words. */
export function isPrestaShopHeader(header: readonly string[]): boolean {
  return hasColumns(header, [COLUMNS.name, COLUMNS.reference, [...COLUMNS.priceWithTax, ...COLUMNS.priceWithoutTax]]);
}


/**
 * Reads PrestaShop's product CSV export (Catalog → Products → Export; semicolon-separated, headers in the back office's
 * language): one product per row, its Reference (else "ps-" + ID) as id, its price with tax — Price (tax incl.), Prix
 * (TTC) — as PrestaShop writes it (a bare amount in 1.7's export, "28,68 €" formatted in 8's, the sign then stating
 * the currency), its Quantity as stock, its Category words. In 8's export a product whose Status is 0 is disabled and
 * is reported, not served; 1.7's export does not say which products are disabled (see `LEGACY_ID`), which is reported
 * once. A file with only tax-exclusive prices is refused: no consumer pays that price.
 */
export function parsePrestaShopCsv(text: string, maxRows: number): ShopExport {
  const issues: FeedIssue[] = [];
  const table = readCsvTable(text, maxRows, issues);
  if (!isPrestaShopHeader(table.header)) throw new FeedError('FEED_MALFORMED', `not a PrestaShop product export: the header lacks "Nom", "Référence" or a price (it has: ${table.header.slice(0, 12).join(', ') || 'nothing'})`);
  const priceHeader = table.headerOf(COLUMNS.priceWithTax);
  if (priceHeader === undefined) {
    throw new FeedError('FEED_MALFORMED', `this PrestaShop export has only prices without tax ("${table.headerOf(COLUMNS.priceWithoutTax)}"), which no consumer pays: export it with the "Prix TTC" (Price tax incl.) column`);
  }
  const label = (names: readonly string[], fallback: string): string => table.headerOf(names) ?? fallback;
  const legacy = table.headerOf(LEGACY_ID) !== undefined;
  const statusHeader = table.headerOf(COLUMNS.status);
  if (legacy && statusHeader !== undefined && table.rows.length > 0) {
    issues.push({ row: table.rows[0]!.row, field: statusHeader, why: `this PrestaShop 1.7 export's ${statusHeader} column only flags products out of stock (as ${label(COLUMNS.quantity, 'Quantity')} does); it does not say which products are disabled, so all are served` });
  }
  const products: ShopProduct[] = [];
  for (const r of table.rows) {
    const status = legacy ? undefined : r.get(COLUMNS.status);
    if (status !== undefined && status === '0') {
      issues.push({ row: r.row, field: label(COLUMNS.status, 'État'), why: `disabled in the shop (${label(COLUMNS.status, 'État')} 0); not served` });
      continue;
    }
    const fields: Record<string, string> = {};
    const reference = r.get(COLUMNS.reference);
    const id = reference ?? (r.get(COLUMNS.id) ? `ps-${r.get(COLUMNS.id)}` : undefined);
    if (id !== undefined) fields.id = id;
    const name = r.get(COLUMNS.name);
    // A name's line breaks (a quoted cell) are the spreadsheet's, not the product's.
    if (name !== undefined) fields.title = name.replace(/\s*[\r\n]+\s*/g, ' ');
    const price = r.get(COLUMNS.priceWithTax);
    if (price !== undefined) fields.price = price;
    const quantity = r.get(COLUMNS.quantity);
    if (quantity !== undefined) {
      const n = Number(quantity);
      // PrestaShop lets stock go below zero (orders taken beyond it): none is left to promise.
      fields.quantity = Number.isInteger(n) && n < 0 ? '0' : quantity;
      if (Number.isInteger(n) && n <= 0) fields.availability = 'out_of_stock';
    }
    const brand = r.get(COLUMNS.brand);
    if (brand !== undefined) fields.brand = brand;
    const ean = r.get(COLUMNS.ean);
    if (ean !== undefined) fields.gtin = ean;
    const categories = r.get(COLUMNS.categories);
    products.push({
      row: r.row,
      fields,
      attributes: {},
      categories: categories === undefined ? [] : categories.split(',').map((c) => c.trim()).filter((c) => c !== ''),
      fieldNames: {
        id: reference !== undefined ? label(COLUMNS.reference, 'Référence') : label(COLUMNS.id, 'ID'), title: label(COLUMNS.name, 'Nom'), price: priceHeader,
        quantity: label(COLUMNS.quantity, 'Quantité'), availability: label(COLUMNS.quantity, 'Quantité'), brand: label(COLUMNS.brand, 'Marque'), gtin: label(COLUMNS.ean, 'EAN13'),
        category: label(COLUMNS.categories, 'Catégorie'),
      },
    });
  }
  if (table.truncated) issues.push({ row: maxRows + 1, field: '(file)', why: `only the first ${maxRows} rows are read (the row limit)` });
  return { products, issues };
}
