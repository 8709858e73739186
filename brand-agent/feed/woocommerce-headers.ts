/**
 * The column headers of WooCommerce's product CSV export (Products → Export), which WooCommerce writes in the store's
 * language. English is the source (`WC_Product_CSV_Exporter::get_default_column_names` and its attribute and measure
 * columns, woocommerce/woocommerce, GPL-2.0-or-later). The French and German headers are WooCommerce's own translations
 * of those same msgids, read from the GlotPress language packs of translate.wordpress.org ("Plugins - WooCommerce -
 * Stable", fr_FR revision 2025-07-16 and de_DE; GPL-2.0-or-later, as WooCommerce), as stored in public sites'
 * `wp-content/languages/plugins/woocommerce-{fr_FR,de_DE}.l10n.php`. Only exact strings found there are listed: the
 * "GTIN, UPC, EAN, or ISBN" and "Brands" translations were not found, so those columns are recognised by the "GTIN"
 * they start with (all languages) and in English only.
 */

/** The export's columns this reader uses, by their role. */
export type WooColumn =
  | 'id' | 'type' | 'sku' | 'name' | 'published' | 'inStock' | 'stock' | 'salePrice' | 'regularPrice' | 'categories'
  | 'parent' | 'saleStarts' | 'saleEnds' | 'brands';

/** One language's headers: the named columns, the numbered attribute columns (%d) and the measure columns (%s = unit). */
export interface WooHeaderSet {
  readonly language: string;
  readonly columns: Readonly<Partial<Record<WooColumn, string>>>;
  readonly attributeName: string;
  readonly attributeValues: string;
  readonly measures: Readonly<Record<'weight' | 'length' | 'width' | 'height', string>>;
  /** The store's unit labels as the export writes them (WooCommerce translates them too), to the unit they are. */
  readonly units: Readonly<Record<string, string>>;
}

const UNITS = { kg: 'kg', g: 'g', lbs: 'lbs', oz: 'oz', m: 'm', cm: 'cm', mm: 'mm', in: 'in', yd: 'yd' };

/** English, French and German header sets, English first. */
export const WOOCOMMERCE_HEADER_SETS: readonly WooHeaderSet[] = [
  {
    language: 'en',
    columns: {
      id: 'ID', type: 'Type', sku: 'SKU', name: 'Name', published: 'Published', inStock: 'In stock?', stock: 'Stock',
      salePrice: 'Sale price', regularPrice: 'Regular price', categories: 'Categories', parent: 'Parent',
      saleStarts: 'Date sale price starts', saleEnds: 'Date sale price ends', brands: 'Brands',
    },
    attributeName: 'Attribute %d name',
    attributeValues: 'Attribute %d value(s)',
    measures: { weight: 'Weight (%s)', length: 'Length (%s)', width: 'Width (%s)', height: 'Height (%s)' },
    units: UNITS,
  },
  {
    language: 'fr',
    columns: {
      id: 'ID', type: 'Type', sku: 'UGS', name: 'Nom', published: 'Publié', inStock: 'En stock ?', stock: 'Stock',
      salePrice: 'Tarif promo', regularPrice: 'Tarif régulier', categories: 'Catégories', parent: 'Parent',
      saleStarts: 'Date de début de promo', saleEnds: 'Date de fin de promo',
    },
    attributeName: 'Nom de l’attribut %d',
    attributeValues: 'Valeur(s) de l’attribut %d',
    measures: { weight: 'Poids (%s)', length: 'Longueur (%s)', width: 'Largeur (%s)', height: 'Hauteur (%s)' },
    units: { ...UNITS, livres: 'lbs', pouce: 'in' },
  },
  {
    language: 'de',
    columns: {
      id: 'ID', type: 'Typ', sku: 'Artikelnummer', name: 'Name', published: 'Veröffentlicht', inStock: 'Vorrätig?', stock: 'Lager',
      salePrice: 'Angebotspreis', regularPrice: 'Regulärer Preis', categories: 'Kategorien', parent: 'Übergeordnetes Produkt',
      saleStarts: 'Datum, an dem Angebotspreis beginnt', saleEnds: 'Datum, an dem Angebotspreis endet',
    },
    attributeName: 'Attribut %d Name',
    attributeValues: 'Attribut %d Wert(e)',
    measures: { weight: 'Gewicht (%s)', length: 'Länge (%s)', width: 'Breite (%s)', height: 'Höhe (%s)' },
    units: UNITS,
  },
];

/** A header as compared: trimmed, lower case, one space, typographic apostrophes as plain ones (spreadsheets change them). */
export function wooHeaderKey(header: string): string {
  return header.normalize('NFC').trim().replace(/\s+/g, ' ').replace(/[’‘]/g, "'").toLowerCase();
}

/** The header set a header row is written in: the one naming the most of its columns, among those with a name and a regular price. */
export function wooHeaderSetOf(header: readonly string[]): WooHeaderSet | undefined {
  const keys = new Set(header.map(wooHeaderKey));
  let best: { set: WooHeaderSet; named: number } | undefined;
  for (const set of WOOCOMMERCE_HEADER_SETS) {
    const { name, regularPrice } = set.columns;
    if (!name || !regularPrice || !keys.has(wooHeaderKey(name)) || !keys.has(wooHeaderKey(regularPrice))) continue;
    const named = Object.values(set.columns).filter((c) => keys.has(wooHeaderKey(c))).length;
    if (!best || named > best.named) best = { set, named };
  }
  return best?.set;
}

function patternOf(template: string, placeholder: '%d' | '%s'): RegExp {
  const [before, after] = wooHeaderKey(template).split(placeholder) as [string, string];
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escape(before)}(${placeholder === '%d' ? '\\d+' : '[^)]+'})${escape(after)}$`);
}

/** The number of an attribute column ("Attribute 2 name" → 2), if the header is one. */
export function wooAttributeSlot(set: WooHeaderSet, header: string, part: 'name' | 'values'): string | undefined {
  return patternOf(part === 'name' ? set.attributeName : set.attributeValues, '%d').exec(wooHeaderKey(header))?.[1];
}

/** The measure and unit of a weight or dimension column ("Poids (kg)" → weight, kg), if the header is one. */
export function wooMeasureOf(set: WooHeaderSet, header: string): { dimension: 'weight' | 'length' | 'width' | 'height'; unit: string } | undefined {
  for (const [dimension, template] of Object.entries(set.measures) as Array<['weight' | 'length' | 'width' | 'height', string]>) {
    const label = patternOf(template, '%s').exec(wooHeaderKey(header))?.[1]?.trim();
    if (label !== undefined) return { dimension, unit: Object.hasOwn(set.units, label) ? set.units[label]! : label };
  }
  return undefined;
}
