import { normaliseFieldName } from './feed-error.ts';

/**
 * The other names a feed in Merchant Center's shape gives its fields: price-comparison feeds (idealo, Trovaprezzi,
 * Kelkoo, Ceneo, affiliate networks) and hand-made exports write one row per offer with the same meaning under their
 * own words, often in the shop's language — "sku" for id, "Nome" for title, "EAN" for gtin, "deliveryTime" or
 * "Disponibilità" for availability, "categoryPath" for the shop's product type. Names are as `normaliseFieldName`
 * leaves them (lower case, "_" for spaces and hyphens). A field the row states under its Merchant name is never replaced.
 */
export const MERCHANT_FIELD_ALIASES: Readonly<Record<string, readonly string[]>> = {
  id: ['sku', 'offer_id', 'interne_referenz', 'internal_reference', 'default_code', 'item_id', 'product_id', 'seller_sku', 'item_sku', 'artikelnummer', 'codice_interno', 'codice_prodotto', 'referentie', 'referencia', 'reference', 'référence', 'identifiant'],
  title: ['name', 'title_short', 'product_name', 'item_name', 'product_title', 'titel', 'titre', 'nom', 'nome', 'nombre', 'naam', 'nazwa', 'artikelname', 'produktname'],
  // The selling price first: a feed writing an original and a selling price ("Prezzo originale", "Prezzo vendita") is paid the latter.
  price: ['price_incl', 'price_incl_vat', 'price_gross', 'bruttopreis', 'prezzo_vendita', 'prezzo', 'prezzo_originale', 'preis', 'verkaufspreis', 'prix', 'precio', 'prijs', 'cena', 'selling_price', 'current_price'],
  gtin: ['ean', 'eans', 'identifier_code', 'ean13', 'ean_code', 'upc', 'isbn', 'barcode', 'gtin13', 'gtin_ean'],
  brand: ['marca', 'marke', 'hersteller', 'manufacturer', 'marque', 'merk', 'producent'],
  mpn: ['herstellernummer', 'hans', 'codice_produttore', 'manufacturer_part_number'],
  product_type: ['category', 'categories', 'produktkategorie', 'product_category', 'categorypath', 'merchant_category', 'cat', 'category_path', 'categoria', 'categorie', 'catégorie', 'kategorie', 'kategoria', 'categorieën', 'shop_category'],
  availability: ['avail', 'deliverytime', 'delivery_time', 'lieferzeit', 'verfügbarkeit', 'verfuegbarkeit', 'disponibilita', 'disponibilità', 'disponibilité', 'disponibilite', 'disponibilidad', 'beschikbaarheid', 'levertijd', 'dostępność', 'dostepnosc', 'stock_status'],
  quantity: ['stock_level', 'stock_quantity', 'qty', 'on_hand', 'quantity_on_hand', 'menge_auf_lager', 'lagerbestand', 'bestand', 'voorraad', 'giacenza', 'stan_magazynowy'],
  currency: ['currency_code', 'währung', 'waehrung', 'devise', 'valuta', 'waluta', 'moneda', 'valuta_code'],
  link: ['url', 'product_url', 'deeplink', 'landing_page_url'],
  color: ['colour', 'farbe', 'couleur', 'colore', 'kleur', 'kolor'],
  size: ['größe', 'grösse', 'groesse', 'taille', 'taglia', 'talla', 'maat', 'rozmiar'],
};

/** Language codes a multilingual shop suffixes its column names with ("Title_Short_NL", "Description_DE"). */
const LANGUAGE_SUFFIX = /_(?:nl|de|fr|it|es|en|pl|pt|da|sv|fi|cs)$/;

/** True when a header (names as `normaliseFieldName` leaves them) has `field` under its Merchant name or another. */
export function hasMerchantField(header: readonly string[], field: string): boolean {
  const names = new Set(header.flatMap((h) => [h, h.replace(LANGUAGE_SUFFIX, '')]));
  return names.has(field) || (MERCHANT_FIELD_ALIASES[field] ?? []).some((name) => names.has(name));
}

/** Cells that list a variant's options as "Name: value" pairs ("Grösse: 42, Farbe: Anthrazit", "Maat : 68"). */
const OPTION_LIST_FIELDS = ['variant', 'variants', 'variant_values', 'variantenwerte', 'variante', 'variation', 'options', 'attribute_values', 'eigenschaften', 'varianti'];
/** Category path levels written one column each ("Category_1", "Category_2"): joined into one path. */
const CATEGORY_LEVEL = /^(?:category|categorie|categoria|kategorie|kategoria)_?(?:level_?|ebene_?)?(\d)$/;

/**
 * The condition as a price-comparison feed's numeric code: Kelkoo's feed specification writes 0 for new, 1 for used and
 * 2 for refurbished. Only an offer feed's codes are read so; a Merchant feed states the words.
 */
const CONDITION_CODES: Readonly<Record<string, string>> = { '0': 'new', '1': 'used', '2': 'refurbished' };

/** "Name: value" pairs of an option-list cell, or undefined when the cell is not all such pairs. */
function optionPairs(cell: string): Array<[string, string]> | undefined {
  const pairs = cell.split(/\s*[,;|]\s*/).filter((p) => p !== '').map((part) => /^([^:]{1,40}?)\s*:\s*(.+)$/.exec(part));
  if (pairs.length === 0 || pairs.some((p) => p === null)) return undefined;
  return pairs.map((p) => [normaliseFieldName(p![1]!).replace(/[^\p{L}\p{N}_]/gu, ''), p![2]!.trim()]);
}

/**
 * A row's fields in Merchant words: language-suffixed names read plain, option lists and numbered name/value pairs as
 * the attributes they name, category level columns as one path, then each Merchant field the row leaves empty taken
 * from the first of its other names the row fills, which is moved (it is no product attribute under its own name), and
 * in an offer feed (its header not Merchant's), a numeric condition code as its word (see `CONDITION_CODES`).
 * `fieldNames` gives the shop's name of each field so taken, for problem reports ("codice_interno", not "id").
 */
export function inMerchantNames(fields: Readonly<Record<string, string>>, offerFeed = true): { fields: Record<string, string>; fieldNames: Record<string, string> } {
  const named: Record<string, string> = {};
  const fieldNames: Record<string, string> = {};
  // "Title_Short_NL" is title_short in a shop writing one language per column.
  for (const [key, value] of Object.entries(fields)) {
    const plain = key.replace(LANGUAGE_SUFFIX, '');
    if (plain !== key && fields[plain] === undefined && named[plain] === undefined) {
      named[plain] = value;
      fieldNames[plain] = key;
    } else named[key] = value;
  }
  // A variant's options listed in one cell are the attributes they name.
  for (const key of OPTION_LIST_FIELDS) {
    const pairs = named[key] === undefined ? undefined : optionPairs(named[key]!);
    if (pairs === undefined) continue;
    for (const [attribute, value] of pairs) {
      if (attribute === '' || named[attribute] !== undefined) continue;
      named[attribute] = value;
      fieldNames[attribute] = key;
    }
    delete named[key];
  }
  const levels = Object.keys(named).filter((k) => CATEGORY_LEVEL.test(k)).sort((a, b) => Number(CATEGORY_LEVEL.exec(a)![1]) - Number(CATEGORY_LEVEL.exec(b)![1]));
  if (named.product_type === undefined && levels.length > 1) {
    named.product_type = levels.map((k) => named[k]!).join(' > ');
    fieldNames.product_type = levels[0]!;
    for (const k of levels) delete named[k];
  }
  // Options written as numbered name/value column pairs ("property_name_1" = "Colour", "property_value_1" = "Sage";
  // "option1_name"/"option1_value") are the attribute the name column names.
  for (const key of Object.keys(fields)) {
    if (!/\d/.test(key) || !key.includes('name')) continue;
    const valueKey = key.replace('name', 'value');
    const attribute = normaliseFieldName(fields[key]!).replace(/[^\p{L}\p{N}_]/gu, '');
    const value = fields[valueKey];
    if (value === undefined || attribute === '' || attribute.length > 40) continue;
    if (named[attribute] === undefined) {
      named[attribute] = value;
      fieldNames[attribute] = valueKey;
    }
    delete named[key];
    delete named[valueKey];
  }
  for (const [field, aliases] of Object.entries(MERCHANT_FIELD_ALIASES)) {
    if (named[field] !== undefined) continue;
    const alias = aliases.find((name) => named[name] !== undefined);
    if (alias === undefined) continue;
    named[field] = named[alias]!;
    delete named[alias];
    fieldNames[field] = alias;
  }
  const code = !offerFeed || named.condition === undefined ? undefined : CONDITION_CODES[named.condition.trim()];
  if (code !== undefined) named.condition = code;
  return { fields: named, fieldNames };
}
