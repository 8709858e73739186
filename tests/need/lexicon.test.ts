import { describe, expect, it } from 'vitest';
import { TAXONOMY, isBuiltinCategory } from '../../protocol/index.ts';
import type { AttributeValue } from '../../protocol/index.ts';
import { LEXICON } from '../../agent/need/lexicon.ts';
import type { Effect } from '../../agent/need/lexicon-types.ts';
import { parseNumber, tokenize } from '../../agent/need/tokenize.ts';
import { editDistance } from '../../agent/need/fuzzy-match.ts';

// Attributes that refer to the offer (price, terms) or the maker rather than the product's attributes.
const OFFER_ATTRIBUTES = new Set(['price', 'delivery_days', 'return_days', 'warranty_months', 'maker']);

function valuesOf(effect: Effect): AttributeValue[] {
  if (effect.kind === 'none') return [];
  if (effect.kind === 'preference') return effect.value === undefined ? [] : [effect.value];
  const values = Array.isArray(effect.value) ? [...(effect.value as AttributeValue[])] : [effect.value as AttributeValue];
  if (effect.soft?.value !== undefined) values.push(effect.soft.value);
  return values;
}

describe('lexicon', () => {
  it('maps every phrase to one meaning', () => {
    const seen = new Map<string, number>();
    const duplicates: string[] = [];
    LEXICON.forEach((entry, index) => {
      for (const phrase of entry.phrases) {
        if (seen.has(phrase) && seen.get(phrase) !== index) duplicates.push(phrase);
        seen.set(phrase, index);
      }
    });
    expect(duplicates).toEqual([]);
  });

  it('only speaks the taxonomy: attribute names, types and enum values exist for the category', () => {
    const problems: string[] = [];
    for (const entry of LEXICON) {
      for (const [category, effect] of Object.entries(entry.effects ?? {})) {
        if (!isBuiltinCategory(category)) problems.push(`${entry.phrases[0]}: unknown category ${category}`);
        if (!isBuiltinCategory(category) || effect.kind === 'none') continue;
        if (OFFER_ATTRIBUTES.has(effect.attribute)) continue;
        const spec = (TAXONOMY[category].attributes as Record<string, { type: string; values?: readonly string[] }>)[effect.attribute];
        if (!spec) {
          problems.push(`${entry.phrases[0]}: ${category} has no attribute ${effect.attribute}`);
          continue;
        }
        for (const value of valuesOf(effect)) {
          const ok =
            (spec.type === 'boolean' && typeof value === 'boolean') ||
            (spec.type === 'number' && typeof value === 'number') ||
            (spec.type === 'string' && typeof value === 'string') ||
            (spec.type === 'enum' && typeof value === 'string' && (spec.values ?? []).includes(value));
          if (!ok) problems.push(`${entry.phrases[0]}: ${JSON.stringify(value)} is not a valid ${category}.${effect.attribute}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes phrases in normalised form (lowercase, no accents, single spaces)', () => {
    const bad = LEXICON.flatMap((e) => e.phrases).filter((p) => p !== p.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim() || /\s{2,}|['’-]/.test(p));
    expect(bad).toEqual([]);
  });
});

describe('number and typo helpers', () => {
  it.each([
    ['42.5', 42.5],
    ['42,5', 42.5],
    ['1,000', 1000],
    ['1.299,99', 1299.99],
    ['1,299.99', 1299.99],
    ['0.250', 0.25],
    ['149,99', 149.99],
    ['42½', 42.5],
  ])('parseNumber(%s) = %d', (text, value) => {
    expect(parseNumber(text)).toBeCloseTo(value, 6);
  });

  it('marks only glued tokens as attached', () => {
    const tokens = tokenize("shoes 43 for 150€ or 150 € (noise-cancelling) don't");
    expect(tokens.map((t) => [t.norm, t.attached])).toEqual([
      ['shoes', false], ['43', false], ['for', false], ['150', false], ['€', true], ['or', false], ['150', false], ['€', false],
      ['(', false], ['noise', true], ['cancelling', true], [')', true], ['do', false], ['not', true],
    ]);
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('waterpoorf', 'waterproof')).toBe(2);
    expect(editDistance('hedaphones', 'headphones')).toBe(1);
    expect(editDistance('shoes', 'shoes')).toBe(0);
    expect(editDistance('abc', 'xyz123', 1)).toBe(2);
  });
});
