// Red team (disclosure): the request id every brand received was the butler's own, `req-<its clock, base 36>-<how
// many requests it has made>`, the same for every brand asked. A brand asked today and again tomorrow learnt how many
// other requests the person made in between, for anything, from anyone, and when; two brands comparing ids learnt they
// were asked by the same person, which their different buyer ids are there to hide. Each brand now receives its own
// opaque id for each request (agent/butler/brand-request-id.ts); the butler keeps its own id for its tie-breaks and
// records, and the brand's id is the one offers, counters and orders name.
import { afterEach, describe, expect, it } from 'vitest';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import { MARKET_NOW, openSmallMarket, shoeEntry, type SmallMarket } from '../support/small-market.ts';

const clock = () => MARKET_NOW;
let market: SmallMarket | undefined;
afterEach(async () => {
  await market?.close();
  market = undefined;
});

const honest = (id: string, sku: string, price: number) =>
  createStrategyBrand({ id, name: id, strategy: 'honest', categories: ['running-shoes'], catalog: [shoeEntry(sku, `${id} trail shoe`, price, { terrain: 'trail', waterproof: true })], clock });

async function openTwoBrands(): Promise<SmallMarket> {
  return (market = await openSmallMarket({ brands: [honest('calm-runners', 'calm-ridge-43', 12_900), honest('quiet-trails', 'quiet-ridge-43', 13_900)], profile: { disclosure: 'minimal' } }));
}

function idsSeenBy(m: SmallMarket, brandId: string): string[] {
  // The first brief of each request (its "anything cheaper?" round, under the same id and '.cheaper', aside).
  return m.wiretap.outgoing.filter((o) => o.tool === 'request_offers' && o.brandId === brandId).map((o) => (JSON.parse(o.json) as { requestId: string }).requestId).filter((id) => !id.endsWith('.cheaper'));
}

describe('the request id a brand receives', () => {
  it('(fixed) holds neither how many requests the person made nor the time, and is not the one another brand receives', async () => {
    const m = await openTwoBrands();
    const understood = await m.understand('waterproof trail shoes size 43 under 150 euros');
    if (understood.kind !== 'need') throw new Error('expected a need');
    const results = [];
    for (let i = 0; i < 5; i++) results.push(await m.shop(understood.need));
    const calm = idsSeenBy(m, 'calm-runners');
    const quiet = idsSeenBy(m, 'quiet-trails');
    expect(new Set(calm).size).toBe(5);
    expect(new Set(quiet).size).toBe(5);
    for (const [i, id] of [...calm, ...quiet].entries()) {
      expect(id).not.toMatch(new RegExp(`-${(i % 5) + 1}$`));
      expect(id).not.toContain(MARKET_NOW.getTime().toString(36));
      expect(results.map((r) => r.requestId)).not.toContain(id);
    }
    // The same request reaches each brand under an id of its own: on main both read 'req-mwt3h340-1' … '-5'.
    for (let i = 0; i < 5; i++) expect(calm[i]).not.toBe(quiet[i]);
    // Every id has the same shape, so the fifth cannot be told from a first.
    expect(new Set([...calm, ...quiet].map((id) => id.replace(/[0-9a-f]/g, 'x'))).size).toBe(1);
  });

  it('names the offers the brand made, which the person can still buy', async () => {
    const m = await openTwoBrands();
    const understood = await m.understand('waterproof trail shoes size 43 under 150 euros');
    if (understood.kind !== 'need') throw new Error('expected a need');
    const result = await m.shop(understood.need);
    const best = result.ranking.ranked[0]!;
    expect(idsSeenBy(m, best.brandId)).toContain(best.offer.requestId);
    const bought = await m.buy({ offerId: best.offerId, confirmedBy: 'person', channel: 'terminal', at: MARKET_NOW.toISOString() });
    expect(bought.kind).toBe('purchased');
    const order = m.wiretap.outgoing.find((o) => o.tool === 'place_order')!;
    expect((JSON.parse(order.json) as { requestId: string }).requestId).toBe(best.offer.requestId);
  });
});
