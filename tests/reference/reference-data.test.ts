import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  REFERENCE_BRAND_IDS,
  REFERENCE_DATA_DIR,
  STRATEGY_IDS,
  ReferenceMarketError,
  gtinCheckDigit,
  isValidGtin,
  listReferenceBrands,
  loadReferenceMarket,
  readReferenceMarket,
  groundTruthOf,
  productIdOfSku,
} from '../../brand-agent/reference/index.ts';
import { BUILTIN_CATEGORIES, violatedConstraints, type HardConstraint } from '../../protocol/index.ts';

describe('reference market data', () => {
  const market = loadReferenceMarket();

  it('has at least 10 brands, 3 categories and 120 products, 35 per category', () => {
    expect(market.brands.length).toBeGreaterThanOrEqual(10);
    expect(market.brands.map((b) => b.id)).toEqual([...REFERENCE_BRAND_IDS]);
    const categories = new Set(market.products.map((p) => p.category));
    expect([...categories].sort()).toEqual([...BUILTIN_CATEGORIES].sort());
    expect(market.products.length).toBeGreaterThanOrEqual(120);
    for (const category of BUILTIN_CATEGORIES) {
      expect(market.products.filter((p) => p.category === category).length, category).toBeGreaterThanOrEqual(35);
    }
  });

  it('covers every strategy with at least one brand (long-con, added for simulated markets, has none yet), and some brands sell two categories', () => {
    const strategies = new Set(listReferenceBrands().map((b) => b.strategy));
    expect([...strategies].sort()).toEqual(STRATEGY_IDS.filter((s) => s !== 'long-con').sort());
    expect(market.brands.filter((b) => b.categories.length >= 2).length).toBeGreaterThanOrEqual(2);
  });

  it('gives every product a unique GTIN-13 with a valid check digit', () => {
    const gtins = market.products.map((p) => p.gtin);
    expect(new Set(gtins).size).toBe(gtins.length);
    for (const gtin of gtins) {
      expect(gtin).toMatch(/^\d{13}$/);
      expect(isValidGtin(gtin), gtin).toBe(true);
    }
    // Known GS1 examples, so the check-digit routine itself is right.
    expect(gtinCheckDigit('400638133393')).toBe(1);
    expect(isValidGtin('4006381333931')).toBe(true);
    expect(isValidGtin('4006381333932')).toBe(false);
    expect(isValidGtin('96385074')).toBe(true);
  });

  it('the same product sold by two brands carries the same GTIN', () => {
    const bySku = (brandId: string, productId: string) => market.catalogOf(brandId).find((e) => productIdOfSku(e.product.sku) === productId);
    const a = bySku('trailco', 'salomon-speedcross-6-gtx-43');
    const b = bySku('pushy-sports', 'salomon-speedcross-6-gtx-43');
    expect(a?.product.gtin).toBeDefined();
    expect(a?.product.gtin).toBe(b?.product.gtin);
    expect(a?.product.sku).not.toBe(b?.product.sku);
    expect(groundTruthOf(a?.product.sku ?? '')?.fulfilment).toHaveProperty('trailco');
    expect(groundTruthOf(a?.product.sku ?? '')?.fulfilment).toHaveProperty('pushy-sports');
  });

  it('finds several waterproof trail shoes in EU 43 and several organic 1 kg espresso beans', () => {
    const trail43: HardConstraint[] = [
      { attribute: 'size_eu', op: 'eq', value: 43 },
      { attribute: 'terrain', op: 'eq', value: 'trail' },
      { attribute: 'waterproof', op: 'eq', value: true },
    ];
    const asProduct = (p: (typeof market.products)[number]) => ({ sku: p.productId, title: p.title, maker: p.maker, category: p.category, attributes: { ...p.attributes } });
    const shoes = market.products.filter((p) => p.category === 'running-shoes' && violatedConstraints(asProduct(p), trail43).length === 0);
    expect(new Set(shoes.map((s) => s.maker)).size).toBeGreaterThanOrEqual(4);
    const espresso: HardConstraint[] = [
      { attribute: 'form', op: 'eq', value: 'beans' },
      { attribute: 'organic', op: 'eq', value: true },
      { attribute: 'use', op: 'in', value: ['espresso', 'both'] },
      { attribute: 'weight_g', op: 'eq', value: 1000 },
    ];
    expect(market.products.filter((p) => p.category === 'coffee' && violatedConstraints(asProduct(p), espresso).length === 0).length).toBeGreaterThanOrEqual(4);
  });

  it('keeps claims apart from truth: dishonest listings state attributes the truth contradicts', () => {
    const entry = market.catalogOf('bargain-beans').find((e) => e.product.sku.endsWith('bargain-beans-crema-gold-beans-1000g'));
    const truth = groundTruthOf(entry?.product.sku ?? '');
    expect(entry?.product.attributes.organic).toBe(true);
    expect(truth?.attributes.organic).toBe(false);
    expect(entry?.claims?.some((c) => c.attribute === 'arabica_percent' && c.asserted === 100)).toBe(true);
    expect(truth?.attributes.arabica_percent).toBe(30);
    // Honest listings state exactly the truth.
    for (const e of market.catalogOf('trailco')) {
      expect(e.product.attributes).toEqual(groundTruthOf(e.product.sku)?.attributes);
    }
    // The true delivery of the bait-and-switch outlet is slower than it lists.
    const outlet = market.catalogOf('mega-sole-outlet')[0];
    expect(market.truth.fulfilment('mega-sole-outlet', productIdOfSku(outlet?.product.sku ?? ''))?.deliveryDays).toBeGreaterThan(outlet?.terms.deliveryDays ?? 99);
  });

  it('reports bad data with the file and the path inside it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'refdata-'));
    try {
      cpSync(REFERENCE_DATA_DIR, dir, { recursive: true });
      const file = join(dir, 'brands', 'trailco.json');
      const brand = JSON.parse(readFileSync(file, 'utf8')) as { listings: { price: unknown }[] };
      (brand.listings[2] as { price: unknown }).price = -5;
      writeFileSync(file, JSON.stringify(brand));
      expect(() => readReferenceMarket(dir)).toThrow(ReferenceMarketError);
      expect(() => readReferenceMarket(dir)).toThrow(/brands\/trailco\.json: listings\.2\.price/);

      cpSync(REFERENCE_DATA_DIR, dir, { recursive: true });
      const products = join(dir, 'products', 'coffee.json');
      writeFileSync(products, readFileSync(products, 'utf8').replace('"roast": "dark"', '"roast": "burnt"'));
      expect(() => readReferenceMarket(dir)).toThrow(/products\/coffee\.json: products\.0 .*"roast" must be one of light, medium, dark/);

      cpSync(REFERENCE_DATA_DIR, dir, { recursive: true });
      const shoes = join(dir, 'products', 'running-shoes.json');
      const text = readFileSync(shoes, 'utf8');
      const gtin = /"gtin": "(\d{13})"/.exec(text)?.[1] ?? '';
      const broken = gtin.slice(0, 12) + String((Number(gtin[12]) + 1) % 10);
      writeFileSync(shoes, text.replace(gtin, broken));
      expect(() => readReferenceMarket(dir)).toThrow(/products\/running-shoes\.json: products\.0\.gtin: GTIN check digit is wrong/);

      cpSync(REFERENCE_DATA_DIR, dir, { recursive: true });
      const pushy = join(dir, 'brands', 'pushy-sports.json');
      writeFileSync(pushy, readFileSync(pushy, 'utf8').replace('"validForMinutes": 10', '"validForMinutes": 10, "validForMinuts": 5'));
      expect(() => readReferenceMarket(dir)).toThrow(/brands\/pushy-sports\.json: strategy\.params: .*validForMinuts/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
