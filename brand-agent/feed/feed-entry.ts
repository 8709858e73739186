import { createHash } from 'node:crypto';
import {
  AttributeNameSchema,
  CurrencySchema,
  PROTOCOL_LIMITS,
  type AttributeValue,
  type Claim,
  type GoogleTaxonomy,
} from '../../protocol/index.ts';
import type { CatalogEntry } from '../definition.ts';
import { isValidGtin } from '../reference/index.ts';
import type { FeedIssue, FeedRecord } from './feed-error.ts';
import { shopCategoryMapper, type ShopCategoryMapper } from './shop-category-mapper.ts';
import { readFeedPrice, type DecimalMark } from './read-feed-price.ts';
import { isShoeCategory, shoeSizeOf, type ShoeSizeReading, type ShoeSizeScale } from './feed-shoe-size.ts';
import { readFeedDateInterval, readFeedDateRange, type DateOrder } from './read-feed-date.ts';
import { readFeedAvailability } from './read-feed-availability.ts';
import { FEED_ENUMS, readFeedEnum } from './read-feed-enum.ts';

/** How a shop's feed becomes offers: its currency, standard terms and the defaults for what feeds often omit. */
export interface FeedEntryOptions {
  readonly currency: string;
  readonly returnDays: number;
  readonly warrantyMonths: number;
  /** Delivery days when the row states no handling and transit times. */
  readonly deliveryDays: number;
  /** Units offered when a row is in stock but states no quantity. */
  readonly defaultStock: number;
  /** Category for rows without google_product_category (a taxonomy id), if the shop gives one. */
  readonly defaultCategory?: string;
  /**
   * Whether a row stating no category at all is filed by what its title names (an offer feed in its own words, whose
   * export has no category column to give): a Merchant feed row without one is asked for it instead.
   */
  readonly titleNamesCategory?: boolean;
  /** Country whose `shipping` price is added to the offer price (offers are delivered prices); default FR. */
  readonly shippingCountry?: string;
  /** The decimal mark the file's prices show (see `decimalMarkOf`), which settles an amount like "1.299". */
  readonly decimalMark?: DecimalMark;
  /** The time sale prices are checked against (default: now). */
  readonly now?: number;
  /** The order the file's numeric dates show (see `dateOrderOf`), which settles a sale date like "01/12/2026". */
  readonly dateOrder?: DateOrder;
  /** How the file writes shoe sizes that state no size system (see `shoeSizeScaleOf`); default EU (`feedEntryOf` only). */
  readonly shoeSizeScale?: ShoeSizeScale;
}

/** Merchant Center fields that are not product attributes (identity, links, pricing, logistics, labels). */
const NOT_ATTRIBUTES = new Set([
  'id', 'title', 'description', 'link', 'mobile_link', 'image_link', 'additional_image_link', 'price', 'sale_price',
  'sale_price_effective_date', 'sale_start_date', 'sale_end_date', 'availability', 'availability_date', 'google_product_category', 'product_type', 'shipping',
  'shipping_label', 'shipping_weight', 'item_group_id', 'identifier_exists', 'quantity', 'stock', 'sell_on_google_quantity',
  'delivery_days', 'min_handling_time', 'max_handling_time', 'min_transit_time', 'max_transit_time', 'return_days',
  'warranty_months', 'is_bundle', 'adult', 'excluded_destination', 'included_destination', 'tax', 'expiration_date',
  'custom_label_0', 'custom_label_1', 'custom_label_2', 'custom_label_3', 'custom_label_4', 'ads_redirect', 'updated',
  'published', 'summary', 'content', 'author', 'guid', 'pubdate', 'size_type', 'unit_pricing_measure',
  'unit_pricing_base_measure', 'energy_efficiency_class', 'multipack', 'brand', 'gtin', 'quantity_to_sell_on_facebook',
  'fb_product_category', 'rich_text_description', 'video',
]);
const ENUMS = FEED_ENUMS;
const AVAILABILITY = ['in_stock', 'out_of_stock', 'preorder', 'backorder'];
/** The fields a row states its stock in, first found first: Meta's catalog says quantity_to_sell_on_facebook, Merchant Center sell_on_google_quantity. */
const QUANTITY_FIELDS = ['quantity', 'stock', 'quantity_to_sell_on_facebook', 'sell_on_google_quantity'] as const;

/** A number as spreadsheets show a long one, "4,00638E+12" or "4.00638e12": what Excel saves a GTIN column as unless it is text. */
const SCIENTIFIC = /^\d[.,]\d+e\+?\d{1,2}$/i;

/** True when a field name is a Merchant Center field with its own meaning (price, shipping, gtin…), not a product attribute. */
export function isMerchantFieldName(name: string): boolean {
  return NOT_ATTRIBUTES.has(name);
}

/** A product row as a catalog entry, or the issues that keep it out. */
export type FeedEntryResult = { ok: true; entry: CatalogEntry; notes: FeedIssue[] } | { ok: false; issues: FeedIssue[] };

function typedValue(raw: string): AttributeValue {
  const lower = raw.toLowerCase();
  if (lower === 'true' || lower === 'yes') return true;
  if (lower === 'false' || lower === 'no') return false;
  if (/^-?\d+(\.\d+)?$/.test(raw) && raw.length < 16) return Number(raw);
  return raw.slice(0, 200);
}

/**
 * The delivery price a row's `shipping` field states for a country: Merchant Center writes one or more
 * "country:region:service:price" groups (comma-separated); a group without a country applies everywhere.
 */
function shippingFor(raw: string | undefined, country: string, currency: string, decimalMark: DecimalMark | undefined): { amountMinor: number } | { why: string } | undefined {
  if (raw === undefined) return undefined;
  const groups = raw.split(',').map((g) => g.split(':').map((p) => p.trim()));
  const match = groups.find((g) => g[0]?.toUpperCase() === country) ?? groups.find((g) => !g[0]);
  if (!match) return undefined;
  const price = match[match.length - 1] ?? '';
  if (/^0+([.,]0+)?(\s*[A-Z]{3})?$/.test(price)) return { amountMinor: 0 };
  return readFeedPrice(price, currency, decimalMark);
}

/** One category mapper per --category value and currency, so its caches serve every row of a feed. */
const mappers = new Map<string, ShopCategoryMapper>();

function mapperFor(defaultCategory: string | undefined, currency: string): ShopCategoryMapper {
  const key = `${defaultCategory ?? ''}\u0000${currency}`;
  let mapper = mappers.get(key);
  if (!mapper) {
    if (mappers.size > 100) mappers.clear();
    mapper = shopCategoryMapper(defaultCategory, { currency });
    mappers.set(key, mapper);
  }
  return mapper;
}

/**
 * A row's Google category: its google_product_category as a taxonomy id or exact path; else (a path not Google's word
 * for word, "… > Wearable Technology", or only the shop's own product_type) those words read as a shop's category
 * words are (see `shopCategoryMapper`), with a note saying where it is served; else --category; else why not.
 */
function categoryOf(f: Readonly<Record<string, string>>, taxonomy: GoogleTaxonomy, fallback: string | undefined, currency: string, byTitle = false): { category: string; note?: FeedIssue['why'] } | { why: string } {
  const given = f.google_product_category;
  // An id the taxonomy does not hold (a typo, or a node newer than its version) says nothing: the shop's product_type
  // and the title are read as when no category is given, and the row says which id was not known.
  const unknownId = given !== undefined && /^\d+$/.test(given) && !taxonomy.has(given) ? given : undefined;
  if (given !== undefined && unknownId === undefined && /^\d+$/.test(given)) return { category: given };
  const raw = unknownId === undefined ? given : undefined;
  const id = raw === undefined ? undefined : taxonomy.idOfPath(raw);
  if (id !== undefined) return { category: id };
  const notId = `${unknownId} is not a Google product taxonomy id (of the ${taxonomy.version} taxonomy)`;
  if (raw === undefined && f.product_type === undefined && unknownId === undefined) {
    if (fallback) return { category: fallback };
    const titled = byTitle ? mapperFor(undefined, currency)([], f.title) : undefined;
    if (titled?.ok) return { category: titled.category, note: titled.note ?? `no category given; served under "${taxonomy.pathText(titled.category) ?? titled.category}", which the title names` };
    return { why: 'missing; give the Google product category id or path (or --category)' };
  }
  const mapped = mapperFor(fallback, currency)([raw, f.product_type].filter((t): t is string => t !== undefined), f.title);
  if (unknownId !== undefined) {
    if (!mapped.ok) return { why: `${notId}; ${mapped.why.replace(/^no category given/, 'no product_type given')}` };
    return { category: mapped.category, note: `${notId}; ${mapped.note ?? `served under "${taxonomy.pathText(mapped.category) ?? mapped.category}"`}` };
  }
  const notPath = raw === undefined ? '' : `"${raw.slice(0, 80)}" is not a Google product taxonomy path; `;
  // The mapper's words quote the path and say where it is served; an exact segment match says nothing, so this does.
  if (!mapped.ok) return { why: mapped.why };
  const note = mapped.note ?? (raw !== undefined ? `${notPath}served under "${taxonomy.pathText(mapped.category) ?? mapped.category}"` : undefined);
  return { category: mapped.category, ...(note !== undefined ? { note } : {}) };
}

/**
 * Whether a Merchant sale_price_effective_date ("2026-11-27T00:00+01:00/2026-12-01T23:59+01:00") includes `now`, read
 * by `readFeedDateInterval` in the file's date `order`; or why it cannot be read.
 */
function saleIsOn(f: Readonly<Record<string, string>>, now: number, order: DateOrder | undefined): boolean | { why: string } {
  const range = f.sale_price_effective_date;
  // An offer feed may date its sale in two columns, either left empty (open); an end day without a time is all of it.
  if (range === undefined && (f.sale_start_date !== undefined || f.sale_end_date !== undefined)) {
    const read = readFeedDateRange(f.sale_start_date, f.sale_end_date, order);
    if ('why' in read) return { why: `its ${read.side === 'from' ? 'start' : 'end'} ${read.why}` };
    const last = f.sale_end_date === undefined || /\d:\d/.test(f.sale_end_date) ? read.end : read.end + 86_400_000 - 1;
    return read.start <= now && now <= last;
  }
  if (range === undefined) return true;
  const read = readFeedDateInterval(range, order);
  return 'why' in read ? read : read.start <= now && now <= read.end;
}

/** The sku an id has always been served under: its run of characters other than letters, digits and . _ : - made "-". */
function slugOfFeedId(id: string): string {
  return id.replace(/[^A-Za-z0-9._:-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 128);
}

/**
 * A sku that tells an id apart from ids sharing its slug: its ASCII letters and digits (accents dropped: "TT-GRÜN"
 * reads "TT-GRUN") joined by "-", then a digest of the id in its composed Unicode form (both forms of "café" are one id).
 */
function digestedSkuOf(id: string): string {
  const composed = id.normalize('NFC');
  const digest = createHash('sha256').update(composed).digest('hex').slice(0, 12);
  const ascii = composed.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[^A-Za-z0-9._:-]+/g, '-').replace(/^-+|-+$/g, '');
  const readable = ascii.slice(0, 128 - digest.length - 1).replace(/-+$/, '');
  return readable === '' ? `id-${digest}` : `${readable}-${digest}`;
}

/**
 * The sku for a feed id read alone: its slug (see `skusOfFeedIds` for a whole feed's); an id whose slug is empty but
 * that has a letter or digit in some script ("日本") is served under a digest. Empty for an id with neither ("-").
 */
export function skuOfFeedId(id: string): string {
  const slug = slugOfFeedId(id);
  if (slug !== '') return slug;
  return /[\p{L}\p{N}]/u.test(id) ? digestedSkuOf(id) : '';
}

/**
 * The skus of a feed's ids (raw id to sku), decided over the whole feed so that no row order changes them. An id keeps
 * the slug it has always been served under (quote history is keyed on it) unless another id of the feed, distinct in
 * its composed Unicode form, shares that slug ("café", "cafè", "caf"; "sp ace" beside "sp-ace"; long ids alike in their
 * first 128 characters): those are told apart by a digest (`digestedSkuOf`), except the one id written as its slug
 * exactly ("sp-ace"), which keeps it. Both forms of one id are one id, and so one sku (a repeat if both appear).
 */
export function skusOfFeedIds(ids: Iterable<string>): Map<string, string> {
  const forms = new Map<string, Set<string>>();
  for (const id of ids) {
    const composed = id.normalize('NFC');
    forms.set(composed, (forms.get(composed) ?? new Set()).add(id));
  }
  // An id written in both Unicode forms whose slugs differ takes its composed form's.
  const slugOf = new Map<string, string>();
  for (const [composed, written] of forms) {
    const slugs = new Set([...written].map(slugOfFeedId));
    slugOf.set(composed, slugs.size === 1 ? [...slugs][0]! : slugOfFeedId(composed));
  }
  const holders = new Map<string, number>();
  for (const slug of slugOf.values()) holders.set(slug, (holders.get(slug) ?? 0) + 1);
  const skus = new Map<string, string>();
  for (const [composed, written] of forms) {
    const slug = slugOf.get(composed)!;
    const sku = slug === '' ? skuOfFeedId(composed) : holders.get(slug) === 1 || composed === slug ? slug : digestedSkuOf(composed);
    for (const id of written) skus.set(id, sku);
  }
  return skus;
}

/**
 * One feed row as a catalog entry (see `feedEntryOf`) without a shoe's size in the butler's words: the feed reader
 * states that once it knows how the file writes its shoe sizes, from all its shoe rows.
 */
export function feedRowEntryOf(record: FeedRecord, taxonomy: GoogleTaxonomy, options: FeedEntryOptions): FeedEntryResult {
  const f = record.fields;
  const issues: FeedIssue[] = [];
  const problem = (field: string, why: string) => issues.push({ row: record.row, field, why });
  const sku = f.id ? skuOfFeedId(f.id) : '';
  if (!f.id) problem('id', 'missing');
  else if (sku === '') problem('id', `"${f.id}" has no letter or digit`);
  if (!f.title) problem('title', 'missing');
  const notes: FeedIssue[] = [];
  // A sale price holds within its effective dates only; outside them (or when they cannot be read) the price is offered.
  const saleOn = f.sale_price === undefined ? false : saleIsOn(f, options.now ?? Date.now(), options.dateOrder);
  if (typeof saleOn === 'object') notes.push({ row: record.row, field: 'sale_price_effective_date', why: `${saleOn.why}; served at price, not sale_price` });
  const priceRaw = saleOn === true ? f.sale_price : f.price;
  let price = priceRaw ? readFeedPrice(priceRaw, options.currency, options.decimalMark) : { why: 'missing' };
  // A "sale" price no lower than the price is no sale (Google refuses such an item): main served its higher price.
  // A sale price that cannot be read (or reads zero) leaves the row its price: served at it, with a note.
  const regular = saleOn === true && f.price ? readFeedPrice(f.price, options.currency, options.decimalMark) : undefined;
  if (regular !== undefined && 'amountMinor' in regular) {
    if ('why' in price) {
      notes.push({ row: record.row, field: 'sale_price', why: `${price.why}; served at price "${f.price!.slice(0, 30)}"` });
      price = regular;
    } else if (price.amountMinor >= regular.amountMinor) {
      notes.push({ row: record.row, field: 'sale_price', why: `"${f.sale_price!.slice(0, 30)}" is not below the price "${f.price!.slice(0, 30)}"; served at price` });
      price = regular;
    }
  }
  if ('why' in price) problem(saleOn === true ? 'sale_price' : 'price', price.why);
  const category = categoryOf(f, taxonomy, options.defaultCategory, options.currency, options.titleNamesCategory === true);
  const categoryField = f.google_product_category === undefined && f.product_type !== undefined ? 'product_type' : 'google_product_category';
  if ('why' in category) problem(categoryField, category.why);
  else if (category.note !== undefined) notes.push({ row: record.row, field: categoryField, why: category.note });
  // An availability that cannot be read serves the offer as out of stock, with a note: stock is never claimed unread.
  const availability = f.availability === undefined ? 'in_stock' : readFeedAvailability(f.availability) ?? 'unread';
  if (availability === 'unread') notes.push({ row: record.row, field: 'availability', why: `"${f.availability!.slice(0, 80)}" is not one of ${AVAILABILITY.join(', ')} (nor a shop's words for them, or a delivery time); served as out of stock` });
  let gtin: string | undefined;
  if (f.gtin && SCIENTIFIC.test(f.gtin.trim())) {
    // A spreadsheet showed the number as "4,00638E+12" and saved it so: its last digits are gone, not wrong.
    notes.push({ row: record.row, field: 'gtin', why: `"${f.gtin.slice(0, 30)}" is a GTIN a spreadsheet saved in scientific notation, its digits lost; served without a GTIN (format the column as text before saving)` });
  } else if (f.gtin) {
    // A field listing several codes ("4004250998878;0400425099885") names the product by its first.
    const digits = (f.gtin.split(/[;,|]/).find((code) => code.trim() !== '') ?? '').replace(/[\s-]/g, '');
    if (!/^\d{8,14}$/.test(digits) || !isValidGtin(digits)) problem('gtin', `"${f.gtin}" is not a valid GTIN (8–14 digits with a correct check digit)`);
    else gtin = digits;
  }
  const attributes: Record<string, AttributeValue> = {};
  for (const [name, values] of Object.entries(ENUMS)) {
    const raw = f[name];
    if (raw === undefined) continue;
    // In Merchant words or the shop's ("Damen", "Neu"); a gender column saying "Kinder" states the age group.
    const read = readFeedEnum(name, raw);
    if (read === undefined) problem(name, `"${raw}" is not one of ${values.join(', ')}`);
    else if (f[read.field] === undefined || read.field === name) attributes[read.field] ??= read.value;
  }
  if (f.brand) attributes.brand = f.brand.slice(0, 200);
  if (f.multipack) {
    const pack = Number(f.multipack);
    if (!Number.isInteger(pack) || pack < 1) problem('multipack', `"${f.multipack}" is not a whole number of items`);
    else attributes.pack_size = pack;
  }
  for (const [name, raw] of Object.entries(f)) {
    if (NOT_ATTRIBUTES.has(name) || name in ENUMS || !AttributeNameSchema.safeParse(name).success) continue;
    if (Object.keys(attributes).length >= PROTOCOL_LIMITS.maxAttributes) break;
    // size_system is stated as written ("UK"): a UK 11 is no EU 11, and the buyer is told which it is.
    attributes[name] = name === 'color' || name === 'size' || name === 'material' || name === 'mpn' ? raw.slice(0, 200) : name === 'size_system' ? raw.trim().toUpperCase().slice(0, 20) : typedValue(raw);
  }
  let stock = options.defaultStock;
  let quantityField: string | undefined;
  for (const name of QUANTITY_FIELDS) if (quantityField === undefined && f[name] !== undefined) quantityField = name;
  const stated = quantityField === undefined ? undefined : f[quantityField];
  if (stated !== undefined) {
    const n = Number(stated);
    if (!Number.isInteger(n)) problem(quantityField!, `"${stated}" is not a whole number`);
    else if (n < 0) {
      // Sold beyond stock (a till counts down past zero): none left to sell.
      notes.push({ row: record.row, field: quantityField!, why: `"${stated}": sold beyond stock; served as out of stock` });
      stock = 0;
    } else stock = n;
  }
  if (availability !== 'in_stock') stock = 0;
  const handling = Number(f.max_handling_time);
  const transit = Number(f.max_transit_time);
  const statedDelivery = f.delivery_days !== undefined ? Number(f.delivery_days) : Number.isFinite(handling) && Number.isFinite(transit) ? handling + transit : NaN;
  const deliveryDays = Number.isInteger(statedDelivery) && statedDelivery >= 0 && statedDelivery <= 365 ? statedDelivery : options.deliveryDays;
  const shipping = shippingFor(f.shipping, (options.shippingCountry ?? 'FR').toUpperCase(), options.currency, options.decimalMark);
  if (shipping && 'why' in shipping) problem('shipping', shipping.why);
  if (issues.length > 0 || 'why' in price || 'why' in category || (shipping && 'why' in shipping)) return { ok: false, issues };
  // Offers state delivered prices: the row's shipping to the shop's country is part of the price.
  const delivered = price.amountMinor + (shipping && 'amountMinor' in shipping ? shipping.amountMinor : 0);
  const claims: Claim[] = Object.entries(attributes)
    .filter(([name]) => name !== 'brand' && name !== 'mpn')
    .slice(0, PROTOCOL_LIMITS.maxClaims)
    .map(([attribute, asserted]) => ({ attribute, asserted }));
  return {
    ok: true,
    notes,
    entry: {
      product: {
        sku,
        ...(gtin ? { gtin } : {}),
        title: f.title!.slice(0, 300),
        ...(f.brand ? { maker: f.brand.slice(0, 120) } : {}),
        category: category.category,
        attributes,
      },
      price: { amountMinor: delivered, currency: options.currency },
      stock,
      terms: { deliveryDays, returnDays: options.returnDays, warrantyMonths: options.warrantyMonths },
      claims,
    },
  };
}

/**
 * A shoe entry with its size in the butler's words — size_eu, and size_cm when the row wrote a foot length (see
 * `shoeSizeOf`) — each stated and claimed unless the row already states it. The size is read from the row's fields as
 * written, never from the entry, so applying it again changes nothing: a size is converted once.
 */
export function withShoeSize(entry: CatalogEntry, fields: Readonly<Record<string, string>>, scale: ShoeSizeScale): { entry: CatalogEntry; size?: ShoeSizeReading } {
  const size = shoeSizeOf(fields, scale);
  if (size === undefined) return { entry };
  const attributes: Record<string, AttributeValue> = { ...entry.product.attributes };
  const claims: Claim[] = [...(entry.claims ?? [])];
  const state = (name: string, value: number) => {
    if (attributes[name] !== undefined || Object.keys(attributes).length >= PROTOCOL_LIMITS.maxAttributes) return;
    attributes[name] = value;
    if (claims.length < PROTOCOL_LIMITS.maxClaims) claims.push({ attribute: name, asserted: value });
  };
  state('size_eu', size.sizeEu);
  if (size.sizeCm !== undefined) state('size_cm', size.sizeCm);
  return { entry: { ...entry, product: { ...entry.product, attributes }, claims }, size };
}

/**
 * Turns one feed row into a catalog entry that states only what the row says: attributes from its fields, one claim
 * per stated attribute (no evidence is invented), its price, stock and delivery times, and a shoe's size in the
 * butler's words (`withShoeSize`, in the `shoeSizeScale` given); every problem is reported by field.
 */
export function feedEntryOf(record: FeedRecord, taxonomy: GoogleTaxonomy, options: FeedEntryOptions): FeedEntryResult {
  const result = feedRowEntryOf(record, taxonomy, options);
  if (!result.ok || !isShoeCategory(result.entry.product.category, taxonomy)) return result;
  return { ...result, entry: withShoeSize(result.entry, record.fields, options.shoeSizeScale ?? 'eu').entry };
}

/** True when a currency code is well formed (the feed's currency is checked once, up front). */
export function isCurrencyCode(code: string): boolean {
  return CurrencySchema.safeParse(code).success;
}
