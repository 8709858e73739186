import { afterEach, describe, expect, it } from 'vitest';
import { fixtureBrand } from '../fixtures/fixture-brand.ts';
import { MARKET_NOW, openSmallMarket, type SmallMarket } from '../support/small-market.ts';

let market: SmallMarket | undefined;
afterEach(async () => {
  await market?.close();
  market = undefined;
});

async function boughtOnce() {
  market = await openSmallMarket({ brands: [fixtureBrand({ id: 'fixture-shoes', clock: () => MARKET_NOW })] });
  const understanding = await market.understand('waterproof trail shoes size 43 under 200 euros');
  if (understanding.kind !== 'need') throw new Error('not a need');
  const result = await market.butler.shop(understanding.need);
  const top = result.ranking.ranked[0]!;
  const consent = { offerId: top.offerId, confirmedBy: 'person' as const, channel: 'terminal' as const, at: market.clock().toISOString() };
  const first = await market.butler.purchase(consent);
  return { market, consent, first };
}

describe('the butler owns its rules', () => {
  it('orders one offer once: a second confirmation is already-ordered and reaches no brand', async () => {
    const { market, consent, first } = await boughtOnce();
    expect(first.kind).toBe('purchased');
    const second = await market.butler.purchase(consent);
    expect(second).toMatchObject({ kind: 'already-ordered', offerId: consent.offerId, status: 'placed' });
    expect(market.wiretap.orders).toHaveLength(1);
    expect(market.butler.orders()).toHaveLength(1);
  });

  it('records an outcome once: a second report is already-reported and appends nothing', async () => {
    const { market, first } = await boughtOnce();
    if (first.kind !== 'purchased') throw new Error(JSON.stringify(first));
    const recorded = market.butler.reportOutcome(first.order.orderId, { text: 'not waterproof' });
    expect(recorded.kind).toBe('recorded');
    const events = market.ledger.eventCount();
    expect(market.butler.reportOutcome(first.order.orderId, { text: 'not waterproof' }).kind).toBe('already-reported');
    expect(market.butler.settle(first.order.orderId).kind).toBe('already-reported');
    expect(market.ledger.eventCount()).toBe(events);
  });

  it('keeps whether what arrived met the need: a delivery not as described that met it tells how the brand\'s failures fall', async () => {
    const { market, first } = await boughtOnce();
    if (first.kind !== 'purchased') throw new Error(JSON.stringify(first));
    const recorded = market.butler.reportOutcome(first.order.orderId, { claims: [{ attribute: 'weight_g', held: false, observed: '320' }], needMet: true });
    if (recorded.kind !== 'recorded') throw new Error(recorded.kind);
    expect(recorded.observations.find((o) => o.kind === 'order-outcome')).toMatchObject({ asDescribed: false, needMet: true });
    const score = market.ledger.scoreOf('fixture-shoes', market.clock().getTime());
    expect(score.failuresSpareNeed).toBeGreaterThan(0);
    expect(score.estimatedHonesty).toBeLessThan(0.8);
  });

  it('settles only with a ground truth: without one the order stays placed, for the person to report', async () => {
    const { market, first } = await boughtOnce();
    if (first.kind !== 'purchased') throw new Error(JSON.stringify(first));
    expect(market.butler.settle(first.order.orderId).kind).toBe('no-ground-truth');
    expect(market.butler.order(first.order.orderId)?.status).toBe('placed');
    expect(market.butler.settle('no-such-order').kind).toBe('unknown-order');
  });
});
