// Red team 29 over real Streamable HTTP: a shop slower than the brand server's keep-alive timeout (Node's default, 5 s)
// leaves the butler's pooled connections to the brand closed by the server before the butler hears of it. The order
// written next on one of them died before reaching the brand, was sent once more on the next stale one and died again:
// `get_order` found no order and the purchase came back failed, though the brand was reachable all along.
import { describe, expect, it } from 'vitest';
import { openMarket, slyRanked } from './http-market.ts';

describe('an order after the brand server let its idle connections go', () => {
  it('(fixed) is placed once, on a new connection', async () => {
    const m = await openMarket();
    const best = slyRanked(await m.shop())[0]!;
    // What the server's keep-alive timeout does after a slow shop, at the moment the person confirms.
    m.sly.closeIdleConnections();
    const bought = await m.buy(best.offer.offerId);
    expect(bought.kind).toBe('purchased');
    expect(m.sly.calls.filter((c) => c.tool === 'place_order')).toHaveLength(1);
  }, 60_000);
});
