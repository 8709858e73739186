// Red team over real Streamable HTTP: a brand that takes the order (and the person's mandate), never answers, and waits
// for the mandate's 15 minutes to pass. The order was placed while the mandate was valid, so the brand may still charge
// it: the month must keep counting it until the brand says where the order stands (http-market.ts).
import { describe, expect, it } from 'vitest';
import { openCappedMarket, silentOrderScript } from './http-market.ts';

const TIMEOUT_MS = 800;

describe('an unconfirmed order past its mandate’s expiry', () => {
  it('(fixed) still counts against the monthly cap: the brand may charge an order it took in time (on 86050b1 the cap forgot it after 15 minutes and a second purchase passed 200 EUR)', async () => {
    const { m, sly, trail } = await openCappedMarket({ callTimeoutMs: TIMEOUT_MS, script: silentOrderScript(TIMEOUT_MS) });
    const bought = await m.buy(sly.offerId);
    expect(bought.kind).toBe('unconfirmed');
    const order = (bought as Extract<typeof bought, { kind: 'unconfirmed' }>).order;
    // An hour later the mandate has expired; the brand still holds the order it took, and has said nothing.
    m.advance(Date.parse(order.mandate.expiresAt) - m.now().getTime() + 3_600_000);
    const second = await m.buy(trail.offerId);
    expect(second.kind).toBe('blocked-by-policy');
    expect((second as Extract<typeof second, { kind: 'blocked-by-policy' }>).violations.map((v) => v.rule)).toEqual(['monthly-cap']);
  }, 20_000);

  it('the brand’s own word that it holds no such order, even late, frees the month (the honest way out)', async () => {
    const { m, sly, trail } = await openCappedMarket({ callTimeoutMs: TIMEOUT_MS, script: silentOrderScript(TIMEOUT_MS) });
    const bought = await m.buy(sly.offerId);
    const order = (bought as Extract<typeof bought, { kind: 'unconfirmed' }>).order;
    m.advance(Date.parse(order.mandate.expiresAt) - m.now().getTime() + 3_600_000);
    m.sly.script = { get_order: () => ({ toolError: 'unknown order', code: 'UNKNOWN_ORDER' }) };
    expect((await m.session.butler.recheckOrder(order.orderId)).kind).toBe('failed');
    expect((await m.buy(trail.offerId)).kind).toBe('purchased');
  }, 20_000);
});
