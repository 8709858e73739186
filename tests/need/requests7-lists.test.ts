import { describe, expect, it } from 'vitest';
import type { PartialNeed } from '../../agent/need/index.ts';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// Family "lists of makers and values, and exclusions" of the requests7 blind set: each case fails on the base
// (requests7-table, 3d6d42b).
const rule = (need: PartialNeed, attribute: string) => need.hardConstraints.find((c) => c.attribute === attribute);

describe('makers offered as alternatives are the acceptable set', () => {
  it('reads "X or Y" / "X ou Y" / "X, Y or Z" as a hard maker-in rule', () => {
    expect(rule(read('a blender, Kenwood or Braun'), 'maker')).toEqual({ attribute: 'maker', op: 'in', value: ['Kenwood', 'Braun'] });
    expect(rule(read('une tente Quechua, Vaude ou Coleman'), 'maker')).toEqual({ attribute: 'maker', op: 'in', value: ['Quechua', 'Vaude', 'Coleman'] });
  });
  it('keeps a single name, or alternatives said softly, a preference', () => {
    expect(rule(read('a blender, Kenwood'), 'maker')).toBeUndefined();
    expect(rule(read('a blender, ideally Kenwood or Braun'), 'maker')).toBeUndefined();
  });
  it('reads a name with a capital inside as a name ("not an iRobot")', () => {
    expect(rule(read('a robot vacuum but not a eVac'), 'maker')).toEqual({ attribute: 'maker', op: 'not-in', value: ['eVac'] });
  });
});

describe('values offered as alternatives and exclusions add up', () => {
  it('reads "blue or green" as either colour', () => {
    const colour = rule(read('a suitcase, red or black'), 'color');
    expect(colour?.op).toBe('in');
    expect(colour?.value).toEqual(expect.arrayContaining(['red', 'black']));
  });
  it('excludes every value of a negated list, in the built-in and open paths', () => {
    expect(rule(read('trail shoes size 42, except black or blue'), 'color')).toEqual({ attribute: 'color', op: 'not-in', value: ['black', 'blue'] });
    expect(rule(read('a kettle, not red, not black'), 'color')?.value).toEqual(expect.arrayContaining(['red', 'black']));
  });
  it('reads "any colour but X" as excluding X', () => {
    const colour = rule(read('a kettle, any colour but red'), 'color');
    expect(colour?.op).toBe('not-in');
    expect(colour?.value).toContain('red');
  });
  it('reads "garantie 5 ans" as the warranty, not an age', () => {
    const chair = read('fauteuil de bureau, garantie 5 ans');
    expect(chair.recipient).toBeUndefined();
    expect(chair.softPreferences).toContainEqual(expect.objectContaining({ attribute: 'warranty_years', value: 5 }));
  });
});
