import { describe, expect, it } from 'vitest';
import { judgeUnseen, readUnseen } from './unseen-requests-judge.ts';
import type { UnseenRow } from './unseen-requests-table.ts';

// "fits" a figure: the thing carried is a floor ("fits a 15 inch laptop"), the container the product goes into is a
// ceiling ("fits in a 14 inch sleeve", "fits a 55 cm cabin limit"). Rows written for mendrev38 beside review38b's.
const ROWS: readonly UnseenRow[] = [
  { text: 'a suitcase that fits a 55 cm cabin limit, max 150', lang: 'en', expect: '107', hard: ['height_cm lte 55', 'cabin_size eq true'], budget: 150 },
  { text: 'a laptop that fits in a 14 inch sleeve, max 800', lang: 'en', expect: '328', hard: ['screen_in lte 14'], budget: 800 },
  { text: 'a laptop that fits in my 13 inch bag, max 700', lang: 'en', expect: '328', hard: ['screen_in lte 13'], budget: 700 },
  { text: 'a TV that fits a 55 inch wall space, max 600', lang: 'en', expect: '404', hard: ['screen_in lte 55'], budget: 600 },
  { text: 'a backpack that fits a 14 inch laptop, max 80', lang: 'en', expect: '100', hard: ['laptop_in gte 14'], budget: 80 },
];

describe('a figure the product must fit in is a ceiling, one it must carry a floor', () => {
  for (const row of ROWS) {
    it(row.text, () => {
      const u = readUnseen(row);
      expect(judgeUnseen(row, u)).toEqual([]);
      const hard = u.kind === 'need' ? u.need.hardConstraints : [];
      for (const rule of row.hard ?? []) {
        const [attribute, op] = rule.split(' ');
        if (op === 'lte' || op === 'gte') expect(hard.find((c) => c.attribute === attribute)?.op).toBe(op);
      }
    });
  }
});
