import { describe, expect, it } from 'vitest';
import type { PartialNeed } from '../../agent/need/index.ts';
import { readUnseen, readNeedOrPartial as read } from './unseen-requests-judge.ts';

// Family "named features said short" of the requests7 blind set: each case fails on the base (requests7-table, 3d6d42b).
const has = (need: PartialNeed, attribute: string, value: unknown): boolean =>
  need.hardConstraints.some((c) => c.attribute === attribute && (Array.isArray(c.value) ? c.value.includes(value as never) : c.value === value)) ||
  need.softPreferences.some((p) => p.attribute === attribute && p.value === value);

describe('features said short', () => {
  it('reads a word clipped from a declared word ("refurb", "rando")', () => {
    expect(has(read('a refurb washing machine'), 'condition', 'refurbished')).toBe(true);
    expect(has(read('sac à dos de rando 30 litres'), 'backpack_type', 'hiking')).toBe(true);
  });
  it('reads a label with its words cut short ("adjustable arms", "temp control")', () => {
    expect(has(read('office chair with lumbar supp'), 'lumbar_support', true)).toBe(true);
    expect(has(read('a kettle with temp control'), 'temperature_control', true)).toBe(true);
    // What is already a declared phrase stays as typed.
    expect(read('un aspirateur sans fil').hardConstraints).toEqual([{ attribute: 'cordless', op: 'eq', value: true }]);
  });
  it('reads "with/avec" and a word only one feature\'s label has ("avec stylet", "with a stylus")', () => {
    expect(has(read('a tablet with a stylus'), 'stylus_support', true)).toBe(true);
    expect(has(read('un sèche-cheveux pliable avec ionique'), 'ionic', true)).toBe(true);
  });
  it('reads "w/" as "with", also when naming the product ("phone w/ camera" is a phone)', () => {
    const phone = readUnseen({ text: 'android phone w/ 50MP camera', lang: 'en', expect: '' });
    expect(phone.kind === 'need' && phone.need.category).toBe('267');
    expect(readUnseen({ text: 'a kettle w/ temp control', lang: 'en', expect: '' }).notUnderstood).toEqual([]);
  });
  it('knows more materials and cream as its own colour', () => {
    expect(has(read('a mesh office chair'), 'material', 'mesh')).toBe(true);
    expect(has(read('yoga mat in natural rubber'), 'material', 'natural rubber')).toBe(true);
    expect(has(read('a cream kettle'), 'color', 'cream')).toBe(true);
  });
});
