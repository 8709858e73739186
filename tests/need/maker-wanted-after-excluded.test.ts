import { describe, expect, it } from 'vitest';
import { readNeed } from './unseen-requests-judge.ts';

// One reader records a maker as said (`agent/need/set-maker.ts`), for the built-in lexicon's makers and the open
// market's alike. On main (b96e232) the open market's copy kept a maker excluded after it was then required, so "not
// Smeg... actually only Smeg" asked for Smeg and excluded it: no offer could ever match.

const makerRules = (text: string): unknown[] => readNeed(text).hardConstraints.filter((c) => c.attribute === 'maker');

describe('a maker required after being excluded', () => {
  it('is required, no longer excluded: later words win', () => {
    expect(makerRules('A kettle, not Smeg... actually only Smeg')).toEqual([{ attribute: 'maker', op: 'eq', value: 'Smeg' }]);
    expect(makerRules('Un aspirateur robot, pas de Roborock. En fait si, Roborock obligatoirement.')).toEqual([{ attribute: 'maker', op: 'eq', value: 'Roborock' }]);
  });

  it('is excluded when the exclusion comes last', () => {
    expect(makerRules('A kettle, only Smeg... actually no, not Smeg')).toEqual([{ attribute: 'maker', op: 'not-in', value: ['Smeg'] }]);
  });
});
