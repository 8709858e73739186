import { beforeAll, describe, expect, it } from 'vitest';
import { statedMoney } from '../../agent/need/index.ts';
import { reply, type ScriptedOpenAiServer } from '../support/scripted-openai-server.ts';
import { needAnswer } from '../support/llm-answers.ts';
import { shoeEntry, type SmallMarket } from '../support/small-market.ts';
import { closeAndResetEachTest, openLlmPeakStore } from './market-fixture.ts';

// needfix50: a price said per item is the order's budget times the items the person buys, on the LLM path as the
// built-in reader reads it. On main (88f53d5) "two mugs, 50 each" held the model's 100 down to 50. Counts of people
// multiply nothing ("a board game for 6 players, max 40 each" stays 40, the withdrawn needfix40 rule gave 240), nor do
// model numbers ("2 iPhone 15 cases, 20 each" is 40, not 300).
const ctx = { now: new Date('2026-12-07T12:00:00Z'), defaultCurrency: 'EUR' };
let server: ScriptedOpenAiServer;
let market: SmallMarket;
beforeAll(async () => {
  ({ server, market } = await openLlmPeakStore([shoeEntry('ridge-43', 'Ridge trail shoe', 12_900, { terrain: 'trail', waterproof: true })]));
});
closeAndResetEachTest(() => ({ server, market }));

describe('the LLM path prices an order said per item', () => {
  it.each([
    ['two mugs, 50 each', '2169', 2, 10_000, 10_000],
    ['two mugs, 50 each', '2169', 2, 5_000, 10_000],
    ['2 mugs, max 50 each', '2169', 2, 20_000, 10_000],
    ['deux tasses, 50 chacune', '2169', 2, 10_000, 10_000],
  ] as const)('%s (category %s, model: %i items, budget %i) → %i for the order, the price of one said back', async (text, category, quantity, budgetMinor, want) => {
    server.enqueue(reply.json(needAnswer({ category, quantity, budgetMinor })));
    const read = await market.understand(text);
    expect(read.kind).toBe('need');
    if (read.kind !== 'need') return;
    expect(read.need.budget?.amountMinor).toBe(want);
    expect(read.assumptions, JSON.stringify(read.assumptions)).toSatisfy((notes: readonly string[]) => notes.some((a) => /50/.test(a) && /× 2/.test(a)));
  });

  it.each([
    ['a board game for 6 players, max 40 each', '1246', 1, 24_000, 4_000],
    ['a board game for 6 players, max 40 each', '1246', 1, 4_000, 4_000],
    ['2 iPhone 15 cases, 20 each', '267', 2, 30_000, 4_000],
    ['a tent for 4 people, max 60 each', '1022', 1, 24_000, 6_000],
  ] as const)('twin: %s (category %s, model %i items, budget %i) → %i', async (text, category, quantity, budgetMinor, want) => {
    server.enqueue(reply.json(needAnswer({ category, quantity, budgetMinor })));
    const read = await market.understand(text);
    expect(read.kind).toBe('need');
    if (read.kind !== 'need') return;
    expect(read.need.budget?.amountMinor).toBe(want);
  });

  it('a total said for the order is not multiplied: "2 mugs, 100 for both" stays 100', () => {
    expect(statedMoney('2 mugs, max 100 for both', ctx).largest.get('EUR')).toBe(10_000);
    expect(statedMoney('2 mugs, max 100 for both', ctx).perItem).toBeUndefined();
  });
});

// review50e: the model-number rule took any capitalised word for a product's name ("for Emma 2 mugs" bought one mug),
// and a price per item was multiplied by the largest count anywhere ("I have 3 dogs, 2 bowls, 10 each" gave 30). A
// figure is a model number only after a name in mixed case or with digits, or after a capitalised name with a count
// before it; a price per item is multiplied by the count said nearest before it, by none where another "each" stands
// between (main's reading is kept).
describe('the count of the items a price per item is about', () => {
  it.each([
    ['for Christmas 3 mugs, 10 each', '2169', 3, 3_000, 3, 3_000],
    ['for Emma 2 mugs, max 20', '2169', 2, 2_000, 2, 2_000],
    ['before Friday 2 mugs please', '2169', 2, null, 2, undefined],
    ['the IKEA 4 chairs, 50 each', '2045', 4, 20_000, 4, 20_000],
    ['I have 3 dogs, 2 bowls, 10 each', '2169', 3, 3_000, 3, 2_000],
    ['3 kids, 2 shirts each, 20 each', '2169', 6, 12_000, 3, 2_000],
  ] as const)('%s (category %s, model %i items, budget %s) → %i items, budget %s', async (text, category, quantity, budgetMinor, wantQuantity, wantBudget) => {
    server.enqueue(reply.json(needAnswer({ category, quantity, budgetMinor })));
    const read = await market.understand(text);
    expect(read.kind).toBe('need');
    if (read.kind !== 'need') return;
    expect(read.need.quantity).toBe(wantQuantity);
    expect(read.need.budget?.amountMinor).toBe(wantBudget);
  });

  it.each([
    ['for Emma 2 mugs, max 20', 2],
    ['the IKEA 4 chairs', 4],
    ['before Friday 2 mugs please', 2],
    ['2 iPhone 15 cases', 2],
    ['2 Galaxy 5 cases', 2],
  ])('%s states %i items', (text, count) => {
    expect(statedMoney(text, ctx).count).toBe(count);
  });

  it('"each" said twice leaves the price per item unread: "3 kids, 2 shirts each, 20 each"', () => {
    expect(statedMoney('3 kids, 2 shirts each, 20 each', ctx).perItem).toBeUndefined();
  });
});
