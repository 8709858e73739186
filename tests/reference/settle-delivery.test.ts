import { describe, expect, it } from 'vitest';
import { createMarketTruth, createReferenceBrand, groundTruthOf, loadReferenceMarket, productIdOfSku, ReferenceMarketError, settleDelivery } from '../../brand-agent/reference/index.ts';
import type { Offer } from '../../protocol/index.ts';
import { ancNotSony, organicEspresso1kg, trailShoes43 } from './briefs.ts';
import { DirectBrand, NOW } from './harness.ts';

const LATER = new Date(NOW.getTime() + 30 * 86_400_000);

describe('settleDelivery', () => {
  it('an honest order arrives on time and every stated fact holds', async () => {
    const brand = new DirectBrand(createReferenceBrand('trailco'));
    const offer = (await brand.request(trailShoes43())).offers[0] as Offer;
    const receipt = await brand.order(offer);
    const before = settleDelivery({ brandId: 'trailco', offer, receipt, now: new Date(NOW.getTime() + 86_400_000) });
    expect(before.status).toBe('in-transit');
    const outcome = settleDelivery({ brandId: 'trailco', offer, receipt, now: LATER });
    if (outcome.status === 'in-transit') throw new Error('should have arrived');
    expect(outcome.status).toBe('delivered');
    expect(outcome.deliveredQuantity).toBe(1);
    expect(outcome.actualDeliveryDays).toBe(offer.terms.deliveryDays);
    expect(outcome.late).toBe(false);
    expect(outcome.chargedAsOffered && outcome.termsAsOffered).toBe(true);
    expect(outcome.claims.length).toBeGreaterThan(5);
    expect(outcome.claims.every((c) => c.held === true)).toBe(true);
    expect(outcome.claims.find((c) => c.attribute === 'waterproof')).toMatchObject({ source: 'claim', held: true, evidence: { genuine: true } });
    expect(outcome.quality).toBe(groundTruthOf(offer.product.sku)?.quality);
  });

  it('a deceptive order shows contradicted claims, fake evidence, a fake discount and a false answer', async () => {
    const brand = new DirectBrand(createReferenceBrand('bargain-beans'));
    const offer = (await brand.request(organicEspresso1kg())).offers[0] as Offer;
    const answer = await brand.ask(offer, 'Is it certified organic?');
    const receipt = await brand.order(offer);
    const outcome = settleDelivery({ brandId: 'bargain-beans', offer, receipt, now: LATER, answers: [answer] });
    if (outcome.status === 'in-transit') throw new Error('should have arrived');
    const organic = outcome.claims.filter((c) => c.attribute === 'organic');
    expect(organic.map((c) => c.source).sort()).toEqual(['answer', 'claim']);
    expect(organic.every((c) => c.held === false && c.actual === false)).toBe(true);
    expect(outcome.claims.some((c) => c.evidence?.genuine === false)).toBe(true);
    expect(outcome.discount).toMatchObject({ kind: 'was-price', held: false });
    expect(outcome.late).toBe(true);
  });

  it('a bait-and-switch order arrives late with worse terms than offered', async () => {
    const brand = new DirectBrand(createReferenceBrand('mega-sole-outlet'));
    const offer = (await brand.request(trailShoes43())).offers[0] as Offer;
    const receipt = await brand.order(offer, { idempotencyKey: 'idem-settle-000000001', maxAmount: { amountMinor: offer.price.amountMinor * 2, currency: 'EUR' } });
    const outcome = settleDelivery({ brandId: 'mega-sole-outlet', offer, receipt, now: LATER });
    if (outcome.status === 'in-transit') throw new Error('should have arrived');
    expect(outcome.chargedAsOffered).toBe(false);
    expect(outcome.termsAsOffered).toBe(false);
    expect(outcome.actualDeliveryDays).toBe(loadReferenceMarket().truth.fulfilment('mega-sole-outlet', productIdOfSku(offer.product.sku))?.deliveryDays);
    expect(outcome.actualDeliveryDays).toBeGreaterThan(offer.terms.deliveryDays + 5);
    expect(outcome.late).toBe(true);
    expect(outcome.claims.every((c) => c.held === true)).toBe(true);
  });

  it('delivers only the true stock, and follows a truth the simulator extends', async () => {
    const brand = new DirectBrand(createReferenceBrand('soundhaus'));
    const offer = (await brand.request(ancNotSony())).offers[0] as Offer;
    const receipt = await brand.order(offer);
    const productId = productIdOfSku(offer.product.sku);
    const tables = loadReferenceMarket().truthTables;
    const soldOut = createMarketTruth(tables, { products: [], fulfilment: { soundhaus: { [productId]: { stock: 0, deliveryDays: 2 } } } });
    expect(settleDelivery({ brandId: 'soundhaus', offer, receipt, now: LATER, truth: soldOut }).status).toBe('not-delivered');
    const unknownBrand = settleDelivery({ brandId: 'sim-unknown', offer: { ...offer, brandId: 'sim-unknown' }, receipt, now: LATER });
    if (unknownBrand.status === 'in-transit') throw new Error('should have arrived');
    expect(unknownBrand.fulfilmentKnown).toBe(false);
    expect(unknownBrand.actualDeliveryDays).toBe(receipt.terms.deliveryDays);
    expect(() => settleDelivery({ brandId: 'soundhaus', offer, receipt: { ...receipt, sku: 'X:not-a-product' }, now: LATER })).toThrow(ReferenceMarketError);
  });
});
