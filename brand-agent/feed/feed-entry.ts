import {
  AttributeNameSchema,
  CurrencySchema,
  PROTOCOL_LIMITS,
  parseAmountMinor,
  type AttributeValue,
  type Claim,
  type GoogleTaxonomy,
} from '../../protocol/index.ts';
import type { CatalogEntry } from '../definition.ts';
import { isValidGtin } from '../reference/index.ts';
import type { FeedIssue, FeedRecord } from './feed-error.ts';

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
  /** Country whose `shipping` price is added to the offer price (offers are delivered prices); default FR. */
  readonly shippingCountry?: string;
}

/** Merchant Center fields that are not product attributes (identity, links, pricing, logistics, labels). */
const NOT_ATTRIBUTES = new Set([
  'id', 'title', 'description', 'link', 'mobile_link', 'image_link', 'additional_image_link', 'price', 'sale_price',
  'sale_price_effective_date', 'availability', 'availability_date', 'google_product_category', 'product_type', 'shipping',
  'shipping_label', 'shipping_weight', 'item_group_id', 'identifier_exists', 'quantity', 'stock', 'sell_on_google_quantity',
  'delivery_days', 'min_handling_time', 'max_handling_time', 'min_transit_time', 'max_transit_time', 'return_days',
  'warranty_months', 'is_bundle', 'adult', 'excluded_destination', 'included_destination', 'tax', 'expiration_date',
  'custom_label_0', 'custom_label_1', 'custom_label_2', 'custom_label_3', 'custom_label_4', 'ads_redirect', 'updated',
  'published', 'summary', 'content', 'author', 'guid', 'pubdate', 'size_type', 'size_system', 'unit_pricing_measure',
  'unit_pricing_base_measure', 'energy_efficiency_class', 'multipack', 'brand', 'gtin',
]);
const ENUMS: Record<string, readonly string[]> = {
  condition: ['new', 'refurbished', 'used'],
  gender: ['male', 'female', 'unisex'],
  age_group: ['newborn', 'infant', 'toddler', 'kids', 'adult'],
};
const AVAILABILITY = ['in_stock', 'out_of_stock', 'preorder', 'backorder'];

/** True when a field name is a Merchant Center field with its own meaning (price, shipping, gtin…), not a product attribute. */
export function isMerchantFieldName(name: string): boolean {
  return NOT_ATTRIBUTES.has(name);
}

/** A product row as a catalog entry, or the issues that keep it out. */
export type FeedEntryResult = { ok: true; entry: CatalogEntry } | { ok: false; issues: FeedIssue[] };

function typedValue(raw: string): AttributeValue {
  const lower = raw.toLowerCase();
  if (lower === 'true' || lower === 'yes') return true;
  if (lower === 'false' || lower === 'no') return false;
  if (/^-?\d+(\.\d+)?$/.test(raw) && raw.length < 16) return Number(raw);
  return raw.slice(0, 200);
}

/** "15.00 EUR", "EUR 15.00", "15,00 €" or a bare "15.00" (the feed's currency) → minor units, or why not. */
function parsePrice(raw: string, currency: string): { amountMinor: number } | { why: string } {
  const text = raw.replace('€', ' EUR').replace('$', ' USD').replace('£', ' GBP').trim();
  const code = /\b([A-Z]{3})\b/.exec(text)?.[1];
  if (code && code !== currency) return { why: `"${raw}" is in ${code}; this feed is served in ${currency}` };
  const amount = text.replace(/\b[A-Z]{3}\b/, '').trim();
  const minor = parseAmountMinor(amount, currency);
  if (minor === undefined) return { why: `"${raw}" is not a price (write it like "15.00 ${currency}")` };
  if (minor === 0) return { why: 'a price of zero cannot be offered' };
  return { amountMinor: minor };
}

/**
 * The delivery price a row's `shipping` field states for a country: Merchant Center writes one or more
 * "country:region:service:price" groups (comma-separated); a group without a country applies everywhere.
 */
function shippingFor(raw: string | undefined, country: string, currency: string): { amountMinor: number } | { why: string } | undefined {
  if (raw === undefined) return undefined;
  const groups = raw.split(',').map((g) => g.split(':').map((p) => p.trim()));
  const match = groups.find((g) => g[0]?.toUpperCase() === country) ?? groups.find((g) => !g[0]);
  if (!match) return undefined;
  const price = match[match.length - 1] ?? '';
  if (/^0+([.,]0+)?(\s*[A-Z]{3})?$/.test(price)) return { amountMinor: 0 };
  return parsePrice(price, currency);
}

function categoryOf(raw: string | undefined, taxonomy: GoogleTaxonomy, fallback: string | undefined): { category: string } | { why: string } {
  if (raw === undefined) return fallback ? { category: fallback } : { why: 'missing; give the Google product category id or path (or --category)' };
  if (/^\d+$/.test(raw)) return taxonomy.has(raw) ? { category: raw } : { why: `${raw} is not a Google product taxonomy id` };
  const id = taxonomy.idOfPath(raw);
  return id ? { category: id } : { why: `"${raw.slice(0, 80)}" is not a Google product taxonomy path` };
}

/** The sku for a feed id: the id itself when it is a valid protocol id, else its letters and digits joined by "-". */
export function skuOfFeedId(id: string): string {
  return id.replace(/[^A-Za-z0-9._:-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 128);
}

/**
 * Turns one feed row into a catalog entry that states only what the row says: attributes from its fields, one claim
 * per stated attribute (no evidence is invented), its price, stock and delivery times; every problem is reported by field.
 */
export function feedEntryOf(record: FeedRecord, taxonomy: GoogleTaxonomy, options: FeedEntryOptions): FeedEntryResult {
  const f = record.fields;
  const issues: FeedIssue[] = [];
  const problem = (field: string, why: string) => issues.push({ row: record.row, field, why });
  const sku = f.id ? skuOfFeedId(f.id) : '';
  if (!f.id) problem('id', 'missing');
  else if (sku === '') problem('id', `"${f.id}" has no letter or digit`);
  if (!f.title) problem('title', 'missing');
  const priceRaw = f.sale_price ?? f.price;
  const price = priceRaw ? parsePrice(priceRaw, options.currency) : { why: 'missing' };
  if ('why' in price) problem(f.sale_price ? 'sale_price' : 'price', price.why);
  const category = categoryOf(f.google_product_category, taxonomy, options.defaultCategory);
  if ('why' in category) problem('google_product_category', category.why);
  const availability = (f.availability ?? 'in_stock').toLowerCase().replace(/\s+/g, '_');
  if (!AVAILABILITY.includes(availability)) problem('availability', `"${f.availability}" is not one of ${AVAILABILITY.join(', ')}`);
  let gtin: string | undefined;
  if (f.gtin) {
    const digits = f.gtin.replace(/[\s-]/g, '');
    if (!/^\d{8,14}$/.test(digits) || !isValidGtin(digits)) problem('gtin', `"${f.gtin}" is not a valid GTIN (8–14 digits with a correct check digit)`);
    else gtin = digits;
  }
  const attributes: Record<string, AttributeValue> = {};
  for (const [name, values] of Object.entries(ENUMS)) {
    const raw = f[name]?.toLowerCase();
    if (raw === undefined) continue;
    if (!values.includes(raw)) problem(name, `"${f[name]}" is not one of ${values.join(', ')}`);
    else attributes[name] = raw;
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
    attributes[name] = name === 'color' || name === 'size' || name === 'material' || name === 'mpn' ? raw.slice(0, 200) : typedValue(raw);
  }
  let stock = options.defaultStock;
  const stated = f.quantity ?? f.stock;
  if (stated !== undefined) {
    const n = Number(stated);
    if (!Number.isInteger(n) || n < 0) problem(f.quantity !== undefined ? 'quantity' : 'stock', `"${stated}" is not a whole number`);
    else stock = n;
  }
  if (availability !== 'in_stock') stock = 0;
  const handling = Number(f.max_handling_time);
  const transit = Number(f.max_transit_time);
  const statedDelivery = f.delivery_days !== undefined ? Number(f.delivery_days) : Number.isFinite(handling) && Number.isFinite(transit) ? handling + transit : NaN;
  const deliveryDays = Number.isInteger(statedDelivery) && statedDelivery >= 0 && statedDelivery <= 365 ? statedDelivery : options.deliveryDays;
  const shipping = shippingFor(f.shipping, (options.shippingCountry ?? 'FR').toUpperCase(), options.currency);
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

/** True when a currency code is well formed (the feed's currency is checked once, up front). */
export function isCurrencyCode(code: string): boolean {
  return CurrencySchema.safeParse(code).success;
}
