import { describe, expect, it } from 'vitest';
import { understandNeedText } from '../../agent/need/index.ts';

// The currencies the glosses name are read the same when typed in an English request: "TL" (Turkish lira) and "RON"
// like "lei" and "kc" already were. Rows written for mendrev38 (review38b: "TL" was read only through the Turkish gloss).
const NOW = new Date('2028-03-07T10:00:00Z');
const ROWS: readonly (readonly [string, number, string])[] = [
  ['headphones, max 3000 TL', 300000, 'TRY'],
  ['wireless headphones under 2500 tl', 250000, 'TRY'],
  ['running shoes size 42, 900 TL max', 90000, 'TRY'],
  ['headphones, max 500 RON', 50000, 'RON'],
  ['headphones, max 500 lei', 50000, 'RON'],
  ['headphones, max 5000 kc', 500000, 'CZK'],
];

describe('currency words typed in English', () => {
  for (const [text, minor, currency] of ROWS) {
    it(text, () => {
      const u = understandNeedText(text, { now: NOW, defaultCurrency: 'EUR' });
      const need = u.kind === 'need' ? u.need : u.kind === 'clarify' ? u.partial : undefined;
      expect(need?.budget).toEqual({ amountMinor: minor, currency });
    });
  }
});
