import { normaliseFieldName } from './feed-error.ts';

/**
 * The other names a feed in Merchant Center's shape gives its fields: price-comparison feeds (idealo, Trovaprezzi,
 * Kelkoo, Ceneo, affiliate networks) and hand-made exports write one row per offer with the same meaning under their
 * own words, often in the shop's language — "sku" for id, "Nome" for title, "EAN" for gtin, "deliveryTime" or
 * "Disponibilità" for availability, "categoryPath" for the shop's product type. Names are as `normaliseFieldName`
 * leaves them (lower case, "_" for spaces and hyphens). A field the row states under its Merchant name is never replaced.
 */
export const MERCHANT_FIELD_ALIASES: Readonly<Record<string, readonly string[]>> = {
  id: ['sku', 'offer_id', 'item_id', 'product_id', 'seller_sku', 'item_sku', 'artikelnummer', 'codice_interno', 'codice_prodotto', 'referentie', 'referencia', 'reference', 'référence', 'identifiant'],
  title: ['name', 'product_name', 'item_name', 'product_title', 'titel', 'titre', 'nom', 'nome', 'nombre', 'naam', 'nazwa', 'artikelname', 'produktname'],
  // The selling price first: a feed writing an original and a selling price ("Prezzo originale", "Prezzo vendita") is paid the latter.
  price: ['prezzo_vendita', 'prezzo', 'prezzo_originale', 'preis', 'prix', 'precio', 'prijs', 'cena', 'selling_price', 'current_price'],
  gtin: ['ean', 'eans', 'identifier_code', 'ean13', 'ean_code', 'upc', 'isbn', 'barcode', 'gtin13', 'gtin_ean'],
  brand: ['marca', 'marke', 'hersteller', 'manufacturer', 'marque', 'merk', 'producent'],
  mpn: ['herstellernummer', 'hans', 'codice_produttore', 'manufacturer_part_number'],
  product_type: ['category', 'categories', 'categorypath', 'merchant_category', 'cat', 'category_path', 'categoria', 'categorie', 'catégorie', 'kategorie', 'kategoria', 'categorieën', 'shop_category'],
  availability: ['avail', 'deliverytime', 'delivery_time', 'lieferzeit', 'verfügbarkeit', 'verfuegbarkeit', 'disponibilita', 'disponibilità', 'disponibilité', 'disponibilite', 'disponibilidad', 'beschikbaarheid', 'levertijd', 'dostępność', 'dostepnosc', 'stock_status'],
  currency: ['currency_code', 'währung', 'waehrung', 'devise', 'valuta', 'waluta', 'moneda', 'valuta_code'],
  link: ['url', 'product_url', 'deeplink', 'landing_page_url'],
  color: ['colour', 'farbe', 'couleur', 'colore', 'kleur', 'kolor'],
  size: ['größe', 'grösse', 'groesse', 'taille', 'taglia', 'talla', 'maat', 'rozmiar'],
};

/** True when a header (names as `normaliseFieldName` leaves them) has `field` under its Merchant name or another. */
export function hasMerchantField(header: readonly string[], field: string): boolean {
  return header.includes(field) || (MERCHANT_FIELD_ALIASES[field] ?? []).some((name) => header.includes(name));
}

/**
 * A row's fields in Merchant words: each Merchant field the row leaves empty is taken from the first of its other
 * names the row fills, which is moved (it is no product attribute under its own name). `fieldNames` gives the shop's
 * name of each field so taken, for problem reports ("codice_interno", not "id").
 */
export function inMerchantNames(fields: Readonly<Record<string, string>>): { fields: Record<string, string>; fieldNames: Record<string, string> } {
  const named: Record<string, string> = { ...fields };
  const fieldNames: Record<string, string> = {};
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
  return { fields: named, fieldNames };
}
