import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// On main (5055ee6) "for 6 adults" counted no one, and a measure between a negation and what it negates ("not a
// 2-hour strategy game") ended the negation, so strategy was wanted.

describe('people said by who they are', () => {
  it('count the players or the places', () => {
    expect(read('a party game for 8 guests').hardConstraints).toContainEqual({ attribute: 'max_players', op: 'gte', value: 8 });
    expect(read('une tente pour 3 adultes').hardConstraints).toContainEqual({ attribute: 'capacity_persons', op: 'gte', value: 3 });
  });
});

describe('a measure between a negation and what it negates', () => {
  it('does not end the negation', () => {
    const need = read('a board game for 4 players, but not a 2-hour strategy epic');
    expect(need.hardConstraints.some((c) => c.attribute === 'game_type' && (c.op === 'neq' || c.op === 'not-in'))).toBe(true);
    expect(need.hardConstraints.some((c) => c.attribute === 'game_type' && c.op === 'eq')).toBe(false);
  });
});
