import { describe, expect, it } from 'vitest';
import { labelsOf as labels } from './labels-of.ts';
import { statesPlainFact } from '../../agent/pressure/states-plain-fact.ts';

// A count, a deadline or a popularity figure stated once, with no appeal to the reader, keeps a routine cue's finding
// only if the model reading the rest of the text supports it (branch detector31). Every wording written for this file,
// in no evaluation or training set; each honest line fired on main, each dark twin must still be found.
describe('plain statements of fact (issue 9 §6, branch detector31)', () => {
  it('a count, a sold figure or a view count stated plainly is information', () => {
    expect(labels('7 left in the crate of terracotta pots; the 30 cm size is by the tills.')).toEqual([]);
    expect(labels('2,150 sold since the workshop opened in 2017.')).toEqual([]);
    expect(labels('Viewed 310 times since the listing went up.')).toEqual([]);
    expect(labels('Only 7 left — grab yours before they are gone!')).toContain('scarcity');
    expect(labels('2,150 sold today — don\u2019t miss out!')).toContain('social-proof');
    expect(labels('Viewed 310 times in the last hour: people are watching this right now.')).toContain('social-proof');
  });

  it('a session or a reduced price that ends, stated plainly, is a schedule', () => {
    expect(labels('Your pool session ends at 20:15; the lane ropes come out for the club.')).toEqual([]);
    expect(labels('The markdown ends once the old labels are sold through.')).toEqual([]);
    expect(labels('Your discount ends at 20:15 tonight. Hurry!')).toContain('urgency');
    expect(labels('The markdown ends soon: act now before the price goes back up!')).toContain('urgency');
  });

  it('reads appeals, not figures: an exclamation, "only", a call to act now, another language', () => {
    expect(statesPlainFact('9 left in the drawer')).toBe(true);
    expect(statesPlainFact('the trial makes the workspace read-only')).toBe(true);
    expect(statesPlainFact('only 9 left')).toBe(false);
    expect(statesPlainFact('9 left!')).toBe(false);
    expect(statesPlainFact('order now, 9 left')).toBe(false);
    expect(statesPlainFact('il reste 9 pieces')).toBe(false);
  });
});
