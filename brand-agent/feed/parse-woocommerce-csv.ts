import { FeedError, type FeedIssue } from './feed-error.ts';
import type { ShopExport, ShopProduct } from './shop-product.ts';
import { delimiterOf, splitDelimitedRows } from './split-delimited-rows.ts';

/** True when a CSV header is WooCommerce's product export (it has "Regular price" and "Name"). */
export function isWooCommerceHeader(header: readonly string[]): boolean {
  const names = header.map((h) => h.trim().toLowerCase());
  return names.includes('regular price') && names.includes('name');
}

/** "Clothing > Hoodies, Clothing" → two categories; WooCommerce escapes a comma inside a name as "\,". */
function categoriesOf(raw: string): string[] {
  return raw
    .split(/(?<!\\),/)
    .map((c) => c.replaceAll('\\,', ',').trim())
    .filter((c) => c !== '');
}

const KG_PER: Record<string, number> = { kg: 1, g: 0.001, lbs: 0.45359237, lb: 0.45359237, oz: 0.028349523125 };

/** A dated sale price applies today: WooCommerce writes the dates as "2026-11-27 00:00:00" (or empty). */
function saleApplies(starts: string | undefined, ends: string | undefined, now: number): boolean {
  const at = (s: string | undefined): number => (s ? Date.parse(s.replace(' ', 'T')) : NaN);
  const from = at(starts);
  const to = at(ends);
  return !(from > now) && !(to < now);
}

interface WooRow {
  readonly row: number;
  readonly get: (column: string) => string | undefined;
}

/**
 * Reads WooCommerce's product CSV export (Products → Export): simple products and the variations of variable products
 * (a `variation` row names its parent in Parent, as "id:123" or the parent's SKU, and inherits what it leaves empty:
 * categories, brand, dimensions, single-valued attributes). SKU (else "woo-" + ID) is the id; Regular price, and Sale
 * price when its dates allow it, in the shop's currency (the file states none); In stock? and Stock; GTIN; categories
 * ("Clothing > Hoodies"); Attribute N name / value(s); Weight (kg) and the dimensions (as shipping_weight_kg, shipping_length_cm…). Drafts, private products and
 * external (affiliate) products are reported and not served. Rows are numbered as a spreadsheet shows them.
 */
export function parseWooCommerceCsv(text: string, maxRows: number, now: number = Date.now()): ShopExport {
  const delimiter = delimiterOf(text);
  const { rows, truncated } = splitDelimitedRows(text, delimiter, maxRows);
  const header = (rows[0] ?? []).map((h) => h.trim());
  if (!isWooCommerceHeader(header)) throw new FeedError('FEED_MALFORMED', `not a WooCommerce product export: the header lacks "Name" or "Regular price" (it has: ${header.slice(0, 12).join(', ') || 'nothing'})`);
  const column = new Map(header.map((h, i) => [h.toLowerCase(), i]));
  const issues: FeedIssue[] = [];
  const parsed: WooRow[] = [];
  for (let r = 1; r < rows.length && r <= maxRows; r++) {
    const cells = rows[r]!;
    const row = r + 1;
    if (cells.length !== header.length) {
      issues.push({ row, field: '(row)', why: `${cells.length} cells for ${header.length} columns (an unquoted "${delimiter}" or a missing cell?)` });
      continue;
    }
    parsed.push({
      row,
      get: (name) => {
        const i = column.get(name.toLowerCase());
        const value = i === undefined ? undefined : cells[i]!.trim();
        return value === '' ? undefined : value;
      },
    });
  }
  const byReference = new Map<string, WooRow>();
  for (const r of parsed) {
    const id = r.get('ID');
    const sku = r.get('SKU');
    if (id) byReference.set(`id:${id}`, r);
    if (sku) byReference.set(sku, r);
  }
  const attributeSlots = header.map((h) => /^attribute (\d+) name$/i.exec(h)?.[1]).filter((n): n is string => n !== undefined);
  const gtinColumn = header.find((h) => /^gtin\b/i.test(h));
  const measureColumns = header.map((h) => ({ h, m: /^(weight|length|width|height) \((\w+)\)$/i.exec(h) })).filter((c) => c.m !== null);
  const attributesOf = (r: WooRow): Map<string, { value: string; label: string }> => {
    const out = new Map<string, { value: string; label: string }>();
    for (const n of attributeSlots) {
      const name = r.get(`Attribute ${n} name`);
      const value = r.get(`Attribute ${n} value(s)`);
      if (name && value) out.set(name, { value: value.split(/(?<!\\),/).map((v) => v.replaceAll('\\,', ',').trim()).join(', '), label: `Attribute ${n} value(s) (${name})` });
    }
    return out;
  };
  const withVariations = new Set<WooRow>();
  const products: ShopProduct[] = [];
  for (const r of parsed) {
    const type = (r.get('Type') ?? 'simple').toLowerCase().split(',').map((t) => t.trim());
    if (type.includes('variable') || type.includes('grouped')) continue;
    if (type.includes('external')) {
      issues.push({ row: r.row, field: 'Type', why: 'an external (affiliate) product is sold on another site; not served' });
      continue;
    }
    const published = r.get('Published');
    if (published !== undefined && published !== '1') {
      issues.push({ row: r.row, field: 'Published', why: `${published === '-1' ? 'a draft' : 'private or disabled'} (Published ${published}); not served` });
      continue;
    }
    let parent: WooRow | undefined;
    if (type.includes('variation')) {
      const reference = r.get('Parent');
      parent = reference ? byReference.get(reference) : undefined;
      if (parent) withVariations.add(parent);
      else issues.push({ row: r.row, field: 'Parent', why: reference ? `"${reference}" is no product in this file; served with this row's own facts only` : 'missing; served with this row\'s own facts only' });
    }
    const inherited = (name: string): string | undefined => r.get(name) ?? parent?.get(name);
    const fields: Record<string, string> = {};
    const fieldNames: Record<string, string> = { id: 'SKU', title: 'Name', price: 'Regular price', sale_price: 'Sale price', availability: 'In stock?', quantity: 'Stock', brand: 'Brands', category: 'Categories' };
    const sku = r.get('SKU');
    const id = sku ?? (r.get('ID') ? `woo-${r.get('ID')}` : undefined);
    if (id) fields.id = id;
    const name = r.get('Name') ?? parent?.get('Name');
    if (name) fields.title = name;
    const regular = r.get('Regular price');
    if (regular) fields.price = regular;
    const sale = r.get('Sale price');
    if (sale && saleApplies(r.get('Date sale price starts'), r.get('Date sale price ends'), now)) fields.sale_price = sale;
    const inStock = (r.get('In stock?') ?? '1').toLowerCase();
    fields.availability = inStock === '1' ? 'in_stock' : inStock === '0' ? 'out_of_stock' : inStock === 'backorder' ? 'backorder' : inStock;
    const stock = r.get('Stock');
    if (stock !== undefined) fields.quantity = stock;
    const brand = inherited('Brands');
    if (brand) fields.brand = brand.split(/(?<!\\),/)[0]!.replaceAll('\\,', ',').trim();
    if (gtinColumn) {
      const gtin = r.get(gtinColumn);
      if (gtin) fields.gtin = gtin;
      fieldNames.gtin = gtinColumn;
    }
    const attributes: Record<string, string> = {};
    const own = attributesOf(r);
    const fromParent = parent ? attributesOf(parent) : new Map<string, { value: string; label: string }>();
    for (const [attr, { value, label }] of own) {
      attributes[attr] = value;
      fieldNames[`attribute:${attr}`] = label;
    }
    // A parent's single-valued attribute (Material: Cotton) holds for each variation; a list (Blue, Green) is the choice.
    for (const [attr, { value, label }] of fromParent) {
      if (attr in attributes || value.includes(', ')) continue;
      attributes[attr] = value;
      fieldNames[`attribute:${attr}`] = `parent row ${parent!.row} ${label}`;
    }
    for (const { h, m } of measureColumns) {
      const raw = inherited(h);
      if (!raw) continue;
      const dimension = m![1]!.toLowerCase();
      const unit = m![2]!.toLowerCase();
      const value = Number(raw.replace(',', '.'));
      const perKg = KG_PER[unit];
      // WooCommerce keeps weight and dimensions on the Shipping tab: they are stated as shipping facts, not the product's.
      const name = dimension === 'weight' && perKg !== undefined ? 'shipping_weight_kg' : `shipping_${dimension}_${unit}`;
      attributes[name] = Number.isFinite(value) && dimension === 'weight' && perKg !== undefined ? String(Math.round(value * perKg * 1000) / 1000) : raw;
      fieldNames[`attribute:${name}`] = h;
    }
    const categories = inherited('Categories');
    products.push({ row: r.row, fields, attributes, categories: categories ? categoriesOf(categories) : [], fieldNames });
  }
  for (const r of parsed) {
    if ((r.get('Type') ?? '').toLowerCase().includes('variable') && !withVariations.has(r)) {
      issues.push({ row: r.row, field: 'Type', why: 'a variable product with no variation rows in the file: nothing to sell' });
    }
  }
  if (truncated) issues.push({ row: maxRows + 1, field: '(file)', why: `only the first ${maxRows} rows are read (the row limit)` });
  return { products, issues };
}
