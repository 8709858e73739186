// Red team (disclosure): the request id every brand receives was `req-<the butler's clock, base 36>-<how many requests
// this butler has made>`. A brand asked today and again tomorrow learnt how many other requests the person made in
// between, for anything, from anyone: their shopping activity, which no brief discloses. The id is now opaque (a keyed
// hash of the time and count): it names one request and tells nothing else.
import { afterEach, describe, expect, it } from 'vitest';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import { MARKET_NOW, openSmallMarket, shoeEntry, type SmallMarket } from '../support/small-market.ts';

const clock = () => MARKET_NOW;
let market: SmallMarket | undefined;
afterEach(async () => {
  await market?.close();
  market = undefined;
});

async function requestIdsSeen(requests: number): Promise<string[]> {
  market = await openSmallMarket({
    brands: [createStrategyBrand({ id: 'calm-runners', name: 'Calm Runners', strategy: 'honest', categories: ['running-shoes'], catalog: [shoeEntry('calm-ridge-43', 'Calm Ridge trail shoe', 12_900, { terrain: 'trail', waterproof: true })], clock })],
  });
  const understood = await market.understand('waterproof trail shoes size 43 under 150 euros');
  if (understood.kind !== 'need') throw new Error('expected a need');
  for (let i = 0; i < requests; i++) await market.shop(understood.need);
  return market.wiretap.outgoing.filter((o) => o.tool === 'request_offers').map((o) => (JSON.parse(o.json) as { requestId: string }).requestId);
}

describe('the request id a brand receives', () => {
  it('(fixed) holds neither how many requests the person made nor the time', async () => {
    const ids = [...new Set(await requestIdsSeen(5))];
    expect(ids).toHaveLength(5);
    for (const [i, id] of ids.entries()) {
      expect(id).not.toMatch(new RegExp(`\\D${i + 1}$`));
      expect(id).not.toContain(MARKET_NOW.getTime().toString(36));
    }
    // Every id has the same shape, so the fifth cannot be told from a first.
    expect(new Set(ids.map((id) => id.replace(/[0-9a-f]/g, 'x'))).size).toBe(1);
  });
});
