import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnderstandingSchema, understandNeedText, type PartialNeed } from '../../agent/need/index.ts';
import { OPEN_MARKET } from './fixtures/open-market-cards.ts';

const NOW = new Date('2026-11-23T10:00:00.000Z');
const context = { now: NOW, defaultCurrency: 'EUR', market: OPEN_MARKET };

// Pieces of open-category requests, so random mixes reach the taxonomy matcher and every declared-schema reader.
const PIECES = [
  'vélo', 'bike', 'road', 'VTT', 'aspirateur', 'vacuum', 'sans fil', 'cordless', 'Lego', 'puzzle', 'tente', 'tent', 'for', 'pour', 'ma', 'sœur',
  'my', 'sister', 'gift', 'cadeau', '10-year-old', '10 ans', 'ans', 'under', 'moins de', 'at least', 'au moins', 'max', '3', 'kg', 'dB', 'W', 'L',
  'pouces', 'inch', 'km/h', 'm²', '500', '€', 'euros', 'not', 'pas', 'Dyson', 'red', 'rouge', 'size', 'taille', 'M', 'XL', 'pack of', 'lot de', '6',
  'players', 'joueurs', 'quiet', 'silencieux', 'light', 'cheap', 'pas cher', 'ideally', 'must', 'by Friday', 'pour vendredi', '4K', '5G', 'HDMI 2.1',
  'any', 'peu importe', 'kids', 'enfant', ',', '.', "l'", "d'", '🙂', '\u0000',
];
const soup = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join(' '));
const anyText = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), soup, soup.map((s) => s.toUpperCase()));
const previous: ReadonlyArray<PartialNeed | undefined> = [
  undefined,
  { category: '1026', hardConstraints: [], softPreferences: [], text: 'un vélo' },
  { hardConstraints: [], softPreferences: [], text: 'a present for my sister', recipient: { gift: true, who: 'sister' } },
];

describe('open categories: properties', () => {
  it('never throws, always returns a schema-valid understanding, and needs only sold categories', () => {
    const sold = new Set(OPEN_MARKET.categories.map((c) => c.id));
    fc.assert(
      fc.property(anyText, fc.constantFrom(...previous), (text, prior) => {
        const result = understandNeedText(text, { ...context, ...(prior ? { previous: prior } : {}) });
        expect(UnderstandingSchema.safeParse(result).success).toBe(true);
        if (result.kind === 'need') expect(sold.has(result.need.category)).toBe(true);
        // A question always hands back a partial the engine accepts as context.
        if (result.kind === 'clarify') expect(() => understandNeedText('any', { ...context, previous: result.partial })).not.toThrow();
      }),
      { numRuns: 300, seed: 20261204 },
    );
  });

  it('is deterministic: same text, clock and market, same result', () => {
    fc.assert(
      fc.property(soup, (text) => {
        expect(understandNeedText(text, context)).toEqual(understandNeedText(text, context));
      }),
      { numRuns: 100, seed: 7 },
    );
  });
});
