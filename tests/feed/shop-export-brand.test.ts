import { execFile } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { linkBrandInMemory } from '../../brand-agent/index.ts';
import { runConformance } from '../../brand-agent/conformance/index.ts';
import { createFeedBrand, type FeedBrand } from '../../brand-agent/feed/index.ts';
import { BriefResponseSchema, PROTOCOL_VERSION, type HardConstraint } from '../../protocol/index.ts';
import { conformanceOf, idsWith } from '../conformance/run-in-memory.ts';
import { FIXTURES, SHOP_TERMS } from './feed-options.ts';

const TERMS = SHOP_TERMS;
const dir = mkdtempSync(join(tmpdir(), 'majordome-shop-brand-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const open: FeedBrand[] = [];
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
  while (open.length) open.pop()!.close();
});

function shop(file: string, currency?: string, extra: Partial<Parameters<typeof createFeedBrand>[0]> = {}): FeedBrand {
  const path = file.startsWith('/') ? file : `${FIXTURES}/${file}`;
  const brand = createFeedBrand({ id: 'atelier', name: 'Atelier', path, maxDiscount: 0.05, ...TERMS, ...(currency ? { currency } : {}), ...extra });
  open.push(brand);
  return brand;
}

async function ask(brand: FeedBrand, category: string, hardConstraints: HardConstraint[], budgetMinor: number) {
  const link = await linkBrandInMemory(brand.definition);
  cleanups.push(link.close);
  const client = new Client({ name: 'test', version: '1' });
  await client.connect(link.clientTransport);
  cleanups.push(() => client.close());
  const brief = { protocolVersion: PROTOCOL_VERSION, requestId: `r-${category}`, buyerId: 'buyer-1', category, hardConstraints, softPreferences: [], quantity: 1, currency: 'EUR', budgetCeiling: { amountMinor: budgetMinor, currency: 'EUR' }, issuedAt: new Date().toISOString() };
  return BriefResponseSchema.parse((await client.callTool({ name: 'request_offers', arguments: brief })).structuredContent);
}

const CASES = [
  { file: 'shopify-products.json', currency: 'EUR', category: '2169', constraint: { attribute: 'color', op: 'eq', value: 'Sage' }, sku: 'AL-MUG-SAGE', price: 1800 },
  { file: 'woocommerce-products.csv', currency: 'EUR', category: '1604', constraint: { attribute: 'size', op: 'eq', value: 'S' }, sku: 'NV-HOOD-S', price: 5900 },
  { file: 'schema-org-products.json', currency: undefined, category: '1026', constraint: { attribute: 'frame_size_cm', op: 'gte', value: 52 }, sku: 'CA-ROAD-54', price: 114900 },
  { file: 'shop-page.html', currency: undefined, category: '4636', constraint: { attribute: 'color', op: 'eq', value: 'Laiton' }, sku: 'MF-ORME', price: 12900 },
  { file: 'shopify-products.csv', currency: 'EUR', category: '212', constraint: { attribute: 'size', op: 'eq', value: 'S' }, sku: 'HL-SHIRT-S-SAND', price: 6500 },
  { file: 'woocommerce-produits-fr.csv', currency: 'EUR', category: '2169', constraint: { attribute: 'color', op: 'eq', value: 'Sauge' }, sku: 'AS-MUG-SAUGE', price: 2400 },
  { file: 'woocommerce-produkte-de.csv', currency: 'EUR', category: '100', constraint: { attribute: 'color', op: 'eq', value: 'Oliv' }, sku: 'BW-RUCKSACK', price: 8990 },
] as const;

describe('a brand served from a shop export', () => {
  for (const c of CASES) {
    it(`from ${c.file} answers a brief end to end with what the file says, and declines what it cannot meet`, async () => {
      const brand = shop(c.file, c.currency);
      const answer = await ask(brand, c.category, [c.constraint as HardConstraint], 200_000);
      expect(answer.outcome).toBe('offers');
      const offers = answer.outcome === 'offers' ? answer.offers : [];
      expect(offers.map((o) => o.product.sku)).toEqual([c.sku]);
      expect(offers[0]!.price).toEqual({ amountMinor: c.price, currency: 'EUR' });
      const tooCheap = await ask(brand, c.category, [c.constraint as HardConstraint], Math.floor(c.price / 2));
      expect(tooCheap.outcome).toBe('decline');
    });

    it(`from ${c.file} passes majordome conformance`, async () => {
      const report = await conformanceOf(shop(c.file, c.currency).definition);
      expect(idsWith(report, 'fail')).toEqual([]);
      expect(idsWith(report, 'pass')).toEqual(expect.arrayContaining(['card.categories', 'card.attribute-schemas', 'order.receipt']));
    });
  }

  it('declines honestly when the only match is out of stock (a Shopify variant with available: false)', async () => {
    const answer = await ask(shop('shopify-products.json', 'EUR'), '2169', [{ attribute: 'color', op: 'eq', value: 'Ochre' }], 5_000);
    expect(answer.outcome).toBe('decline');
  });
});

describe('a shop export that changes', () => {
  it('is re-read, in the currency the brand was first served in; an unusable version leaves the previous one serving', async () => {
    const path = join(dir, 'items.json');
    copyFileSync(`${FIXTURES}/schema-org-products.json`, path);
    const reloads: boolean[] = [];
    const brand = shop(path, undefined, { watch: true, watchIntervalMs: 50, onReload: (r) => reloads.push(r.ok) });
    expect(brand.current().entries).toHaveLength(3);
    expect(brand.definition.card.currencies).toEqual(['EUR']);
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, original.replace('"1149.00"', '"1099.00"'));
    await expect.poll(() => brand.current().entries.find((e) => e.product.sku === 'CA-ROAD-54')?.price.amountMinor, { timeout: 5_000 }).toBe(109900);
    // The same products now priced in USD: not what the card says, so nothing can be served and the EUR version stays.
    writeFileSync(path, original.replaceAll('"EUR"', '"USD"'));
    await expect.poll(() => reloads.includes(false), { timeout: 5_000 }).toBe(true);
    expect(brand.current().entries.find((e) => e.product.sku === 'CA-ROAD-54')?.price).toEqual({ amountMinor: 109900, currency: 'EUR' });
  });
});

describe('a shop CSV export that changes', () => {
  it('is re-read when the file changes (a Shopify CSV re-exported with a new price); a file that is no export leaves the previous one serving', async () => {
    const path = join(dir, 'products_export.csv');
    copyFileSync(`${FIXTURES}/shopify-products.csv`, path);
    const reloads: boolean[] = [];
    const brand = shop(path, 'EUR', { watch: true, watchIntervalMs: 50, onReload: (r) => reloads.push(r.ok) });
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, original.replace('HL-SHIRT-S-SAND,220,shopify,6,deny,manual,65.00', 'HL-SHIRT-S-SAND,220,shopify,6,deny,manual,59.00'));
    await expect.poll(() => brand.current().entries.find((e) => e.product.sku === 'HL-SHIRT-S-SAND')?.price.amountMinor, { timeout: 5_000 }).toBe(5900);
    writeFileSync(path, 'Product,Cost\nShirt,20\n');
    await expect.poll(() => reloads.includes(false), { timeout: 5_000 }).toBe(true);
    expect(brand.current().format).toBe('shopify-csv');
    expect(brand.current().entries.find((e) => e.product.sku === 'HL-SHIRT-S-SAND')?.price.amountMinor).toBe(5900);
  });
});

describe('majordome brand serve --feed with a shop export', () => {
  it('refuses a Shopify file without --currency, naming the flag', async () => {
    const run = promisify(execFile)(process.execPath, ['bin/majordome.js', 'brand', 'serve', 'atelier', '--feed', `${FIXTURES}/shopify-products.json`, '--stdio']);
    const failure = await run.then(
      () => undefined,
      (error: { code?: number; stderr?: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/FEED_CURRENCY_MISSING.*give the shop's currency with --currency/);
  });

  it('serves a WooCommerce CSV over stdio that passes majordome conformance', async () => {
    const report = await runConformance({
      kind: 'stdio',
      command: process.execPath,
      args: ['bin/majordome.js', 'brand', 'serve', 'northvale', '--feed', `${FIXTURES}/woocommerce-products.csv`, '--currency', 'EUR', '--stdio'],
    });
    expect(report.reachable).toBe(true);
    expect(report.brandId).toBe('northvale');
    expect(idsWith(report, 'fail')).toEqual([]);
  });
});
