import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read, readRequest } from './unseen-requests-judge.ts';

// The condition of a stretch ends at an "and" opening a rule, a refusal or a quantity (review50d: "150 if it's Sony and
// must be wireless" read "wireless" into the condition, losing the hard rule main kept; "… and no Bose" refused Bose only
// for offers meeting the condition; "… and 2 pairs" lost the quantity).

const hardOf = (text: string) => read(text).hardConstraints.map((r) => r.attribute);
const conditionOf = (text: string) => read(text).budgetStretch?.condition.map((c) => c.attribute).sort();

describe('the condition of a stretch', () => {
  it('ends before "and" + a rule, a refusal or a quantity', () => {
    expect(hardOf("headphones max 100, 150 if it's Sony and must be wireless")).toContain('wireless');
    expect(conditionOf("headphones max 100, 150 if it's Sony and must be wireless")).toEqual(['maker']);
    expect(hardOf("headphones max 100, 150 if it's Sony and it must be wireless")).toContain('wireless');
    expect(read("headphones max 100, 150 if it's Sony and no Bose").hardConstraints).toContainEqual({ attribute: 'maker', op: 'not-in', value: ['Bose'] });
    expect(conditionOf("headphones max 100, 150 if it's Sony and no Bose")).toEqual(['maker']);
    expect(read("headphones max 100, 150 if it's Sony and 2 pairs").quantity).toBe(2);
    expect(read("headphones max 100, 150 if it's Sony and 2 pairs").budgetStretch?.amount.amountMinor).toBe(15000);
  });

  it('keeps the words of the condition joined by "and" when they say more of it', () => {
    expect(conditionOf("headphones 100 max, 200 if it has ANC and it's Sony")).toEqual(['maker', 'noise_cancelling']);
    expect(hardOf("headphones 100 max, 200 if it has ANC and it's Sony")).not.toContain('maker');
    expect(hardOf("headphones max 100, 150 if they are wireless and noise cancelling")).not.toContain('wireless');
  });
});

describe('a seller\'s price the next clause takes as the person\'s limit', () => {
  const budget = (text: string) => read(text).budget?.amountMinor;
  const notes = (text: string) => {
    const u = readRequest(text);
    return u.kind === 'need' ? u.assumptions.join(' | ') : u.kind === 'clarify' ? u.notUnderstood.join(' | ') : '';
  };
  it('is the budget, with no "seller\'s price" note', () => {
    for (const text of ['headphones, shops ask 300; my limit is that too', "headphones, shops ask 300; that's my max too", 'headphones, the RRP is 300 which is my max']) {
      expect(budget(text)).toBe(30000);
      expect(notes(text)).not.toContain('is the seller\'s price');
    }
  });
  it('stays the seller\'s price when the limit is someone else\'s, asked, or another figure', () => {
    expect(budget("headphones, shops ask 300; that's his max")).toBeUndefined();
    expect(budget('headphones, shops ask 300; my limit is 200')).toBe(20000);
    expect(notes('headphones, shops ask 300; my limit is 200')).toContain('is the seller\'s price');
    expect(budget('headphones, the RRP is 300 which is my max?')).toBeUndefined();
    expect(budget('headphones, the RRP is 300 which is not my max, 250 is')).not.toBe(30000);
    expect(budget('headphones, RRP 300; my wife\'s limit is that too')).toBeUndefined();
    expect(budget('headphones, the RRP is 300. My limit is 250')).toBe(25000);
  });
});
