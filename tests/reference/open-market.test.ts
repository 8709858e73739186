import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  OPEN_MARKET_BRAND_IDS,
  OPEN_MARKET_DATA_DIR,
  REFERENCE_DATA_DIR,
  createReferenceBrand,
  isValidGtin,
  loadDemoMarket,
  loadReferenceMarket,
  readDemoMarket,
} from '../../brand-agent/reference/index.ts';
import { buildOpenMarket } from '../../brand-agent/reference/scripts/build-open-market.ts';
import { OPEN_MARKET_CATEGORY_SPECS, OPEN_MARKET_SEED, OPEN_MARKET_SHOP_SPECS } from '../../brand-agent/reference/scripts/open-market-inputs.ts';
import { CategoryAttributesSchema, isBuiltinCategory, loadGoogleTaxonomy, type AttributeValue } from '../../protocol/index.ts';

const market = loadDemoMarket();
const taxonomy = loadGoogleTaxonomy();
const openCategories = market.categories.filter((c) => !isBuiltinCategory(c));

function typeOk(type: string, value: AttributeValue, values?: readonly string[]): boolean {
  if (type === 'number') return typeof value === 'number' && Number.isFinite(value);
  if (type === 'boolean') return typeof value === 'boolean';
  if (type === 'enum') return typeof value === 'string' && (values ?? []).includes(value);
  return typeof value === 'string';
}

describe('the demo market looks like the real one', () => {
  it('has at least 30 Google taxonomy categories across at least 8 top-level branches, and at least 1,500 products', () => {
    expect(openCategories.length).toBeGreaterThanOrEqual(30);
    for (const c of openCategories) expect(taxonomy.has(c), c).toBe(true);
    const branches = new Set(openCategories.map((c) => taxonomy.lineageOf(c)[0]?.id));
    expect(branches.size).toBeGreaterThanOrEqual(8);
    expect(market.products.length).toBeGreaterThanOrEqual(1500);
    // Every open category has a real assortment, not a token product.
    for (const c of openCategories) expect(market.products.filter((p) => p.category === c).length, c).toBeGreaterThanOrEqual(10);
  });

  it('keeps the three built-in categories exactly as the reference market has them', () => {
    const core = loadReferenceMarket();
    expect(market.products.slice(0, core.products.length)).toEqual(core.products);
    for (const brand of core.brands) expect(market.catalogOf(brand.id)).toEqual(core.catalogOf(brand.id));
    expect(market.categories.slice(0, 3).sort()).toEqual(['coffee', 'headphones', 'running-shoes']);
  });

  it('gives every product a valid, unique GTIN-13 and attributes that fit its category schema', () => {
    const gtins = new Set<string>();
    for (const product of market.products) {
      expect(isValidGtin(product.gtin), product.productId).toBe(true);
      expect(gtins.has(product.gtin), product.gtin).toBe(false);
      gtins.add(product.gtin);
      if (isBuiltinCategory(product.category)) continue;
      const schema = market.attributeSchemaOf(product.category)!;
      expect(CategoryAttributesSchema.safeParse({ category: product.category, attributes: schema }).success).toBe(true);
      for (const [name, value] of Object.entries(product.attributes)) {
        const def = schema.find((a) => a.name === name);
        expect(def, `${product.productId}.${name}`).toBeDefined();
        expect(typeOk(def!.type, value, def!.values), `${product.productId}.${name} = ${value}`).toBe(true);
      }
      expect(product.maker.length).toBeGreaterThan(0);
      expect(product.title).toContain(product.maker);
      expect(product.quality).toBeGreaterThan(0);
    }
  });

  it('prices every product and listing in a realistic range around the maker’s RRP', () => {
    for (const product of market.products) {
      expect(product.rrp.currency).toBe('EUR');
      expect(product.rrp.amountMinor, product.productId).toBeGreaterThanOrEqual(200);
      expect(product.rrp.amountMinor, product.productId).toBeLessThanOrEqual(1_000_000);
    }
    const byId = new Map(market.products.map((p) => [p.productId, p]));
    for (const id of OPEN_MARKET_BRAND_IDS) {
      for (const listing of market.brand(id)!.listings) {
        const ratio = listing.price / byId.get(listing.product)!.rrp.amountMinor;
        expect(ratio, `${id} ${listing.product}`).toBeGreaterThan(0.8);
        expect(ratio, `${id} ${listing.product}`).toBeLessThan(1.15);
      }
    }
  });

  it('sells every product somewhere, with the same strategy mix as the built-in market', () => {
    for (const product of market.products) expect(market.truth.brandsSelling(product.productId).length, product.productId).toBeGreaterThan(0);
    const strategies = new Set(OPEN_MARKET_BRAND_IDS.map((id) => market.brand(id)!.strategy.id));
    expect([...strategies].sort()).toEqual(['bait-and-switch', 'deceptive', 'honest', 'honest-decliner', 'on-off', 'prompt-injector', 'pushy', 'whitewasher']);
    for (const category of openCategories) {
      const honest = OPEN_MARKET_BRAND_IDS.filter((id) => market.brand(id)!.categories.includes(category) && market.brand(id)!.strategy.id.startsWith('honest'));
      expect(honest.length, category).toBeGreaterThan(0);
    }
  });

  it('records dishonest shops’ lies as claims that differ from the truth, and their real stock and delays', () => {
    const liar = market.brand('aspiro-direct')!;
    const lies = liar.listings.filter((l) => l.claimedAttributes);
    expect(lies.length).toBeGreaterThan(0);
    for (const listing of lies) {
      const truth = market.truth.product(listing.product)!;
      for (const [name, value] of Object.entries(listing.claimedAttributes!)) expect(value).not.toEqual(truth.attributes[name]);
    }
    const listing = liar.listings[0]!;
    const fulfilment = market.truth.fulfilment('aspiro-direct', listing.product)!;
    expect(fulfilment.stock).toBeLessThan(listing.stock);
    expect(fulfilment.deliveryDays).toBeGreaterThan(liar.defaultTerms.deliveryDays);
    const honest = market.brand('pixel-hub')!.listings[0]!;
    expect(market.truth.fulfilment('pixel-hub', honest.product)).toEqual({ stock: honest.stock, deliveryDays: market.brand('pixel-hub')!.defaultTerms.deliveryDays });
  });

  it('serves open-market brands whose cards declare each category’s attribute schema', () => {
    for (const id of OPEN_MARKET_BRAND_IDS) {
      const card = createReferenceBrand(id).card;
      expect(card.attributeSchemas?.map((s) => s.category)).toEqual(card.categories);
      for (const entry of market.catalogOf(id)) {
        const schema = card.attributeSchemas!.find((s) => s.category === entry.product.category)!;
        for (const name of Object.keys(entry.product.attributes)) expect(schema.attributes.some((a) => a.name === name), `${id} ${name}`).toBe(true);
      }
    }
  });

  it('has the requests of issue 10 covered: road bikes under 500 €, cordless vacuums under 200 €, LEGO for a 10-year-old under 40 €', () => {
    const offered = (category: string, test: (a: Readonly<Record<string, AttributeValue>>, maker: string) => boolean, maxMinor: number) =>
      OPEN_MARKET_BRAND_IDS.flatMap((id) => market.catalogOf(id)).filter((e) => e.product.category === category && test(e.product.attributes, e.product.maker ?? '') && e.price.amountMinor <= maxMinor);
    expect(offered('1026', (a) => a.bike_type === 'road', 50_000).length).toBeGreaterThanOrEqual(3);
    expect(offered('619', (a) => a.cordless === true && a.vacuum_type === 'stick', 20_000).length).toBeGreaterThanOrEqual(3);
    expect(offered('3805', (a, maker) => maker === 'LEGO' && (a.min_age as number) <= 10, 4_000).length).toBeGreaterThanOrEqual(5);
  });

  it('is regenerated byte for byte from its specs and seed, and loads the same twice', () => {
    const core = ['running-shoes', 'headphones', 'coffee'].flatMap((f) => (JSON.parse(readFileSync(join(REFERENCE_DATA_DIR, 'products', `${f}.json`), 'utf8')) as { products: { gtin: string }[] }).products.map((p) => p.gtin));
    const files = buildOpenMarket({ seed: OPEN_MARKET_SEED, categories: OPEN_MARKET_CATEGORY_SPECS, shops: OPEN_MARKET_SHOP_SPECS, reservedGtins: core });
    for (const [path, text] of files) expect(readFileSync(join(OPEN_MARKET_DATA_DIR, path), 'utf8'), path).toBe(text);
    const again = readDemoMarket();
    expect(again.products).toEqual(market.products);
    expect(again.brands).toEqual(market.brands);
  });
});
