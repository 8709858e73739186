import { describe, expect, it } from 'vitest';
import { createDemoBrand, DEMO_MARKET_BRAND_IDS, isDemoMarketBrandId } from '../../brand-agent/demo-market/index.ts';
import { readFeedFile } from '../../brand-agent/feed/index.ts';
import { OPEN_MARKET_BRAND_IDS, OPEN_MARKET_FEED_SHOP_IDS, REFERENCE_BRAND_IDS, loadDemoMarket, productIdOfSku, settleDelivery } from '../../brand-agent/reference/index.ts';
import { PROTOCOL_VERSION, type NeedBriefInput, type Offer } from '../../protocol/index.ts';
import { conformanceOf, idsWith } from '../conformance/run-in-memory.ts';
import { DirectBrand, NOW } from './harness.ts';

const market = loadDemoMarket();
const LATER = new Date(NOW.getTime() + 30 * 86_400_000);

function brief(category: string, hardConstraints: NeedBriefInput['hardConstraints'], requestId: string): NeedBriefInput {
  return { protocolVersion: PROTOCOL_VERSION, requestId, buyerId: 'buyer-1', quantity: 1, currency: 'EUR', issuedAt: '2026-01-12T08:59:00.000Z', category, hardConstraints, softPreferences: [] };
}

describe('the open market’s feed shops', () => {
  it.each([...OPEN_MARKET_FEED_SHOP_IDS])('%s: its sample feed loads with no problem and states exactly the ground truth', (id) => {
    const shop = market.feedShops.find((s) => s.id === id)!;
    const feed = readFeedFile(market.feedPathOf(id), shop);
    expect(feed.format).toBe(shop.format);
    expect(feed.issues).toEqual([]);
    expect(feed.entries.length).toBe(feed.rows);
    expect([...feed.categories].sort()).toEqual([...shop.categories].sort());
    for (const entry of feed.entries) {
      const truth = market.truth.product(productIdOfSku(entry.product.sku))!;
      expect(truth, entry.product.sku).toBeDefined();
      expect(entry.product.gtin).toBe(truth.gtin);
      expect(entry.product.category).toBe(truth.category);
      expect(entry.product.maker).toBe(truth.maker);
      const { brand, ...stated } = entry.product.attributes;
      expect(brand).toBe(truth.maker);
      // The feed states only true values, and every true value a feed cell can carry unambiguously.
      for (const [name, value] of Object.entries(stated)) expect(value, `${entry.product.sku}.${name}`).toEqual(truth.attributes[name]);
      const roundTrips = Object.entries(truth.attributes).filter(([, v]) => typeof v !== 'string' || !/^-?\d+(\.\d+)?$/.test(v));
      expect(Object.keys(stated).length).toBe(roundTrips.length);
      const fulfilment = market.truth.fulfilment(id, truth.productId)!;
      expect(entry.stock).toBe(fulfilment.stock);
      expect(entry.terms.deliveryDays).toBe(fulfilment.deliveryDays);
      expect(entry.price.amountMinor / truth.rrp.amountMinor).toBeGreaterThan(0.8);
    }
  });

  it.each([...OPEN_MARKET_FEED_SHOP_IDS])('%s passes majordome conformance', async (id) => {
    const report = await conformanceOf(createDemoBrand(id));
    expect(idsWith(report, 'fail')).toEqual([]);
    expect(idsWith(report, 'pass')).toEqual(expect.arrayContaining(['card.categories', 'card.attribute-schemas', 'order.receipt']));
  });
});

describe('the open market’s strategy shops', () => {
  // One shop per strategy: the conformance kit must pass each, bar the receipt a switching brand changes on purpose.
  const sample = [...new Map(OPEN_MARKET_BRAND_IDS.map((id) => [market.brand(id)!.strategy.id, id])).values()];

  it.each(sample)('%s passes conformance (receipt-switching strategies all but order.receipt)', async (id) => {
    const report = await conformanceOf(createDemoBrand(id));
    const strategy = market.brand(id)!.strategy.id;
    if (strategy === 'bait-and-switch') expect(idsWith(report, 'fail')).toEqual(['order.receipt']);
    else if (strategy === 'on-off') expect(['order.receipt']).toEqual(expect.arrayContaining(idsWith(report, 'fail')));
    else expect(idsWith(report, 'fail')).toEqual([]);
    expect(report.brandId).toBe(id);
  });

  it('lists every demo brand once, built-in first', () => {
    expect(DEMO_MARKET_BRAND_IDS.slice(0, REFERENCE_BRAND_IDS.length)).toEqual([...REFERENCE_BRAND_IDS]);
    expect(new Set(DEMO_MARKET_BRAND_IDS).size).toBe(DEMO_MARKET_BRAND_IDS.length);
    expect(isDemoMarketBrandId('cycles-merlin') && isDemoMarketBrandId('velo-atelier') && !isDemoMarketBrandId('nope')).toBe(true);
  });
});

describe('settling open-market orders against the ground truth', () => {
  it('an honest road-bike order arrives on time and every stated fact holds', async () => {
    const brand = new DirectBrand(createDemoBrand('velo-atelier'));
    const offer = (await brand.request(brief('1026', [{ attribute: 'bike_type', op: 'eq', value: 'road' }], 'req-road'))).offers[0] as Offer;
    expect(offer.product.attributes.bike_type).toBe('road');
    const receipt = await brand.order(offer);
    const outcome = settleDelivery({ brandId: 'velo-atelier', offer, receipt, now: LATER });
    if (outcome.status === 'in-transit') throw new Error('should have arrived');
    expect(outcome).toMatchObject({ status: 'delivered', late: false, fulfilmentKnown: true });
    expect(outcome.claims.length).toBeGreaterThan(5);
    expect(outcome.claims.every((c) => c.held === true)).toBe(true);
  });

  it('a feed shop’s order settles too: what its feed stated holds', async () => {
    const brand = new DirectBrand(createDemoBrand('jouets-merveilles'));
    const offer = (await brand.request(brief('3805', [{ attribute: 'min_age', op: 'lte', value: 10 }], 'req-lego'))).offers[0] as Offer;
    const receipt = await brand.order(offer);
    const outcome = settleDelivery({ brandId: 'jouets-merveilles', offer, receipt, now: LATER });
    if (outcome.status === 'in-transit') throw new Error('should have arrived');
    expect(outcome).toMatchObject({ status: 'delivered', late: false, fulfilmentKnown: true });
    expect(outcome.claims.filter((c) => c.held === false)).toEqual([]);
    expect(outcome.claims.filter((c) => c.held === true).length).toBeGreaterThan(3);
  });

  it('a deceptive shop’s lies are contradicted on delivery', async () => {
    const liar = market.brand('aspiro-direct')!;
    const lie = liar.listings.find((l) => l.claimedAttributes && market.truth.product(l.product)!.category === '619')!;
    const truth = market.truth.product(lie.product)!;
    const [attribute] = Object.keys(lie.claimedAttributes!);
    // A brief that pins the product on everything but the misstated attribute.
    const pins = Object.entries(truth.attributes).filter(([name]) => name !== attribute).map(([name, value]) => ({ attribute: name, op: 'eq' as const, value }));
    const brand = new DirectBrand(createDemoBrand('aspiro-direct'));
    const response = await brand.request(brief('619', [{ attribute: 'maker', op: 'eq', value: truth.maker }, ...pins], 'req-vac'));
    const offer = response.offers.find((o) => productIdOfSku(o.product.sku) === lie.product)!;
    expect(offer.product.attributes[attribute!]).toEqual(lie.claimedAttributes![attribute!]);
    const receipt = await brand.order(offer, { maxAmount: { amountMinor: offer.price.amountMinor * 2, currency: 'EUR' } });
    const outcome = settleDelivery({ brandId: 'aspiro-direct', offer, receipt, now: LATER });
    if (outcome.status === 'in-transit') throw new Error('should have arrived');
    expect(outcome.claims.find((c) => c.attribute === attribute)).toMatchObject({ held: false });
  });
});
