import { beforeAll, describe, expect, it } from 'vitest';
import { createLlmNeedEngine, createOpenAiChatModel } from '../../agent/llm/index.ts';
import { messagesOf, reply, startScriptedOpenAiServer, type ScriptedOpenAiServer } from '../support/scripted-openai-server.ts';
import { needAnswer, scriptedLlmConfig } from '../support/llm-answers.ts';
import { openSmallMarket, type SmallMarket } from '../support/small-market.ts';
import { closeAndResetEachTest, explanationMarket } from './market-fixture.ts';

// A model reading "under 150 euros" may write the limit as a hard constraint on price, beside or instead of the budget.
// The brief forwards hard constraints to every brand: on the base, each brand was told 'price lte 15000' (the budget,
// under the default 'minimal' disclosure that shares no budget), and, no product having a 'price' attribute, every
// brand declined: nothing to rank at all. A soft price wish whose figure is the budget told them the same.

const TEXT = 'waterproof trail shoes size 43 under 150 euros';
const SHOES = [{ attribute: 'size_eu', op: 'eq', value: 43 }, { attribute: 'waterproof', op: 'eq', value: true }];

let server: ScriptedOpenAiServer;
let market: SmallMarket;

beforeAll(async () => {
  server = await startScriptedOpenAiServer();
  market = await openSmallMarket({ brands: explanationMarket(), needEngine: createLlmNeedEngine({ model: createOpenAiChatModel(scriptedLlmConfig(server)) }) });
});
closeAndResetEachTest(() => ({ server, market }));

const briefsSince = (from: number) => market.wiretap.outgoing.slice(from).filter((o) => o.tool === 'request_offers').map((o) => o.json);

describe('a price limit the model writes as a constraint stays the private budget', () => {
  for (const budgetMinor of [null, 15_000, 20_000]) {
    it(`price lte 15000 with budgetMinor ${budgetMinor}: the budget is 150 EUR, no brief names a price, offers are ranked`, async () => {
      server.enqueue(reply.json(needAnswer({ category: 'running-shoes', hardConstraints: [...SHOES, { attribute: 'price', op: 'lte', value: 15_000 }], budgetMinor })));
      const understanding = await market.understand(TEXT);
      expect(understanding.kind).toBe('need');
      if (understanding.kind !== 'need') return;
      expect(understanding.need.budget).toEqual({ amountMinor: 15_000, currency: 'EUR' });
      expect(understanding.need.hardConstraints.map((c) => c.attribute)).not.toContain('price');
      const from = market.wiretap.outgoing.length;
      const result = await market.shop(understanding.need);
      const briefs = briefsSince(from);
      expect(briefs.length).toBeGreaterThan(0);
      for (const brief of briefs) {
        // The "anything cheaper?" round (asked whenever the budget was not told) wishes the lowest price, with no amount.
        const parsed = JSON.parse(brief) as { requestId: string; softPreferences: unknown[]; hardConstraints: unknown[] };
        if (parsed.requestId.endsWith('.cheaper')) expect(parsed.softPreferences).toEqual([{ attribute: 'price', direction: 'lower', weight: 1 }]);
        expect(JSON.stringify({ ...parsed, softPreferences: parsed.requestId.endsWith('.cheaper') ? [] : parsed.softPreferences })).not.toContain('"price"');
        expect(brief).not.toContain('15000');
        expect(brief).not.toContain('budgetCeiling');
      }
      expect(result.ranking.ranked.length).toBeGreaterThan(0);
    });
  }

  it('a price wish restating the budget keeps its direction, not the figure; a wish below the budget is kept', async () => {
    server.enqueue(reply.json(needAnswer({ category: 'running-shoes', hardConstraints: SHOES, softPreferences: [{ attribute: 'price', direction: 'lower', value: 15_000, weight: 0.7 }], budgetMinor: 15_000 })));
    const restated = await market.understand(TEXT);
    expect(restated.kind).toBe('need');
    if (restated.kind !== 'need') return;
    expect(restated.need.softPreferences).toEqual([{ attribute: 'price', direction: 'lower', weight: 0.7 }]);
    const from = market.wiretap.outgoing.length;
    await market.shop(restated.need);
    for (const brief of briefsSince(from)) expect(brief).not.toContain('15000');

    server.enqueue(reply.json(needAnswer({ category: 'running-shoes', hardConstraints: SHOES, softPreferences: [{ attribute: 'price', direction: 'lower', value: 12_000, weight: 0.7 }], budgetMinor: 15_000 })));
    const below = await market.understand('waterproof trail shoes size 43 under 150 euros, ideally under 120');
    expect(below.kind === 'need' && below.need.softPreferences).toEqual([{ attribute: 'price', direction: 'lower', value: 12_000, weight: 0.7 }]);
  });

  it('any other constraint on price is sent back to the model once, with the reason', async () => {
    server.enqueue(reply.json(needAnswer({ category: 'running-shoes', hardConstraints: [...SHOES, { attribute: 'price', op: 'gte', value: 5_000 }], budgetMinor: 15_000 })));
    server.enqueue(reply.json(needAnswer({ category: 'running-shoes', hardConstraints: SHOES, budgetMinor: 15_000 })));
    const understanding = await market.understand(TEXT);
    expect(understanding.kind).toBe('need');
    expect(server.requests).toHaveLength(2);
    expect(messagesOf(server.requests[1]!).some((m) => m.text.includes('a price limit is the budget'))).toBe(true);
  });
});
