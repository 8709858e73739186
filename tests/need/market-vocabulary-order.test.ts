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
});
