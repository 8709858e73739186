import { describe, expect, it } from 'vitest';
import { judgeUnseen, readUnseen } from './unseen-requests-judge.ts';
import type { UnseenRow } from './unseen-requests-table.ts';

// Someone's birthday counted as an ordinal is their age even when a time, a place or the party follows it ("grandma's
// 80th on the 20th", "dad's 60th next week", "my sister's 30th party"); a counted thing is not ("my son's 2nd phone").
// Rows written for reqfix38.
const ROWS: readonly UnseenRow[] = [
  { text: "present for dad's 60th next week: a bean to cup coffee machine, under 300", lang: 'en', expect: '736', hard: ['machine_type eq bean-to-cup'], who: 'father', age: 60, budget: 300 },
  { text: "board game for my sister's 30th party this Saturday, for 6 players, under 50", lang: 'en', expect: '1246', hard: ['max_players gte 6'], who: 'sister', age: 30, budget: 50 },
  { text: "headphones for my nephew's 16th in April, wireless, max 100", lang: 'en', expect: 'headphones', hard: ['wireless eq true'], who: 'nephew', age: 16, budget: 100 },
  { text: "a 1500 piece jigsaw for grandpa's 75th on Sunday, up to 40", lang: 'en', expect: '2618', who: 'grandfather', age: 75, budget: 40 },
];

describe("someone's counted birthday is their age, whatever follows it", () => {
  for (const row of ROWS) {
    it(row.text, () => {
      expect(judgeUnseen(row, readUnseen(row))).toEqual([]);
    });
  }
  it("a counted thing is no age: my son's 2nd phone", () => {
    const u = readUnseen({ text: "my son's 2nd phone, android, under 200", lang: 'en', expect: '267' });
    expect(u.kind === 'need' ? u.need.recipient?.ageYears : undefined).toBeUndefined();
  });
  it('the party of a counted birthday is no party game', () => {
    const u = readUnseen({ text: "board game for my sister's 30th party, for 6 players", lang: 'en', expect: '1246' });
    const need = u.kind === 'need' ? u.need : u.kind === 'clarify' ? u.partial : undefined;
    expect(need?.hardConstraints.some((r) => r.attribute === 'game_type')).toBe(false);
  });
});
