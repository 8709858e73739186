import { beforeAll, describe, expect, it } from 'vitest';
import { understandNeedText } from '../../agent/need/index.ts';
import { reply, type ScriptedOpenAiServer } from '../support/scripted-openai-server.ts';
import { needAnswer } from '../support/llm-answers.ts';
import { shoeEntry, type SmallMarket } from '../support/small-market.ts';
import { closeAndResetEachTest, openLlmPeakStore } from './market-fixture.ts';

// On main (0220d75) the LLM path priced "80 each" for one item where the quantity reader missed the count ("2
// waterproof trail shoes …": no category words there), so a model reading 2 × 80 = 160 was held to 80, while the
// built-in path read 160. Both now count the items the same way (`statedCount`).
const SHOES = [{ attribute: 'size_eu', op: 'eq', value: 43 }, { attribute: 'waterproof', op: 'eq', value: true }];
let server: ScriptedOpenAiServer;
let market: SmallMarket;
beforeAll(async () => {
  ({ server, market } = await openLlmPeakStore([shoeEntry('ridge-43', 'Ridge trail shoe', 7_900, { terrain: 'trail', waterproof: true })]));
});
closeAndResetEachTest(() => ({ server, market }));

describe('a price said per item is priced for the items counted, on both paths', () => {
  it.each([
    ['2 waterproof trail shoes size 43, 80 each', 2, 16_000],
    ['waterproof trail shoes size 43, I need 3, max 80 each', 3, 24_000],
    ['waterproof trail shoes size 43: buy 2 under 80 each', 2, 16_000],
    ['2 chaussures de trail imperméables pointure 43, 80 € chacune', 2, 16_000],
    ["chaussures de trail imperméables pointure 43, il m'en faut 2, max 80 € la paire", 2, 16_000],
  ] as const)('%s', async (text, quantity, budgetMinor) => {
    const builtIn = understandNeedText(text, { now: new Date('2026-01-05T10:00:00Z'), defaultCurrency: 'EUR' });
    expect(builtIn.kind).toBe('need');
    if (builtIn.kind !== 'need') return;
    expect(builtIn.need.quantity).toBe(quantity);
    expect(builtIn.need.budget?.amountMinor).toBe(budgetMinor);
    server.enqueue(reply.json(needAnswer({ category: 'running-shoes', hardConstraints: SHOES, quantity, currency: 'EUR', budgetMinor })));
    const read = await market.understand(text);
    expect(read.kind).toBe('need');
    if (read.kind !== 'need') return;
    expect(read.need.quantity).toBe(quantity);
    expect(read.need.budget?.amountMinor).toBe(budgetMinor);
  });

  it('still holds a model reading more than the words price', async () => {
    server.enqueue(reply.json(needAnswer({ category: 'running-shoes', hardConstraints: SHOES, quantity: 2, currency: 'EUR', budgetMinor: 30_000 })));
    const read = await market.understand('2 waterproof trail shoes size 43, 80 each');
    expect(read.kind === 'need' ? read.need.budget?.amountMinor : undefined).toBe(16_000);
  });
});
