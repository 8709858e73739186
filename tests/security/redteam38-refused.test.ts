import { afterEach, describe, expect, it } from 'vitest';
import type { Offer } from '../../protocol/index.ts';
import { butlerBesideTrailco, need, slyConnection, slyOffer, slyReceipt } from './sly-market.ts';

// Red team 38's attacks that main already refused, kept so they stay refused: a price at the protocol's largest amount,
// an offer priced in another currency than the brief's (99 JPY or an unknown "XXX" for a request in euros), and fewer
// units than the person asked for at a lower total. Each is excluded, never ranked nor bought, and the honest Trailco
// is still ranked, with or without a budget.

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function shopWith(offer: (requestId: string) => Offer, quantity = 1, withBudget = true) {
  const sly = slyConnection({ requestOffers: (brief) => ({ requestId: brief.requestId, outcome: 'offers', offers: [offer(brief.requestId)] }), placeOrder: (order) => slyReceipt(order, 'o1') });
  const m = await butlerBesideTrailco(sly);
  close = m.close;
  const result = await m.butler.shop({ ...need, quantity, ...(withBudget ? { budget: { amountMinor: 150_000, currency: 'EUR' } } : { budget: undefined }) });
  return { result, buy: m.buy };
}

describe('hostile amounts and currencies in an offer', () => {
  const tricks: Record<string, Partial<Offer>> = {
    'a price of Number.MAX_SAFE_INTEGER minor units': { price: { amountMinor: Number.MAX_SAFE_INTEGER, currency: 'EUR' } },
    '99 in yen for a request in euros': { price: { amountMinor: 99, currency: 'JPY' } },
    '99 in an unknown currency "XXX"': { price: { amountMinor: 99, currency: 'XXX' } },
  };
  for (const [name, extra] of Object.entries(tricks)) {
    for (const withBudget of [true, false]) {
      it(`${name} (${withBudget ? 'with' : 'without'} a budget) is excluded, and cannot be bought`, async () => {
        const { result, buy } = await shopWith((r) => slyOffer('s1', r, extra), 1, withBudget);
        expect(result.ranking.ranked.map((r) => r.offer.brandId)).toEqual(['trailco']);
        expect(result.ranking.excluded.map((e) => e.offer.brandId)).toEqual(['sly']);
        expect((await buy('sly:s1')).kind).not.toBe('purchased');
      }, 30_000);
    }
  }

  it('one unit at a lower total, for a request of three, is excluded', async () => {
    const { result } = await shopWith((r) => slyOffer('s1', r, { quantity: 1 }), 3);
    expect(result.ranking.ranked.map((r) => r.offer.brandId)).not.toContain('sly');
    expect(result.ranking.excluded.map((e) => e.offer.brandId)).toContain('sly');
  }, 30_000);
});
