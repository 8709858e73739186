// mendleft39 finding 1 (sim, latent): the simulated person buys from the best other brand after a purchase result the
// simulator reads as "nothing was ordered" (`NOTHING_ORDERED`: failed, not-available, excluded-by-ranking). That is a
// double buy whenever such a result can come back while an order of the offer is live at the first brand. It could:
// an unconfirmed order whose brand is not reachable when the offer is confirmed again came back `not-available` (the
// order stayed unconfirmed, so possibly live), and an offer already ordered came back `not-available` once it expired
// (or `excluded-by-ranking` once its brand was caught), the checks running before the order log was read. The butler
// now answers an offer with a live order by that order (`unconfirmed`, `already-ordered`) before any other check.
import { describe, expect, it } from 'vitest';
import type { PurchaseResult } from '../../agent/butler/index.ts';
import type { Offer } from '../../protocol/index.ts';
import { NOTHING_ORDERED } from '../../sim/policies/butler-agent.ts';
import { START, market, offer, receiptFor } from '../butler/unconfirmed-market.ts';

/** The simulator's reading of a result, checked against the order log: "nothing ordered" only when no order of the offer is live. */
function expectFallbackSafe(m: ReturnType<typeof market>, offer: Offer, result: PurchaseResult): void {
  const live = m.memory.orderOfOffer(offer.offerId);
  if (NOTHING_ORDERED.has(result.kind)) expect(live, `${result.kind} while order ${live?.orderId} (${live?.status}) may be live`).toBeUndefined();
}

describe.each(['SQLite', 'in-memory'] as const)('a purchase result the simulated person falls back on (%s memory)', (store) => {
  it('an unconfirmed order whose brand is unreachable stays unconfirmed, not "not available"', async () => {
    const m = market(store);
    const [shoe] = m.offers as [Offer];
    const first = await m.buy(shoe);
    expect(first.kind).toBe('unconfirmed');
    expectFallbackSafe(m, shoe, first);
    m.reach.reachable = false;
    const again = await m.buy(shoe);
    expectFallbackSafe(m, shoe, again);
    expect(again.kind).toBe('unconfirmed');
    // The same answer to the person's own re-check: the order is still unconfirmed.
    const order = m.memory.orderOfOffer(shoe.offerId)!;
    expect((await m.butler.recheckOrder(order.orderId)).kind).toBe('unconfirmed');
    expect(m.calls.placeOrder).toBe(1);
  });

  it('an offer ordered and placed is already ordered after it expires, not "not available"', async () => {
    const m = market(store);
    const [shoe] = m.offers as [Offer];
    m.script.placeOrder = m.placing;
    const first = await m.buy(shoe);
    expect(first.kind).toBe('purchased');
    m.setNow(new Date(Date.parse(shoe.validUntil) + 60_000));
    const again = await m.buy(shoe);
    expectFallbackSafe(m, shoe, again);
    expect(again.kind).toBe('already-ordered');
    expect(m.calls.placeOrder).toBe(1);
  });

  it('a brand’s "no" and a short receipt: nothing live after the one, a refusal (not "nothing ordered") after the other', async () => {
    const m = market(store);
    const [shoe] = m.offers as [Offer];
    const pair: Offer = { ...offer(3, 9_000), quantity: 2 };
    m.memory.recordOffers([pair], START.toISOString());
    // Out of stock at checkout: the brand's "no", nothing taken on its word.
    m.script.placeOrder = () => ({ ok: false, error: { code: 'OUT_OF_STOCK', message: 'sold out' } });
    const refused = await m.buy(shoe);
    expect(refused.kind).toBe('failed');
    expectFallbackSafe(m, shoe, refused);
    // Partial stock: the brand takes the order and ships fewer than agreed; a receipt that is not the offer.
    m.script.placeOrder = (order) => ({ ok: true, value: receiptFor({ ...order, quantity: 1 }, pair) });
    const short = await m.buy(pair);
    expect(short.kind).toBe('refused-bait-and-switch');
    expect(NOTHING_ORDERED.has(short.kind)).toBe(false);
    expectFallbackSafe(m, pair, short);
  });
});
