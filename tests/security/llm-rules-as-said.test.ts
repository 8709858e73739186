import { beforeAll, describe, expect, it } from 'vitest';
import { hasDateLikeExpression } from '../../agent/llm/deadline-as-said.ts';
import { reply, type ScriptedOpenAiServer } from '../support/scripted-openai-server.ts';
import { needAnswer } from '../support/llm-answers.ts';
import { shoeEntry, type SmallMarket } from '../support/small-market.ts';
import { closeAndResetEachTest, openLlmPeakStore } from '../llm/market-fixture.ts';

// Red team 38 (probe 3): the model's hard rules and deadline went straight into the need, so for "waterproof trail
// shoes size 43" a model answering `brand eq Sly` (told by a hostile brand's text it was shown) had the market narrowed
// to that brand, and one answering a deadline or `terrain eq road` had the person's market cut by a constraint they
// never stated. Every hard rule and the deadline must now be found in the person's words, or read there by the
// built-in reader: otherwise a rule becomes a preference, a seller's name is dropped, a deadline is dropped.

const SHOES = [{ attribute: 'size_eu', op: 'eq', value: 43 }, { attribute: 'waterproof', op: 'eq', value: true }];
const TRAIL = { attribute: 'terrain', op: 'eq', value: 'trail' };

let server: ScriptedOpenAiServer;
let market: SmallMarket;

beforeAll(async () => {
  ({ server, market } = await openLlmPeakStore([shoeEntry('ridge-43', 'Ridge trail shoe', 12_900, { terrain: 'trail', waterproof: true })]));
});
closeAndResetEachTest(() => ({ server, market }));

async function read(text: string, fields: Record<string, unknown>) {
  server.enqueue(reply.json(needAnswer({ category: 'running-shoes', hardConstraints: SHOES, ...fields })));
  const understanding = await market.understand(text);
  if (understanding.kind !== 'need') throw new Error(`expected a need, got ${understanding.kind}`);
  return understanding;
}

describe('a model reading what the person’s words do not state', () => {
  it('(fixed) a brand the words do not name is dropped, with a note, and the other sellers are still asked', async () => {
    const understanding = await read('waterproof trail shoes size 43', { hardConstraints: [...SHOES, { attribute: 'brand', op: 'eq', value: 'Sly' }] });
    expect(understanding.need.hardConstraints).toEqual(SHOES);
    expect(understanding.need.softPreferences.filter((p) => p.attribute === 'brand')).toEqual([]);
    expect(understanding.assumptions[0]).toBe('brand eq Sly: left out (the language model read it; your words do not state it)');
    const result = await market.shop(understanding.need);
    expect(result.ranking.ranked.map((r) => r.offer.product.sku)).toEqual(['ridge-43']);
  });

  it('(fixed) a maker list keeps only the names the words give', async () => {
    const understanding = await read('waterproof trail shoes size 43 from Peak Store', { hardConstraints: [...SHOES, { attribute: 'maker', op: 'in', value: ['Sly', 'Peak Store'] }] });
    expect(understanding.need.hardConstraints).toEqual([...SHOES, { attribute: 'maker', op: 'in', value: ['Peak Store'] }]);
    expect(understanding.assumptions[0]).toBe('maker in Sly: left out (the language model read it; your words do not state it)');
  });

  it('(fixed) a value the words do not state becomes a preference: it is weighed, it excludes nothing', async () => {
    const understanding = await read('waterproof trail shoes size 43', { hardConstraints: [...SHOES, { attribute: 'terrain', op: 'eq', value: 'road' }] });
    expect(understanding.need.hardConstraints).toEqual(SHOES);
    expect(understanding.need.softPreferences).toContainEqual({ attribute: 'terrain', direction: 'equals', value: 'road', weight: 0.5 });
    expect(understanding.assumptions[0]).toBe('terrain eq road: a preference, not a requirement (the language model read it; your words do not state it)');
    const result = await market.shop(understanding.need);
    // Scored on its worth to the person (a missed preference lowers it), not excluded by a rule they never stated.
    const scored = [...result.ranking.ranked, ...result.ranking.excluded];
    expect(scored.map((s) => [s.offer.product.sku, s.scores?.fit.hardViolations])).toEqual([['ridge-43', []]]);
  });

  it('(fixed) a number or a limit the words do not state is no rule: size 44, weight under 200 g', async () => {
    const understanding = await read('waterproof trail shoes size 43', { hardConstraints: [SHOES[1], { attribute: 'size_eu', op: 'eq', value: 44 }, { attribute: 'weight_g', op: 'lte', value: 200 }] });
    expect(understanding.need.hardConstraints).toEqual([SHOES[1]]);
    expect(understanding.need.softPreferences).toEqual(expect.arrayContaining([{ attribute: 'size_eu', direction: 'equals', value: 44, weight: 0.5 }, { attribute: 'weight_g', direction: 'lower', value: 200, weight: 0.5 }]));
  });

  it('(fixed) an exclusion the words do not state is dropped (it cannot be a preference)', async () => {
    const understanding = await read('waterproof trail shoes size 43', { hardConstraints: [...SHOES, { attribute: 'terrain', op: 'neq', value: 'road' }, { attribute: 'color', op: 'not-in', value: ['black', 'red'] }] });
    expect(understanding.need.hardConstraints).toEqual(SHOES);
    expect(understanding.assumptions.slice(0, 2)).toEqual(['terrain neq road: left out (the language model read it; your words do not state it)', 'color not-in black, red: left out (the language model read it; your words do not state it)']);
  });

  it('(fixed) a deadline the words do not state is dropped, with a note', async () => {
    const understanding = await read('waterproof trail shoes size 43', { deadline: '2026-11-24' });
    expect(understanding.need.deadline).toBeUndefined();
    expect(understanding.assumptions[0]).toBe('deadline: none (the language model read 2026-11-24; your words state no date)');
  });

  it('(fixed) in French, the notes are in French', async () => {
    const understanding = await read('chaussures de trail imperméables pointure 43', { hardConstraints: [...SHOES, { attribute: 'brand', op: 'eq', value: 'Sly' }], deadline: '2026-11-24' });
    expect(understanding.need.hardConstraints).toEqual(SHOES);
    expect(understanding.need.deadline).toBeUndefined();
    expect(understanding.assumptions.slice(0, 2)).toEqual(['date limite : aucune (le modèle de langue lisait 2026-11-24 ; vos mots ne donnent pas de date)', 'brand eq Sly : écarté (le modèle de langue le lisait ; vos mots ne le disent pas)']);
  });
});

describe('a model reading what the person’s words state', () => {
  it('keeps a brand the words name, a value they give through a synonym, and a deadline the built-in reads', async () => {
    const rules = [...SHOES, TRAIL, { attribute: 'brand', op: 'eq', value: 'Sly' }, { attribute: 'color', op: 'eq', value: 'black' }];
    const understanding = await read('Sly waterproof trail shoes size 43, noires, by Friday', { hardConstraints: rules, deadline: '2026-11-27' });
    expect(understanding.need.hardConstraints).toEqual(rules);
    expect(understanding.need.deadline).toBe('2026-11-27T23:59:59.999Z');
  });

  it('keeps a grounded reading in French', async () => {
    const understanding = await read('chaussures de trail imperméables pointure 43 pour le 24 novembre', { hardConstraints: [...SHOES, TRAIL], deadline: '2026-11-24' });
    expect(understanding.need.hardConstraints).toEqual([...SHOES, TRAIL]);
    expect(understanding.need.deadline).toBe('2026-11-24T23:59:59.999Z');
    expect(understanding.assumptions.filter((a) => a.includes('modèle de langue'))).toEqual([]);
  });

  it('keeps a grounded reading in German (read through the gloss, and a compound word)', async () => {
    const understanding = await read('wasserdichte Trailschuhe Größe 43 bis Freitag', { hardConstraints: [...SHOES, TRAIL], deadline: '2026-11-27' });
    expect(understanding.need.hardConstraints).toEqual([...SHOES, TRAIL]);
    expect(understanding.need.deadline).toBe('2026-11-27T23:59:59.999Z');
  });

  it('keeps the model’s deadline where the words hold a date the built-in cannot read', async () => {
    const understanding = await read('waterproof trail shoes size 43 for the race on 24.11.', { deadline: '2026-11-24' });
    expect(understanding.need.deadline).toBe('2026-11-24T23:59:59.999Z');
  });

  it('reads date-like expressions in the built-in’s languages, and no date in sizes, prices or a month name alone', () => {
    for (const text of ['for 24.11.', 'le 3 décembre', 'am 3. Dezember', 'until Friday', 'hasta el viernes', 'by 12/24', 'on 2026-11-24']) expect([text, hasDateLikeExpression(text)]).toEqual([text, true]);
    for (const text of ['waterproof trail shoes size 43', 'under 150 euros', 'it may rain', 'size 10.5 shoes', 'a 2000 W kettle']) expect([text, hasDateLikeExpression(text)]).toEqual([text, false]);
  });

  it('keeps a brand named in an earlier turn, and drops one named in neither', async () => {
    for (const [brand, kept] of [['Sly', true], ['Acme', false]] as const) {
      server.enqueue(reply.json(needAnswer({ kind: 'clarify', category: 'running-shoes', hardConstraints: [SHOES[1]], question: 'What size?', missing: ['size_eu'] })));
      const question = await market.understand('Sly waterproof trail shoes');
      expect(question.kind).toBe('clarify');
      server.enqueue(reply.json(needAnswer({ category: 'running-shoes', hardConstraints: [...SHOES, { attribute: 'brand', op: 'eq', value: brand }] })));
      const answer = await market.understand('43', question);
      expect(answer.kind === 'need' && answer.need.hardConstraints.some((r) => r.attribute === 'brand')).toBe(kept);
    }
  });
});
