import { beforeAll, describe, expect, it } from 'vitest';
import { createLlmNeedEngine, createOpenAiChatModel } from '../../agent/llm/index.ts';
import { createStrategyBrand } from '../../brand-agent/reference/index.ts';
import { reply, startScriptedOpenAiServer, type ScriptedOpenAiServer } from '../support/scripted-openai-server.ts';
import { needAnswer, scriptedLlmConfig } from '../support/llm-answers.ts';
import { MARKET_NOW, openSmallMarket, shoeEntry, type SmallMarket } from '../support/small-market.ts';
import { closeAndResetEachTest } from '../llm/market-fixture.ts';

// The model reading a request sees the brands' declared vocabulary beside the person's words, and may be wrong or
// talked into anything by it. Its reading of the budget decides which offers the butler ranks and proposes: on main a
// model answering budgetMinor 9,999,900 for "under 150 euros" had a 240 EUR pair ranked beside the 129 EUR one, and
// one answering null left the need with no budget at all.

const TEXT = 'waterproof trail shoes size 43 under 150 euros';
const SHOES = [{ attribute: 'size_eu', op: 'eq', value: 43 }, { attribute: 'waterproof', op: 'eq', value: true }];
const clock = () => MARKET_NOW;

let server: ScriptedOpenAiServer;
let market: SmallMarket;

beforeAll(async () => {
  server = await startScriptedOpenAiServer();
  const brand = createStrategyBrand({
    id: 'peak-store',
    name: 'Peak Store',
    strategy: 'honest',
    categories: ['running-shoes'],
    catalog: [
      shoeEntry('ridge-43', 'Ridge trail shoe', 12_900, { terrain: 'trail', waterproof: true }),
      shoeEntry('summit-43', 'Summit trail shoe', 24_000, { terrain: 'trail', waterproof: true, cushioning: 'max' }),
    ],
    clock,
  });
  market = await openSmallMarket({ brands: [brand], needEngine: createLlmNeedEngine({ model: createOpenAiChatModel(scriptedLlmConfig(server)) }) });
});
closeAndResetEachTest(() => ({ server, market }));

async function needRead(budgetMinor: number | null, text = TEXT) {
  server.enqueue(reply.json(needAnswer({ category: 'running-shoes', hardConstraints: SHOES, budgetMinor })));
  const understanding = await market.understand(text);
  if (understanding.kind !== 'need') throw new Error(`expected a need, got ${understanding.kind}`);
  return understanding;
}

describe('a budget the model reads above the person’s words', () => {
  for (const budgetMinor of [9_999_900, null]) {
    it(`(fixed) budgetMinor ${budgetMinor} for "under 150 euros" is held to 150 EUR, with a note; nothing dearer is ranked`, async () => {
      const understanding = await needRead(budgetMinor);
      expect(understanding.need.budget).toEqual({ amountMinor: 15_000, currency: 'EUR' });
      expect(understanding.assumptions[0]).toMatch(/^budget: the one you wrote/);
      const result = await market.shop(understanding.need);
      expect(result.ranking.ranked.map((r) => r.offer.product.sku)).toEqual(['ridge-43']);
    });
  }

  it('(fixed) a budget in another currency is the person’s own, in theirs', async () => {
    server.enqueue(reply.json(needAnswer({ category: 'running-shoes', hardConstraints: SHOES, budgetMinor: 15_000, currency: 'JPY' })));
    const understanding = await market.understand(TEXT);
    expect(understanding.kind === 'need' && [understanding.need.budget, understanding.need.currency]).toEqual([{ amountMinor: 15_000, currency: 'EUR' }, 'EUR']);
  });

  it('(fixed) a pending question’s partial need keeps the budget the words state too', async () => {
    server.enqueue(reply.json(needAnswer({ kind: 'clarify', category: 'running-shoes', hardConstraints: [], budgetMinor: 9_999_900, question: 'Which size?', missing: ['size_eu'] })));
    const understanding = await market.understand('waterproof trail shoes under 150 euros');
    expect(understanding.kind === 'clarify' && understanding.partial.budget).toEqual({ amountMinor: 15_000, currency: 'EUR' });
  });

  it('a lower ceiling the model reads is kept, and no budget is added where the words state none', async () => {
    expect((await needRead(12_000)).need.budget).toEqual({ amountMinor: 12_000, currency: 'EUR' });
    const none = await needRead(null, 'waterproof trail shoes size 43');
    expect(none.need.budget).toBeUndefined();
    expect(none.assumptions.join(' ')).not.toMatch(/budget: the one you wrote/);
  });
});
