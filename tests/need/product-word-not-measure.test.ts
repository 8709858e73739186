import { describe, expect, it } from 'vitest';
import { judgeUnseen, readUnseen } from './unseen-requests-judge.ts';
import type { UnseenRow } from './unseen-requests-table.ts';

// A number before the product's own name counts the products ("2 air purifiers"), even when a word of that name also
// names a measure ("Clean air delivery rate"): it is the quantity, never that measure. Rows written for reqfix38.
const ROWS: readonly UnseenRow[] = [
  { text: '3 air purifiers for our classrooms, HEPA, under 200 each', lang: 'en', expect: '606', hard: ['hepa eq true'], quantity: 3 },
  { text: 'Please quote 5 air purifiers with HEPA filters for the clinic waiting rooms, 30 m² each', lang: 'en', expect: '606', hard: ['hepa eq true'], quantity: 5 },
  { text: 'for the gym: 2 air purifiers, quiet, max 300 each', lang: 'en', expect: '606', soft: ['noise_db lower'], quantity: 2 },
  { text: 'HEPA is a must. We need 4 air purifiers for the open space.', lang: 'en', expect: '606', hard: ['hepa eq true'], quantity: 4 },
];

describe('a number before the product name counts the products', () => {
  for (const row of ROWS) {
    it(row.text, () => {
      const u = readUnseen(row);
      expect(judgeUnseen(row, u)).toEqual([]);
      const need = u.kind === 'need' ? u.need : u.kind === 'clarify' ? u.partial : undefined;
      expect(need?.softPreferences.some((p) => p.attribute === 'cadr_m3h')).toBe(false);
    });
  }
});
