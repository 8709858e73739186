import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { linkBrandInMemory, serveBrandOverHttp } from '../../brand-agent/index.ts';
import { runConformance } from '../../brand-agent/conformance/index.ts';
import { createFeedBrand, type FeedBrand } from '../../brand-agent/feed/index.ts';
import { BriefResponseSchema, CounterResultSchema, PROTOCOL_VERSION, ReceiptSchema, hashOfferTerms, type Offer } from '../../protocol/index.ts';
import { conformanceOf, idsWith } from '../conformance/run-in-memory.ts';
import { FIXTURES, SHOP } from './feed-options.ts';

const dir = mkdtempSync(join(tmpdir(), 'majordome-feed-brand-'));
const open: FeedBrand[] = [];
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
  while (open.length) open.pop()!.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function shop(file: string, extra: Partial<Parameters<typeof createFeedBrand>[0]> = {}): FeedBrand {
  const brand = createFeedBrand({ id: 'velo-shop', name: 'Velo Shop', path: file, maxDiscount: 0.05, ...SHOP, ...extra });
  open.push(brand);
  return brand;
}

function brief(requestId: string, overrides: Record<string, unknown> = {}) {
  return {
    protocolVersion: PROTOCOL_VERSION,
    requestId,
    buyerId: 'buyer-1',
    category: '1026',
    hardConstraints: [{ attribute: 'bike_type', op: 'eq', value: 'road' }],
    softPreferences: [],
    quantity: 1,
    currency: 'EUR',
    budgetCeiling: { amountMinor: 95000, currency: 'EUR' },
    issuedAt: new Date().toISOString(),
    ...overrides,
  };
}

describe('a feed brand', () => {
  for (const file of ['velo-shop.tsv', 'velo-shop.xml', 'velo-shop.json']) {
    it(`from ${file} passes majordome conformance`, async () => {
      const report = await conformanceOf(shop(`${FIXTURES}/${file}`).definition);
      expect(idsWith(report, 'fail')).toEqual([]);
      expect(idsWith(report, 'pass')).toEqual(expect.arrayContaining(['card.categories', 'card.attribute-schemas', 'order.receipt']));
    });
  }

  it('declares its categories with the attribute vocabulary its feed uses', () => {
    const card = shop(`${FIXTURES}/velo-shop.tsv`).definition.card;
    expect(card.categories).toEqual(['1026', '1029']);
    const bikes = card.attributeSchemas!.find((s) => s.category === '1026')!;
    expect(bikes.attributes.find((a) => a.name === 'color')).toMatchObject({ type: 'text', labels: { fr: 'Couleur' } });
    expect(bikes.attributes.find((a) => a.name === 'frame_size_cm')).toMatchObject({ type: 'number' });
    expect(bikes.attributes.find((a) => a.name === 'condition')).toMatchObject({ type: 'enum', values: ['new', 'refurbished', 'used'] });
  });

  it('offers only what fits, declines honestly, and concedes at most --max-discount', async () => {
    const link = await linkBrandInMemory(shop(`${FIXTURES}/velo-shop.tsv`).definition);
    cleanups.push(link.close);
    const client = new Client({ name: 'test', version: '1' });
    await client.connect(link.clientTransport);
    const answer = BriefResponseSchema.parse((await client.callTool({ name: 'request_offers', arguments: brief('r1') })).structuredContent);
    expect(answer.outcome).toBe('offers');
    const offers = answer.outcome === 'offers' ? answer.offers : [];
    expect(offers.map((o) => o.product.sku)).toEqual(['VS-ROAD-01']);
    const none = BriefResponseSchema.parse((await client.callTool({ name: 'request_offers', arguments: brief('r2', { budgetCeiling: { amountMinor: 10000, currency: 'EUR' } }) })).structuredContent);
    expect(none.outcome).toBe('decline');
    let latest: Offer = offers[0]!;
    for (let round = 1; round <= 4; round++) {
      const result = CounterResultSchema.parse(
        (await client.callTool({ name: 'counter_offer', arguments: { protocolVersion: PROTOCOL_VERSION, counterId: `c${round}`, requestId: 'r1', buyerId: 'buyer-1', offerId: offers[0]!.offerId, inReplyTo: latest.offerId, round, proposedPrice: { amountMinor: 50000, currency: 'EUR' } } })).structuredContent,
      );
      if (!result.offer) break;
      latest = result.offer;
    }
    expect(latest.price.amountMinor).toBeGreaterThanOrEqual(Math.ceil(89900 * 0.95));
    expect(latest.price.amountMinor).toBeLessThan(89900);
    await client.close();
  });

  it('serves a purchase end to end over Streamable HTTP with mandate checks and idempotent replay', async () => {
    const server = await serveBrandOverHttp(shop(`${FIXTURES}/velo-shop.json`).definition, { port: 0, host: '127.0.0.1' });
    cleanups.push(server.close);
    const client = new Client({ name: 'e2e', version: '1' });
    await client.connect(new StreamableHTTPClientTransport(new URL(server.url)));
    cleanups.push(() => client.close());
    const answer = BriefResponseSchema.parse((await client.callTool({ name: 'request_offers', arguments: brief('r-http') })).structuredContent);
    const offer = answer.outcome === 'offers' ? answer.offers[0]! : undefined;
    expect(offer?.product.title).toBe('Triban RC 520 road bike, 54 cm');
    const order = (maxAmount: number, key: string) => ({
      protocolVersion: PROTOCOL_VERSION,
      idempotencyKey: key,
      requestId: 'r-http',
      offerId: offer!.offerId,
      buyerId: 'buyer-1',
      quantity: 1,
      mandate: { mandateId: `m-${key}`, offerId: offer!.offerId, maxAmount: { amountMinor: maxAmount, currency: 'EUR' }, expiresAt: new Date(Date.now() + 3_600_000).toISOString(), termsHash: hashOfferTerms(offer!), issuedAt: new Date().toISOString() },
    });
    const short = await client.callTool({ name: 'place_order', arguments: order(50000, 'idem-key-short-0001') });
    expect(short.isError).toBe(true);
    const first = ReceiptSchema.parse((await client.callTool({ name: 'place_order', arguments: order(89900, 'idem-key-first-0001') })).structuredContent);
    expect(first.charged).toEqual({ amountMinor: 89900, currency: 'EUR' });
    const replay = ReceiptSchema.parse((await client.callTool({ name: 'place_order', arguments: order(89900, 'idem-key-first-0001') })).structuredContent);
    expect(replay.orderId).toBe(first.orderId);
  });

  it('passes conformance over Streamable HTTP', async () => {
    const server = await serveBrandOverHttp(shop(`${FIXTURES}/velo-shop.xml`).definition, { port: 0, host: '127.0.0.1' });
    cleanups.push(server.close);
    const report = await runConformance({ kind: 'http', url: server.url });
    expect(idsWith(report, 'fail')).toEqual([]);
  });

  it('re-reads the feed when the file changes, and keeps serving the old one when the new one is unusable', async () => {
    const path = join(dir, 'live.tsv');
    copyFileSync(`${FIXTURES}/velo-shop.tsv`, path);
    const reloads: boolean[] = [];
    const brand = shop(path, { watch: true, watchIntervalMs: 50, onReload: (r) => reloads.push(r.ok) });
    expect(brand.current().entries).toHaveLength(6);
    writeFileSync(path, 'id\ttitle\tprice\tgoogle_product_category\nnew-1\tBrompton C Line folding bike\t1495.00 EUR\t1026\n');
    await expect.poll(() => brand.current().entries.map((e) => e.product.sku), { timeout: 5_000 }).toEqual(['new-1']);
    const catalog = await brand.definition.catalog.list();
    expect(catalog.map((e) => e.product.sku)).toEqual(['new-1']);
    writeFileSync(path, 'garbage without columns\n');
    await expect.poll(() => reloads.includes(false), { timeout: 5_000 }).toBe(true);
    expect(brand.current().entries.map((e) => e.product.sku)).toEqual(['new-1']);
  });
});
