import type { FeedIssue } from './feed-error.ts';
import type { ShopExport, ShopProduct } from './shop-product.ts';
import { weightInKg } from './kg-per-unit.ts';

type Json = Record<string, unknown>;

const MAX_DEPTH = 24;
const MAX_PROPERTIES = 64;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function listOf(value: unknown): unknown[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

/** Schema.org type names of a node, without their vocabulary prefix ("http://schema.org/Product", "schema:Product" → "Product"). */
function typesOf(node: Json): string[] {
  return listOf(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*[/:#]/, ''));
}

/** A value as text: a string or number, a node's `name`, a `@value`, or the first such element of a list. */
function textOf(value: unknown, depth = 0): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  if (depth > 3) return undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const t = textOf(v, depth + 1);
      if (t !== undefined) return t;
    }
    return undefined;
  }
  if (isObject(value)) return textOf(value['@value'] ?? value.name, depth + 1);
  return undefined;
}

/** A schema.org enumeration member's local name: "https://schema.org/InStock" → "InStock". */
function memberOf(value: unknown): string | undefined {
  return textOf(isObject(value) ? (value['@id'] ?? value.name) : value)?.replace(/^.*[/:#]/, '');
}

const AVAILABILITY: Record<string, string> = {
  InStock: 'in_stock', LimitedAvailability: 'in_stock', OnlineOnly: 'in_stock', InStoreOnly: 'out_of_stock', OutOfStock: 'out_of_stock',
  SoldOut: 'out_of_stock', Discontinued: 'out_of_stock', PreOrder: 'preorder', PreSale: 'preorder', BackOrder: 'backorder',
};
const CONDITION: Record<string, string> = { NewCondition: 'new', UsedCondition: 'used', RefurbishedCondition: 'refurbished' };
/** UN/CEFACT unit codes (and the symbols people write) as the suffix an attribute name carries. */
const UNITS: Record<string, string> = {
  cmt: 'cm', mmt: 'mm', mtr: 'm', kgm: 'kg', grm: 'g', ltr: 'l', mlt: 'ml', inh: 'in', lbr: 'lb', onz: 'oz', wtt: 'w', vlt: 'v',
  cm: 'cm', mm: 'mm', m: 'm', kg: 'kg', g: 'g', l: 'l', ml: 'ml', in: 'in', lb: 'lb', oz: 'oz', w: 'w', v: 'v', mah: 'mah',
};

function unitOf(node: Json): string | undefined {
  const raw = textOf(node.unitCode) ?? textOf(node.unitText);
  return raw === undefined ? undefined : UNITS[raw.toLowerCase()];
}

/** A QuantitativeValue ({ value, unitCode }) or "1.2 kg" as kg; undefined when no weight unit is stated. */
function weightKg(value: unknown): number | undefined {
  let amount: number;
  let unit: string | undefined;
  if (isObject(value)) {
    amount = Number(textOf(value.value));
    unit = unitOf(value);
  } else {
    const match = /^\s*(\d+(?:[.,]\d+)?)\s*([a-zA-Z]+)\s*$/.exec(textOf(value) ?? '');
    amount = Number(match?.[1]?.replace(',', '.'));
    unit = match ? UNITS[match[2]!.toLowerCase()] : undefined;
  }
  return unit === undefined ? undefined : weightInKg(amount, unit);
}

/** One Product node as found, with the ProductGroup it is a variant of (whose facts it inherits). */
interface FoundProduct {
  readonly node: Json;
  readonly group?: Json;
}

/** Every Product in a JSON-LD value, in document order: inside ItemLists, @graph, WebPage.mainEntity…, and each ProductGroup variant. */
function collectProducts(value: unknown, out: FoundProduct[], limit: number, depth = 0): boolean {
  if (out.length >= limit) return true;
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    for (const v of value) if (collectProducts(v, out, limit, depth + 1)) return true;
    return false;
  }
  if (!isObject(value)) return false;
  const types = typesOf(value);
  if (types.includes('ProductGroup')) {
    const variants = listOf(value.hasVariant).filter(isObject);
    if (variants.length === 0) out.push({ node: value });
    for (const variant of variants) {
      if (out.length >= limit) return true;
      out.push({ node: variant, group: value });
    }
    return out.length >= limit;
  }
  if (types.includes('Product') || types.includes('IndividualProduct')) {
    out.push({ node: value });
    return out.length >= limit;
  }
  for (const [key, v] of Object.entries(value)) {
    if (key !== '@context' && collectProducts(v, out, limit, depth + 1)) return true;
  }
  return false;
}

interface OfferFacts {
  readonly sku?: string;
  readonly name?: string;
  readonly price?: string;
  readonly availability?: string;
  readonly quantity?: string;
  readonly condition?: string;
}

function factsOf(offer: Json): OfferFacts {
  const specification = listOf(offer.priceSpecification).find((s) => isObject(s) && s.price !== undefined) as Json | undefined;
  const amount = textOf(offer.price) ?? textOf(specification?.price);
  const currency = textOf(offer.priceCurrency) ?? textOf(specification?.priceCurrency);
  const availability = memberOf(offer.availability);
  const level = offer.inventoryLevel;
  const quantity = isObject(level) ? textOf(level.value) : textOf(level);
  const sku = textOf(offer.sku);
  const name = textOf(offer.name);
  const condition = memberOf(offer.itemCondition);
  return {
    ...(sku ? { sku } : {}),
    ...(name ? { name } : {}),
    ...(amount ? { price: currency ? `${amount} ${currency.toUpperCase()}` : amount } : {}),
    ...(availability ? { availability: AVAILABILITY[availability] ?? availability } : {}),
    ...(quantity ? { quantity } : {}),
    ...(condition ? { condition } : {}),
  };
}

/** A product's offers as the facts of each item sold: one, one per variant sku, or why no single price can be stated. */
function offersOf(value: unknown): { offers: OfferFacts[]; perSku: boolean } | { why: string } {
  const offers: OfferFacts[] = [];
  for (const offer of listOf(value).filter(isObject)) {
    if (!typesOf(offer).includes('AggregateOffer')) {
      offers.push(factsOf(offer));
      continue;
    }
    const inner = listOf(offer.offers).filter(isObject);
    if (inner.length > 0) {
      offers.push(...inner.map(factsOf));
      continue;
    }
    const low = textOf(offer.lowPrice) ?? textOf(offer.price);
    const high = textOf(offer.highPrice);
    if (low === undefined) return { why: 'an AggregateOffer without lowPrice states no price' };
    if (high !== undefined && Number(high) !== Number(low)) {
      return { why: `a price range (lowPrice ${low}, highPrice ${high}) does not say what one item costs; list one Offer (with its sku) per variant` };
    }
    offers.push(factsOf({ ...offer, price: low }));
  }
  if (offers.length === 0) return { why: 'missing; a product without an Offer states no price' };
  if (offers.length === 1) return { offers, perSku: false };
  const skus = new Set(offers.map((o) => o.sku));
  if (!skus.has(undefined) && skus.size === offers.length) return { offers, perSku: true };
  if (new Set(offers.map((o) => o.price)).size === 1) return { offers: [offers.find((o) => o.availability === 'in_stock') ?? offers[0]!], perSku: false };
  return { why: `${offers.length} offers at different prices without a sku each: which one is this product's price?` };
}

const GTIN_KEYS = ['gtin14', 'gtin13', 'gtin12', 'gtin8', 'gtin'] as const;

/** The names of a BreadcrumbList's items in position order ("Luminaires", "Lampes"). */
function breadcrumbNames(node: Json): string[] {
  return listOf(node.itemListElement)
    .filter(isObject)
    .map((item, index) => ({ position: Number(item.position ?? index + 1), name: textOf(item.name) ?? (isObject(item.item) ? textOf(item.item.name) : undefined) }))
    .sort((a, b) => a.position - b.position)
    .map((item) => item.name)
    .filter((name): name is string => name !== undefined);
}

/** Every BreadcrumbList in the documents (bounded like the product search). */
function collectBreadcrumbs(value: unknown, out: string[][], depth = 0): void {
  if (depth > MAX_DEPTH || out.length > 8) return;
  if (Array.isArray(value)) for (const v of value) collectBreadcrumbs(v, out, depth + 1);
  else if (isObject(value)) {
    if (typesOf(value).includes('BreadcrumbList')) out.push(breadcrumbNames(value));
    else for (const [key, v] of Object.entries(value)) if (key !== '@context') collectBreadcrumbs(v, out, depth + 1);
  }
}

/** Every node with an @id, so a reference ({ "@id": "#offer" }, as @graph documents write them) can be followed. */
function indexNodes(value: unknown, index: Map<string, Json>, depth = 0): void {
  if (depth > MAX_DEPTH || index.size >= 10_000) return;
  if (Array.isArray(value)) for (const v of value) indexNodes(v, index, depth + 1);
  else if (isObject(value)) {
    const id = value['@id'];
    if (typeof id === 'string' && Object.keys(value).length > 1 && !index.has(id)) index.set(id, value);
    for (const [key, v] of Object.entries(value)) if (key !== '@context') indexNodes(v, index, depth + 1);
  }
}

/** A value with its bare references ({ "@id": … } alone) replaced by the nodes they name, one level deep. */
function resolved(value: unknown, index: ReadonlyMap<string, Json>): unknown {
  const follow = (v: unknown): unknown => (isObject(v) && typeof v['@id'] === 'string' && Object.keys(v).length === 1 ? (index.get(v['@id']) ?? v) : v);
  return Array.isArray(value) ? value.map(follow) : follow(value);
}

/** The last segment of a product's URL or @id, as an id when it states no sku ("https://shop.test/p/oak-stool" → "oak-stool"). */
function slugOf(value: unknown): string | undefined {
  const url = textOf(value);
  if (url === undefined) return undefined;
  // Trailing slashes are counted off, not matched by /\/+$/, which went back over every run of slashes (quadratic).
  let end = url.search(/[?#]/);
  if (end < 0) end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  const path = url.slice(0, end);
  const slug = path.slice(path.lastIndexOf('/') + 1);
  return slug !== '' && !/^https?:$/.test(slug) ? slug : undefined;
}

/**
 * Reads schema.org `Product`s from JSON-LD documents (a JSON-LD file, or the blocks of an HTML page): each Product (in
 * an ItemList, a @graph, a page's mainEntity…) and each variant of a ProductGroup, with its `offers` (an Offer, one
 * Offer per variant sku, or an AggregateOffer only when it states a single price), priceCurrency, availability,
 * inventoryLevel, sku, gtin13/gtin…, brand, color, size, material, pattern, weight, itemCondition, additionalProperty
 * PropertyValues (a stated unit becomes part of the name: frame_size_cm) and its `category` words (on a page with one
 * product and one BreadcrumbList, the breadcrumb when the product states none). Without sku, productID, mpn or GTIN, the
 * last segment of its url is its id. Products are numbered in document order for problem reports.
 */
export function parseSchemaOrgProducts(documents: readonly unknown[], maxRows: number): ShopExport {
  const found: FoundProduct[] = [];
  const byId = new Map<string, Json>();
  for (const document of documents) indexNodes(document, byId);
  const issues: FeedIssue[] = [];
  let full = false;
  for (const document of documents) if (!full) full = collectProducts(document, found, maxRows);
  if (full) issues.push({ row: maxRows + 1, field: '(file)', why: `only the first ${maxRows} products are read (the row limit)` });
  // A product page's one BreadcrumbList is the shop's category path for its one product, when the product states none.
  const breadcrumbs: string[][] = [];
  if (found.length === 1) for (const document of documents) collectBreadcrumbs(document, breadcrumbs);
  const pageCategory = breadcrumbs.length === 1 ? breadcrumbs[0]! : undefined;
  const products: ShopProduct[] = [];
  let overLimit = false;
  found.forEach(({ node, group }, index) => {
    const row = index + 1;
    if (products.length >= maxRows) {
      overLimit = true;
      return;
    }
    const get = (key: string): unknown => node[key] ?? group?.[key];
    const offers = offersOf(resolved(node.offers ?? group?.offers, byId));
    if ('why' in offers) {
      issues.push({ row, field: 'offers', why: offers.why });
      return;
    }
    const title = textOf(get('name'));
    const fields: Record<string, string> = {};
    const fieldNames: Record<string, string> = { id: 'sku', title: 'name', price: 'offers.price', availability: 'offers.availability', quantity: 'offers.inventoryLevel', brand: 'brand', category: 'category', condition: 'itemCondition' };
    const brand = textOf(resolved(get('brand'), byId));
    if (brand) fields.brand = brand;
    for (const key of GTIN_KEYS) {
      const raw = textOf(node[key]);
      if (raw === undefined) continue;
      // A GS1 Digital Link URL carries the GTIN after /01/.
      fields.gtin = /\/01\/(\d{8,14})\b/.exec(raw)?.[1] ?? raw;
      fieldNames.gtin = key;
      break;
    }
    const attributes: Record<string, string> = {};
    for (const key of ['color', 'size', 'material', 'pattern']) {
      const value = textOf(get(key));
      if (value !== undefined) attributes[key] = value;
    }
    const kg = weightKg(get('weight'));
    if (kg !== undefined) attributes.weight_kg = String(kg);
    const properties = [...listOf(node.additionalProperty), ...(group ? listOf(group.additionalProperty) : [])].filter(isObject).slice(0, MAX_PROPERTIES);
    for (const property of properties) {
      const name = textOf(property.name) ?? textOf(property.propertyID);
      const value = textOf(property.value);
      if (name === undefined || value === undefined) continue;
      const unit = unitOf(property);
      const key = unit !== undefined && !name.toLowerCase().endsWith(unit) ? `${name} ${unit}` : name;
      if (!(key in attributes)) {
        attributes[key] = value;
        fieldNames[`attribute:${key}`] = `additionalProperty "${name}"`;
      }
    }
    let categories = listOf(get('category')).map((c) => textOf(c)).filter((c): c is string => c !== undefined);
    if (categories.length === 0 && pageCategory !== undefined) {
      const path = pageCategory.at(-1) === title ? pageCategory.slice(0, -1) : pageCategory;
      if (path.length > 0) {
        categories = [path.join(' > ')];
        fieldNames.category = 'BreadcrumbList';
      }
    }
    const productSku = textOf(get('sku')) ?? textOf(node.productID) ?? textOf(node.mpn);
    const productCondition = memberOf(get('itemCondition'));
    for (const offer of offers.offers) {
      // The row limit counts items sold: a product with one Offer per variant sku is that many rows.
      if (products.length >= maxRows) {
        overLimit = true;
        return;
      }
      const one: Record<string, string> = { ...fields };
      const id = offers.perSku ? offer.sku : (productSku ?? offer.sku ?? fields.gtin ?? slugOf(node.url ?? node['@id']));
      if (id) one.id = id;
      if (title) one.title = offers.perSku ? `${title} (${offer.name && offer.name !== title ? offer.name : offer.sku})` : title;
      if (offer.price) one.price = offer.price;
      if (offer.availability) one.availability = offer.availability;
      if (offer.quantity) one.quantity = offer.quantity;
      const condition = offer.condition ?? productCondition;
      if (condition !== undefined && CONDITION[condition]) one.condition = CONDITION[condition];
      products.push({ row, fields: one, attributes, categories, fieldNames: offers.perSku ? { ...fieldNames, id: 'offers.sku' } : fieldNames });
    }
  });
  if (overLimit && !full) issues.push({ row: maxRows + 1, field: '(file)', why: `only the first ${maxRows} products are read (the row limit)` });
  return { products, issues };
}
