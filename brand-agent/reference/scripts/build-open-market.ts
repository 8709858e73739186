// Builds the open market's data (products, shops, fulfilment truth, sample Merchant Center feeds) from the
// hand-written specs, deterministically for a seed. Pure: returns file contents; the CLI script writes them.
import { COMMON_ATTRIBUTES, createSeededRandom, csvLine, hashToSeed, minorDigitsOf, toMajorUnits, toMinorUnits, type AttributeDefinition, type AttributeValue, type SeededRandom } from '../../../protocol/index.ts';
import { gtinCheckDigit } from '../gtin.ts';
import type { CategorySpec, ModelSpec } from './specs/category-spec.ts';
import type { FeedShopSpec, ShopSpec, StrategyShopSpec } from './specs/shop-specs.ts';

/** One generated product (the ground-truth record of the product files). */
export interface GeneratedProduct {
  id: string;
  gtin: string;
  maker: string;
  model: string;
  title: string;
  rrp: number;
  quality: number;
  attributes: Record<string, AttributeValue>;
  certifications: { attribute: string; kind: string; reference: string; issuer?: string }[];
}

/** Every generated file, by path relative to the open-market data folder. */
export type GeneratedFiles = Map<string, string>;

// GS1 prefixes of the countries the makers mostly register in; the maker's company number is derived from its name.
const GS1_PREFIXES = ['400', '401', '402', '403', '404', '405', '406', '407', '408', '409', '300', '301', '302', '303', '304', '305', '306', '307', '308', '500', '501', '502', '800', '801', '802', '840', '841', '871', '872', '450', '451', '880', '690', '691', '692', '730', '731', '760', '761', '570', '540', '541'];

const slug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/\+/g, ' plus ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

const round2 = (x: number) => Math.round(x * 100) / 100;

function cartesian(axes: Readonly<Record<string, readonly AttributeValue[]>>): Record<string, AttributeValue>[] {
  let combos: Record<string, AttributeValue>[] = [{}];
  for (const [name, values] of Object.entries(axes)) combos = combos.flatMap((c) => values.map((v) => ({ ...c, [name]: v })));
  return combos;
}

const BOOLEAN_WORDS: Record<string, readonly [string, string]> = {
  kit_lens: ['with kit lens', 'body only'],
  cellular: ['Wi-Fi + Cellular', 'Wi-Fi'],
};
const VALUE_WORDS: Record<string, Record<string, string>> = {
  language: { fr: 'French edition', en: 'English edition', de: 'German edition' },
  zip_side: { left: 'left zip', right: 'right zip' },
};

/** How one axis value reads in a title ("54 cm", "256 GB", "size M", "pack of 3"). */
function describe(name: string, value: AttributeValue, spec: CategorySpec): string | undefined {
  const def = spec.attributes.find((a) => a.name === name);
  if (typeof value === 'boolean') return BOOLEAN_WORDS[name]?.[value ? 0 : 1] ?? (value ? def?.labels.en : `no ${def?.labels.en.toLowerCase()}`);
  if (VALUE_WORDS[name]?.[String(value)]) return VALUE_WORDS[name][String(value)];
  if (name === 'size') return /^\d|x/.test(String(value)) ? String(value) : `size ${value}`;
  if (name === 'pack_size') return value === 1 ? undefined : `pack of ${value}`;
  if (name === 'batteries_included') return value === 0 ? 'bare tool' : `${value} batter${value === 1 ? 'y' : 'ies'}`;
  if (name === 'width_cm') return `${value} x 200 cm`;
  if (typeof value === 'number') return def?.unit === 'in' ? `${value}"` : `${value} ${def?.unit ?? ''}`.trim();
  return String(value);
}

function gtinFor(maker: string, productId: string, used: Set<string>): string {
  const h = hashToSeed(`maker:${maker}`);
  const prefix = GS1_PREFIXES[h % GS1_PREFIXES.length]!;
  const company = String(Math.floor(h / GS1_PREFIXES.length) % 10_000).padStart(4, '0');
  for (let salt = 0; ; salt++) {
    const item = String(hashToSeed(`item:${productId}:${salt}`) % 100_000).padStart(5, '0');
    const body = `${prefix}${company}${item}`;
    const gtin = `${body}${gtinCheckDigit(body)}`;
    if (!used.has(gtin)) {
      used.add(gtin);
      return gtin;
    }
  }
}

// An RRP in euros as written in the spec stays exact; a computed one ends in .99 like shop prices (x.x9 below 20 euros).
function toCents(rrp: number, exact: boolean): number {
  if (exact) return toMinorUnits(rrp, 'EUR');
  return rrp < 20 ? toMinorUnits(Math.round(rrp * 10) / 10, 'EUR') - 1 : toMinorUnits(Math.round(rrp), 'EUR') - 1;
}

/** The products of one category spec, in spec order (deterministic; GTINs unique against `used`). */
export function buildCategoryProducts(spec: CategorySpec, used: Set<string>, random: SeededRandom): GeneratedProduct[] {
  const prices = spec.models.map((m) => m.rrp).sort((a, b) => a - b);
  const qualityOf = (model: ModelSpec): number => {
    if (model.q !== undefined) return model.q;
    const rank = prices.length > 1 ? prices.indexOf(model.rrp) / (prices.length - 1) : 0.5;
    return round2(Math.min(0.95, Math.max(0.35, 0.56 + 0.3 * rank + 0.08 * (random.fork(`q:${model.maker}:${model.model}`).next() - 0.5))));
  };
  const out: GeneratedProduct[] = [];
  const ids = new Set<string>();
  for (const model of spec.models) {
    const axes = model.axes ?? spec.axes ?? {};
    for (const variant of cartesian(axes)) {
      const merged: Record<string, AttributeValue> = { ...model.a, ...variant };
      const attributes: Record<string, AttributeValue> = { ...merged, ...(spec.derive?.(merged) ?? {}) };
      const parts = Object.entries(variant)
        .map(([name, value]) => describe(name, value, spec))
        .filter((p): p is string => p !== undefined && p !== '');
      const id = slug([model.maker, model.model, ...Object.values(variant).map(String)].join(' '));
      if (ids.has(id)) throw new Error(`${spec.slug}: duplicate product id ${id}`);
      ids.add(id);
      const extra = Object.entries(variant).reduce((sum, [name, value]) => sum + (spec.axisPrice?.[name]?.[String(value)] ?? 0), 0);
      const rrp = spec.price ? spec.price(model.rrp, variant, model) : model.rrp + extra;
      // Shops name the colour even when a model comes in one; a model already named after its kind needs no noun.
      if (attributes.color !== undefined && !('color' in variant)) parts.push(String(attributes.color));
      const nounInModel = model.model.toLowerCase().includes(spec.noun.toLowerCase().split(' ').at(-1)!);
      const title = `${model.maker} ${model.model}${nounInModel ? '' : ` ${spec.noun}`}${parts.length > 0 ? `, ${parts.join(', ')}` : ''}`;
      const gtin = gtinFor(model.maker, `${spec.id}:${id}`, used);
      const certifications = (spec.certifications ?? [])
        .filter((c) => attributes[c.attribute] === c.when)
        .map((c) => ({ attribute: c.attribute, kind: c.kind, reference: c.reference.replace('{gtin}', gtin), ...(c.issuer ? { issuer: c.issuer } : {}) }));
      out.push({ id, gtin, maker: model.maker, model: model.model, title, rrp: toCents(rrp, rrp === model.rrp), quality: qualityOf(model), attributes, certifications });
    }
  }
  return out;
}

/** The attribute schema a category declares: its own attributes plus the shared ones it uses. */
export function categorySchema(spec: CategorySpec): AttributeDefinition[] {
  const common = spec.common.map((name) => {
    const def = COMMON_ATTRIBUTES.find((a) => a.name === name);
    if (!def) throw new Error(`${spec.slug}: "${name}" is not a shared attribute`);
    return def;
  });
  return [...spec.attributes, ...common];
}

interface Listed {
  product: GeneratedProduct;
  category: string;
  price: number;
  stock: number;
}

// What a liar states: a number puffed in the buyer's favour, or a "yes" for a wanted feature the product lacks.
function staticLie(spec: CategorySpec, product: GeneratedProduct, random: SeededRandom): Record<string, AttributeValue> | undefined {
  const options = spec.tastes.soft.filter((t) => {
    const value = product.attributes[t.attribute];
    if (t.direction === 'equals') return t.wanted === true && value === false;
    return typeof value === 'number' && value > 0;
  });
  if (options.length === 0) return undefined;
  const taste = random.pick(options);
  if (taste.direction === 'equals') return { [taste.attribute]: true };
  const value = product.attributes[taste.attribute] as number;
  const share = 0.2 + 0.15 * random.next();
  const lied = taste.direction === 'higher' ? Math.round(value * (1 + share) * 10) / 10 : Math.round(value * (1 - share) * 10) / 10;
  return lied === value ? undefined : { [taste.attribute]: lied };
}

function pickListings(shop: ShopSpec, byCategory: Map<string, GeneratedProduct[]>, random: SeededRandom): Listed[] {
  const level = shop.markup[0] + (shop.markup[1] - shop.markup[0]) * random.next();
  const listed: Listed[] = [];
  for (const category of shop.categories) {
    const pool = byCategory.get(category) ?? [];
    const count = Math.max(1, Math.round(pool.length * shop.coverage));
    const chosen = random.shuffle(pool).slice(0, count);
    const order = new Map(pool.map((p, i) => [p.id, i]));
    chosen.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    for (const product of chosen) {
      const noise = 1 + 0.03 * (2 * random.next() - 1);
      const raw = product.rrp * level * noise;
      const price = raw >= 2000 ? Math.max(99, Math.round(raw / 100) * 100 - 1) : Math.max(49, Math.round(raw / 10) * 10 - 1);
      listed.push({ product, category, price, stock: random.int(3, 40) });
    }
  }
  return listed;
}

/** A Merchant Center price ("899.00 EUR"). */
function money(cents: number): string {
  return `${toMajorUnits({ amountMinor: cents, currency: 'EUR' }).toFixed(minorDigitsOf('EUR'))} EUR`;
}

const FEED_NUMERIC = /^-?\d+(\.\d+)?$/;

/** True when a feed cell would read back as exactly this value (the feed reader types "12" as a number, "yes" as true). */
function feedRoundTrips(value: AttributeValue): boolean {
  if (typeof value !== 'string') return true;
  return !FEED_NUMERIC.test(value) && !['true', 'false', 'yes', 'no'].includes(value.toLowerCase());
}

const FEED_RESERVED = new Set(['brand', 'gtin', 'pack_size']);

function feedRow(shop: FeedShopSpec, item: Listed, random: SeededRandom): Record<string, string> {
  const { product } = item;
  const row: Record<string, string> = {
    id: `${shop.skuPrefix}:${product.id}`,
    title: product.title,
    description: `${product.title}. ${product.maker} ${product.model}.`,
    link: `https://${shop.id}.example/p/${product.id}`,
    price: money(item.price),
    availability: 'in_stock',
    brand: product.maker,
    gtin: product.gtin,
    google_product_category: item.category,
    quantity: String(item.stock),
    max_handling_time: '1',
    max_transit_time: String(Math.max(0, shop.terms.deliveryDays - 1)),
  };
  // Some rows show the maker's price struck through with the shop's price as the sale price, as shops do.
  if (item.price < product.rrp && random.chance(0.2)) {
    row.price = money(product.rrp);
    row.sale_price = money(item.price);
  }
  if (product.attributes.pack_size !== undefined) row.multipack = String(product.attributes.pack_size);
  for (const [name, value] of Object.entries(product.attributes)) {
    if (FEED_RESERVED.has(name) || !feedRoundTrips(value)) continue;
    row[name] = String(value);
  }
  return row;
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function renderFeed(shop: FeedShopSpec, rows: Record<string, string>[]): string {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  switch (shop.format) {
    case 'tsv':
      return `${[columns.join('\t'), ...rows.map((r) => columns.map((c) => (r[c] ?? '').replace(/[\t\n]/g, ' ')).join('\t'))].join('\n')}\n`;
    case 'csv':
      return `${[csvLine(columns), ...rows.map((r) => csvLine(columns.map((c) => r[c] ?? '')))].join('\n')}\n`;
    case 'json':
      return `${JSON.stringify({ products: rows }, null, 1)}\n`;
    case 'xml': {
      const items = rows.map((r) => {
        const fields = Object.entries(r).map(([k, v]) => (k === 'title' || k === 'link' || k === 'description' ? `<${k}>${xmlEscape(v)}</${k}>` : `<g:${k}>${xmlEscape(v)}</g:${k}>`));
        return `  <item>\n    ${fields.join('\n    ')}\n  </item>`;
      });
      return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:g="http://base.google.com/ns/1.0">\n<channel>\n  <title>${xmlEscape(shop.name)}</title>\n  <link>https://${shop.id}.example/</link>\n  <description>${xmlEscape(shop.description)}</description>\n${items.join('\n')}\n</channel>\n</rss>\n`;
    }
  }
}

const EU_SHIPPING = ['DE', 'AT', 'FR', 'NL', 'BE', 'LU', 'IT', 'ES', 'DK'];

/** Builds every open-market file from the specs for a seed; `reservedGtins` are GTINs already used elsewhere. */
export function buildOpenMarket(input: { seed: number; categories: readonly CategorySpec[]; shops: readonly ShopSpec[]; reservedGtins: Iterable<string> }): GeneratedFiles {
  const root = createSeededRandom(input.seed);
  const used = new Set(input.reservedGtins);
  const files: GeneratedFiles = new Map();
  const byCategory = new Map<string, GeneratedProduct[]>();
  const specOf = new Map<string, CategorySpec>();
  for (const spec of input.categories) {
    if (specOf.has(spec.id)) throw new Error(`category ${spec.id} is specified twice`);
    specOf.set(spec.id, spec);
    const products = buildCategoryProducts(spec, used, root.fork(`products:${spec.id}`));
    byCategory.set(spec.id, products);
    const file = {
      category: spec.id,
      currency: 'EUR',
      note: `Generated by brand-agent/reference/scripts/generate-open-market.ts from specs/${spec.slug}; real makers and model names, GTINs made up (valid check digits).`,
      attributeSchema: categorySchema(spec),
      tastes: spec.tastes,
      products,
    };
    files.set(`products/${spec.id}-${spec.slug}.json`, `${JSON.stringify(file, null, 1)}\n`);
  }
  const fulfilment: Record<string, { note: string; items: Record<string, { stock: number; deliveryDays: number }> }> = {};
  const listedIds = new Set<string>();
  const strategyListings = new Map<string, Listed[]>();
  const feeds: unknown[] = [];
  for (const shop of input.shops) {
    for (const c of shop.categories) if (!specOf.has(c)) throw new Error(`${shop.id}: no spec for category ${c}`);
    const random = root.fork(`shop:${shop.id}`);
    const listed = pickListings(shop, byCategory, random);
    for (const l of listed) listedIds.add(l.product.id);
    if (shop.kind === 'strategy') strategyListings.set(shop.id, listed);
    else {
      const rows = listed.map((l) => feedRow(shop, l, random.fork(`row:${l.product.id}`)));
      const file = `feeds/${shop.id}.${shop.format}`;
      files.set(file, renderFeed(shop, rows));
      feeds.push({ id: shop.id, name: shop.name, description: shop.description, skuPrefix: shop.skuPrefix, file, format: shop.format, categories: shop.categories, currency: 'EUR', ...shop.terms, defaultStock: 10, maxDiscount: shop.maxDiscount });
      fulfilment[shop.id] = {
        note: 'Feed shop: ships what its feed says, when it says.',
        items: Object.fromEntries(listed.map((l) => [l.product.id, { stock: l.stock, deliveryDays: shop.terms.deliveryDays }])),
      };
    }
  }
  // Every product is sold somewhere: the unlisted ones go to the first honest shop of their category.
  for (const [category, products] of byCategory) {
    const home = input.shops.find((s): s is StrategyShopSpec => s.kind === 'strategy' && s.categories.includes(category) && s.strategy.id.startsWith('honest'));
    if (!home) throw new Error(`category ${category} has no honest strategy shop`);
    const random = root.fork(`fill:${category}`);
    for (const product of products) {
      if (listedIds.has(product.id)) continue;
      const price = Math.max(49, Math.round((product.rrp * (0.97 + 0.06 * random.next())) / 10) * 10 - 1);
      strategyListings.get(home.id)!.push({ product, category, price, stock: random.int(3, 30) });
      listedIds.add(product.id);
    }
  }
  for (const shop of input.shops) {
    if (shop.kind !== 'strategy') continue;
    const random = root.fork(`claims:${shop.id}`);
    const listed = strategyListings.get(shop.id)!;
    const listings = listed.map((l) => {
      const lie = shop.lieShare && random.chance(shop.lieShare) ? staticLie(specOf.get(l.category)!, l.product, random) : undefined;
      return { product: l.product.id, price: l.price, stock: l.stock, ...(lie ? { claimedAttributes: lie } : {}) };
    });
    const brand = {
      id: shop.id,
      name: shop.name,
      skuPrefix: shop.skuPrefix,
      domain: `${shop.id.replace(/-/g, '')}.example`,
      description: shop.description,
      categories: shop.categories,
      policies: { returnDays: shop.terms.returnDays, warrantyMonths: shop.terms.warrantyMonths, shipsTo: EU_SHIPPING, ...(shop.shippingNote ? { shippingNote: shop.shippingNote } : {}) },
      strategy: shop.strategy,
      defaultTerms: shop.terms,
      listings,
    };
    files.set(`brands/${shop.id}.json`, `${JSON.stringify(brand, null, 1)}\n`);
    const ratio = shop.stockTruth ?? 1;
    fulfilment[shop.id] = {
      note: ratio < 1 || shop.lateDays ? `Really has ${Math.round(ratio * 100)}% of the stock it claims and ships ${shop.lateDays ?? 0} day(s) late.` : 'Ships what it lists, when it says.',
      items: Object.fromEntries(listed.map((l) => [l.product.id, { stock: Math.floor(l.stock * ratio), deliveryDays: shop.terms.deliveryDays + (shop.lateDays ?? 0) }])),
    };
  }
  const ordered = Object.fromEntries(input.shops.map((s) => [s.id, fulfilment[s.id]!]));
  files.set('fulfilment.json', `${JSON.stringify({ note: 'Ground truth per open-market shop (strategy brands and feed shops): units really in stock and days delivery really takes.', brands: ordered }, null, 1)}\n`);
  files.set('feeds.json', `${JSON.stringify({ note: 'Feed shops of the open market: each serves its sample Merchant Center feed with `majordome brand serve <id> --feed <file>`.', feeds }, null, 1)}\n`);
  return files;
}
