import { describe, expect, it } from 'vitest';
import type { HardConstraint, SoftPreference } from '../../protocol/index.ts';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// Indirect exclusions of a maker (requests12's exclusion family, reqfix29): the maker of one the person has is no
// preference for it, and "another one of theirs" after a negation, "something else" or "another brand" said after it
// excludes it; "Not The North Face" keeps its "The". Requests written for this test; each fails on ffc15d1.

const makerRules = (text: string): Array<HardConstraint | SoftPreference> => {
  const need = read(text);
  return [...need.hardConstraints, ...need.softPreferences].filter((r) => r.attribute === 'maker');
};

describe('a maker the person has', () => {
  it('is excluded when they want another one than theirs', () => {
    expect(makerRules('My old Tefal kettle broke, and I do not want another one of theirs. A glass kettle, 40 euros.')).toEqual([{ attribute: 'maker', op: 'not-in', value: ['Tefal'] }]);
    expect(makerRules('A robot vacuum please. I usually buy Rowenta but the last one was noisy, so something else. 300 euros.')).toEqual([{ attribute: 'maker', op: 'not-in', value: ['Rowenta'] }]);
    expect(makerRules("A stick vacuum, cordless. I'm done with Bosch, another brand please. 250 euros.")).toEqual([{ attribute: 'maker', op: 'not-in', value: ['Bosch'] }]);
  });

  it('is no preference when nothing more is said of it', () => {
    expect(makerRules('My current Garmin is fine but I want a second sports watch with GPS for my runs, 200 euros')).toEqual([]);
  });
});

describe('a maker whose name starts with "The"', () => {
  it('keeps "The" inside a sentence', () => {
    expect(makerRules('A hiking backpack of 40 litres, waterproof, but not The North Face, 120 euros')).toEqual([{ attribute: 'maker', op: 'not-in', value: ['The North Face'] }]);
  });
});
