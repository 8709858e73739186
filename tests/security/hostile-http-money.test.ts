// Red team over real Streamable HTTP, the money side: what a hostile brand can do with the amounts and currencies of
// its receipts, offers and revisions (http-market.ts). Attacks that worked on dea7595 were fixed in the butler and are
// marked "(fixed)".
import { describe, expect, it } from 'vitest';
import { spendOfOrder, type OrderRecord } from '../../agent/butler/index.ts';
import { openMarket, receiptRewriting, refusingToCancel, slyRanked } from './http-market.ts';

describe('a switched receipt in another currency', () => {
  it('(fixed) still counts against the monthly cap until the money comes back: the cap sees the mandate, not an amount it cannot convert', async () => {
    // The brand charges "99.00 USD" for a 99.00 EUR offer, refuses to cancel, and the person's month has 150 EUR left.
    const m = await openMarket({ script: { place_order: receiptRewriting((r) => ({ ...r, charged: { amountMinor: 9_900, currency: 'USD' } })), cancel_order: refusingToCancel } });
    m.session.butler.saveProfile({ ...m.session.butler.profile(), spendCapPerMonth: { amountMinor: 15_000, currency: 'EUR' } });
    const first = await m.shop();
    const bought = await m.buy(slyRanked(first)[0]!.offerId);
    expect(bought.kind).toBe('refused-bait-and-switch');
    const order = (bought as Extract<typeof bought, { kind: 'refused-bait-and-switch' }>).order;
    expect(order.cancellation?.outcome).toBe('refused');
    // The brand kept the money the person's mandate let it take (99.00 EUR): Trailco's shoes on top would pass 150 EUR.
    const trail = first.ranking.ranked.find((x) => x.brandId === 'trailco')!;
    expect(trail.offer.price.currency).toBe('EUR');
    expect(trail.offer.price.amountMinor).toBeLessThanOrEqual(15_000);
    expect(9_900 + trail.offer.price.amountMinor).toBeGreaterThan(15_000);
    const second = await m.buy(trail.offerId);
    expect(second.kind).toBe('blocked-by-policy');
    expect((second as Extract<typeof second, { kind: 'blocked-by-policy' }>).violations.map((v) => v.rule)).toEqual(['monthly-cap']);
  });
});

describe('spendOfOrder on a switched receipt in another currency', () => {
  const offer = { price: { amountMinor: 6_000, currency: 'EUR' } } as OrderRecord['offer'];
  const mandate = { maxAmount: { amountMinor: 6_000, currency: 'EUR' } } as OrderRecord['mandate'];
  const refused = (charged: { amountMinor: number; currency: string }, cancellation?: OrderRecord['cancellation']) =>
    spendOfOrder({ status: 'refused-bait-and-switch', offer, mandate, receipt: { charged } as OrderRecord['receipt'], ...(cancellation ? { cancellation } : {}) });
  const at = '2026-03-01T09:00:00.000Z';

  it('(fixed) counts the mandate’s amount while the money is kept, in the caps’ currency', () => {
    expect(refused({ amountMinor: 1, currency: 'JPY' })).toEqual({ amountMinor: 6_000, currency: 'EUR' });
    expect(refused({ amountMinor: 6_000, currency: 'USD' }, { outcome: 'refused', at })).toEqual({ amountMinor: 6_000, currency: 'EUR' });
    // A partial refund in the charge's currency cannot be converted: nothing is taken off.
    expect(refused({ amountMinor: 6_000, currency: 'USD' }, { outcome: 'cancelled', refund: { amountMinor: 5_000, currency: 'USD' }, at })).toEqual({ amountMinor: 6_000, currency: 'EUR' });
  });
  it('(fixed) a refund “in full” of a charge in another currency frees nothing (on 86050b1 one yen charged and refunded freed a 60 EUR mandate); a refund in the mandate’s currency is taken off', () => {
    expect(refused({ amountMinor: 1, currency: 'JPY' }, { outcome: 'cancelled', refund: { amountMinor: 1, currency: 'JPY' }, at })).toEqual({ amountMinor: 6_000, currency: 'EUR' });
    expect(refused({ amountMinor: 6_000, currency: 'USD' }, { outcome: 'cancelled', refund: { amountMinor: 6_000, currency: 'USD' }, at })).toEqual({ amountMinor: 6_000, currency: 'EUR' });
    expect(refused({ amountMinor: 6_000, currency: 'USD' }, { outcome: 'cancelled', at })).toEqual({ amountMinor: 6_000, currency: 'EUR' });
    expect(refused({ amountMinor: 6_000, currency: 'USD' }, { outcome: 'cancelled', refund: { amountMinor: 2_000, currency: 'EUR' }, at })).toEqual({ amountMinor: 4_000, currency: 'EUR' });
  });
});
