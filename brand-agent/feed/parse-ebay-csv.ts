import { FeedError, type FeedIssue } from './feed-error.ts';
import { columnKey, hasColumns, readCsvTable, type CsvTableRow } from './csv-table.ts';
import type { ShopExport, ShopProduct } from './shop-product.ts';

/**
 * eBay's File Exchange / Seller Hub Reports listing CSV, its columns as eBay's templates write them: the first is
 * "*Action(SiteID=UK|Country=GB|Currency=GBP|Version=1193|CC=UTF-8)", then ItemID, CustomLabel, *Category, *Title,
 * Relationship, RelationshipDetails, *ConditionID, C:<item specific>…, *Format, *StartPrice, BuyItNowPrice, *Quantity,
 * Product:EAN / UPC / ISBN. A multi-variation listing is a row with the listing's facts, then one row per variation
 * (Relationship "Variation", RelationshipDetails "Size=9|Colour=Black") with its own SKU, price, quantity and EAN.
 */
const COLUMNS = {
  itemId: ['ItemID', 'Item number'],
  sku: ['CustomLabel', 'Custom label (SKU)', 'SKU'],
  title: ['*Title', 'Title'],
  relationship: ['Relationship'],
  details: ['RelationshipDetails'],
  condition: ['*ConditionID', 'ConditionID', 'Condition ID'],
  format: ['*Format', 'Format'],
  startPrice: ['*StartPrice', 'StartPrice', 'Start price'],
  buyItNow: ['BuyItNowPrice', 'Buy It Now price'],
  quantity: ['*Quantity', 'Quantity', 'Available quantity'],
  ean: ['Product:EAN', 'P:EAN', 'EAN'],
  upc: ['Product:UPC', 'P:UPC', 'UPC'],
  isbn: ['Product:ISBN', 'P:ISBN', 'ISBN'],
  brand: ['Product:Brand', 'C:Brand', 'Brand'],
  storeCategory: ['StoreCategory', 'Store category'],
} as const;

/** The first header cell of a File Exchange file: "*Action", with the site's settings in brackets. */
const ACTION = /^\*?action(?:\(([^)]*)\))?$/i;

/** True when a CSV header is an eBay File Exchange listing file: an "*Action(…)" first column, a title and a start price. */
export function isEbayHeader(header: readonly string[]): boolean {
  return ACTION.test(header[0]?.trim() ?? '') && hasColumns(header, [COLUMNS.title, COLUMNS.startPrice]);
}

/** eBay's condition ids as Merchant Center conditions: new, the seller-refurbished grades, used; the rest say neither. */
function conditionOf(id: string | undefined): string | undefined {
  const n = Number(id);
  if (n === 1000) return 'new';
  if (n >= 2000 && n < 3000) return 'refurbished';
  if (n >= 3000 && n <= 6000) return 'used';
  return undefined;
}

/** "Size=9|Colour=Black" (a variation) or "Size=8;9;10|Colour=Black;Brown" (the listing's values) as name → value. */
function detailsOf(raw: string | undefined): [string, string][] {
  return (raw ?? '').split('|').map((pair) => pair.split('=')).filter((p) => p.length === 2 && p[0]!.trim() !== '' && p[1]!.trim() !== '').map(([n, v]) => [n!.trim(), v!.trim()]);
}

/** "UK Shoe Size", "US Shoe Size (Men's)", "EU Size": the size system an item specific's name states, if any. */
function sizeSystemOf(name: string): string | undefined {
  return /^(UK|US|EU|JP|AU|BR|CN|DE|FR|IT|MEX)\b.*\bsize\b/i.exec(name)?.[1]?.toUpperCase();
}

/** Item specifics that name what kind of product a listing is ("Boots", "Headphones"): the shop's category words. */
const KIND_SPECIFICS = ['Type', 'Product Type', 'Product', 'Style'].map(columnKey);

/** A GTIN cell eBay lets sellers fill with "Does not apply" (or its translations) when the item has none. */
const NO_GTIN = /^(does not apply|n\/?a|nicht zutreffend|non applicable|no aplica|non applicabile|unbranded|-)$/i;

/**
 * Reads an eBay File Exchange listing file: a listing without variations is one offer; a multi-variation listing's
 * variation rows are offers under its title (with their values) and the listing's row itself is none. Ids are the
 * CustomLabel (SKU), else the ItemID (a variation's: its listing's and its values); prices the StartPrice of a fixed-price listing (an auction's Buy It Now price;
 * an auction without one is reported, not served) in the currency the Action header names; *Quantity the stock; EAN,
 * UPC or ISBN the GTIN ("Does not apply" is none); *ConditionID the condition; item specifics (C:Brand, C:Colour…) the
 * facts, a "UK Shoe Size" stating its size system. Rows whose Action is End or Delete are reported, not served. eBay's
 * category numbers are not Google's: the kind item specifics (Type, Style), a named StoreCategory and, for a listing
 * sized by shoe size, Shoes are the category words; the title is read when they name none.
 */
export function parseEbayCsv(text: string, maxRows: number): ShopExport {
  const issues: FeedIssue[] = [];
  const table = readCsvTable(text, maxRows, issues);
  if (!isEbayHeader(table.header)) throw new FeedError('FEED_MALFORMED', `not an eBay File Exchange file: the header lacks *Action, *Title or *StartPrice (it has: ${table.header.slice(0, 12).join(', ') || 'nothing'})`);
  const actionHeader = table.header[0]!;
  const settings = new Map((ACTION.exec(actionHeader)?.[1] ?? '').split('|').map((s) => s.split('=').map((p) => p.trim()) as [string, string?]).map(([k, v]) => [k.toLowerCase(), v ?? '']));
  const currency = settings.get('currency')?.toUpperCase();
  const label = (names: readonly string[]): string => table.headerOf(names) ?? names[0]!;
  const specifics = table.header.filter((h) => /^c:/i.test(h.trim()) && !COLUMNS.brand.some((b) => columnKey(b) === columnKey(h)));
  const inCurrency = (amount: string): string => (currency !== undefined && /^[A-Z]{3}$/.test(currency) && /^[\d.,\s]+$/.test(amount) ? `${amount} ${currency}` : amount);
  const products: ShopProduct[] = [];
  const listingRows: { row: CsvTableRow; variations: CsvTableRow[] }[] = [];
  for (const r of table.rows) {
    const isVariation = /^variation$/i.test(r.get(COLUMNS.relationship) ?? '');
    if (isVariation) {
      const last = listingRows[listingRows.length - 1];
      if (last === undefined) issues.push({ row: r.row, field: label(COLUMNS.relationship), why: 'a variation row before any listing row; not served' });
      else last.variations.push(r);
      continue;
    }
    listingRows.push({ row: r, variations: [] });
  }
  for (const { row: parent, variations } of listingRows) {
    const action = (parent.get([actionHeader]) ?? '').toLowerCase();
    const title = parent.get(COLUMNS.title)?.replace(/\s*[\r\n]+\s*/g, ' ');
    if (action === 'end' || action === 'delete') {
      issues.push({ row: parent.row, field: actionHeader.replace(/\(.*$/, ''), why: `the listing is ended (Action ${parent.get([actionHeader])}); not served` });
      continue;
    }
    const format = (parent.get(COLUMNS.format) ?? 'FixedPrice').toLowerCase().replace(/[\s_-]/g, '');
    const auction = format === 'auction' || format === 'chinese';
    const condition = conditionOf(parent.get(COLUMNS.condition));
    const brand = parent.get(COLUMNS.brand);
    const facts: [string, string][] = specifics.map((h) => [h.trim().replace(/^c:/i, ''), parent.get([h])] as [string, string | undefined]).filter((f): f is [string, string] => f[1] !== undefined);
    for (const r of variations.length > 0 ? variations : [parent]) {
      const fields: Record<string, string> = {};
      const attributes: Record<string, string> = {};
      const fieldNames: Record<string, string> = { title: label(COLUMNS.title), price: label(COLUMNS.startPrice), quantity: label(COLUMNS.quantity), availability: label(COLUMNS.quantity), brand: label(COLUMNS.brand), category: label(COLUMNS.title), condition: label(COLUMNS.condition) };
      const stated = new Map<string, string>(facts);
      // A variation row may repeat an item specific with its own value; its RelationshipDetails say what it is.
      for (const h of specifics) {
        const own = r === parent ? undefined : r.get([h]);
        if (own !== undefined) stated.set(h.trim().replace(/^c:/i, ''), own);
      }
      const values: string[] = [];
      if (r !== parent) {
        for (const [name, value] of detailsOf(r.get(COLUMNS.details))) {
          stated.set(name, value);
          values.push(value);
        }
      }
      for (const [name, value] of stated) {
        const system = sizeSystemOf(name);
        if (system !== undefined && !stated.has('Size')) {
          attributes.size = value;
          fields.size_system = system;
          fieldNames['attribute:size'] = `C:${name}`;
        } else if (!/^brand$/i.test(name)) {
          attributes[name] = value;
          fieldNames[`attribute:${name}`] = r !== parent && values.includes(value) ? `${label(COLUMNS.details)} (${name})` : `C:${name}`;
        }
      }
      // eBay tells a listing's variations apart by their values: one without a SKU of its own is its listing's
      // SKU (or item number) and those values.
      const sku = r.get(COLUMNS.sku);
      const listingId = parent.get(COLUMNS.sku) ?? parent.get(COLUMNS.itemId);
      const id = sku ?? (r === parent ? listingId : listingId === undefined || values.length === 0 ? undefined : [listingId, ...values].join('-'));
      if (id !== undefined) fields.id = id;
      fieldNames.id = sku !== undefined ? label(COLUMNS.sku) : r === parent ? label(COLUMNS.itemId) : label(COLUMNS.details);
      if (title !== undefined) fields.title = values.length > 0 ? `${title} (${values.join(' / ')})` : title;
      const startPrice = r.get(COLUMNS.startPrice) ?? (r === parent ? undefined : parent.get(COLUMNS.startPrice));
      const buyItNow = r.get(COLUMNS.buyItNow);
      if (auction) {
        if (buyItNow === undefined || Number(buyItNow) === 0) {
          issues.push({ row: r.row, field: label(COLUMNS.format), why: 'an auction without a Buy It Now price: no price a buyer can pay now; not served' });
          continue;
        }
        fields.price = inCurrency(buyItNow);
        fieldNames.price = label(COLUMNS.buyItNow);
      } else if (startPrice !== undefined) fields.price = inCurrency(startPrice);
      const quantity = r.get(COLUMNS.quantity);
      if (quantity !== undefined) {
        fields.quantity = quantity;
        if (Number(quantity) === 0) fields.availability = 'out_of_stock';
      }
      for (const names of [COLUMNS.ean, COLUMNS.upc, COLUMNS.isbn]) {
        const code = r.get(names);
        if (code === undefined || NO_GTIN.test(code) || fields.gtin !== undefined) continue;
        fields.gtin = code;
        fieldNames.gtin = label(names);
      }
      if (condition !== undefined) fields.condition = condition;
      if (brand !== undefined && !NO_GTIN.test(brand)) fields.brand = brand;
      const kinds = [...stated].filter(([name]) => KIND_SPECIFICS.includes(columnKey(name))).map(([, value]) => value);
      const store = parent.get(COLUMNS.storeCategory);
      if (store !== undefined && !/^\d+$/.test(store)) kinds.push(store);
      // A listing sized by shoe size ("UK Shoe Size") is a pair of shoes, whatever its keywords.
      if ([...stated.keys()].some((name) => /\bshoe size\b/i.test(name))) kinds.push('Shoes');
      products.push({ row: r.row, fields, attributes, categories: kinds, fieldNames });
    }
  }
  if (table.truncated) issues.push({ row: maxRows + 1, field: '(file)', why: `only the first ${maxRows} rows are read (the row limit)` });
  return { products, issues };
}
