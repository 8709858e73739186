import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnderstandingSchema, understandNeedText } from '../../agent/need/index.ts';
import type { PartialNeed } from '../../agent/need/index.ts';

const NOW = new Date('2026-11-23T10:00:00.000Z');

// Pieces of real requests, so random mixes reach deep into the extractors (negations, ranges, units, dates).
const PIECES = [
  'not', 'no', 'sans', 'pas', 'except', 'or', 'and', ',', '.', '/', '-', '—', '!', '?', ':', 'size', 'taille', '43', '42.5', '42,5', '2/3', '99', '0',
  'under', 'max', 'between', 'moins de', 'around', 'each', '€', '$', '£', 'eur', 'euros', 'yen', '150', '1,000', '1.5k', '½', '%', '~', '<',
  'by', 'before', 'within', 'friday', 'fri', 'tomorrow', 'next week', '2026-12-24', '24/12', '13/13', 'days', '48h', 'h', 'kg', 'g', 'x', '2', 'pairs',
  'shoes', 'chaussures', 'headphones', 'casque', 'earbuds', 'coffee', 'café', 'espresso', 'beans', 'capsules', 'waterproof', 'trail', 'vegan',
  'noise cancelling', 'wireless', 'sans fil', 'organic', 'decaf', 'light', 'cheap', 'very', 'ideally', 'must', 'if possible', 'Sony', 'Pushy',
  'Sports', 'US', 'UK', '9', 'battery', 'at least', '100%', 'arabica', 'drop', 'mm', "don't", "d'ici", 'n’importe', '🙂', '\u0000', '\uD800',
];
const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).chain((parts) => fc.constantFrom(parts.join(' '), parts.join('')));
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  soup,
  soup.map((s) => s.toUpperCase()),
  fc.tuple(soup, fc.integer({ min: 1, max: 400 })).map(([s, n]) => `${s} `.repeat(n)),
);
const previousPartials: ReadonlyArray<PartialNeed | undefined> = [
  undefined,
  { category: 'running-shoes', hardConstraints: [{ attribute: 'terrain', op: 'eq', value: 'trail' }], softPreferences: [], text: 'trail shoes' },
  { hardConstraints: [], softPreferences: [], budget: { amountMinor: 10000, currency: 'EUR' }, currency: 'EUR', text: 'something waterproof under 100 euros' },
];

// Thousands of engine readings per test (7.5 s for the file on a quiet CI machine): a generous timeout for busy ones.
describe('deterministic need engine: properties', { timeout: 120_000 }, () => {
  it('never throws and always returns a schema-valid understanding, whatever the text', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...previousPartials), fc.constantFrom('EUR', 'USD', 'JPY'), (text, previous, defaultCurrency) => {
        const result = understandNeedText(text, { now: NOW, defaultCurrency, ...(previous ? { previous } : {}) });
        expect(UnderstandingSchema.safeParse(result).success).toBe(true);
        if (result.kind === 'need' && result.need.budget) expect(result.need.budget.currency).toBe(result.need.currency);
      }),
      { numRuns: 400, seed: 20261123 },
    );
  });

  it('is deterministic: same text and clock, same result', () => {
    fc.assert(
      fc.property(soup, (text) => {
        const a = understandNeedText(text, { now: NOW, defaultCurrency: 'EUR' });
        const b = understandNeedText(text, { now: new Date(NOW.getTime()), defaultCurrency: 'EUR' });
        expect(b).toEqual(a);
      }),
      { numRuns: 150, seed: 7 },
    );
  });

  it('a clarifying question always hands back a partial the engine accepts as context', () => {
    fc.assert(
      fc.property(soup, soup, (first, answer) => {
        const turn1 = understandNeedText(first, { now: NOW, defaultCurrency: 'EUR' });
        if (turn1.kind !== 'clarify') return;
        const turn2 = understandNeedText(answer, { now: NOW, defaultCurrency: 'EUR', previous: turn1.partial });
        expect(UnderstandingSchema.safeParse(turn2).success).toBe(true);
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('handles huge and exotic inputs', () => {
    const inputs = [
      'a'.repeat(1_000_000),
      'waterproof shoes size 43 not Sony under 150 '.repeat(30_000),
      `headphones not ${Array.from({ length: 500 }, (_, i) => `Brand${i}`).join(' or ')}`,
      `not ${'Xyzzy '.repeat(2_000)}`,
      '\uD83D'.repeat(5_000),
      '𝕨𝕒𝕥𝕖𝕣𝕡𝕣𝕠𝕠𝕗 𝕤𝕙𝕠𝕖𝕤 43',
      'ｈｅａｄｐｈｏｎｅｓ　ｕｎｄｅｒ　１００',
      '9'.repeat(400),
      `${'1,'.repeat(500)}5 euros`,
    ];
    for (const text of inputs) {
      const result = understandNeedText(text, { now: NOW, defaultCurrency: 'EUR' });
      expect(UnderstandingSchema.safeParse(result).success).toBe(true);
    }
  });
});
