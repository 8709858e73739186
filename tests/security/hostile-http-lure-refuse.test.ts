// Red team over real Streamable HTTP: "lure then refuse". A brand offers the best price, wins the person's choice, then
// refuses every order at purchase (out of stock), request after request, to keep being ranked first. The refusal of an
// order the person confirmed is the brand's conduct: it must reach the ledger, weighed as an order not delivered, so
// repeated lures sink it; a brand honestly out of stock pays once per request, however often the person tries
// (http-market.ts).
import { describe, expect, it } from 'vitest';
import { bindBrandIdentity, type BrandConnection } from '../../agent/butler/index.ts';
import { RECOMMENDATION_FLOOR } from '../../agent/trust/index.ts';
import { openMarket, rewriting, slyRanked, HOUR } from './http-market.ts';

const soldOut = () => ({ toolError: 'Sorry, this item just sold out.', code: 'OUT_OF_STOCK' as const });

describe('a brand that lures with its price and refuses the order', () => {
  it('(fixed) is recorded each request and sinks below the honesty floor: its third lure cannot be bought (on 86050b1 nothing reached the ledger and it was bought, and refused, every time)', async () => {
    const m = await openMarket({ script: { place_order: soldOut } });
    const kinds: string[] = [];
    for (let request = 0; request < 2; request++) {
      const shopped = await m.shop();
      const sly = slyRanked(shopped)[0]!;
      const bought = await m.buy(sly.offerId);
      expect(bought.kind).toBe('failed');
      kinds.push(bought.kind);
      m.advance(24 * HOUR);
    }
    const refusals = m.events('sly-shoes').filter((e) => e.kind === 'order-refused');
    expect(refusals).toHaveLength(2);
    expect(refusals[0]!.evidence).toMatchObject({ code: 'OUT_OF_STOCK' });
    const standing = m.session.trust.scoreOf('sly-shoes', m.now().getTime());
    expect(standing.estimatedHonesty).toBeLessThan(RECOMMENDATION_FLOOR);
    const third = await m.shop();
    const lure = third.ranking.ranked.find((x) => x.brandId === 'sly-shoes') ?? third.ranking.excluded.find((x) => x.offer.brandId === 'sly-shoes');
    expect(lure).toBeDefined();
    expect((await m.buy(lure!.offer.offerId)).kind).toBe('excluded-by-ranking');
  }, 60_000);

  it('an honest brand out of stock pays once per request, however many of its offers or retries the person tries, and stays recommendable', async () => {
    // Two offers in the request (the second a copy under another id), both out of stock.
    const twoOffers = rewriting((o) => o);
    const m = await openMarket({
      script: {
        request_offers: async (args, core) => {
          const answer = await twoOffers(args, core);
          const value = (answer as { value: { offers: Array<{ offerId: string }> } }).value;
          return { value: { ...value, offers: [...value.offers, ...value.offers.map((o) => ({ ...o, offerId: `${o.offerId}-b` }))] } };
        },
        place_order: soldOut,
      },
    });
    const shopped = await m.shop();
    const offers = slyRanked(shopped);
    expect(offers.length).toBeGreaterThanOrEqual(2);
    for (const o of [offers[0]!, offers[0]!, offers[1]!]) expect((await m.buy(o.offerId)).kind).toBe('failed');
    expect(m.events('sly-shoes').filter((e) => e.kind === 'order-refused')).toHaveLength(1);
    expect(m.session.trust.scoreOf('sly-shoes', m.now().getTime()).estimatedHonesty).toBeGreaterThanOrEqual(RECOMMENDATION_FLOOR);
  }, 60_000);
});

describe('a refusal of the butler’s own side', () => {
  it('is marked as such (origin "butler"): an offer this connection never made, a mandate that does not match it, never reached the brand', async () => {
    let sent = 0;
    const connection = { id: 'x', card: { id: 'x', name: 'X' }, timeoutMs: 1_000, supports: () => true, placeOrder: async () => (sent++, { ok: false as const, error: { code: 'OUT_OF_STOCK' as const, message: 'no' } }) } as unknown as BrandConnection;
    const bound = bindBrandIdentity(connection, 'x');
    const order = { protocolVersion: '1.1', idempotencyKey: 'idem-0123456789abcdef', requestId: 'r', offerId: 'x:unknown', buyerId: 'b', quantity: 1, mandate: { offerId: 'x:unknown' } } as Parameters<BrandConnection['placeOrder']>[0];
    const result = await bound.placeOrder(order);
    expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_OFFER', origin: 'butler' } });
    expect(sent).toBe(0);
  });
});
