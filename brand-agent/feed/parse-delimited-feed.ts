import { FeedError, normaliseFieldName, type FeedIssue, type FeedRecord } from './feed-error.ts';
import { dataRows } from './data-rows.ts';
import { delimiterOf, splitDelimitedRows } from './split-delimited-rows.ts';
import { hasCategoryLevels, hasMerchantField, inMerchantNames, isKnownFieldName } from './merchant-field-aliases.ts';
import { STATUS_FIELDS, notForSale } from './row-for-sale.ts';
import { COLUMN_ROLES, recogniseColumns, rolesNamed, type ColumnRole } from './recognise-columns.ts';
import { currencyStatedBy } from './read-feed-price.ts';
import { isMerchantFieldName } from './feed-entry.ts';

/** Columns without which no row can be served. */
export const REQUIRED_COLUMNS = ['id', 'title', 'price'] as const;

/** The currencies ISO 4217 names, as the runtime knows them. */
const ISO_CURRENCIES: ReadonlySet<string> = new Set(Intl.supportedValuesOf('currency'));

/** Rows a spreadsheet may put above its header (a title, an instruction, a key row). */
const MAX_HEADER_ROW = 10;

/** Other names a role is known by beyond `MERCHANT_FIELD_ALIASES` (the stock columns a Merchant row may state). */
const KNOWN_AS: Partial<Record<ColumnRole, readonly string[]>> = { quantity: ['stock', 'quantity_to_sell_on_facebook', 'sell_on_google_quantity'], status: STATUS_FIELDS };

/** True when a header (names as `normaliseFieldName` leaves them) has `role` under a name the readers know. */
function knows(header: readonly string[], role: ColumnRole): boolean {
  if (role === 'product_type' && hasCategoryLevels(header)) return true;
  return hasMerchantField(header, role) || (KNOWN_AS[role] ?? []).some((name) => header.includes(name));
}

/**
 * Which of a file's first rows is its header: the first, when it names id, title and price in words the readers know;
 * else the one of the first few that names the most columns (a known name counting twice a word naming a role), so a
 * spreadsheet's title or instruction rows, or a row of machine keys above the human header, are no header.
 */
function headerRowOf(rows: readonly (readonly string[])[]): number {
  const first = (rows[0] ?? []).map(normaliseFieldName);
  if (REQUIRED_COLUMNS.every((c) => hasMerchantField(first, c))) return 0;
  let best = 0;
  let bestScore = -1;
  rows.slice(0, MAX_HEADER_ROW).forEach((cells, r) => {
    const score = 2 * cells.filter((c) => c.trim() !== '' && isKnownFieldName(normaliseFieldName(c))).length + rolesNamed(cells);
    if (score > bestScore) [best, bestScore] = [r, score];
  });
  return best;
}

/**
 * Parses a Merchant Center feed exported as TSV or CSV (tab, comma or semicolon, as `delimiterOf` finds it):
 * the header names the fields, in Merchant words or another name for them (see `MERCHANT_FIELD_ALIASES`: "sku", "Nome",
 * "EAN"); a field it names in no known words is recognised by its header's words and its values (see
 * `recogniseColumns`: "Titre du produit", "Ürün Adı", "price_pc"), rows above the header set aside. Rows with the wrong
 * number of cells are reported, not guessed at. Throws FEED_MALFORMED naming the columns it could not place when the
 * header lacks a required column under every name and no column is recognised as it.
 */
export function parseDelimitedFeed(text: string, maxRows: number): { records: FeedRecord[]; issues: FeedIssue[]; offerFeed: boolean } {
  const delimiter = delimiterOf(text);
  const split = splitDelimitedRows(text, delimiter, maxRows + MAX_HEADER_ROW);
  const skip = headerRowOf(split.rows);
  const rows = split.rows.slice(skip, skip + maxRows + 1);
  const truncated = split.truncated || split.rows.length > skip + maxRows + 1;
  const written = (rows[0] ?? []).map((h) => h.trim());
  const header = written.map(normaliseFieldName);
  const records: FeedRecord[] = [];
  const issues: FeedIssue[] = [];
  // A header naming id, title or price in other words is an offer feed of another platform, not Merchant Center's.
  // So is one whose columns are mostly in no Merchant words (Shift4Shop's catalogid, mfgid, onsale, hide… beside its
  // id, title and price): its prices are not taken for euros unless they say so.
  const foreign = header.filter((h) => h !== '' && !isMerchantFieldName(h) && !isKnownFieldName(h)).length;
  const offerFeed = REQUIRED_COLUMNS.some((c) => !header.includes(c)) || foreign * 2 > header.filter((h) => h !== '').length;
  // The roles the header names in no known words, recognised by its columns' words and values.
  const unknown = COLUMN_ROLES.filter((role) => !knows(header, role));
  const recognisedNames: Record<string, string> = {};
  if (REQUIRED_COLUMNS.some((c) => unknown.includes(c)) || (skip > 0 && unknown.length > 0)) {
    const claimed = new Set(header.map((name, i) => (isKnownFieldName(name) ? i : -1)).filter((i) => i >= 0));
    const placed = recogniseColumns(written, rows.slice(1), unknown, claimed);
    for (const [role, column] of Object.entries(placed)) {
      header[column.index] = role;
      recognisedNames[role] = written[column.index]!;
      // A row may have several status columns (an approval and a sale state): each is read.
      if (role === 'status') {
        column.alike.forEach((i, k) => {
          header[i] = `status_${k + 2}`;
          recognisedNames[`status_${k + 2}`] = written[i]!;
        });
        continue;
      }
      if (column.alike.length > 0) issues.push({ row: skip + 1, field: written[column.index]!, why: `read as the ${role.replace('_', ' ')}: ${column.alike.map((i) => `"${written[i]}"`).join(', ')} look${column.alike.length > 1 ? '' : 's'} like one too and ${column.alike.length > 1 ? 'are' : 'is'} not read as it` });
    }
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !knows(header, c));
  if (missing.length > 0) {
    const unplaced = written.filter((h, i) => h !== '' && !isKnownFieldName(header[i]!));
    throw new FeedError('FEED_MALFORMED', `the header lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (it has: ${written.slice(0, 12).join(', ') || 'nothing'}), and none of its other columns (${unplaced.slice(0, 12).map((h) => `"${h}"`).join(', ') || 'none'}) can be placed as ${missing.length > 1 ? 'them' : 'it'} by its name and values without guessing; a Merchant Center feed needs id, title and price, a WooCommerce product export Name and Regular price, a Shopify product CSV Handle and Variant Price, a PrestaShop export Nom (Name), Référence (Reference) and Prix TTC, a Magento 2 export sku, product_type, name and price, a BigCommerce export Item Type, Product Name and Price, a Shopware 6 export product_number and price_gross, a Wix Stores export handleId, fieldType and price, an Etsy listings CSV TITLE, PRICE, CURRENCY_CODE, QUANTITY and TAGS, a Squarespace export Product ID, Variant ID, Title and Price, an eBay File Exchange file *Action, *Title and *StartPrice, an Amazon flat file its template rows or item_sku, item_name and standard_price, an Ecwid export type, product_sku, product_name and product_price, a JTL-Wawi export Artikelnummer, Artikelname and Brutto-VK; an offer feed may name them in its own words (sku, name, EAN, Prezzo, Verkaufspreis…)`);
  }
  // A price column whose header states the currency ("Prix de vente (€)", "Price (USD)") states it for every row.
  const priceAt = header.indexOf('price');
  // Only a code some currency has: "(KDV Dahil)" names a tax, not a currency.
  const stated = priceAt < 0 ? undefined : currencyStatedBy(written[priceAt]!.replace(/^[^(\[]*/, ''));
  const headerCurrency = stated !== undefined && ISO_CURRENCIES.has(stated) ? stated : undefined;
  for (const { row, cells } of dataRows(rows, delimiter, maxRows, issues, skip + 1)) {
    const fields: Record<string, string> = {};
    header.forEach((name, i) => {
      const value = cells[i]!.trim();
      if (value !== '' && name !== '') fields[name] = value;
    });
    // A draft, archived or inactive row is no offer: reported, not served.
    const withdrawn = notForSale(fields);
    if (withdrawn !== undefined) {
      issues.push({ row, field: recognisedNames[withdrawn.field] ?? withdrawn.field, why: withdrawn.why });
      continue;
    }
    if (headerCurrency !== undefined && fields.currency === undefined) fields.currency = headerCurrency;
    const named = inMerchantNames(fields, offerFeed);
    const fieldNames = { ...recognisedNames, ...named.fieldNames };
    records.push({ row, fields: named.fields, ...(Object.keys(fieldNames).length > 0 ? { fieldNames } : {}) });
  }
  if (truncated) issues.push({ row: skip + maxRows + 1, field: '(file)', why: `only the first ${maxRows} rows are served (the row limit)` });
  return { records, issues, offerFeed };
}
