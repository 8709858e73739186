import { FeedError, type FeedIssue } from './feed-error.ts';
import { hasColumns, readCsvTable, type CsvTableRow } from './csv-table.ts';
import { dateOrderOf, readFeedDateRange } from './read-feed-date.ts';
import type { ShopExport, ShopProduct } from './shop-product.ts';

/**
 * JTL-Wawi's article export (JTL-Ameise, semicolon-separated, as JTL names its fields): Artikelnummer, Vaterartikel (a
 * child's father article), Artikelname, Hersteller, EAN, Brutto-VK, UVP, Sonderpreis with "Sonderpreis gültig ab" and
 * "… bis", Lagerbestand ("12,00"), Variationsname and Variationswert, "Kategorie Ebene 1", "Kategorie Ebene 2"…, Aktiv.
 */
const COLUMNS = {
  sku: ['Artikelnummer', 'Art.Nr.', 'Artikel-Nr.'],
  father: ['Vaterartikel', 'Vaterartikelnummer', 'Artikelnummer Vaterartikel'],
  name: ['Artikelname', 'Name'],
  maker: ['Hersteller'],
  ean: ['EAN', 'GTIN'],
  price: ['Brutto-VK', 'VK Brutto', 'Brutto VK', 'Verkaufspreis brutto', 'VK brutto Standard'],
  special: ['Sonderpreis', 'Sonderpreis brutto'],
  specialFrom: ['Sonderpreis gültig ab', 'Sonderpreis ab', 'Sonderpreis Start'],
  specialTo: ['Sonderpreis gültig bis', 'Sonderpreis bis', 'Sonderpreis Ende'],
  stock: ['Lagerbestand', 'Bestand', 'Verfügbarer Bestand'],
  variationName: ['Variationsname'],
  variationValue: ['Variationswert'],
  active: ['Aktiv', 'Artikel aktiv'],
} as const;

/** True when a CSV header is a JTL-Wawi article export: Artikelnummer, Artikelname and a gross price (Brutto-VK). */
export function isJtlHeader(header: readonly string[]): boolean {
  return hasColumns(header, [COLUMNS.sku, COLUMNS.name, COLUMNS.price]);
}

/** "12,00" or "12.00" (JTL writes stock with two decimals) as a whole number of units; undefined when it is none. */
function wholeUnits(raw: string): string | undefined {
  const m = /^(-?\d+)(?:[.,]0+)?$/.exec(raw.trim());
  return m ? String(Math.max(0, Number(m[1]))) : undefined;
}

/**
 * Reads a JTL-Wawi article export: each article that is no father article an offer (a father's children inherit its
 * maker and categories), Artikelnummer as id, Brutto-VK as price — Sonderpreis instead between its dates (dd.mm.yyyy,
 * the end a whole day; an empty date open) — Lagerbestand as stock, EAN as GTIN, Variationsname = Variationswert as a
 * fact, the Kategorie Ebene columns as one path. Articles with Aktiv N are reported, not served. The prices state the
 * currency ("1.299,00 €").
 */
export function parseJtlCsv(text: string, maxRows: number, now: number): ShopExport {
  const issues: FeedIssue[] = [];
  const table = readCsvTable(text, maxRows, issues);
  if (!isJtlHeader(table.header)) throw new FeedError('FEED_MALFORMED', `not a JTL-Wawi article export: the header lacks Artikelnummer, Artikelname or Brutto-VK (it has: ${table.header.slice(0, 12).join(', ') || 'nothing'})`);
  const label = (names: readonly string[]): string => table.headerOf(names) ?? names[0]!;
  const levels = table.header.filter((h) => /^kategorie(?:\s*ebene)?\s*\d+$/i.test(h.trim()));
  // A father article is one another row names as its Vaterartikel: it is sold through its children.
  const named = new Set(table.rows.map((r) => r.get(COLUMNS.father)).filter((f): f is string => f !== undefined));
  const fathers = new Map<string, CsvTableRow>();
  for (const r of table.rows) {
    const sku = r.get(COLUMNS.sku);
    if (sku !== undefined && named.has(sku) && !fathers.has(sku)) fathers.set(sku, r);
  }
  const dateOrder = dateOrderOf(table.rows.flatMap((r) => [r.get(COLUMNS.specialFrom) ?? '', r.get(COLUMNS.specialTo) ?? '']));
  const products: ShopProduct[] = [];
  for (const r of table.rows) {
    const sku = r.get(COLUMNS.sku);
    if (sku !== undefined && fathers.has(sku)) continue;
    const father = fathers.get(r.get(COLUMNS.father) ?? '\u0000');
    const get = (names: readonly string[]) => r.get(names) ?? father?.get(names);
    const name = r.get(COLUMNS.name)?.replace(/\s*[\r\n]+\s*/g, ' ');
    if (/^(n|nein|0|false)$/i.test(get(COLUMNS.active) ?? '')) {
      issues.push({ row: r.row, field: label(COLUMNS.active), why: `"${(name ?? sku ?? '').slice(0, 60)}" is inactive (${label(COLUMNS.active)} ${get(COLUMNS.active)}); not served` });
      continue;
    }
    const fields: Record<string, string> = {};
    const attributes: Record<string, string> = {};
    const fieldNames: Record<string, string> = { id: label(COLUMNS.sku), title: label(COLUMNS.name), price: label(COLUMNS.price), sale_price: label(COLUMNS.special), quantity: label(COLUMNS.stock), availability: label(COLUMNS.stock), gtin: label(COLUMNS.ean), brand: label(COLUMNS.maker), category: levels[0] ?? 'Kategorie' };
    if (sku !== undefined) fields.id = sku;
    if (name !== undefined) fields.title = name;
    const price = r.get(COLUMNS.price);
    if (price !== undefined) fields.price = price;
    const special = r.get(COLUMNS.special);
    if (special !== undefined && price !== undefined) {
      const range = readFeedDateRange(r.get(COLUMNS.specialFrom), r.get(COLUMNS.specialTo), dateOrder);
      if ('why' in range) issues.push({ row: r.row, field: label(range.side === 'from' ? COLUMNS.specialFrom : COLUMNS.specialTo), why: `${range.why}; served at ${label(COLUMNS.price)}, not ${label(COLUMNS.special)}` });
      // The end date is a whole day: the special price holds until it is over.
      else if (range.start <= now && now < range.end + 86_400_000) fields.sale_price = special;
    }
    const stock = r.get(COLUMNS.stock);
    if (stock !== undefined) {
      const units = wholeUnits(stock);
      fields.quantity = units ?? stock;
      if (units === '0') fields.availability = 'out_of_stock';
    }
    const ean = r.get(COLUMNS.ean);
    if (ean !== undefined) fields.gtin = ean;
    const maker = get(COLUMNS.maker);
    if (maker !== undefined) fields.brand = maker;
    const variation = r.get(COLUMNS.variationName);
    const value = r.get(COLUMNS.variationValue);
    if (variation !== undefined && value !== undefined) {
      attributes[variation] = value;
      fieldNames[`attribute:${variation}`] = `${label(COLUMNS.variationValue)} (${variation})`;
    }
    const path = levels.map((h) => get([h])).filter((c): c is string => c !== undefined);
    products.push({ row: r.row, fields, attributes, categories: path.length > 0 ? [path.join(' > ')] : [], fieldNames });
  }
  if (table.truncated) issues.push({ row: maxRows + 1, field: '(file)', why: `only the first ${maxRows} rows are read (the row limit)` });
  return { products, issues };
}
