import { describe, expect, it } from 'vitest';
import { judgeUnseen, readUnseen } from './unseen-requests-judge.ts';
import type { UnseenRow } from './unseen-requests-table.ts';

// Exclusions of a type, a maker or a computer's system said in everyday words: refused after the thing ("hand blenders
// need not apply", "pink is out", "Samsung is out of the question") or by the computer an operating system comes on
// ("not a Mac", "no chromebook"). Rows written for reqfix38.
const ROWS: readonly UnseenRow[] = [
  { text: 'blender for soups and smoothies, personal blenders need not apply, max 120', lang: 'en', expect: '505666', hard: ['blender_type not-in personal'], budget: 120 },
  { text: 'tent\n- 2 person\n- inflatable ones need not apply\n- max 300', lang: 'en', expect: '1022', hard: ['setup not-in inflatable'], budget: 300 },
  { text: 'electric toothbrush for my husband, sonic ones not wanted, pressure sensor, under 80', lang: 'en', expect: '527', hard: ['brush_type not-in sonic'], budget: 80 },
  { text: 'a phone with 128 GB, Samsung is out of the question, under 400', lang: 'en', expect: '267', hard: ['maker not-in Samsung'], budget: 400 },
  { text: 'school backpack 20 L for my daughter, pink is out, she is 11, under 60', lang: 'en', expect: '100', hard: ['color not-in pink'], budget: 60 },
  { text: 'laptop for my dad, not a Mac please, he finds them confusing, 500 max', lang: 'en', expect: '328', hard: ['os not-in macos'], budget: 500 },
  { text: 'Need a laptop: 15 inch, 16 GB RAM, no chromebook, under 700', lang: 'en', expect: '328', hard: ['os not-in chromeos'], budget: 700 },
  { text: 'I want a light laptop for travelling, anything but a mac, up to 900', lang: 'en', expect: '328', hard: ['os not-in macos'], budget: 900 },
];

// A negated refusal is no refusal, and "X are out" said of something new or wished for is a release (mendrev38:
// review38b found both read as the maker refused).
const NOT_REFUSED: readonly UnseenRow[] = [
  { text: 'headphones, Sony is not out of the question, max 150', lang: 'en', expect: 'headphones', hard: ['maker eq Sony'], budget: 150 },
  { text: 'the new Sony headphones are out, I want them, max 400', lang: 'en', expect: 'headphones', hard: ['maker eq Sony'], budget: 400 },
  { text: 'a phone with 128 GB, Xiaomi isn\'t out of the question, under 300', lang: 'en', expect: '267', soft: ['maker equals Xiaomi'], budget: 300 },
];

describe('a refusal negated, or a release said "are out", refuses nothing', () => {
  for (const row of NOT_REFUSED) {
    it(row.text, () => {
      const u = readUnseen(row);
      expect(judgeUnseen(row, u)).toEqual([]);
      expect(u.kind === 'need' && u.need.hardConstraints.some((c) => c.op === 'not-in')).toBe(false);
    });
  }
});

describe('a type, a maker or a system refused after it is named, or by the computer it comes on', () => {
  for (const row of ROWS) {
    it(row.text, () => {
      expect(judgeUnseen(row, readUnseen(row))).toEqual([]);
    });
  }
});
