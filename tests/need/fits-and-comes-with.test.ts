import { describe, expect, it } from 'vitest';
import { judgeUnseen, readUnseen } from './unseen-requests-judge.ts';
import type { UnseenRow } from './unseen-requests-table.ts';

// What the product must take in ("fits a 14 inch laptop") and things it comes with, counted in their own unit ("with
// 2 batteries", "with 5 modes"): more will do, so each is a floor. Rows written for reqfix38.
const ROWS: readonly UnseenRow[] = [
  { text: 'laptop backpack that fits a 15.6 inch laptop, under 80', lang: 'en', expect: '100', hard: ['laptop_in gte 15.6'], budget: 80 },
  { text: 'commuter backpack:\n- waterproof\n- must fit a 16 inch laptop\n- max 120', lang: 'en', expect: '100', hard: ['laptop_in gte 16', 'waterproof eq true'], budget: 120 },
  { text: 'a rucksack for uni, black, fitting my 13 inch laptop, about 20 L, under 60', lang: 'en', expect: '100', hard: ['laptop_in gte 13'], budget: 60 },
  { text: 'Need a backpack that fits a 14" laptop and a lunchbox, not pink, under 50', lang: 'en', expect: '100', hard: ['laptop_in gte 14'], budget: 50 },
  { text: 'impact driver with 2 batteries and a case, max 180', lang: 'en', expect: '2629', hard: ['drill_type eq impact-driver', 'batteries_included gte 2'], budget: 180 },
  { text: 'electric toothbrush with 5 modes and a pressure sensor, max 90', lang: 'en', expect: '527', hard: ['modes gte 5', 'pressure_sensor eq true'], budget: 90 },
  { text: 'carry-on suitcase with 4 wheels, hard shell, under 150', lang: 'en', expect: '107', hard: ['wheels gte 4'], budget: 150 },
  { text: 'hammer drill for concrete walls, with two batteries, up to 220', lang: 'en', expect: '2629', hard: ['drill_type eq hammer-drill', 'batteries_included gte 2'], budget: 220 },
];

describe('what the product must fit, and things it comes with, are floors', () => {
  for (const row of ROWS) {
    it(row.text, () => {
      expect(judgeUnseen(row, readUnseen(row))).toEqual([]);
    });
  }
});
