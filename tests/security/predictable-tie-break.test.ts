// Red team 27: the butler's own draws, as a brand can compute them. Two offers worth exactly the same to the person are
// ordered by a hash of the request's tie-break key and the offer id, and the exploration slot is drawn from a stream
// forked from the same key. The key was '<seed>:<the butler's request id>': the app's seed is 1 for every install, and
// the request id is 'req-<the butler's clock in base 36>-<its count of requests>', the clock the brief's issuedAt
// states to the millisecond and the count 1 in a fresh CLI process. A brand copying a rival's offer (the same product,
// price and terms) picked, among a few hundred offer ids, one whose hash beat the rival's: it came first in every install.
import { describe, expect, it } from 'vitest';
import { hashToSeed, type Offer } from '../../protocol/index.ts';
import type { HostileScript } from './hostile-http-brand.ts';
import { coreOffers, openMarket, tenantHello } from './http-market.ts';

/** Two tenants of one gateway: 'sly-shoes' (the rival, offer ids as they come) and 'sly-twin', which picks its offer ids. */
const tenantOf = (path: string) => (path === '/mcp' ? 'sly-shoes' : 'sly-twin');

/** The id the twin picks for its copy of the rival's offer `rivalId`: the first whose tie hash beats the rival's under the key it computes. */
function winningId(issuedAt: string, rivalId: string): string {
  const key = `1:req-${Date.parse(issuedAt).toString(36)}-1`;
  const rank = (butlerOfferId: string) => hashToSeed(`${key}\u0000${butlerOfferId}`);
  const rival = rank(`sly-shoes:${rivalId}`);
  for (let i = 0; i < 10_000; i++) if (rank(`sly-twin:copy-${i}`) < rival) return `copy-${i}`;
  throw new Error('no id found');
}

const gateway: HostileScript = {
  hello: tenantHello(tenantOf),
  request_offers: async (args, core, { path }) => {
    const value = await coreOffers(args, core);
    const tenant = tenantOf(path);
    const brief = args as { issuedAt: string };
    // Both tenants send the same offer (same product, price, terms, words); only the brand and the offer id differ.
    const offers = value.offers.slice(0, 1).map((o): Offer => ({ ...o, brandId: tenant, offerId: tenant === 'sly-shoes' ? 'rival-offer' : winningId(brief.issuedAt, 'rival-offer') }));
    return { value: { ...value, offers } };
  },
  counter_offer: () => ({ toolError: 'no haggling' }),
};

/** Which tenant's copy comes first in one fresh install (its own install secret), opened as the CLI opens it (no --seed). */
async function firstOfTheTwo(installSecret: string): Promise<string> {
  const m = await openMarket({ script: gateway, seed: null, installSecret, alsoAt: [{ id: 'sly-twin', url: (url) => url.replace(/\/mcp$/, '/twin/mcp') }] });
  const result = await m.shop();
  const twins = result.ranking.ranked.filter((r) => r.brandId === 'sly-shoes' || r.brandId === 'sly-twin');
  expect(twins).toHaveLength(2);
  // The two copies are worth exactly the same: only the tie-break orders them.
  expect(twins[0]!.value).toBe(twins[1]!.value);
  return twins[0]!.brandId;
}

describe("a brand cannot compute the butler's tie-break", () => {
  it('(fixed) a copy whose offer id was chosen against the guessable key does not win the tie in every install', async () => {
    const winners: string[] = [];
    for (const secret of ['a1', 'b2', 'c3', 'd4', 'e5', 'f6']) winners.push(await firstOfTheTwo(secret.repeat(32)));
    // On main: 'sly-twin' six times out of six. A key the brand cannot compute leaves it a coin flip per install.
    expect(winners.filter((w) => w === 'sly-twin').length).toBeLessThan(winners.length);
    expect(winners.filter((w) => w === 'sly-shoes').length).toBeLessThan(winners.length);
  }, 120_000);

  it('one install orders the same tie the same way every time it asks at the same moment (rankings reproduce for the person)', async () => {
    const first = await firstOfTheTwo('a1'.repeat(32));
    const again = await firstOfTheTwo('a1'.repeat(32));
    expect(again).toBe(first);
  }, 60_000);
});
