// An order whose answer was lost twice (place_order and get_order unanswered) is kept as 'unconfirmed'. What becomes of
// it afterwards must not depend on where the butler keeps its memory: every case runs one body against the SQLite
// memory (its own atomic reservations) and the in-memory one (in-process reservations).
import { describe, expect, it } from 'vitest';
import { PLACE_ORDER_FAILURE, placeOrderFailure } from '../../agent/butler/index.ts';
import type { BrandCallError } from '../../agent/transport/index.ts';
import { PROTOCOL_ERROR_CODES, type Offer, type Order } from '../../protocol/index.ts';
import { START, lost, market, noSuchOrder, notSupported, receiptFor } from './unconfirmed-market.ts';

describe.each(['SQLite', 'in-memory'] as const)('an unconfirmed order (%s memory)', (store) => {
  it('the brand’s "no such order" releases the mandate’s amount and the offer may be bought again, with the failed attempt kept in the log', async () => {
    const m = market(store);
    const [shoe, other] = m.offers as [Offer, Offer];
    expect((await m.buy(shoe)).kind).toBe('unconfirmed');
    expect(m.memory.spentInMonth(START, 'EUR').amountMinor).toBe(12_000);
    // 120 + 90 EUR would pass the 200 EUR month: the unconfirmed order holds its amount.
    expect((await m.buy(other)).kind).toBe('blocked-by-policy');
    m.script.getOrder = () => noSuchOrder;
    expect((await m.buy(shoe)).kind).toBe('failed');
    expect(m.memory.spentInMonth(START, 'EUR').amountMinor).toBe(0);
    // The brand holds nothing: the person may buy the same offer again (the same idempotency key, so never twice).
    m.script.placeOrder = m.placing;
    const again = await m.buy(shoe);
    expect(again.kind).toBe('purchased');
    expect(m.calls.placeOrder).toBe(2);
    expect(m.memory.spentInMonth(START, 'EUR').amountMinor).toBe(12_000);
    expect(m.memory.orders().map((o) => o.status).sort()).toEqual(['failed', 'placed']);
    expect((await m.buy(shoe)).kind).toBe('already-ordered');
  });
});

describe.each(['SQLite', 'in-memory'] as const)('a failed place_order: refused or answer lost (%s memory)', (store) => {
  it.each(Object.entries(PLACE_ORDER_FAILURE))('%s: %s', async (code, meaning) => {
    const m = market(store);
    const [shoe] = m.offers as [Offer];
    m.script.placeOrder = () => ({ ok: false, error: { code: code as BrandCallError['code'], message: `the answer: ${code}` } });
    const result = await m.buy(shoe);
    if (meaning === 'refused') {
      // The brand's "no": nothing ordered, nothing asked, nothing counted, nothing in the log.
      expect(result.kind).toBe('failed');
      expect(m.calls.getOrder).toBe(0);
      expect(m.memory.orders()).toEqual([]);
      expect(m.memory.spentInMonth(START, 'EUR').amountMinor).toBe(0);
    } else {
      // No "no": the brand is asked by the order's key, and with no answer there either the order is kept unconfirmed.
      expect(result.kind).toBe('unconfirmed');
      expect(m.calls.getOrder).toBe(1);
      expect(m.memory.orders().map((o) => o.status)).toEqual(['unconfirmed']);
      expect(m.memory.spentInMonth(START, 'EUR').amountMinor).toBe(12_000);
    }
  });

  it('every business code of the protocol is a refusal; a fault is one only when no handler ran', () => {
    for (const [code, { kind }] of Object.entries(PROTOCOL_ERROR_CODES)) {
      const expected = kind === 'business' || ['UNSUPPORTED_VERSION', 'UNKNOWN_TOOL', 'INVALID_PAYLOAD'].includes(code) ? 'refused' : 'answer-lost';
      expect([code, placeOrderFailure({ code: code as BrandCallError['code'], message: '' })]).toEqual([code, expected]);
    }
    expect(placeOrderFailure({ code: 'SOMETHING_NEW' as BrandCallError['code'], message: '' })).toBe('answer-lost');
  });

  it('an answer too large to read is no refusal: the brand took the order, and get_order brings its receipt', async () => {
    const m = market(store);
    const [shoe, other] = m.offers as [Offer, Offer];
    let held: Order | undefined;
    const placing = m.placing;
    m.script.placeOrder = (order) => ((held = order), { ok: false, error: { code: 'PAYLOAD_TOO_LARGE', message: 'the answer is over the size limit' } });
    m.script.getOrder = () => placing(held!);
    const result = await m.buy(shoe);
    expect(result.kind).toBe('purchased');
    expect(m.memory.orders().map((o) => o.status)).toEqual(['placed']);
    expect((await m.buy(other)).kind).toBe('blocked-by-policy');
  });

  it('get_order refusing otherwise than "no such order" does not end an unconfirmed order', async () => {
    const m = market(store);
    const [shoe] = m.offers as [Offer];
    expect((await m.buy(shoe)).kind).toBe('unconfirmed');
    m.script.getOrder = () => notSupported;
    expect((await m.buy(shoe)).kind).toBe('unconfirmed');
    expect(m.memory.spentInMonth(START, 'EUR').amountMinor).toBe(12_000);
  });
});

describe.each(['SQLite', 'in-memory'] as const)('a way out of an unconfirmed order (%s memory)', (store) => {
  it('past its mandate’s expiry the amount still counts (the brand may charge an order it took in time), until the brand says it holds no such order', async () => {
    const m = market(store);
    const [shoe, other] = m.offers as [Offer, Offer];
    const bought = await m.buy(shoe);
    expect(bought.kind).toBe('unconfirmed');
    const order = (bought as Extract<typeof bought, { kind: 'unconfirmed' }>).order;
    const expiry = new Date(order.mandate.expiresAt);
    expect(m.memory.spentInMonth(new Date(expiry.getTime() - 1), 'EUR').amountMinor).toBe(12_000);
    expect(m.memory.spentInMonth(expiry, 'EUR').amountMinor).toBe(12_000);
    m.setNow(new Date(expiry.getTime() + 60_000));
    m.script.placeOrder = m.placing;
    expect((await m.buy(other)).kind).toBe('blocked-by-policy');
    // The brand's own word ends it: the month is free again, and the unconfirmed order stays in the log as failed.
    m.script.getOrder = () => noSuchOrder;
    expect((await m.butler.recheckOrder(order.orderId)).kind).toBe('failed');
    expect((await m.buy(other)).kind).toBe('purchased');
    expect(m.memory.orders().map((o) => [o.orderId, o.status]).filter(([id]) => id === order.orderId)).toEqual([[order.orderId, 'failed']]);
  });

  it('a re-check asks get_order again and never orders: no answer keeps it, a receipt settles it (and counts again), "no such order" ends it', async () => {
    const m = market(store);
    const [shoe] = m.offers as [Offer];
    const bought = await m.buy(shoe);
    const order = (bought as Extract<typeof bought, { kind: 'unconfirmed' }>).order;
    expect(await m.butler.recheckOrder('no-such-id')).toEqual({ kind: 'unknown-order' });
    expect((await m.butler.recheckOrder(order.orderId)).kind).toBe('unconfirmed');
    expect(m.calls).toEqual({ placeOrder: 1, getOrder: 2 });
    // Past the mandate's expiry the brand is still asked (a receipt may come late); the receipt counts as placed.
    m.setNow(new Date(Date.parse(order.mandate.expiresAt) + 3_600_000));
    let held: Order | undefined;
    m.script.placeOrder = (o) => ((held = o), lost);
    const key = (await m.butler.recheckOrder(order.orderId), m.calls.getOrder);
    expect(key).toBe(3);
    m.script.getOrder = () => ({ ok: true, value: receiptFor({ idempotencyKey: 'idem-late-receipt', offerId: shoe.offerId, quantity: 1 } as Order, shoe) });
    const settled = await m.butler.recheckOrder(order.orderId);
    expect(settled.kind).toBe('purchased');
    expect(held).toBeUndefined();
    expect(m.memory.orders().map((o) => [o.orderId, o.status])).toEqual([[order.orderId, 'placed']]);
    expect(m.memory.spentInMonth(new Date(Date.parse(order.mandate.expiresAt) + 3_600_000), 'EUR').amountMinor).toBe(12_000);
    expect(await m.butler.recheckOrder(order.orderId)).toEqual({ kind: 'not-unconfirmed', status: 'placed' });
    expect(m.calls.placeOrder).toBe(1);
  });
});
