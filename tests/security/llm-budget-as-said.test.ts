import { beforeAll, describe, expect, it } from 'vitest';
import { reply, type ScriptedOpenAiServer } from '../support/scripted-openai-server.ts';
import { needAnswer } from '../support/llm-answers.ts';
import { shoeEntry, type SmallMarket } from '../support/small-market.ts';
import { closeAndResetEachTest, openLlmPeakStore } from '../llm/market-fixture.ts';

// The model reading a request sees the brands' declared vocabulary beside the person's words, and may be wrong or
// talked into anything by it. Its reading of the budget decides which offers the butler ranks and proposes: on main a
// model answering budgetMinor 9,999,900 for "under 150 euros" had a 240 EUR pair ranked beside the 129 EUR one, and
// one answering null left the need with no budget at all.

const TEXT = 'waterproof trail shoes size 43 under 150 euros';
const SHOES = [{ attribute: 'size_eu', op: 'eq', value: 43 }, { attribute: 'waterproof', op: 'eq', value: true }];

let server: ScriptedOpenAiServer;
let market: SmallMarket;

beforeAll(async () => {
  ({ server, market } = await openLlmPeakStore([
    shoeEntry('ridge-43', 'Ridge trail shoe', 12_900, { terrain: 'trail', waterproof: true }),
      shoeEntry('summit-43', 'Summit trail shoe', 24_000, { terrain: 'trail', waterproof: true, cushioning: 'max' }),
  ]));
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

// Review of red team 37: the cap was the built-in engine's budget, so it vanished wherever that engine read no product
// (any language it cannot read) and lowered right readings to its misreadings. The cap is now the largest amount the
// words state, read by the built-in money reader whatever the product.
async function readWith(answer: Record<string, unknown>, text: string) {
  server.enqueue(reply.json(needAnswer({ category: 'running-shoes', hardConstraints: SHOES, ...answer })));
  return market.understand(text);
}

describe('the cap is the largest amount the person’s words state, whatever the product or language', () => {
  for (const [text, cap] of [
    ['водонепроницаемые кроссовки для трейла, размер 43, до 150 €', 15_000],
    ['αδιάβροχα παπούτσια για βουνό, νούμερο 43, έως 150 €', 15_000],
    ['su geçirmez dağ koşusu ayakkabısı, 43 numara, en fazla 150 euro', 15_000],
    ['防水のトレイルシューズ、サイズ43、150€以下', 15_000],
  ] as const) {
    it(`(fixed) "${text}": a model reading 99,999 EUR is held to ${cap / 100} EUR and nothing dearer is ranked`, async () => {
      const understanding = await readWith({ budgetMinor: 9_999_900 }, text);
      expect(understanding.kind === 'need' && understanding.need.budget).toEqual({ amountMinor: cap, currency: 'EUR' });
      if (understanding.kind !== 'need') return;
      const result = await market.shop(understanding.need);
      expect(result.ranking.ranked.map((r) => r.offer.product.sku)).toEqual(['ridge-43']);
    });
  }

  it('(fixed) words the money reader cannot read state no amount: the model’s budget is dropped with a note', async () => {
    const understanding = await readWith({ budgetMinor: 9_999_900 }, 'водонепроницаемые кроссовки для трейла, размер 43, до 150 евро');
    expect(understanding.kind === 'need' && [understanding.need.budget, understanding.assumptions[0]]).toEqual([undefined, 'budget: none (the language model read one your words do not state)']);
  });

  it('(fixed) a budget where the words state no amount at all is dropped, a price wish in it loses its figure', async () => {
    const understanding = await readWith({ budgetMinor: 12_000 }, 'waterproof trail shoes size 43');
    expect(understanding.kind === 'need' && understanding.need.budget).toBeUndefined();
    expect(understanding.kind === 'need' && understanding.assumptions[0]).toBe('budget: none (the language model read one your words do not state)');
  });

  for (const text of [
    'I have a 50 euro gift card, looking for waterproof trail shoes size 43 under 150 euros',
    'waterproof trail shoes size 43 under 150 euros plus 10 euros shipping',
    'no more than 150 euros for waterproof trail shoes size 43, not the 90 euro ones I had',
    'waterproof trail shoes size 43 up to 150 EUR, I saved 30 euros already',
    'trail shoes, waterproof, 43, my last pair was 70 €, this time max 150 €',
  ]) {
    it(`(fixed) "${text}": the model's right 150 EUR stays, with no note (main lowered it to a smaller figure)`, async () => {
      const understanding = await readWith({ budgetMinor: 15_000 }, text);
      expect(understanding.kind === 'need' && understanding.need.budget).toEqual({ amountMinor: 15_000, currency: 'EUR' });
      expect(understanding.kind === 'need' && understanding.assumptions.join(' ')).not.toMatch(/^budget:|budget: (the one|none)/);
    });
  }

  it('(fixed) a figure said without a limit is not imposed on a model that read no budget ("budget is flexible, previously paid 80 euros")', async () => {
    const understanding = await readWith({ budgetMinor: null }, 'waterproof trail shoes size 43, budget is flexible, previously paid 80 euros');
    expect(understanding.kind === 'need' && understanding.need.budget).toBeUndefined();
  });

  for (const [text, said, cap] of [
    ['waterproof trail shoes size 43, no more than 20% over 150 euros', 18_000, 18_000],
    ['waterproof trail shoes size 43, 200 euros, I can stretch by 10%', 22_000, 22_000],
    ['chaussures de trail imperméables pointure 43, 100 € max, 15 % de plus au besoin', 11_500, 11_500],
  ] as const) {
    it(`(fixed) "${text}": the share of room the words give raises the cap to ${cap / 100} EUR`, async () => {
      const right = await readWith({ budgetMinor: said }, text);
      expect(right.kind === 'need' && right.need.budget).toEqual({ amountMinor: said, currency: 'EUR' });
      const over = await readWith({ budgetMinor: 9_999_900 }, text);
      expect(over.kind === 'need' && over.need.budget).toEqual({ amountMinor: cap, currency: 'EUR' });
    });
  }

  it('"20% off" and "80% recycled" give no room: a model reading more than the stated 150 is held to it', async () => {
    const understanding = await readWith({ budgetMinor: 18_000 }, 'waterproof trail shoes size 43, 80% recycled, ideally 20% off, under 150 euros');
    expect(understanding.kind === 'need' && understanding.need.budget).toEqual({ amountMinor: 15_000, currency: 'EUR' });
  });
});

describe('a pending question and a currency the words do not name', () => {
  it('(fixed) a clarify reading with a budget the words never state loses it, with the same note', async () => {
    server.enqueue(reply.json(needAnswer({ kind: 'clarify', category: 'running-shoes', hardConstraints: [], budgetMinor: 9_999_900, question: 'Which size?', missing: ['size_eu'] })));
    const understanding = await market.understand('waterproof trail shoes');
    expect(understanding.kind === 'clarify' && [understanding.partial.budget, understanding.notUnderstood[0]]).toEqual([undefined, 'budget: none (the language model read one your words do not state)']);
  });

  it('(fixed) a clarify reading held to the words carries the note too', async () => {
    server.enqueue(reply.json(needAnswer({ kind: 'clarify', category: 'running-shoes', hardConstraints: [], budgetMinor: 9_999_900, question: 'Which size?', missing: ['size_eu'] })));
    const understanding = await market.understand('waterproof trail shoes under 150 euros');
    expect(understanding.kind === 'clarify' && understanding.notUnderstood[0]).toMatch(/^budget: the one you wrote/);
  });

  it('(fixed) when the currency is switched to the words’ own, a price wish in the model’s currency loses its figure', async () => {
    const softPreferences = [{ attribute: 'price', direction: 'lower', weight: 0.7, value: 1_200_000 }];
    const understanding = await readWith({ budgetMinor: 2_000_000, currency: 'JPY', softPreferences }, TEXT);
    expect(understanding.kind === 'need' && [understanding.need.budget, understanding.need.currency]).toEqual([{ amountMinor: 15_000, currency: 'EUR' }, 'EUR']);
    expect(understanding.kind === 'need' && understanding.need.softPreferences.filter((p) => p.attribute === 'price')).toEqual([{ attribute: 'price', direction: 'lower', weight: 0.7 }]);
  });
});

// review37c (at c9372b5): the cap was the LARGEST amount the words state, so any larger figure that is no limit let a
// model's higher budget through ("… under 150 euros, my old ones cost 250 euros" kept 250), a stretch figure loosened
// a firm ceiling on this path.
describe('where the words set a limit, the cap is the lowest firm limit they set', () => {
  const cases: ReadonlyArray<readonly [string, number | null]> = [
    ['waterproof trail shoes size 43 under 150 euros, my old ones cost 250 euros', 25_000],
    ['waterproof trail shoes size 43, max 150 euros, not a cent more, though my brother could stretch to 200 euros', 20_000],
    ['waterproof trail shoes size 43, max 150 euros, not a cent more, though my brother could stretch to 200 euros', null],
  ];
  for (const [text, budgetMinor] of cases) {
    it(`(fixed) "${text}": a model reading ${budgetMinor === null ? 'no budget' : `${budgetMinor / 100} EUR`} gets 150 EUR`, async () => {
      const understanding = await needRead(budgetMinor, text);
      expect(understanding.need.budget).toEqual({ amountMinor: 15_000, currency: 'EUR' });
    });
  }
});

// review (mend38, at 2bc753d): any share with "more"/"over"/"extra" near it counted as room and raised every amount,
// so a model reading 20 % above the person's limit was let through by "20 % more battery than my old pair".
describe('a share of room raises only the money figure it is said over', () => {
  for (const text of [
    'waterproof trail shoes size 43 under 150 euros, 20 % more grip than my old pair',
    'waterproof trail shoes size 43 under 150 euros with 20% more cushioning',
    'waterproof trail shoes size 43 under 150 euros, at least 20 % recycled or more',
    'waterproof trail shoes size 43 under 150 euros, ideally 20 % off or more',
    'waterproof trail shoes size 43, stretch uppers with 20 % elastane, under 150 euros',
  ]) {
    it(`(fixed) "${text}": a model reading 180 EUR is held to 150 EUR`, async () => {
      const understanding = await needRead(18_000, text);
      expect(understanding.need.budget).toEqual({ amountMinor: 15_000, currency: 'EUR' });
      expect(understanding.assumptions[0]).toMatch(/^budget: the one you wrote/);
    });
  }

  for (const [text, cap] of [
    ['waterproof trail shoes size 43, up to 150 euros, can stretch 10 %', 16_500],
    ['waterproof trail shoes size 43, max 150 euros, 10% more if needed, my old ones cost 250 euros', 16_500],
    ['waterproof trail shoes size 43, I can go 20 % over my budget of 150 euros', 18_000],
  ] as const) {
    it(`"${text}": the room said over the limit raises it to ${cap / 100} EUR, no further`, async () => {
      expect((await needRead(cap, text)).need.budget).toEqual({ amountMinor: cap, currency: 'EUR' });
      expect((await needRead(9_999_900, text)).need.budget).toEqual({ amountMinor: cap, currency: 'EUR' });
    });
  }
});

describe('an earlier turn’s budget among the stated amounts', () => {
  async function answered(firstBudget: number, text: string, budgetMinor: number) {
    server.enqueue(reply.json(needAnswer({ kind: 'clarify', category: 'running-shoes', hardConstraints: [], budgetMinor: firstBudget, question: 'Which size?', missing: ['size_eu'] })));
    const first = await market.understand('waterproof trail shoes under 150 euros');
    expect(first.kind === 'clarify' && first.partial.budget).toEqual({ amountMinor: firstBudget, currency: 'EUR' });
    server.enqueue(reply.json(needAnswer({ category: 'running-shoes', hardConstraints: SHOES, budgetMinor })));
    const understanding = await market.understand(text, first);
    if (understanding.kind !== 'need') throw new Error(`expected a need, got ${understanding.kind}`);
    return understanding.need.budget;
  }

  it('a later, lower limit in the new words caps a model keeping the earlier budget', async () => {
    expect(await answered(15_000, 'size 43, and actually max 120 euros', 15_000)).toEqual({ amountMinor: 12_000, currency: 'EUR' });
  });

  it('(fixed) a share of room said over no figure of the new words is the earlier budget’s: 10 % over 150 is kept', async () => {
    expect(await answered(15_000, 'size 43, I can stretch 10 % if needed', 16_500)).toEqual({ amountMinor: 16_500, currency: 'EUR' });
    expect(await answered(15_000, 'size 43, I can stretch 10 % if needed', 9_999_900)).toEqual({ amountMinor: 16_500, currency: 'EUR' });
  });
});
