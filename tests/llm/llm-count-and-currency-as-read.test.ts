import { beforeAll, describe, expect, it } from 'vitest';
import { reply, type ScriptedOpenAiServer } from '../support/scripted-openai-server.ts';
import { needAnswer } from '../support/llm-answers.ts';
import { shoeEntry, type SmallMarket } from '../support/small-market.ts';
import { closeAndResetEachTest, openLlmPeakStore } from './market-fixture.ts';

// review38a: the model's count and currency are held to the words as the built-in reader reads them (through the
// gloss, with every currency a person may name), never cut or replaced where the words say the same.
const SHOES = [{ attribute: 'size_eu', op: 'eq', value: 43 }, { attribute: 'waterproof', op: 'eq', value: true }];
let server: ScriptedOpenAiServer;
let market: SmallMarket;
beforeAll(async () => {
  ({ server, market } = await openLlmPeakStore([shoeEntry('ridge-43', 'Ridge trail shoe', 12_900, { terrain: 'trail', waterproof: true })]));
});
closeAndResetEachTest(() => ({ server, market }));

describe('the LLM path keeps what the words say', () => {
  it.each([
    ['zwei Paar wasserdichte Trailschuhe Größe 43', 2, 'EUR', null, 2, 'EUR', undefined],
    ['waterproof trail shoes size 43, I need three', 3, 'EUR', null, 3, 'EUR', undefined],
    ['waterproof trail shoes size 43 in INR please', 1, 'INR', null, 1, 'INR', undefined],
    ['waterproof trail shoes size 43, prices in rupees', 1, 'INR', null, 1, 'INR', undefined],
    ['waterproof trail shoes size 43 under 15000 rupees', 1, 'INR', 1_500_000, 1, 'INR', 1_500_000],
    ['waterproof trail shoes size 43, max 900 lei', 100, 'RON', 90_000, 1, 'RON', 90_000],
    ['waterproof trail shoes size 43, show me the top 3', 3, 'EUR', null, 1, 'EUR', undefined],
  ] as const)('%s', async (text, quantity, currency, budgetMinor, wantQuantity, wantCurrency, wantBudget) => {
    server.enqueue(reply.json(needAnswer({ category: 'running-shoes', hardConstraints: SHOES, quantity, currency, budgetMinor })));
    const read = await market.understand(text);
    expect(read.kind).toBe('need');
    if (read.kind !== 'need') return;
    expect(read.need.quantity).toBe(wantQuantity);
    expect(read.need.currency).toBe(wantCurrency);
    expect(read.need.budget?.amountMinor).toBe(wantBudget);
  });
});
