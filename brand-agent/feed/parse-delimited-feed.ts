import { FeedError, normaliseFieldName, type FeedIssue, type FeedRecord } from './feed-error.ts';
import { dataRows } from './data-rows.ts';
import { delimiterOf, splitDelimitedRows } from './split-delimited-rows.ts';
import { hasMerchantField, inMerchantNames } from './merchant-field-aliases.ts';
import { notForSale } from './row-for-sale.ts';

/** Columns without which no row can be served. */
export const REQUIRED_COLUMNS = ['id', 'title', 'price'] as const;

/**
 * Parses a Merchant Center feed exported as TSV or CSV (tab, comma or semicolon, as `delimiterOf` finds it):
 * the header names the fields, in Merchant words or another name for them (see `MERCHANT_FIELD_ALIASES`: "sku", "Nome",
 * "EAN"); rows with the wrong number of cells are reported, not guessed at. Throws FEED_MALFORMED when the header
 * lacks a required column under every name.
 */
export function parseDelimitedFeed(text: string, maxRows: number): { records: FeedRecord[]; issues: FeedIssue[]; offerFeed: boolean } {
  const delimiter = delimiterOf(text);
  const { rows, truncated } = splitDelimitedRows(text, delimiter, maxRows);
  const header = (rows[0] ?? []).map(normaliseFieldName);
  const missing = REQUIRED_COLUMNS.filter((c) => !hasMerchantField(header, c));
  if (missing.length > 0) {
    throw new FeedError('FEED_MALFORMED', `the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (it has: ${header.slice(0, 12).join(', ') || 'nothing'}); a Merchant Center feed needs id, title and price, a WooCommerce product export Name and Regular price, a Shopify product CSV Handle and Variant Price, a PrestaShop export Nom (Name), Référence (Reference) and Prix TTC, a Magento 2 export sku, product_type, name and price, a BigCommerce export Item Type, Product Name and Price, a Shopware 6 export product_number and price_gross, a Wix Stores export handleId, fieldType and price, an Etsy listings CSV TITLE, PRICE, CURRENCY_CODE, QUANTITY and TAGS, a Squarespace export Product ID, Variant ID, Title and Price, an eBay File Exchange file *Action, *Title and *StartPrice, an Amazon flat file its template rows or item_sku, item_name and standard_price, an Ecwid export type, product_sku, product_name and product_price, a JTL-Wawi export Artikelnummer, Artikelname and Brutto-VK; an offer feed may name them in its own words (sku, name, EAN, Prezzo, Verkaufspreis…)`);
  }
  const records: FeedRecord[] = [];
  const issues: FeedIssue[] = [];
  // A header naming id, title or price in other words is an offer feed of another platform, not Merchant Center's.
  const offerFeed = REQUIRED_COLUMNS.some((c) => !header.includes(c));
  for (const { row, cells } of dataRows(rows, delimiter, maxRows, issues)) {
    const fields: Record<string, string> = {};
    header.forEach((name, i) => {
      const value = cells[i]!.trim();
      if (value !== '' && name !== '') fields[name] = value;
    });
    // A draft, archived or inactive row is no offer: reported, not served.
    const withdrawn = notForSale(fields);
    if (withdrawn !== undefined) {
      issues.push({ row, field: withdrawn.field, why: withdrawn.why });
      continue;
    }
    const named = inMerchantNames(fields, offerFeed);
    records.push({ row, fields: named.fields, ...(Object.keys(named.fieldNames).length > 0 ? { fieldNames: named.fieldNames } : {}) });
  }
  if (truncated) issues.push({ row: maxRows + 1, field: '(file)', why: `only the first ${maxRows} rows are served (the row limit)` });
  return { records, issues, offerFeed };
}
