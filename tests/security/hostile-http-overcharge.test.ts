// Red team 3 over real Streamable HTTP, the money side: a receipt that says the brand charged far more than the
// mandate the person gave it (same currency), and a brand that then refuses to cancel (http-market.ts).
import { describe, expect, it } from 'vitest';
import { spendOfOrder, type OrderRecord } from '../../agent/butler/index.ts';
import { openMarket, receiptRewriting, refusingToCancel, slyRanked } from './http-market.ts';

describe('a switched receipt claiming more than the mandate allowed, in its currency', () => {
  it('counts against the monthly cap as what the mandate let the brand take, so it cannot block the honest brand', async () => {
    // Sly's offer is 99.00 EUR; its receipt says 9,999.00 EUR were charged. The person's month has 500 EUR.
    const m = await openMarket({ script: { place_order: receiptRewriting((r) => ({ ...r, charged: { amountMinor: 999_900, currency: 'EUR' } })), cancel_order: refusingToCancel } });
    m.session.butler.saveProfile({ ...m.session.butler.profile(), spendCapPerMonth: { amountMinor: 50_000, currency: 'EUR' } });
    const first = await m.shop();
    const sly = slyRanked(first)[0]!;
    const bought = await m.buy(sly.offerId);
    expect(bought.kind).toBe('refused-bait-and-switch');
    const order = (bought as Extract<typeof bought, { kind: 'refused-bait-and-switch' }>).order;
    // The mandate authorised the offer's price and no more: that is what the cap holds against the person.
    expect(order.mandate.maxAmount).toEqual(sly.offer.price);
    expect(spendOfOrder(order)).toEqual(sly.offer.price);
    // Trailco's shoes still fit in what is left of the month (on 5a87703 the 9,999 EUR claim filled the cap).
    const trail = first.ranking.ranked.find((x) => x.brandId === 'trailco')!;
    expect(sly.offer.price.amountMinor + trail.offer.price.amountMinor).toBeLessThanOrEqual(50_000);
    expect((await m.buy(trail.offerId)).kind).toBe('purchased');
  });
});

describe('spendOfOrder on a switched receipt over the mandate', () => {
  const offer = { price: { amountMinor: 6_000, currency: 'EUR' } } as OrderRecord['offer'];
  const mandate = { maxAmount: { amountMinor: 6_000, currency: 'EUR' } } as OrderRecord['mandate'];
  const refused = (charged: { amountMinor: number; currency: string }, cancellation?: OrderRecord['cancellation']) =>
    spendOfOrder({ status: 'refused-bait-and-switch', offer, mandate, receipt: { charged } as OrderRecord['receipt'], ...(cancellation ? { cancellation } : {}) });
  const at = '2026-03-01T09:00:00.000Z';

  it('holds at most the mandate’s amount while the money is kept', () => {
    expect(refused({ amountMinor: Number.MAX_SAFE_INTEGER, currency: 'EUR' })).toEqual({ amountMinor: 6_000, currency: 'EUR' });
    expect(refused({ amountMinor: 9_000, currency: 'EUR' }, { outcome: 'refused', at })).toEqual({ amountMinor: 6_000, currency: 'EUR' });
    // A smaller charge does not lower it: the receipt is the word of a brand caught switching it.
    expect(refused({ amountMinor: 4_000, currency: 'EUR' })).toEqual({ amountMinor: 6_000, currency: 'EUR' });
  });
  it('after a partial refund, what the brand says it still holds, at most what the mandate allowed', () => {
    expect(refused({ amountMinor: 9_000, currency: 'EUR' }, { outcome: 'cancelled', refund: { amountMinor: 2_000, currency: 'EUR' }, at })).toEqual({ amountMinor: 6_000, currency: 'EUR' });
    expect(refused({ amountMinor: 9_000, currency: 'EUR' }, { outcome: 'cancelled', refund: { amountMinor: 8_000, currency: 'EUR' }, at })).toEqual({ amountMinor: 1_000, currency: 'EUR' });
    expect(refused({ amountMinor: 9_000, currency: 'EUR' }, { outcome: 'cancelled', refund: { amountMinor: 9_000, currency: 'EUR' }, at }).amountMinor).toBe(0);
  });
});
