import { describe, expect, it } from 'vitest';
import { readNeed } from './unseen-requests-judge.ts';

// Dictated requests have no punctuation: a wish said after its words ("organic if possible") is theirs only, not the
// whole run-on's nor what follows it; and a measure named before its bound ("the spin should be at least 1400") takes
// a figure said without a unit, in digits or in words.
describe('a wish said after its words in a run-on', () => {
  it('leaves the words before it firm and the price after it a budget', () => {
    const need = readNeed('so ground coffee for filter medium roast um fair trade if possible no more than twenty euros');
    expect(need.hardConstraints).toEqual(expect.arrayContaining([{ attribute: 'form', op: 'eq', value: 'ground' }, { attribute: 'roast', op: 'eq', value: 'medium' }]));
    expect(need.budget?.amountMinor).toBe(2000);
  });

  it('still makes a wish of the words right before it and of what a leading wish opens', () => {
    const need = readNeed('trail running shoes size 44 waterproof if possible');
    expect(need.softPreferences.map((p) => p.attribute)).toContain('waterproof');
    expect(need.hardConstraints).toContainEqual({ attribute: 'size_eu', op: 'eq', value: 44 });
  });
});

describe('a measure named before its bound and a verb of being', () => {
  it('reads a figure with no unit as the measure named', () => {
    expect(readNeed('washing machine 9 kg, the spin must be at least 1200, max 700').hardConstraints).toContainEqual({ attribute: 'spin_rpm', op: 'gte', value: 1200 });
    expect(readNeed('a washer, spin at least sixteen hundred, under 800 euros').hardConstraints).toContainEqual({ attribute: 'spin_rpm', op: 'gte', value: 1600 });
  });
});
