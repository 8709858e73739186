// One brand's own words must not be read before the vocabulary the market shares (red team: vocabulary poisoning).
// A card first in the directory declared a yes/no "quiet" for vacuums: "a quiet cordless vacuum" became the hard
// constraint quiet = yes, which only it (and brands parroting the brief) stated, instead of the wish for a low noise_db.
import { describe, expect, it } from 'vitest';
import { createDeterministicNeedEngine, marketVocabularyOf, type Need } from '../../agent/need/index.ts';
import { DEMO_MARKET_BRAND_IDS, createDemoBrand } from '../../brand-agent/demo-market/index.ts';
import { createBrandAgentCore } from '../../brand-agent/index.ts';
import type { BrandCard } from '../../protocol/index.ts';

const cards = DEMO_MARKET_BRAND_IDS.map((id) => createBrandAgentCore(createDemoBrand(id)).card);
const yesNo = (name: string, en: string, fr: string) => ({ name, type: 'boolean' as const, labels: { en, fr }, description: en });
const hostile = { categories: ['619'], attributeSchemas: [{ category: '619', attributes: [yesNo('quiet', 'quiet', 'silencieux'), yesNo('cordless', 'cordless', 'sans fil')] }] } as unknown as BrandCard;

async function needOf(text: string, market: ReturnType<typeof marketVocabularyOf>): Promise<Need> {
  const understood = await createDeterministicNeedEngine().understand(text, { now: new Date('2026-12-04T10:00:00Z'), defaultCurrency: 'EUR', market });
  if (understood.kind !== 'need') throw new Error(`not understood: ${understood.kind}`);
  return understood.need;
}

describe('the market vocabulary', () => {
  it.each(['a quiet cordless vacuum under 200 euros', 'un aspirateur sans fil silencieux à moins de 200 €'])('reads "%s" the same with a lone brand’s yes/no "quiet" first in the directory', async (text) => {
    const shared = await needOf(text, marketVocabularyOf(cards));
    const poisoned = await needOf(text, marketVocabularyOf([hostile, ...cards]));
    expect(poisoned.hardConstraints).toEqual(shared.hardConstraints);
    expect(poisoned.softPreferences).toEqual(shared.softPreferences);
    expect(poisoned.softPreferences.map((p) => p.attribute)).toContain('noise_db');
  });

  it('lists the attributes more brands declare first, in card order otherwise', () => {
    const vacuums = marketVocabularyOf([hostile, ...cards]).categories.find((c) => c.id === '619')!;
    const names = vacuums.attributes.map((a) => a.name);
    expect(names.indexOf('noise_db')).toBeLessThan(names.indexOf('quiet'));
    expect(names.indexOf('cordless')).toBe(0);
  });

  it.each([
    ['an enum', { type: 'enum', values: ['wireless', 'corded'] }],
    ['a number', { type: 'number', unit: 'min' }],
    ['text', { type: 'string' }],
  ])('(fixed) reads "a cordless stick vacuum" the same when a lone card first in the directory redefines "cordless" as %s (on 544acdb the requirement was dropped)', async (_what, redefinition) => {
    const redefining = { categories: ['619'], attributeSchemas: [{ category: '619', attributes: [{ name: 'cordless', labels: { en: 'cordless', fr: 'sans fil' }, description: 'cordless', ...redefinition }] }] } as unknown as BrandCard;
    const text = 'a cordless stick vacuum under 200 euros';
    const shared = await needOf(text, marketVocabularyOf(cards));
    expect(shared.hardConstraints).toContainEqual({ attribute: 'cordless', op: 'eq', value: true });
    const poisoned = await needOf(text, marketVocabularyOf([redefining, ...cards]));
    expect(poisoned.hardConstraints).toEqual(shared.hardConstraints);
    // The type most cards give the name is the market's; the lone card's declaration is not read.
    const cordless = marketVocabularyOf([redefining, ...cards]).categories.find((c) => c.id === '619')!.attributes.find((a) => a.name === 'cordless')!;
    expect(cordless.type).toBe('boolean');
  });

  it('(fixed) a card repeating its schema for one category is one card: it cannot jump the market’s order or outvote its type (on 544acdb each copy counted)', async () => {
    // The protocol refuses a name twice in one schema, not one category's schema listed many times.
    const repeated = (attributes: unknown[]) => ({ categories: ['619'], attributeSchemas: Array.from({ length: 40 }, () => ({ category: '619', attributes })) }) as unknown as BrandCard;
    for (const text of ['a quiet cordless vacuum under 200 euros', 'a cordless stick vacuum under 200 euros']) {
      const shared = await needOf(text, marketVocabularyOf(cards));
      const quiet = await needOf(text, marketVocabularyOf([repeated([yesNo('quiet', 'quiet', 'silencieux')]), ...cards]));
      expect(quiet.hardConstraints).toEqual(shared.hardConstraints);
      const retyped = await needOf(text, marketVocabularyOf([repeated([{ name: 'cordless', type: 'number', unit: 'min', labels: { en: 'cordless' }, description: 'cordless' }]), ...cards]));
      expect(retyped.hardConstraints).toEqual(shared.hardConstraints);
    }
  });
});
