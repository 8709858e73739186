import { describe, expect, it } from 'vitest';
import { readUnseen, readNeedOrPartial as read } from './unseen-requests-judge.ts';

// Family "minimums, grades and quality adjectives" of the requests7 blind set and the lead's probes: each case fails on
// the base (requests7-table, 3d6d42b) except where marked.

describe('minimums said many ways', () => {
  it('reads a number word before a declared unit, with the word naming the attribute between', () => {
    expect(read('a blender with five speeds or more').hardConstraints).toContainEqual({ attribute: 'speeds', op: 'gte', value: 5 });
    expect(read('a hair dryer, two heat settings at least').hardConstraints).toContainEqual({ attribute: 'heat_settings', op: 'gte', value: 2 });
  });
  it('reads a bound after what the measure is of, and after an article', () => {
    expect(read('croquettes, 25 % de protéines minimum').hardConstraints).toContainEqual({ attribute: 'protein_percent', op: 'gte', value: 25 });
    expect(read('a mattress with at least a 30-night trial').hardConstraints).toContainEqual({ attribute: 'trial_nights', op: 'gte', value: 30 });
  });
  it('reads "nothing over" as a ceiling', () => {
    const camera = read('an instant camera, nothing over 90 dollars');
    expect(camera.budget).toEqual({ amountMinor: 9000, currency: 'USD' });
    expect(readUnseen({ text: 'an instant camera, nothing over 90 dollars', lang: 'en', expect: '' }).notUnderstood).toEqual([]);
  });
});

describe('grades and declared values said as such', () => {
  it('reads "B rated" / "rated B" as the grade', () => {
    expect(read('a washing machine, B rated').hardConstraints).toContainEqual({ attribute: 'energy_class', op: 'eq', value: 'B' });
  });
  it('reads a word that is itself a declared value as that value, not another one it is a synonym of', () => {
    expect(read('a pod coffee machine').hardConstraints).toContainEqual({ attribute: 'machine_type', op: 'eq', value: 'pod' });
  });
});

describe('an adjective whose noun is a numeric attribute\'s label', () => {
  it('is a wish for more of it ("waterproof" tent: Waterproofness in mm)', () => {
    expect(read('a waterproof tent for 3').softPreferences).toContainEqual(expect.objectContaining({ attribute: 'waterhead_mm', direction: 'higher' }));
    expect(read('une tente imperméable').softPreferences).toContainEqual(expect.objectContaining({ attribute: 'waterhead_mm', direction: 'higher' }));
  });
  // A guard (passes on the base too): the adjective must not override a measure said with it.
  it('names the measure it follows ("6mm thick" stays 6 mm)', () => {
    expect(read('a yoga mat 5mm thick').softPreferences).toContainEqual(expect.objectContaining({ attribute: 'thickness_mm', direction: 'equals', value: 5 }));
  });
});
