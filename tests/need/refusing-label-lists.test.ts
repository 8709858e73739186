import { describe, expect, it } from 'vitest';
import { readNeed } from './unseen-requests-judge.ts';

const has = (text: string, attribute: string, op: string, value: unknown): void => {
  expect(readNeed(text).hardConstraints, text).toContainEqual({ attribute, op, value });
};

// A label that refuses ("NOT:", "Must not:", "Must NOT have:", "Avoid:") refuses every item of its list, whatever the
// item says (a maker, a feature, a material, a measure) and whatever stands in it (a bracket, a verb).
describe('lists after a refusing label', () => {
  it('refuses each item of a "must not:" sentence in a one-line request', () => {
    const text = 'monitor for the office. must not: be Dell, be over 27 inches. must: USB-C';
    has(text, 'maker', 'not-in', ['Dell']);
    has(text, 'screen_in', 'lte', 27);
    has(text, 'usb_c', 'eq', true);
  });

  it('refuses a feature after an article and a maker after a bracket', () => {
    const chair = 'Office chair. Must NOT have: a mesh back, a headrest. max 200';
    has(chair, 'material', 'not-in', ['mesh', 'maille', 'filet', 'resille']);
    has(chair, 'headrest', 'eq', false);
    const text = 'wireless earbuds\nNOT: in-ear (they hurt), Beats\nmax 150';
    has(text, 'maker', 'not-in', ['Beats']);
  });

  it('turns a bound said after "not be"', () => {
    has('a TV that must not be under 50 inches, max 900', 'screen_in', 'gte', 50);
  });

  it('reads a life stage said with an article before the animal', () => {
    has('wet food for an adult small dog, max 40', 'life_stage', 'eq', 'adult');
  });
});
