import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// What a person hates or is allergic to is not wanted, and a negated comparative bound is turned around. On main
// (5055ee6) "we hate strategy games" asked for a strategy game (replacing the family game asked for), "allergic to
// latex" was not read, and "nothing wider than 140 cm" was read as a floor.

describe('an aversion', () => {
  it('excludes what is hated, keeping the value asked for', () => {
    const need = read('a family board game for 4 players, my parents hate strategy games');
    expect(need.hardConstraints).toContainEqual({ attribute: 'game_type', op: 'eq', value: 'family' });
    expect(need.hardConstraints.some((c) => c.attribute === 'game_type' && c.op === 'eq' && c.value === 'strategy')).toBe(false);
  });

  it('excludes what the person is allergic to', () => {
    const need = read('a medium mattress 140x190, my wife is allergic to latex');
    expect(need.hardConstraints.some((c) => c.attribute === 'mattress_type' && (c.op === 'neq' || c.op === 'not-in'))).toBe(true);
  });
});

describe('a negated comparative bound', () => {
  it('reads "nothing heavier than" as a ceiling and "not less than" as a floor', () => {
    expect(read('a hiking backpack, 40 L, nothing heavier than 1.5 kg').hardConstraints).toContainEqual({ attribute: 'weight_g', op: 'lte', value: 1500 });
    expect(read('a washing machine, not less than 9 kg').hardConstraints).toContainEqual({ attribute: 'capacity_kg', op: 'gte', value: 9 });
  });

  it('reads "heavier than" alone as a floor', () => {
    expect(read('a tent heavier than 2 kg is fine, a 3 person one').hardConstraints).toContainEqual({ attribute: 'weight_kg', op: 'gte', value: 2 });
  });
});
