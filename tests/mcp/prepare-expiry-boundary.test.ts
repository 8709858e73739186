// mendleft40: prepare_purchase reads an offer's expiry by the same rule as the purchase (agent/scoring/offer-expired.ts):
// an offer valid until T is 'prepared' at T and 'expired' from T + 1 ms.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FindOffersOutput, PrepareOutput } from '../../agent/mcp/index.ts';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import { MARKET_NOW, shoeEntry } from '../support/small-market.ts';
import { connectButlerClient, type ButlerClient } from './butler-client.ts';

let t = MARKET_NOW.getTime();
const clock = () => new Date(t);
let butler: ButlerClient;
beforeAll(async () => {
  butler = await connectButlerClient([createStrategyBrand({ id: 'calm-runners', name: 'Calm Runners', strategy: 'honest', categories: ['running-shoes'], catalog: [shoeEntry('calm-ridge-43', 'Calm Ridge trail shoe', 12_900, { terrain: 'trail', waterproof: true })], clock })], clock);
});
afterAll(() => butler.close());

const call = async (name: string, args: Record<string, unknown>) => (await butler.client.callTool({ name, arguments: args })) as { structuredContent?: Record<string, unknown> };

describe('prepare_purchase at the end of an offer', () => {
  it('prepares it at its validUntil, and says it has expired one millisecond later', async () => {
    const found = FindOffersOutput.parse((await call('find_offers', { request: 'waterproof trail shoes size 43 under 150 euros' })).structuredContent);
    const top = found.offers!.find((o) => o.rank === 1)!;
    const end = Date.parse(PrepareOutput.parse((await call('prepare_purchase', { offerId: top.offerId })).structuredContent).validUntil);
    t = end;
    const atEnd = PrepareOutput.parse((await call('prepare_purchase', { offerId: top.offerId })).structuredContent);
    expect(atEnd.status).toBe('prepared');
    expect(atEnd.summary).not.toContain('expired');
    t = end + 1;
    const after = PrepareOutput.parse((await call('prepare_purchase', { offerId: top.offerId })).structuredContent);
    expect(after.status).toBe('expired');
    expect(after.summary).toContain('This offer has expired');
  });
});
