import { describe, expect, it } from 'vitest';
import type { PartialNeed } from '../../agent/need/index.ts';
import { readRequest } from './unseen-requests-judge.ts';

// A maker the market lists, misspelt (reqfix35, requests18's misspelled makers): requests of our own, none from a
// blind table; the readings of the first block fail on main (332405d).

function read(text: string): { need: PartialNeed; said: readonly string[] } {
  const u = readRequest(text);
  if (u.kind === 'unsupported') throw new Error(`${text}: ${u.message}`);
  return u.kind === 'need' ? { need: u.need, said: u.assumptions } : { need: u.partial, said: [] };
}
const makerRules = (need: PartialNeed): unknown[] => [...need.hardConstraints, ...need.softPreferences].filter((r) => r.attribute === 'maker').map((r) => ('op' in r ? [r.op, r.value] : ['~', r.value]));

describe('a misspelt maker', () => {
  it('is read as the maker it is one slip from, and said back', () => {
    const bag = read('a cabin suitcase with four wheels, Samsonnite or Delsey');
    expect(makerRules(bag.need)).toEqual([['in', ['Samsonite', 'Delsey']]]);
    expect(bag.said).toContain('typo: "Samsonnite" read as "Samsonite"');
    const vacuum = read('un aspirateur sans sac, pas de Rowneta');
    expect(makerRules(vacuum.need)).toEqual([['not-in', ['Rowenta']]]);
    expect(vacuum.said).toContain('faute de frappe : « Rowneta » lu comme « Rowenta »');
  });

  it('reads a name of several words, or typed as one word, as the maker', () => {
    expect(makerRules(read('une bouilloire Russel Hobbs, en inox').need)).toEqual([['~', 'Russell Hobbs']]);
    expect(makerRules(read('a cordless drill, Blackdecker if possible').need)).toEqual([['~', 'Black+Decker']]);
    expect(makerRules(read('a waterproof shell jacket, not Patagonya').need)).toEqual([['not-in', ['Patagonia']]]);
  });
});

describe('a word near a maker that is no misspelling of it', () => {
  it('keeps an ordinary word, a short name and a maker selling none of the product as typed (these hold on main too)', () => {
    // "Garden" is one slip from Gardena, but an ordinary word: a capitalised one stays the name typed.
    expect(makerRules(read('a robot mower for the Garden, quiet').need)).toEqual([['~', 'Garden']]);
    // "Grant" is one slip from Giant, too short a name to read through a slip.
    expect(makerRules(read('a road bike for my friend Grant').need)).toEqual([['~', 'Grant']]);
    // Garmin sells no yoga mats here: "Garmen" stays as typed.
    expect(makerRules(read('a yoga mat, Garmen').need)).toEqual([['~', 'Garmen']]);
    // Lower case and with no negation, a near name is no name ("a phillips screwdriver").
    expect(makerRules(read('a cordless drill with a phillips bit').need)).toEqual([]);
  });
});
