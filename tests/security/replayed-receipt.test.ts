// Red team (money, round 28): a receipt replayed for another order. The receipt a brand sends for an order echoes the
// order's idempotency key (the protocol: "Echoes the order"), and nothing checked it: Sly answered the person's second
// order with the receipt of the first (its order id, its key; the offer renamed to the one ordered, the same product,
// price and terms), and the butler recorded the second order as placed on it. The brand held two mandates and one
// receipt: an order the receipt does not answer, and a cancellation asked under that receipt's order id would reach the
// first order. A receipt (from place_order or get_order) naming another key is now no answer to this order: the
// connection notes the mismatch against the brand, and the order is kept unconfirmed, counting against the caps until
// the brand answers for it.
import { afterEach, describe, expect, it } from 'vitest';
import { TrustLedger } from '../../agent/trust/index.ts';
import { hashReceiptTerms, type Order } from '../../protocol/index.ts';
import { butlerBesideTrailco, clock, need, slyConnection, slyOffer, slyReceipt } from './sly-market.ts';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

const violationsOf = (ledger: TrustLedger, brandId: string) => ledger.eventsFor(brandId).flatMap((e) => (e.kind === 'protocol-violation' ? [e.evidence.violation] : []));

/** Sly offers its headphones under a new id each request; `receiptFor` answers each order (its first receipt kept). */
async function slyAnswering(receiptFor: (order: Order, first: ReturnType<typeof slyReceipt> | undefined) => unknown) {
  let first: ReturnType<typeof slyReceipt> | undefined;
  const h = await butlerBesideTrailco(
    slyConnection({
      requestOffers: (brief) => ({ requestId: brief.requestId, outcome: 'offers', offers: [slyOffer(`o-${brief.requestId}`, brief.requestId)] }),
      placeOrder: (order) => {
        const answer = receiptFor(order, first);
        first ??= answer as ReturnType<typeof slyReceipt>;
        return answer;
      },
    }),
  );
  close = h.close;
  const buyOnce = async () => {
    const result = await h.butler.shop(need);
    const sly = result.ranking.ranked.find((r) => r.brandId === 'sly');
    if (!sly) throw new Error('Sly not ranked');
    const bought = await h.buy(sly.offerId);
    clock.advanceDays(1);
    return bought;
  };
  return { h, buyOnce };
}

describe('a receipt answers the order it echoes', () => {
  it('(fixed) the first order\'s receipt sent again for a second order does not make the second one placed', async () => {
    const { h, buyOnce } = await slyAnswering((order, first) => {
      if (first === undefined) return slyReceipt(order, 'sly-order-1');
      // The first receipt, its offer renamed to the one ordered now (same product, price and terms) and re-hashed.
      const { termsHash: _h, orderId, idempotencyKey, placedAt, ...base } = first;
      const renamed = { ...base, offerId: order.offerId };
      return { ...renamed, orderId, idempotencyKey, placedAt, termsHash: hashReceiptTerms(renamed) };
    });
    expect((await buyOnce()).kind).toBe('purchased');
    const second = await buyOnce();
    // On main: 'purchased', with a receipt echoing the first order's key.
    expect(second.kind).toBe('unconfirmed');
    expect(violationsOf(h.ledger, 'sly')).toContain('answer-mismatch');
    // Both orders are kept and both count against the month.
    expect(h.memory.orders()).toHaveLength(2);
    expect(h.memory.spentInMonth(clock.now(), 'EUR').amountMinor).toBe(18_000);
  });

  it('a brand that reuses its order id but echoes each order\'s key is recorded as placed, twice, with nothing held against it', async () => {
    const { h, buyOnce } = await slyAnswering((order) => slyReceipt(order, 'sly-order-1'));
    expect((await buyOnce()).kind).toBe('purchased');
    expect((await buyOnce()).kind).toBe('purchased');
    expect(violationsOf(h.ledger, 'sly')).toEqual([]);
  });
});
