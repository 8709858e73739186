import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBrief } from '../../agent/butler/index.ts';
import { marketVocabularyOf, understandNeedText, type Need } from '../../agent/need/index.ts';
import { createFeedBrand } from '../../brand-agent/feed/index.ts';
import { createReferenceBrand } from '../../brand-agent/reference/index.ts';
import { canonicalCategoryId, findSameCategory, isSameCategory, packMeasureOf } from '../../protocol/index.ts';
import { butlerWith, testClock } from './harness.ts';

// A built-in category has a string alias ("coffee") and a Google taxonomy id (1868). A shop's feed writes the id or
// the path; a need read by the built-in lexicon says "coffee": both must meet (briefs routed, offers matched).

const FEED = [
  'id\ttitle\tprice\tavailability\tbrand\tgoogle_product_category\tform\troast\tweight_g',
  'CB-1\tLavazza Qualità Oro coffee beans 1 kg\t18.90 EUR\tin_stock\tLavazza\t1868\tbeans\tmedium\t1000',
  'CB-2\tIlly Classico coffee beans 250 g\t7.90 EUR\tin_stock\tIlly\tFood, Beverages & Tobacco > Beverages > Coffee\tbeans\tmedium\t250',
  'CB-3\tCarte Noire ground coffee 250 g\t4.50 EUR\tin_stock\tCarte Noire\t1868\tground\tdark\t250',
].join('\n');

const SHOP = { currency: 'EUR', returnDays: 30, warrantyMonths: 24, deliveryDays: 3, defaultStock: 10 } as const;

describe('built-in category aliases and their Google taxonomy ids', () => {
  it('map to one canonical id, by number or by English path', () => {
    expect(canonicalCategoryId('1868')).toBe('coffee');
    expect(canonicalCategoryId('Food, Beverages & Tobacco > Beverages > Coffee')).toBe('coffee');
    expect(canonicalCategoryId('coffee')).toBe('coffee');
    expect(canonicalCategoryId('187')).toBe('running-shoes');
    expect(canonicalCategoryId('1026')).toBe('1026');
    expect(isSameCategory('coffee', '1868')).toBe(true);
    expect(isSameCategory('headphones', '1868')).toBe(false);
    expect(findSameCategory(['751', '1868'], 'coffee')).toBe('1868');
    expect(findSameCategory(['751'], 'coffee')).toBeUndefined();
  });

  it('a coffee bag from a feed filed under 1868 is priced per kg like a "coffee" one', () => {
    const product = { sku: 'x', title: 'beans', maker: 'Illy', category: '1868', attributes: { weight_g: 250 } };
    expect(packMeasureOf(product)).toEqual({ dimension: 'mass', amount: 250 });
  });
});

describe('a feed shop filing coffee under its Google id, with a brand using the built-in alias', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'majordome-coffee-alias-'));
    writeFileSync(join(dir, 'beans.tsv'), FEED);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is one category of the market, asked for a "coffee" need, and its offers fit it', async () => {
    const clock = testClock();
    const feed = createFeedBrand({ id: 'bean-feed', name: 'Bean Feed', path: join(dir, 'beans.tsv'), clock: clock.now, ...SHOP });
    expect(feed.current().categories).toEqual(['1868']);
    const h = await butlerWith({ brands: [feed.definition, createReferenceBrand('roast-republic', { clock: clock.now })], clock: clock.now });
    try {
      const cards = h.butler.brands().map((c) => c.card);
      const market = marketVocabularyOf(cards);
      expect(market.categories.map((c) => c.id)).toEqual(['coffee']);
      expect(market.categories[0]!.brands).toBe(2);

      const understanding = understandNeedText('coffee beans under 30 euros', { now: clock.now(), defaultCurrency: 'EUR', market });
      expect(understanding.kind).toBe('need');
      const need = (understanding as { need: Need }).need;
      expect(need.category).toBe('coffee');
      expect(h.butler.relevantBrands(need.category).map((b) => b.card.id).sort()).toEqual(['bean-feed', 'roast-republic']);
      // The reverse: a need filed under the Google id (an LLM's reading) reaches the brand using the alias.
      expect(h.butler.relevantBrands('1868').map((b) => b.card.id).sort()).toEqual(['bean-feed', 'roast-republic']);

      // Each brand is briefed in the id its card uses.
      const profile = h.memory.loadProfile();
      const ids = { requestId: 'req-alias-1', buyerId: 'buyer-1', now: clock.now() };
      expect(buildBrief(need, profile, ids, cards.find((c) => c.id === 'bean-feed')).category).toBe('1868');
      expect(buildBrief({ ...need, category: '1868' }, profile, ids, cards.find((c) => c.id === 'roast-republic')).category).toBe('coffee');

      const result = await h.butler.shop(need);
      const fromFeed = [...result.ranking.ranked, ...result.ranking.excluded.flatMap((x) => (x.offer ? [{ offer: x.offer, reasons: x.reasons }] : []))].filter((r) => r.offer.brandId === 'bean-feed');
      expect(fromFeed.length).toBeGreaterThan(0);
      for (const r of result.ranking.ranked) expect(r.scores.fit.hardViolations.filter((v) => v.kind === 'category')).toEqual([]);
      expect(result.ranking.ranked.some((r) => r.offer.brandId === 'bean-feed')).toBe(true);
    } finally {
      await h.close();
    }
  });

  it('answers a brief written with the alias', async () => {
    const clock = testClock();
    const feed = createFeedBrand({ id: 'bean-feed', name: 'Bean Feed', path: join(dir, 'beans.tsv'), clock: clock.now, ...SHOP });
    const h = await butlerWith({ brands: [feed.definition], clock: clock.now });
    try {
      const connection = h.butler.brands()[0]!;
      const response = await connection.requestOffers({
        protocolVersion: '1.1',
        requestId: 'req-alias-2',
        buyerId: 'buyer-1',
        category: 'coffee',
        hardConstraints: [{ attribute: 'form', op: 'eq', value: 'beans' }],
        softPreferences: [],
        quantity: 1,
        currency: 'EUR',
        shipToCountry: 'FR',
        maxOffers: 3,
        issuedAt: clock.now().toISOString(),
      });
      expect(response.ok).toBe(true);
      if (response.ok) {
        expect(response.value.decline).toBeUndefined();
        expect(response.value.offers.map((o) => o.product.title).sort()).toEqual(['Illy Classico coffee beans 250 g', 'Lavazza Qualità Oro coffee beans 1 kg']);
      }
    } finally {
      await h.close();
    }
  });
});
