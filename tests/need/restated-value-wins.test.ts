import { describe, expect, it } from 'vitest';
import type { HardConstraint, SoftPreference } from '../../protocol/index.ts';
import { readNeed, readRequest } from './unseen-requests-judge.ts';

// On main (dc0427d) a figure taken back was replaced by the later one only when the two stood a few words apart ("42 no
// wait 43"): a list restating its label on a later line ("- size: 42 … - size: rather 42.5") kept the first figure, and
// a clothing size in letters taken back ("M… no wait, L", "S… non, plutôt XS") kept the first size and read the second
// as a maker. The later statement wins, in its earlier place, and the correction is said back.

/** Every rule (hard or soft) read on one attribute. */
function rulesOn(text: string, attribute: string): Array<HardConstraint | SoftPreference> {
  const need = readNeed(text);
  return [...need.hardConstraints, ...need.softPreferences].filter((r) => r.attribute === attribute);
}

describe('a value restated later in the same request', () => {
  it('reads the figure a later line restates by its label, in English and French', () => {
    expect(rulesOn('Trail shoes\n- size: 42\n- drop: 8 mm\n- size: rather 42.5 after all', 'size_eu')).toEqual([{ attribute: 'size_eu', op: 'eq', value: 42.5 }]);
    expect(rulesOn('vélo de route\n- cadre : 54 cm\n- budget : 1500 €\n- cadre : non, plutôt 56 cm', 'frame_size_cm').map((r) => r.value)).toEqual([56]);
  });

  it('reads the later of two clothing sizes in letters, and no maker from it', () => {
    expect(rulesOn('a fleece jacket, size M… no wait, L, under 80 euros', 'size')).toEqual([{ attribute: 'size', op: 'eq', value: 'L' }]);
    expect(rulesOn('veste polaire femme taille S… non, plutôt XS, moins de 90 €', 'size')).toEqual([{ attribute: 'size', op: 'eq', value: 'XS' }]);
    expect(rulesOn('veste polaire femme taille S… non, plutôt XS, moins de 90 €', 'maker')).toEqual([]);
  });

  it('says the correction back', () => {
    const understanding = readRequest('Trail shoes\n- size: 42\n- drop: 8 mm\n- size: rather 42.5 after all');
    expect(understanding.kind === 'need' ? understanding.assumptions.filter((a) => a.startsWith('correction:')) : []).toEqual(['correction: "42 … size: rather 42.5" read as 42.5']);
  });

  it('leaves a unit letter after a figure and two different labels alone', () => {
    expect(rulesOn('a backpack, 40 L no actually 50 L', 'volume_l').map((r) => r.value)).toEqual([50]);
    expect(rulesOn('Trail shoes\n- size: 42\n- drop: actually 6 mm', 'size_eu')).toEqual([{ attribute: 'size_eu', op: 'eq', value: 42 }]);
  });
});
