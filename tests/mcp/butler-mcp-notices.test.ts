// find_offers tells the calling assistant, in the need's language, what the person should know of a brand's part
// beyond its offers: here a brand whose brief fails, so none of its offers are compared.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import { FindOffersOutput } from '../../agent/mcp/index.ts';
import { ProtocolError } from '../../protocol/index.ts';
import { explanationMarket } from '../llm/market-fixture.ts';
import { MARKET_NOW, shoeEntry } from '../support/small-market.ts';
import { connectButlerClient, type ButlerClient } from './butler-client.ts';

let butler: ButlerClient;

beforeAll(async () => {
  const broken = createStrategyBrand({
    id: 'broken-boots',
    name: 'Broken Boots',
    strategy: 'honest',
    categories: ['running-shoes'],
    catalog: [shoeEntry('broken-43', 'Broken trail shoe', 9_900, { terrain: 'trail', waterproof: true })],
    clock: () => MARKET_NOW,
  });
  const failing = {
    ...broken,
    handlers: {
      ...broken.handlers,
      requestOffers: async () => {
        throw new ProtocolError('INTERNAL_ERROR', 'our catalogue is down');
      },
    },
  };
  butler = await connectButlerClient([...explanationMarket(), failing]);
});
afterAll(() => butler.close());

const find = async (request: string) => FindOffersOutput.parse((await butler.client.callTool({ name: 'find_offers', arguments: { request } })).structuredContent);

describe('find_offers notices', () => {
  it('names the brand that failed, with Majordome’s words after its id, in English', async () => {
    const out = await find('waterproof trail shoes size 43 under 150 euros');
    expect(out.status).toBe('ranked');
    expect(out.notices).toEqual([{ brandId: 'broken-boots', kind: 'failed', text: 'did not answer properly: none of its offers are in this comparison' }]);
    expect(out.offers!.some((o) => o.brandId === 'broken-boots')).toBe(false);
  });

  it('in French for a French request', async () => {
    const out = await find('chaussures de trail imperméables pointure 43 à moins de 150 euros');
    expect(out.notices).toEqual([{ brandId: 'broken-boots', kind: 'failed', text: 'n’a pas répondu correctement : aucune de ses offres n’est dans cette comparaison' }]);
  });

  it('carries no notice when every brand answered', async () => {
    const quiet = await connectButlerClient(explanationMarket());
    try {
      const out = FindOffersOutput.parse((await quiet.client.callTool({ name: 'find_offers', arguments: { request: 'waterproof trail shoes size 43 under 150 euros' } })).structuredContent);
      expect(out.notices).toEqual([]);
    } finally {
      await quiet.close();
    }
  });
});
