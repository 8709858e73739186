import { describe, expect, it } from 'vitest';
import type { HardConstraint } from '../../protocol/index.ts';
import { readNeed } from './unseen-requests-judge.ts';

const excludedMakers = (hard: readonly HardConstraint[]): unknown[] => hard.filter((c) => c.attribute === 'maker' && c.op === 'not-in').flatMap((c) => (Array.isArray(c.value) ? c.value : [c.value]));

// On main (0220d75) "a TV, not Samsung, OLED please" read panel ≠ oled: the negation crossed the comma (and "and") into
// the next clause, which wished for something of another kind.
describe('a negation is scoped to its own clause', () => {
  it('reads a wish of another kind after a comma, "and" or a semicolon as wanted', () => {
    for (const text of ['a TV, not Samsung, OLED please', 'a TV, not Samsung and OLED please', 'a TV, not Samsung; OLED please', 'a TV without Samsung, OLED', 'un téléviseur, pas Samsung, OLED svp', 'ein Fernseher, nicht Samsung, OLED bitte']) {
      const need = readNeed(text);
      expect(need.hardConstraints, text).toContainEqual({ attribute: 'panel', op: 'eq', value: 'oled' });
      expect(excludedMakers(need.hardConstraints), text).toEqual(['Samsung']);
    }
    const headphones = readNeed('headphones without noise cancelling and wireless');
    expect(headphones.hardConstraints).toContainEqual({ attribute: 'noise_cancelling', op: 'eq', value: false });
    expect(headphones.hardConstraints).toContainEqual({ attribute: 'wireless', op: 'eq', value: true });
  });

  it('still refuses every item of a list of one kind, or offered as alternatives', () => {
    for (const text of ['a TV, not Samsung or LG', 'a TV, no Samsung, no LG', 'a TV, no Samsung nor LG', 'a TV, not Samsung and LG', 'un téléviseur, ni Samsung ni LG']) {
      expect(excludedMakers(readNeed(text).hardConstraints), text).toEqual(['Samsung', 'LG']);
    }
    expect(excludedMakers(readNeed('a TV, not Samsung, LG or Sony, OLED please').hardConstraints)).toEqual(['Samsung', 'LG', 'Sony']);
    expect(readNeed('a TV, not Samsung, LG or Sony, OLED please').hardConstraints).toContainEqual({ attribute: 'panel', op: 'eq', value: 'oled' });
    expect(readNeed('a TV, not Samsung or OLED').hardConstraints).toContainEqual({ attribute: 'panel', op: 'neq', value: 'oled' });
  });
});
