import { normaliseFieldName } from './feed-error.ts';

/**
 * The other names a feed in Merchant Center's shape gives its fields: price-comparison feeds (idealo, Trovaprezzi,
 * Kelkoo, Ceneo, affiliate networks) and hand-made exports write one row per offer with the same meaning under their
 * own words, often in the shop's language — "sku" for id, "Nome" for title, "EAN" for gtin, "deliveryTime" or
 * "Disponibilità" for availability, "categoryPath" for the shop's product type. Names are as `normaliseFieldName`
 * leaves them (lower case, "_" for spaces and hyphens). A field the row states under its Merchant name is never replaced.
 */
export const MERCHANT_FIELD_ALIASES: Readonly<Record<string, readonly string[]>> = {
  id: ['sku', 'offer_id', 'id_oferty', 'variationid', 'variation_id', 'interne_referenz', 'internal_reference', 'default_code', 'item_id', 'product_id', 'seller_sku', 'item_sku', 'artikelnummer', 'codice_interno', 'codice_prodotto', 'referentie', 'referencia', 'reference', 'référence', 'identifiant'],
  title: ['name', 'title_short', 'productname', 'product_name', 'item_name', 'product_title', 'titel', 'titre', 'nom', 'nome', 'nombre', 'naam', 'nazwa', 'artikelname', 'produktname', 'tytuł_oferty', 'tytul_oferty', 'tytuł', 'tytul'],
  // The selling price first: a feed writing an original and a selling price ("Prezzo originale", "Prezzo vendita") is paid the latter.
  price: ['price_incl', 'price_incl_vat', 'price_vat', 'price_with_vat', 'price_gross', 'bruttopreis', 'prezzo_vendita', 'prezzo', 'prezzo_originale', 'preis', 'verkaufspreis', 'prix', 'precio', 'prijs', 'cena', 'selling_price', 'current_price', 'sales_price', 'list_price'],
  // A sale price without dates is the price paid now ("Online Sale Price", "Sonderpreis", "Prix promo").
  sale_price: ['saleprice', 'online_sale_price', 'special_price', 'promo_price', 'sonderpreis', 'aktionspreis', 'prix_promo', 'prezzo_scontato', 'precio_oferta', 'actieprijs', 'cena_promocyjna'],
  gtin: ['ean', 'eans', 'ean_(gtin)', 'gtin_(ean)', 'identifier_code', 'ean13', 'ean_code', 'upc', 'isbn', 'barcode', 'gtin13', 'gtin_ean'],
  brand: ['marca', 'marke', 'hersteller', 'manufacturer', 'marque', 'merk', 'producent'],
  mpn: ['herstellernummer', 'hans', 'codice_produttore', 'manufacturer_part_number', 'manufacturersku'],
  product_type: ['category', 'categories', 'categorytext', 'produktkategorie', 'product_category', 'categorypath', 'merchant_category', 'cat', 'category_path', 'categoria', 'categorie', 'catégorie', 'kategorie', 'kategoria', 'categorieën', 'shop_category'],
  availability: ['avail', 'deliverytime', 'delivery_time', 'lieferzeit', 'verfügbarkeit', 'verfuegbarkeit', 'disponibilita', 'disponibilità', 'disponibilité', 'disponibilite', 'disponibilidad', 'beschikbaarheid', 'levertijd', 'dostępność', 'dostepnosc', 'stock_status'],
  quantity: ['stock_level', 'stock_quantity', 'qty', 'on_hand', 'quantity_on_hand', 'menge_auf_lager', 'lagerbestand', 'bestand', 'voorraad', 'giacenza', 'stan_magazynowy', 'liczba_sztuk'],
  currency: ['currency_code', 'währung', 'waehrung', 'devise', 'valuta', 'waluta', 'moneda', 'valuta_code'],
  link: ['url', 'product_url', 'deeplink', 'landing_page_url'],
  color: ['colour', 'farbe', 'couleur', 'colore', 'kleur', 'kolor', 'barva', 'farba', 'färg', 'farve', 'farge'],
  size: ['größe', 'grösse', 'groesse', 'taille', 'taglia', 'talla', 'maat', 'rozmiar', 'velikost', 'veľkosť', 'storlek', 'størrelse'],
};

/** Fields stating the days until a shop dispatches an order (Heureka's and Zboží's DELIVERY_DATE), or a date. */
const DISPATCH_DAYS_FIELDS = ['delivery_date'];

/** Every field name a Merchant feed row is read under: Merchant Center's and each of `MERCHANT_FIELD_ALIASES`. */
const KNOWN_FIELD_NAMES: ReadonlySet<string> = new Set([...Object.keys(MERCHANT_FIELD_ALIASES), ...Object.values(MERCHANT_FIELD_ALIASES).flat(), 'stock', 'status', 'sale_price_effective_date', 'delivery_date', 'link', 'image_link', 'description', 'condition', 'google_product_category', 'item_group_id', 'mpn', 'shipping']);

/** True when a column (named as `normaliseFieldName` leaves it) is read under a name the readers know. */
export function isKnownFieldName(name: string): boolean {
  return KNOWN_FIELD_NAMES.has(name) || KNOWN_FIELD_NAMES.has(name.replace(LANGUAGE_SUFFIX, ''));
}

/** Language codes a multilingual shop suffixes its column names with ("Title_Short_NL", "Description_DE"). */
const LANGUAGE_SUFFIX = /_(?:nl|de|fr|it|es|en|pl|pt|da|sv|fi|cs)$/;

/** True when a header (names as `normaliseFieldName` leaves them) has `field` under its Merchant name or another. */
export function hasMerchantField(header: readonly string[], field: string): boolean {
  const names = new Set(header.flatMap((h) => [h, h.replace(LANGUAGE_SUFFIX, '')]));
  if (names.has(field) || (MERCHANT_FIELD_ALIASES[field] ?? []).some((name) => names.has(name))) return true;
  // A net price beside a tax rate is a price (see `grossPriceOf`).
  return field === 'price' && NET_PRICE_FIELDS.some((name) => names.has(name)) && TAX_RATE_FIELDS.some((name) => names.has(name));
}

/** A numbered column's name: a digit, or a number word ("variant_option_one_name"). */
const NUMBERED = /\d|(?:^|_)(?:one|two|three|four|five)(?:_|$)/;

/** Cells that list a variant's options as "Name: value" pairs ("Grösse: 42, Farbe: Anthrazit", "Maat : 68"). */
const OPTION_LIST_FIELDS = ['variant', 'variants', 'variantes', 'variaciones', 'varianten', 'variant_values', 'variantenwerte', 'variante', 'variation', 'options', 'attribute_values', 'eigenschaften', 'varianti'];
/** Category path levels written one column each ("Category_1", "Category_2"): joined into one path. */
const CATEGORY_LEVEL = /^(?:category|categorie|categoria|kategorie|kategoria)_?(?:level_?|ebene_?|name_?)?(\d)$/;

/**
 * The condition as a price-comparison feed's numeric code: Kelkoo's feed specification writes 0 for new, 1 for used and
 * 2 for refurbished. Only an offer feed's codes are read so; a Merchant feed states the words.
 */
const CONDITION_CODES: Readonly<Record<string, string>> = { '0': 'new', '1': 'used', '2': 'refurbished' };

/** Yes/no columns saying whether a row's sale price runs ("onsale", "On Sale", "is_on_sale"). */
const SALE_SWITCH_FIELDS = ['onsale', 'on_sale', 'is_on_sale', 'sale_active', 'promo_active', 'en_promo', 'in_aktion'];
const SWITCHED_OFF = /^\s*(?:0|no|n|false|nein|non|nee|off)\s*$/i;

/** Price aliases that say they include tax: a tax column beside them says what is in them already. */
const GROSS_PRICE_FIELDS = ['price_incl', 'price_incl_vat', 'price_gross', 'bruttopreis'];
/** Price columns that say they are net of sales tax ("Price_Excl", "price_net", "Nettopreis", "Prix HT"). */
const NET_PRICE_FIELDS = ['price_excl', 'price_excl_vat', 'price_ex_vat', 'price_net', 'net_price', 'nettopreis', 'netto_preis', 'preis_netto', 'prix_ht', 'prezzo_netto', 'prijs_excl', 'cena_netto'];
/** Columns stating a product's sales-tax rate ("19%", "8.1 %"). */
const TAX_RATE_FIELDS = ['tax_rate', 'vat_rate', 'tax', 'vat', 'mwst', 'ust', 'steuersatz', 'mehrwertsteuer', 'tva', 'iva', 'btw', 'vat_percent'];
/**
 * An ERP's customer-tax column, which names the taxes charged on the price (Odoo's "Customer Taxes": "8.1%", "19% USt"):
 * a tax not named as included in the price ("8.1% incl.", "TTC") is added to it at checkout, so the price is net.
 */
const CUSTOMER_TAX_FIELDS = ['customer_taxes', 'kundensteuern', 'taxes_à_la_vente', 'taxes_a_la_vente', 'imposte_cliente', 'impuestos_cliente', 'klantbelastingen', 'sales_taxes'];
const INCLUDED_TAX = /\b(?:incl|inkl|included|inklusive|inclus[ea]?|ttc|ivato|incluido|inbegrepen)\b/i;

/** The percentages a tax cell states ("8.1%", "19 % USt", "7,7%"), summed; undefined when it states none. */
function taxPercentOf(cell: string): number | undefined {
  const rates = [...cell.matchAll(/(\d{1,2}(?:[.,]\d{1,3})?)\s*%/g)].map((m) => Number(m[1]!.replace(',', '.')));
  return rates.length === 0 ? undefined : rates.reduce((a, b) => a + b, 0);
}

/**
 * A plain amount ("230.34", "230,34") with the tax added, rounded to its own decimals (two at least); undefined when it
 * is no plain amount. Worked in whole units of its last decimal, so no binary fraction creeps in.
 */
function grossOf(net: string, percent: number): string | undefined {
  const plain = /^\s*(\d{1,9})(?:[.,](\d{1,4}))?\s*$/.exec(net);
  if (plain === null) return undefined;
  const decimals = Math.max(2, plain[2]?.length ?? 0);
  const units = Number(`${plain[1]}${(plain[2] ?? '').padEnd(decimals, '0')}`);
  const grossUnits = String(Math.round((units * (100 + percent)) / 100)).padStart(decimals + 1, '0');
  return `${grossUnits.slice(0, -decimals)}.${grossUnits.slice(-decimals)}`;
}

/**
 * A row's price as a consumer pays it when the row states only a net one: a price column saying it is net (with a
 * tax-rate column), or an ERP price beside a customer-tax column naming taxes not included in it, grossed up by the
 * rates stated. Undefined when the row states a price with tax, or no rate.
 */
function grossPriceOf(named: Readonly<Record<string, string>>): { price: string; from: string } | undefined {
  const netField = NET_PRICE_FIELDS.find((f) => named[f] !== undefined);
  if (named.price === undefined && netField !== undefined) {
    const rateField = TAX_RATE_FIELDS.find((f) => named[f] !== undefined && taxPercentOf(named[f]!) !== undefined);
    const gross = rateField === undefined ? undefined : grossOf(named[netField]!, taxPercentOf(named[rateField]!)!);
    return gross === undefined ? undefined : { price: gross, from: netField };
  }
  const amountField = TAX_AMOUNT_FIELDS.find((f) => named[f] !== undefined);
  const withAmount = named.price === undefined || amountField === undefined ? undefined : priceWithTaxAmount(named.price, named[amountField]!);
  if (withAmount !== undefined) return { price: withAmount, from: 'price' };
  const taxField = CUSTOMER_TAX_FIELDS.find((f) => named[f] !== undefined);
  if (named.price === undefined || taxField === undefined || INCLUDED_TAX.test(named[taxField]!)) return undefined;
  const percent = taxPercentOf(named[taxField]!);
  const gross = percent === undefined ? undefined : grossOf(named.price, percent);
  return gross === undefined ? undefined : { price: gross, from: 'price' };
}

/** Stock counted per location, one column each, the location's name after the count's ("Current Quantity Main St"). */
const LOCATION_QUANTITY = /^(?:current_quantity|quantity_on_hand|on_hand|available_quantity|stock_on_hand)_.+$/;

/** The stock of a row counting it per location: the sum of those columns when each is a whole number. */
function locationQuantity(fields: Readonly<Record<string, string>>): { quantity: string; fields: string[] } | undefined {
  const columns = Object.keys(fields).filter((k) => LOCATION_QUANTITY.test(k));
  if (columns.length === 0) return undefined;
  const counts = columns.map((k) => Number(fields[k]));
  if (counts.some((n) => !Number.isInteger(n))) return undefined;
  return { quantity: String(counts.reduce((a, b) => a + b, 0)), fields: columns };
}

/** True when a header (names as `normaliseFieldName` leaves them) writes a category path one level a column. */
export function hasCategoryLevels(header: readonly string[]): boolean {
  return header.filter((h) => CATEGORY_LEVEL.test(h)).length > 1;
}

/** Columns stating the sales tax on a row's price as an amount ("tax_value" 26.09 beside a price of 173.91). */
const TAX_AMOUNT_FIELDS = ['tax_value', 'tax_amount', 'vat_amount', 'gst_amount', 'tax_total', 'steuerbetrag', 'mwst_betrag', 'montant_tva'];

/** A plain amount ("173.91", "26,09") in hundredths; undefined when it is none. */
function hundredthsOf(text: string): number | undefined {
  const plain = /^\s*(\d{1,9})(?:[.,](\d{1,2}))?\s*$/.exec(text);
  return plain === null ? undefined : Number(plain[1]) * 100 + Number((plain[2] ?? '').padEnd(2, '0'));
}

/**
 * True when `tax` is a whole or half percent of `base` (the rates taxes are set at: 15 %, 8.5 %), to the cent either of
 * them may have been rounded by (a net price worked back from a round gross one: 30.43 and 4.57 for 35.00).
 */
function isRateOf(tax: number, base: number): boolean {
  if (base <= 0) return false;
  const rate = Math.round((200 * tax) / base) / 2;
  return rate > 0 && rate <= 30 && Math.abs((base * rate) / 100 - tax) <= 1 + 1e-9;
}

/**
 * A row's price with the tax amount it states added, when that amount is the tax on the price (a whole or half percent
 * of it) and not the tax inside it (of the price less it): Lightspeed's retail_price 173.91 and tax_value 26.09 (15 %
 * of it) are paid 200.00. Undefined when the amount says neither, or either.
 */
function priceWithTaxAmount(price: string, tax: string): string | undefined {
  const [p, t] = [hundredthsOf(price), hundredthsOf(tax)];
  if (p === undefined || t === undefined || t <= 0 || t >= p) return undefined;
  if (!isRateOf(t, p) || isRateOf(t, p - t)) return undefined;
  const gross = p + t;
  return `${Math.floor(gross / 100)}.${String(gross % 100).padStart(2, '0')}`;
}

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
 * in an offer feed (its header not Merchant's), a net price grossed up by the tax the row states (see `grossPriceOf`)
 * and a numeric condition code as its word (see `CONDITION_CODES`).
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
    if (!NUMBERED.test(key) || !key.includes('name')) continue;
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
  // An option named as a kind of size ("Bag Size", "Shoe Size", "Cup size") is the size.
  if (named.size === undefined) {
    const sized = Object.keys(named).find((k) => /^[\p{L}\p{N}]+_size$/u.test(k) && fieldNames[k] !== undefined);
    if (sized !== undefined) {
      named.size = named[sized]!;
      fieldNames.size = fieldNames[sized]!;
      delete named[sized];
    }
  }
  const located = locationQuantity(named);
  if (located !== undefined && named.quantity === undefined && !MERCHANT_FIELD_ALIASES.quantity!.some((a) => named[a] !== undefined)) {
    named.quantity = located.quantity;
    fieldNames.quantity = located.fields[0]!;
    for (const k of located.fields) delete named[k];
  }
  // Heureka's and Zboží's DELIVERY_DATE is the days until the shop dispatches (0: today), or the day it will have the
  // product (a pre-order): read as a delivery time, or as a pre-order available from that day.
  const dispatch = DISPATCH_DAYS_FIELDS.find((f) => named[f] !== undefined);
  if (dispatch !== undefined && named.availability === undefined && !MERCHANT_FIELD_ALIASES.availability!.some((a) => named[a] !== undefined)) {
    const said = named[dispatch]!.trim();
    if (/^\d{1,3}$/.test(said)) named.availability = `${said} days`;
    else if (/^\d{4}-\d{2}-\d{2}$/.test(said)) {
      named.availability = 'preorder';
      named.availability_date ??= said;
    }
    if (named.availability !== undefined) {
      fieldNames.availability = dispatch;
      delete named[dispatch];
    }
  }
  for (const [field, aliases] of Object.entries(MERCHANT_FIELD_ALIASES)) {
    if (named[field] !== undefined) continue;
    const alias = aliases.find((name) => named[name] !== undefined);
    if (alias === undefined) continue;
    named[field] = named[alias]!;
    delete named[alias];
    fieldNames[field] = alias;
  }
  // Whether the price is net is read from the row's own price and tax columns before any gross price alias moved.
  const gross = offerFeed && !GROSS_PRICE_FIELDS.some((f) => fieldNames.price === f) ? grossPriceOf(named) : undefined;
  if (gross !== undefined) {
    named.price = gross.price;
    if (gross.from !== 'price') fieldNames.price = gross.from;
  }
  // A sale price a switch column says is off ("onsale" 0, "On Sale" No) is no price paid now.
  const saleSwitch = SALE_SWITCH_FIELDS.find((f) => named[f] !== undefined);
  if (saleSwitch !== undefined && named.sale_price !== undefined && SWITCHED_OFF.test(named[saleSwitch]!)) delete named.sale_price;
  const code = !offerFeed || named.condition === undefined ? undefined : CONDITION_CODES[named.condition.trim()];
  if (code !== undefined) named.condition = code;
  return { fields: named, fieldNames };
}
