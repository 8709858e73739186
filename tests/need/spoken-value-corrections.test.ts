import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// A value said then taken back in a dictated request keeps only the later one: a colour or a material ("red no wait
// blue", "cotton no wait polyester"), and a figure said in words with a decimal point ("two point five … no wait two
// point two"). On main (335da7e) "no wait" read a refusal of a maker "wait", "noir euh non plutôt blanc" refused white,
// and "one point seven litre one no wait make it one point five" took back the pronoun "one", leaving 1.7.

const valuesOf = (need: ReturnType<typeof read>, attribute: string): unknown[] =>
  [...need.hardConstraints.filter((r) => r.attribute === attribute).flatMap((r) => (Array.isArray(r.value) ? r.value : [r.value])), ...need.softPreferences.filter((p) => p.attribute === attribute).map((p) => p.value)];

describe('a value said then taken back', () => {
  it('keeps the later colour or material only, and reads no refusal in the retraction', () => {
    const kettle = read('an electric kettle, black no wait white, under 60');
    expect(valuesOf(kettle, 'color')).toContain('white');
    expect(kettle.hardConstraints.filter((r) => r.op === 'neq' || r.op === 'not-in')).toEqual([]);
    const bag = read('a backpack, cotton no wait polyester, under 60');
    expect(valuesOf(bag, 'material')).toEqual(['polyester']);
    expect(bag.hardConstraints.filter((r) => r.op === 'neq' || r.op === 'not-in')).toEqual([]);
    const fr = read('un casque audio sans fil, noir euh non plutôt blanc, 100 € max');
    expect(valuesOf(fr, 'color')).toContain('white');
    expect(fr.hardConstraints.filter((r) => r.attribute === 'color' && (r.op === 'neq' || r.op === 'not-in'))).toEqual([]);
  });

  it('keeps the later decimal said in words, not the one before a pronoun "one"', () => {
    const need = read('a kettle, a one point eight litre one no wait make it one point two, under 60');
    expect(valuesOf(need, 'capacity_l')).toEqual([1.2]);
  });

  it('leaves "black, no white" (a refusal after a comma) as typed', () => {
    const need = read('running shoes size 42, black, no white, under 100');
    expect(need.hardConstraints).toContainEqual({ attribute: 'color', op: 'neq', value: 'white' });
  });
});
