// The person's way out of an unconfirmed order the brand never answers: "nothing was charged". Their word frees the
// month's cap the order held, is kept in the order's chained record (nothing deleted), moves no brand's trust, and the
// brand's later answer still settles the order (a receipt counts again). Both memories run the same body.
import { describe, expect, it } from 'vitest';
import type { PersonRelease } from '../../agent/butler/index.ts';
import { TrustLedger } from '../../agent/trust/index.ts';
import type { Offer, Order } from '../../protocol/index.ts';
import { verifyOrderChain } from '../../storage/index.ts';
import { START, market, noSuchOrder, receiptFor } from './unconfirmed-market.ts';

const nothingCharged = (at: Date): PersonRelease => ({ statement: 'nothing-charged', by: 'person', channel: 'terminal', at: at.toISOString() });

describe.each(['SQLite', 'in-memory'] as const)('releasing an unconfirmed order (%s memory)', (store) => {
  it('frees the month on the person’s word, keeps the order and its mandate, records the statement, and moves no trust', async () => {
    const m = market(store);
    const [shoe, other] = m.offers as [Offer, Offer];
    const bought = await m.buy(shoe);
    expect(bought.kind).toBe('unconfirmed');
    const order = (bought as Extract<typeof bought, { kind: 'unconfirmed' }>).order;
    m.script.placeOrder = m.placing;
    // 120 + 90 EUR would pass the 200 EUR month: the unconfirmed order holds its amount (the red-team fix)…
    expect((await m.buy(other)).kind).toBe('blocked-by-policy');
    const events = new TrustLedger(m.db).eventCount();
    const released = m.butler.releaseOrder(order.orderId, nothingCharged(START));
    expect(released.kind).toBe('released');
    // …until the person says nothing was charged. The order stays, unconfirmed, with its mandate and the statement.
    const kept = m.memory.order(order.orderId)!;
    expect(kept).toMatchObject({ status: 'unconfirmed', mandate: order.mandate, release: { statement: 'nothing-charged', by: 'person', channel: 'terminal' } });
    expect(m.memory.spentInMonth(START, 'EUR').amountMinor).toBe(0);
    expect(new TrustLedger(m.db).eventCount()).toBe(events);
    expect((await m.buy(other)).kind).toBe('purchased');
    // Said once: a second release changes nothing; an order that is not unconfirmed cannot be released.
    expect(m.butler.releaseOrder(order.orderId, nothingCharged(START)).kind).toBe('already-released');
    const placed = m.memory.orders().find((o) => o.status === 'placed')!;
    expect(m.butler.releaseOrder(placed.orderId, nothingCharged(START))).toEqual({ kind: 'not-unconfirmed', status: 'placed' });
    expect(m.butler.releaseOrder('no-such-order', nothingCharged(START))).toEqual({ kind: 'unknown-order' });
    if (store === 'SQLite') {
      // The order log keeps both states: unconfirmed as the brand left it, then with the person's statement.
      const states = (m.db.sqlite.prepare('SELECT record FROM order_events WHERE order_id = ? ORDER BY seq').all(order.orderId) as Array<{ record: string }>).map((r) => JSON.parse(r.record) as { status: string; release?: unknown });
      expect(states.map((s) => [s.status, s.release !== undefined])).toEqual([['unconfirmed', false], ['unconfirmed', true]]);
      expect(verifyOrderChain(m.db).ok).toBe(true);
    }
  });

  it('the brand’s receipt, even after the release, settles the order and its charge counts again', async () => {
    const m = market(store);
    const [shoe] = m.offers as [Offer];
    const order = ((await m.buy(shoe)) as Extract<Awaited<ReturnType<typeof m.buy>>, { kind: 'unconfirmed' }>).order;
    m.butler.releaseOrder(order.orderId, nothingCharged(START));
    expect(m.memory.spentInMonth(START, 'EUR').amountMinor).toBe(0);
    m.script.getOrder = () => ({ ok: true, value: receiptFor({ idempotencyKey: 'idem-late-receipt', offerId: shoe.offerId, quantity: 1 } as Order, shoe) });
    expect((await m.butler.recheckOrder(order.orderId)).kind).toBe('purchased');
    expect(m.memory.order(order.orderId)).toMatchObject({ status: 'placed', release: { statement: 'nothing-charged' } });
    expect(m.memory.spentInMonth(START, 'EUR').amountMinor).toBe(12_000);
    expect(m.calls.placeOrder).toBe(1);
  });

  it('a released order is still never ordered twice: buying its offer again asks the brand where it stands', async () => {
    const m = market(store);
    const [shoe] = m.offers as [Offer];
    const order = ((await m.buy(shoe)) as Extract<Awaited<ReturnType<typeof m.buy>>, { kind: 'unconfirmed' }>).order;
    m.butler.releaseOrder(order.orderId, nothingCharged(START));
    m.script.getOrder = () => noSuchOrder;
    expect((await m.buy(shoe)).kind).toBe('failed');
    expect(m.calls).toEqual({ placeOrder: 1, getOrder: 2 });
    expect(m.memory.order(order.orderId)).toMatchObject({ status: 'failed', release: { statement: 'nothing-charged' } });
  });

  it('only the person says it: a statement not made by the person is refused', () => {
    const m = market(store);
    expect(() => m.butler.releaseOrder('any', { ...nothingCharged(START), by: 'brand' } as unknown as PersonRelease)).toThrow(/only the person/);
  });
});
