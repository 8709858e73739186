// Makers and product lines the market publishes (protocol 1.2 card `makers`), read in requests: a line named instead of
// its maker ("not an iPhone" → not Apple), a declared maker typed whole ("the north face", "Kusmi Tea"), and cards read
// as brand text (a hostile card cannot re-map a maker the person names, make a common word a maker, or decide alone).
// Requests written for this test (makers33); on main no card lists makers and "iPhone" stays a maker of its own.
import { describe, expect, it } from 'vitest';
import { createDeterministicNeedEngine, marketVocabularyOf, type Need } from '../../agent/need/index.ts';
import { DEMO_MARKET_BRAND_IDS, createDemoBrand } from '../../brand-agent/demo-market/index.ts';
import { createBrandAgentCore } from '../../brand-agent/index.ts';
import type { BrandCard } from '../../protocol/index.ts';

const demoCards: readonly BrandCard[] = DEMO_MARKET_BRAND_IDS.map((id) => createBrandAgentCore(createDemoBrand(id)).card);
/** A card selling phones and speakers (both open categories of the demo market) with the makers it lists. */
const card = (id: string, makers: BrandCard['makers'], domain?: string): BrandCard =>
  ({ id, categories: ['267', '249'], makers, ...(domain === undefined ? {} : { domain }) }) as unknown as BrandCard;

async function needOf(text: string, cards: readonly BrandCard[]): Promise<Need> {
  const understood = await createDeterministicNeedEngine().understand(text, { now: new Date('2026-12-04T10:00:00Z'), defaultCurrency: 'EUR', market: marketVocabularyOf(cards) });
  if (understood.kind !== 'need') throw new Error(`not understood: ${understood.kind}`);
  return understood.need;
}
/** A card listing no makers (a 1.1 card), selling coffee machines, coats and speakers. */
const plain = { id: 'plain', categories: ['736', '5598', '249'] } as unknown as BrandCard;
const makerRules = async (text: string, cards: readonly BrandCard[] = demoCards) =>
  (await needOf(text, cards)).hardConstraints.filter((c) => c.attribute === 'maker').map((c) => `${c.op} ${[c.value].flat().join('|')}`);
const makerWishes = async (text: string, cards: readonly BrandCard[] = demoCards) =>
  (await needOf(text, cards)).softPreferences.filter((p) => p.attribute === 'maker').map((p) => String(p.value));

describe('a product line named instead of its maker', () => {
  it('excludes or asks for the maker the cards give it, however it is typed', async () => {
    expect(await makerRules('a smartphone with 256 GB, but not an iPhone')).toEqual(['not-in Apple']);
    expect(await makerRules('phone 5g no iphone, max 600 eur')).toEqual(['not-in Apple']);
    expect(await makerRules('un smartphone 128 Go, surtout pas d’iPhone')).toEqual(['not-in Apple']);
    expect(await makerRules('a phone, Galaxy or Pixel, 256 GB')).toEqual(['in Samsung|Google']);
    expect(await makerWishes('a laptop for uni, ThinkPad ideally, 16 GB RAM')).toEqual(['Lenovo']);
    // The line that names the product itself: "a Kindle" is an e-reader, and its maker is wished for.
    expect(await makerWishes('a Kindle, waterproof, under 150 euros')).toEqual(['Amazon']);
    expect(await makerWishes('un MacBook pas trop lourd, 1200 € max')).toEqual(['Apple']);
  });

  it('says the reading back', async () => {
    const understood = await createDeterministicNeedEngine().understand('a smartphone, not an iPhone', { now: new Date('2026-12-04T10:00:00Z'), defaultCurrency: 'EUR', market: marketVocabularyOf(demoCards) });
    expect(understood.kind === 'need' ? understood.assumptions.join(' ') : '').toContain('"iPhone" read as a line of Apple');
  });

  it('is no line where it is a place, the start of a sentence, or an ordinary word in lower case', async () => {
    expect(await makerWishes('a city bike to ride in Paris, 7 gears')).not.toContain('Gazelle');
    expect(await makerWishes('Paris bike, city, 7 gears')).not.toContain('Gazelle');
    expect(await makerWishes('a city bike, not too heavy, paris style')).not.toContain('Gazelle');
  });
});

describe('a declared maker', () => {
  it('is read whole, in lower case after a negation and with its own spelling', async () => {
    expect(await makerRules('a down jacket size M, anything but the north face')).toEqual(['not-in The North Face']);
    expect(await makerRules('thé vert en vrac 100 g, pas de kusmi tea')).toEqual(['not-in Kusmi Tea']);
  });
});

describe('a maker typed with an apostrophe or a hyphen, known or not', () => {
  it('keeps the name whole, and a French elision stays the sentence’s', async () => {
    expect(await makerRules('machine à expresso, pas de De’Longhi, 300 €', [plain])).toEqual(['not-in De’Longhi']);
    expect(await makerRules("a rain jacket, size L, anything but Arc'teryx", [plain])).toEqual(["not-in Arc'teryx"]);
    expect(await makerRules("une veste de pluie, pas d'Arc'teryx", [plain])).toEqual(["not-in Arc'teryx"]);
    expect(await makerRules("a speaker, not Zorblax's, under 100 euros", [plain])).toEqual(['not-in Zorblax']);
  });
});

describe('cards are brand text', () => {
  const honest = [card('a', [{ name: 'Apple', lines: ['iPhone'] }, { name: 'Sony' }]), card('b', [{ name: 'Apple', lines: ['iPhone'] }])];

  it('cannot re-map a maker the person names, even three cards agreeing', async () => {
    const hostile = ['h1', 'h2', 'h3'].map((id) => card(id, [{ name: 'Slyco', lines: ['Sony', 'Apple'] }]));
    expect(await makerRules('a bluetooth speaker, not Sony', [...hostile, ...honest])).toEqual(['not-in Sony']);
    expect(await makerRules('a smartphone, not Apple', [...hostile, ...honest])).toEqual(['not-in Apple']);
    // Sony is a maker the engine itself knows: no card may make it a line, even with no card listing Sony.
    expect(await makerRules('a bluetooth speaker, not Sony', hostile)).toEqual(['not-in Sony']);
  });

  it('cannot make a common word a maker or a line', async () => {
    const hostile = ['h1', 'h2'].map((id) => card(id, [{ name: 'Waterproof' }, { name: 'Garden Party' }, { name: 'Slyco', lines: ['Speaker', 'Black', 'Outdoor Music'] }]));
    const need = await needOf('a black bluetooth speaker, waterproof, for a garden party with outdoor music', [...hostile, ...honest]);
    expect(need.hardConstraints.filter((c) => c.attribute === 'maker')).toEqual([]);
    expect(need.softPreferences.filter((p) => p.attribute === 'maker')).toEqual([]);
  });

  it('cannot swallow a list or a negation into a maker’s name', async () => {
    const hostile = ['h1', 'h2'].map((id) => card(id, [{ name: 'JBL or Bose' }]));
    expect(await makerRules('a speaker, JBL or Bose', [...hostile, ...honest])).toEqual(['in JBL|Bose']);
  });

  it('decides nothing alone: a line one card lists, or one two unlinked cards give different makers, is no line', async () => {
    const lone = [card('x', [{ name: 'Slyco', lines: ['Walkman'] }])];
    expect(await makerRules('a speaker, not a Walkman', lone)).toEqual(['not-in Walkman']);
    const split = [card('x', [{ name: 'Slyco', lines: ['Walkman'] }]), card('y', [{ name: 'Sonique', lines: ['Walkman'] }])];
    expect(await makerRules('a speaker, not a Walkman', split)).toEqual(['not-in Walkman']);
    // Two cards of one domain are one party.
    const linked = [card('x', [{ name: 'Slyco', lines: ['Walkman'] }], 'slyco.example'), card('y', [{ name: 'Slyco', lines: ['Walkman'] }], 'slyco.example')];
    expect(await makerRules('a speaker, not a Walkman', linked)).toEqual(['not-in Walkman']);
    // Parties that agree give the line its maker; any party disagreeing takes the line away (a count of cheap unlinked
    // names never outvotes the others), so the person's word is kept as they wrote it.
    const agreed = ['x', 'y'].map((id) => card(id, [{ name: 'Sonique', lines: ['Walkman'] }]));
    expect(await makerRules('a speaker, not a Walkman', agreed)).toEqual(['not-in Sonique']);
    const outvoted = [...agreed, ...['s1', 's2', 's3'].map((id) => card(id, [{ name: 'Slyco', lines: ['Walkman'] }]))];
    expect(await makerRules('a speaker, not a Walkman', outvoted)).toEqual(['not-in Walkman']);
  });

  it('keeps a maker the person types whole when a card declares a part of its name (review of session 33)', async () => {
    for (const part of ['North', 'The North']) {
      const hostile = [card('x', [{ name: part }]), ...honest];
      expect(await makerRules('a speaker, not The North Face please', hostile)).toEqual(['not-in The North Face']);
      expect(await makerWishes('a speaker, not The North Face please', hostile)).toEqual([]);
    }
  });
});
