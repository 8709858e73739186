import { describe, expect, it } from 'vitest';
import { marketVocabularyOf, statedMoney, understandNeedText, type MarketVocabulary, type PartialNeed } from '../../agent/need/index.ts';
import type { AttributeDefinition } from '../../protocol/index.ts';
import { readRequest } from './unseen-requests-judge.ts';

// needfix39: an impedance ("under 32 Ω", "32 ohm") was read as a 32 EUR budget or a count of 32, a watch's "5 ATM" as a
// count of 5, and "Total budget 3600 EUR" left "Total" to be read as a maker. Ohms and atmospheres are units now (a
// figure with a unit is a measure, never money nor a count), and a budget named as the whole order's is the money reader's.
const ctx = { now: new Date('2026-12-07T12:00:00Z'), defaultCurrency: 'EUR' };

function needOf(u: ReturnType<typeof understandNeedText>): PartialNeed | undefined {
  return u.kind === 'need' ? u.need : u.kind === 'clarify' ? u.partial : undefined;
}

describe('an impedance is no money and no count', () => {
  it.each(['headphones under 32 Ω', 'headphones, 32 ohm', 'headphones with 250 ohms impedance', 'headphones under 32Ω'])('%s', (text) => {
    const stated = statedMoney(text, ctx);
    expect([...stated.largest.keys()]).toEqual([]);
    expect(stated.count).toBe(1);
    expect(needOf(understandNeedText(text, ctx))?.budget).toBeUndefined();
  });

  it('the budget beside it is still read', () => {
    expect(needOf(understandNeedText('headphones, 32 ohm, under 100 euros', ctx))?.budget).toEqual({ amountMinor: 10000, currency: 'EUR' });
  });
});

describe('a rating in atmospheres is the attribute declared in them', () => {
  const WATCH: AttributeDefinition[] = [{ name: 'water_resistance_atm', type: 'number', unit: 'ATM', labels: { en: 'Water resistance' }, description: 'Rated water resistance' }];
  const market: MarketVocabulary = marketVocabularyOf([{ categories: ['201'], attributeSchemas: [{ category: '201', attributes: WATCH }] }]);

  it.each([
    ['a watch, 10 ATM', 10],
    ['a watch with 5 ATM water resistance, under 200 euros', 5],
  ])('%s', (text, atm) => {
    const need = needOf(understandNeedText(text, { ...ctx, market }));
    const rules = [...(need?.hardConstraints ?? []), ...(need?.softPreferences ?? [])];
    expect(rules).toContainEqual(expect.objectContaining({ attribute: 'water_resistance_atm', value: atm }));
    expect(statedMoney(text, ctx).count).toBe(1);
  });
});

// mendneed39 (review39c HIGH 2): "atm" typed in lower case is chat for "at the moment"; only "ATM" in capitals is the unit.
describe('"atm" not in capitals is no unit', () => {
  it('a kettle under 40 atm: a 40 EUR budget', () => {
    expect(statedMoney('a kettle under 40 atm', ctx).resolved).toEqual({ amountMinor: 4000, currency: 'EUR' });
    expect(needOf(readRequest('a kettle under 40 atm'))?.budget).toEqual({ amountMinor: 4000, currency: 'EUR' });
  });

  it('I need 2 atm, under 40: a count of 2', () => {
    expect(statedMoney('I need 2 atm, under 40', ctx).count).toBe(2);
  });
});

describe('a budget named as the whole order\'s', () => {
  it.each(['a laptop, Total budget 3600 EUR', 'Total budget 3600 EUR for a laptop', 'a laptop, overall budget 3600 EUR'])('%s: 3600 EUR, no maker', (text) => {
    const u = readRequest(text);
    const need = needOf(u);
    expect(need?.budget).toEqual({ amountMinor: 360000, currency: 'EUR' });
    expect([...(need?.hardConstraints ?? []), ...(need?.softPreferences ?? [])].some((r) => r.attribute === 'maker')).toBe(false);
    expect(u.notUnderstood.join(' ')).not.toMatch(/total/i);
  });
});
