import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// On main (5055ee6) "for 6 adults" counted no one, and a measure between a negation and what it negates ("not a
// 2-hour strategy game") ended the negation, so strategy was wanted.

describe('people said by who they are', () => {
  it('count the players or the places', () => {
    expect(read('a party game that works with 8 guests').hardConstraints).toContainEqual({ attribute: 'max_players', op: 'gte', value: 8 });
    const tent = read('a tent that sleeps 3 adults');
    expect([...tent.hardConstraints, ...tent.softPreferences].some((r) => r.attribute === 'capacity_persons' && r.value === 3)).toBe(true);
  });
});

describe('a measure between a negation and what it negates', () => {
  it('does not end the negation', () => {
    const need = read('a board game for 4 players, but not a 2-hour strategy epic');
    expect(need.hardConstraints.some((c) => c.attribute === 'game_type' && (c.op === 'neq' || c.op === 'not-in'))).toBe(true);
    expect(need.hardConstraints.some((c) => c.attribute === 'game_type' && c.op === 'eq')).toBe(false);
  });
});
