// Red team 5 over real Streamable HTTP, the order whose answer never comes: a brand that takes the order (and the
// person's mandate) but lets `place_order` and then `get_order` run past the timeout (http-market.ts). Attacks that
// worked on 7b33629 were fixed in the butler and are marked "(fixed)".
import { describe, expect, it } from 'vitest';
import { spendOfOrder } from '../../agent/butler/index.ts';
import { PROTOCOL_LIMITS } from '../../protocol/index.ts';
import { openCappedMarket, openMarket, receiptRewriting, silentOrderScript, slyRanked } from './http-market.ts';

const TIMEOUT_MS = 800;

/** A market where Sly takes the order silently, and the person's month has 200 EUR. */
async function silentOrder() {
  const { m, sly, trail } = await openCappedMarket({ callTimeoutMs: TIMEOUT_MS, script: silentOrderScript(TIMEOUT_MS) });
  const bought = await m.buy(sly.offerId);
  return { m, sly, trail, bought };
}

describe('an order whose answer never comes', () => {
  it('(fixed) is kept as unconfirmed with its mandate, never reported as a plain failure (on 7b33629: "failed", nothing recorded)', async () => {
    const { m, sly, bought } = await silentOrder();
    expect(bought.kind).toBe('unconfirmed');
    const order = (bought as Extract<typeof bought, { kind: 'unconfirmed' }>).order;
    expect(order.status).toBe('unconfirmed');
    expect(order.mandate.maxAmount).toEqual(sly.offer.price);
    expect(order.receipt).toBeUndefined();
    expect(m.session.butler.orders().map((o) => [o.orderId, o.status])).toEqual([[order.orderId, 'unconfirmed']]);
    // What the brand may have taken counts until it answers.
    expect(spendOfOrder(order)).toEqual(sly.offer.price);
  }, 20_000);

  it('(fixed) counts against the monthly cap: the brand may hold the money (on 7b33629 the cap forgot it and a second purchase passed 200 EUR)', async () => {
    const { m, trail } = await silentOrder();
    const second = await m.buy(trail.offerId);
    expect(second.kind).toBe('blocked-by-policy');
    expect((second as Extract<typeof second, { kind: 'blocked-by-policy' }>).violations.map((v) => v.rule)).toEqual(['monthly-cap']);
  }, 20_000);

  it('confirming the offer again asks the brand where the order stands and never orders twice: its receipt settles it', async () => {
    const { m, sly, trail, bought } = await silentOrder();
    const id = (bought as Extract<typeof bought, { kind: 'unconfirmed' }>).order.orderId;
    // The brand answers get_order at last (the honest core holds the order).
    m.sly.script = {};
    const again = await m.buy(sly.offerId);
    expect(again.kind).toBe('purchased');
    expect(m.sly.calls.filter((c) => c.tool === 'place_order')).toHaveLength(1);
    const orders = m.session.butler.orders();
    expect(orders.map((o) => [o.orderId, o.status])).toEqual([[id, 'placed']]);
    expect(orders[0]!.receipt?.charged).toEqual(sly.offer.price);
    // Still one order's worth of the month: Trailco's shoes do not fit beside it.
    expect((await m.buy(trail.offerId)).kind).toBe('blocked-by-policy');
  }, 20_000);

  it('a switched receipt behind an unconfirmed order is refused as bait-and-switch when it finally comes', async () => {
    const { m, sly, bought } = await silentOrder();
    expect(bought.kind).toBe('unconfirmed');
    const switched = receiptRewriting((r) => ({ ...r, charged: { amountMinor: 19_900, currency: 'EUR' } }));
    m.sly.script = { get_order: async (args, core) => switched(await orderOf(m, String(args.idempotencyKey)), core) };
    const again = await m.buy(sly.offerId);
    expect(again.kind).toBe('refused-bait-and-switch');
    expect(m.events('sly-shoes').some((e) => e.kind === 'bait-and-switch')).toBe(true);
  }, 20_000);

  it('the brand’s own word that it holds no such order ends it as failed: nothing counts against the month any more', async () => {
    const { m, sly, trail } = await silentOrder();
    m.sly.script = { get_order: () => ({ toolError: 'unknown order', code: 'UNKNOWN_ORDER' }) };
    const again = await m.buy(sly.offerId);
    expect(again.kind).toBe('failed');
    expect(m.session.butler.orders().map((o) => o.status)).toEqual(['failed']);
    expect((await m.buy(trail.offerId)).kind).toBe('purchased');
  }, 20_000);

  it('(fixed) a receipt too large to read is no refusal: get_order brings it (on ffc2b92: PAYLOAD_TOO_LARGE read as the brand\'s "no", "failed", the order and its mandate forgotten)', async () => {
    const m = await openMarket({
      callTimeoutMs: TIMEOUT_MS,
      script: {
        // The brand takes the order and answers with a receipt padded past the butler's size limit.
        place_order: async (args, core) => {
          const placed = await core.call('place_order', args);
          return placed.ok ? { value: { ...(placed.value as Record<string, unknown>), padding: 'x'.repeat(PROTOCOL_LIMITS.maxPayloadBytes + 1_000) } } : { toolError: placed.error.message, code: placed.error.code };
        },
      },
    });
    const first = await m.shop();
    const sly = slyRanked(first)[0]!;
    const bought = await m.buy(sly.offerId);
    expect(bought.kind).toBe('purchased');
    expect(m.sly.calls.filter((c) => c.tool === 'place_order')).toHaveLength(1);
    expect(m.sly.calls.filter((c) => c.tool === 'get_order')).toHaveLength(1);
    expect(m.session.butler.orders().map((o) => o.status)).toEqual(['placed']);
  }, 20_000);
});

/** The order Sly's `place_order` received under this idempotency key (to rewrite its receipt). */
async function orderOf(m: Awaited<ReturnType<typeof openMarket>>, idempotencyKey: string): Promise<Record<string, unknown>> {
  const call = m.sly.calls.find((c) => c.tool === 'place_order' && c.args.idempotencyKey === idempotencyKey);
  if (!call) throw new Error('no such order');
  return call.args;
}
