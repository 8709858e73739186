import { beforeAll, describe, expect, it } from 'vitest';
import { reply, type ScriptedOpenAiServer } from '../support/scripted-openai-server.ts';
import { needAnswer } from '../support/llm-answers.ts';
import { shoeEntry, type SmallMarket } from '../support/small-market.ts';
import { closeAndResetEachTest, openLlmPeakStore } from '../llm/market-fixture.ts';

// Red team 38: the model's quantity went straight into the need, so a model answering quantity 40 for "waterproof
// trail shoes size 43" (talked into it by text it was shown, or simply wrong) had the butler ask every brand for 40
// pairs and quote, propose and buy 40. A count of items comes from the person's words: the model's quantity is held
// to the most the built-in reader finds they ask for (a count said before a word, after a clause mark, or of people).

const SHOES = [{ attribute: 'size_eu', op: 'eq', value: 43 }, { attribute: 'waterproof', op: 'eq', value: true }];

let server: ScriptedOpenAiServer;
let market: SmallMarket;

beforeAll(async () => {
  ({ server, market } = await openLlmPeakStore([shoeEntry('ridge-43', 'Ridge trail shoe', 12_900, { terrain: 'trail', waterproof: true })]));
});
closeAndResetEachTest(() => ({ server, market }));

async function quantityRead(text: string, quantity: number | null) {
  server.enqueue(reply.json(needAnswer({ category: 'running-shoes', hardConstraints: SHOES, quantity })));
  const understanding = await market.understand(text);
  if (understanding.kind !== 'need') throw new Error(`expected a need, got ${understanding.kind}`);
  return understanding;
}

describe('a quantity the model reads above the person’s words', () => {
  it('(fixed) quantity 40 for a request that states no count is 1, with a note, and the brands are asked for 1', async () => {
    const understanding = await quantityRead('waterproof trail shoes size 43', 40);
    expect(understanding.need.quantity).toBe(1);
    expect(understanding.assumptions[0]).toBe('quantity: 1, as your words say (the language model read 40)');
    const result = await market.shop(understanding.need);
    expect(result.ranking.ranked.map((r) => r.offer.quantity)).toEqual([1]);
  });

  it('(fixed) a size, a price or a deadline is no count: 43, 150 and 24 are not quantities', async () => {
    for (const read of [43, 150, 24]) {
      const understanding = await quantityRead('waterproof trail shoes size 43 under 150 euros by the 24th', read);
      expect(understanding.need.quantity).toBe(1);
    }
  });

  it('(fixed) a count the words state caps a higher one, in French too', async () => {
    expect((await quantityRead('2 pairs of waterproof trail shoes size 43', 40)).need.quantity).toBe(2);
    const french = await quantityRead('chaussures de trail imperméables pointure 43, 3 svp', 30);
    expect(french.need.quantity).toBe(3);
    expect(french.assumptions[0]).toBe('quantité : 3, comme vos mots le disent (le modèle de langue lisait 30)');
  });

  it('the count the person gives is kept: their family of 5, their 3 pairs, or fewer', async () => {
    for (const [text, read] of [
      ['waterproof trail shoes size 43 for the whole family of 5', 5],
      ['waterproof trail shoes size 43, one pair for each of the 4 kids', 4],
      ['three pairs of waterproof trail shoes size 43', 3],
      ['three pairs of waterproof trail shoes size 43', 2],
    ] as const) {
      const understanding = await quantityRead(text, read);
      expect([text, understanding.need.quantity]).toEqual([text, read]);
      expect(understanding.assumptions.join(' ')).not.toMatch(/as your words say/);
    }
  });
});

// The model's currency went into the need whenever no budget was read: "waterproof trail shoes size 43" read in JPY had
// every brand asked to price in yen, for a person who said nothing of yen and whose own currency is the euro.
describe('a currency the model reads that the person’s words do not name', () => {
  async function currencyRead(text: string, currency: string, budgetMinor: number | null = null) {
    server.enqueue(reply.json(needAnswer({ category: 'running-shoes', hardConstraints: SHOES, currency, budgetMinor })));
    const understanding = await market.understand(text);
    if (understanding.kind !== 'need') throw new Error(`expected a need, got ${understanding.kind}`);
    return understanding;
  }

  it('(fixed) is the person’s own currency, with a note, and the brands are asked in it', async () => {
    const understanding = await currencyRead('waterproof trail shoes size 43', 'JPY');
    expect(understanding.need.currency).toBe('EUR');
    expect(understanding.assumptions[0]).toBe('currency: EUR (the language model read JPY, which your words do not name)');
    const result = await market.shop(understanding.need);
    expect(result.ranking.ranked.map((r) => r.offer.price.currency)).toEqual(['EUR']);
  });

  it('(fixed) is the currency the words name, where they name one without an amount', async () => {
    expect((await currencyRead('waterproof trail shoes size 43, price in pounds', 'JPY')).need.currency).toBe('GBP');
  });

  it('a currency the words name is kept, with or without an amount', async () => {
    for (const [text, currency] of [['waterproof trail shoes size 43, prices in dollars please', 'USD'], ['waterproof trail shoes size 43 under 20000 yen', 'JPY']] as const) {
      const understanding = await currencyRead(text, currency);
      expect([text, understanding.need.currency]).toEqual([text, currency]);
      expect(understanding.assumptions.join(' ')).not.toMatch(/which your words do not name/);
    }
  });
});
