import { describe, expect, it } from 'vitest';
import { gradesAtLeast } from '../../agent/need/letter-grade-scale.ts';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// How declared values are said (openworld24, requests8's value family): each request fails on 8ed1cf4.

describe('letter grades', () => {
  it('reads "B or better", "classe énergétique B ou mieux", "au moins C" as every grade from A', () => {
    expect(read('lave linge hublot classe énergétique B ou mieux').hardConstraints).toContainEqual({ attribute: 'energy_class', op: 'in', value: ['A', 'B'] });
    expect(read('washing machine, energy class C or better').hardConstraints).toContainEqual({ attribute: 'energy_class', op: 'in', value: ['A', 'B', 'C'] });
    expect(read('lave-linge au moins C').hardConstraints).toContainEqual({ attribute: 'energy_class', op: 'in', value: ['A', 'B', 'C'] });
    // A grade said alone is that grade.
    expect(read('washing machine, energy class A').hardConstraints).toContainEqual({ attribute: 'energy_class', op: 'eq', value: 'A' });
  });

  it('is a scale only when the values are letters running on from A', () => {
    const attr = (values: string[]) => ({ name: 'grade', type: 'enum' as const, values, labels: { en: 'Grade' }, description: 'A grade' });
    expect(gradesAtLeast(attr(['C', 'A', 'B', 'D']), 'B')).toEqual(['A', 'B']);
    expect(gradesAtLeast(attr(['A', 'B', 'D']), 'B')).toBeUndefined();
    expect(gradesAtLeast(attr(['S', 'M', 'L']), 'M')).toBeUndefined();
  });
});

describe('French forms of declared values and labels', () => {
  it('reads "à dosettes" as a pod machine and "à capsules" as a capsule one', () => {
    expect(read('machine a cafe a dosettes').hardConstraints).toContainEqual({ attribute: 'machine_type', op: 'eq', value: 'pod' });
    expect(read('machine à café à capsules').hardConstraints).toContainEqual({ attribute: 'machine_type', op: 'eq', value: 'capsule' });
  });

  it('reads "gonflable" as inflatable, and a plural label in the singular ("en matière recyclée")', () => {
    expect(read('tente familiale gonflable').hardConstraints).toContainEqual({ attribute: 'setup', op: 'eq', value: 'inflatable' });
    expect(read('polaire femme en matière recyclée').hardConstraints).toContainEqual({ attribute: 'recycled_materials', op: 'eq', value: true });
  });

  it('reads an elided bound ("moins d\'1,3 kg", "plus d\'1 kg") as the bound', () => {
    expect(read("PC portable léger, moins d'1,3 kg").hardConstraints).toContainEqual({ attribute: 'weight_kg', op: 'lte', value: 1.3 });
    expect(read("tente, plus d'1 kg").hardConstraints).toContainEqual({ attribute: 'weight_kg', op: 'gte', value: 1 });
  });
});
