import { describe, expect, it } from 'vitest';
import { marketVocabularyOf, understandNeedText, type Need, type MarketVocabulary } from '../../agent/need/index.ts';
import { feedAttributeSchemas } from '../../brand-agent/feed/index.ts';
import type { AttributeDefinition } from '../../protocol/index.ts';

// "Quiet", "light", "powerful" are wishes about a quantity. A brand may declare that quantity as a number with a unit
// (noise in dB: fewer is quieter) or as an enum whose values are a scale (noise level low / medium / high): either
// way the wish must land on the right end of what the brand declared, read from the schema alone.

const NOW = new Date('2026-11-23T10:00:00.000Z');

function marketOf(category: string, attributes: AttributeDefinition[]): MarketVocabulary {
  return marketVocabularyOf([{ categories: [category], attributeSchemas: [{ category, attributes }] }]);
}

function needOf(text: string, market: MarketVocabulary): Need {
  const understanding = understandNeedText(text, { now: NOW, defaultCurrency: 'EUR', market });
  if (understanding.kind !== 'need') throw new Error(`${text}: ${JSON.stringify(understanding)}`);
  return understanding.need;
}

// Dishwashers (Google 680): nobody wrote code for them. Values are listed out of order on purpose.
const NOISE_LEVEL: AttributeDefinition = { name: 'noise_level', type: 'enum', values: ['high', 'low', 'medium'], labels: { en: 'Noise level', fr: 'Niveau sonore' }, description: 'How loud it is when running' };
const NOISE_DB: AttributeDefinition = { name: 'noise_db', type: 'number', unit: 'dB', labels: { en: 'Noise', fr: 'Bruit' }, description: 'Noise in normal mode' };
const WEIGHT_CLASS: AttributeDefinition = { name: 'weight_class', type: 'enum', values: ['heavy', 'light', 'medium'], labels: { en: 'Weight class', fr: 'Catégorie de poids' }, description: 'How heavy it is' };
const POWER_LEVEL: AttributeDefinition = { name: 'suction_power', type: 'enum', values: ['moderate', 'strong', 'very strong'], labels: { en: 'Suction power', fr: "Puissance d'aspiration" }, description: 'Suction power class' };

describe('a wish about a quantity lands on the right end of the declared attribute', () => {
  it('a number with a unit: quiet is fewer dB', () => {
    const market = marketOf('680', [NOISE_DB]);
    for (const text of ['a quiet dishwasher', 'un lave-vaisselle silencieux']) {
      expect(needOf(text, market).softPreferences).toContainEqual(expect.objectContaining({ attribute: 'noise_db', direction: 'lower' }));
    }
  });

  it('an ordered enum (low / medium / high): quiet is its low end, loud its high end, in English and French', () => {
    const market = marketOf('680', [NOISE_LEVEL]);
    for (const text of ['a quiet dishwasher', 'un lave-vaisselle silencieux', 'un lave-vaisselle peu bruyant']) {
      const need = needOf(text, market);
      expect(need.category).toBe('680');
      expect([...need.softPreferences, ...need.hardConstraints]).toContainEqual(expect.objectContaining({ attribute: 'noise_level', value: 'low' }));
    }
    expect(needOf('a loud dishwasher', market).softPreferences).toContainEqual(expect.objectContaining({ attribute: 'noise_level', value: 'high' }));
  });

  it('the scale comes from the values, whatever the attribute measures', () => {
    const strollers = marketOf('568', [WEIGHT_CLASS]);
    expect(needOf('a lightweight stroller', strollers).softPreferences).toContainEqual(expect.objectContaining({ attribute: 'weight_class', value: 'light' }));
    expect(needOf('une poussette légère', strollers).softPreferences).toContainEqual(expect.objectContaining({ attribute: 'weight_class', value: 'light' }));
    const vacuums = marketOf('619', [POWER_LEVEL]);
    expect(needOf('a powerful vacuum', vacuums).softPreferences).toContainEqual(expect.objectContaining({ attribute: 'suction_power', value: 'very strong' }));
    expect(needOf('un aspirateur puissant', vacuums).softPreferences).toContainEqual(expect.objectContaining({ attribute: 'suction_power', value: 'very strong' }));
  });

  it('a shop feed’s column of low / medium / high values is read the same way (the schema the feed implies)', () => {
    const entries = ['low', 'medium', 'high', 'low', 'medium', 'high'].map((level, i) => ({
      product: { sku: `DW-${i}`, title: `Dishwasher ${i}`, category: '680', attributes: { noise_level: level } },
      price: { amountMinor: 40_000, currency: 'EUR' },
      stock: 3,
      terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 },
    }));
    const market = marketVocabularyOf([{ categories: ['680'], attributeSchemas: feedAttributeSchemas(entries, ['680']) }]);
    expect(needOf('un lave-vaisselle silencieux', market).softPreferences).toContainEqual(expect.objectContaining({ attribute: 'noise_level', value: 'low' }));
  });

  it('an enum whose values are no scale is not given a direction', () => {
    const market = marketOf('680', [{ name: 'noise_profile', type: 'enum', values: ['hum', 'whine', 'click'], labels: { en: 'Noise profile' }, description: 'What it sounds like' }]);
    const need = needOf('a quiet dishwasher', market);
    expect([...need.softPreferences, ...need.hardConstraints].filter((p) => p.attribute === 'noise_profile')).toEqual([]);
  });
});
