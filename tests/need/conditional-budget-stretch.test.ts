import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read, readRequest } from './unseen-requests-judge.ts';

// A higher figure said on a condition ("max 100, 150 if it's Sony") is an either/or: the budget stays the first
// ceiling, and the need carries a stretch (the higher figure, and the condition read as rules) that holds only for an
// offer meeting it. On main the condition became a hard rule for every offer (a non-Sony pair was excluded); on
// reqfix40 the higher figure became the budget for every offer (a non-Sony pair at 145 passed).

const rulesOf = (text: string) => [...read(text).hardConstraints, ...read(text).softPreferences].map((r) => r.attribute);
const notes = (text: string) => {
  const u = readRequest(text);
  return u.kind === 'need' ? [...u.assumptions, ...u.notUnderstood].join(' | ') : u.kind === 'clarify' ? u.notUnderstood.join(' | ') : '';
};

describe('a higher figure said on a condition', () => {
  it('keeps the first ceiling as the budget and the higher one as a stretch on the condition', () => {
    const sony = read("headphones max 100, 150 if it's Sony");
    expect(sony.budget?.amountMinor).toBe(10000);
    expect(sony.budgetStretch).toEqual({ amount: { amountMinor: 15000, currency: 'EUR' }, condition: [{ attribute: 'maker', op: 'eq', value: 'Sony' }] });
    expect(read('une bouilloire, 60 € maximum, ou 80 € si elle est en inox').budget?.amountMinor).toBe(6000);
    expect(read('a kettle, max 60, or 80 if it has temperature control').budgetStretch?.amount.amountMinor).toBe(8000);
    expect(read('running shoes size 42, 120 euros max — 150 euros if they are waterproof').budgetStretch?.condition).toEqual([{ attribute: 'waterproof', op: 'eq', value: true }]);
    expect(read('a blender: €80, stretching to €110 if it is quiet').budget?.amountMinor).toBe(8000);
  });

  it('reads the condition into the stretch only, never into the need\'s rules', () => {
    expect(rulesOf("headphones max 100, 150 if it's Sony")).not.toContain('maker');
    expect(rulesOf("headphones max 100, 150 if it's noise cancelling")).not.toContain('noise_cancelling');
    expect(read('headphones 100 max, 200 if it has ANC and it\'s Sony').budgetStretch?.condition.map((c) => c.attribute).sort()).toEqual(['maker', 'noise_cancelling']);
  });

  it('says which ceiling holds for which offer', () => {
    expect(notes("headphones max 100, 150 if it's Sony")).toContain('up to 150.00 EUR only for an offer that meets that condition');
  });

  it('keeps the first ceiling, and says so, when the condition cannot be checked on an offer', () => {
    for (const text of ["headphones 100 max, 150 if you can't find anything else", "headphones max 100, 150 if it's the XM5", 'headphones max 100, 150 if it is really comfortable and quiet']) {
      expect(read(text).budget?.amountMinor).toBe(10000);
      expect(read(text).budgetStretch).toBeUndefined();
      expect(notes(text)).toContain('the higher figure is not used');
    }
    // A second stretch is not applied: one either/or is kept.
    const two = "headphones 100 max, 200 if it has ANC and it's Sony, 250 if it's the XM5";
    expect(read(two).budget?.amountMinor).toBe(10000);
    expect(read(two).budgetStretch?.amount.amountMinor).toBe(20000);
  });

  it('is no money when, said without a currency, it is more than ten times the ceiling', () => {
    const jacket = read("a rain jacket max 150, 20000 if it's Gore-Tex");
    expect(jacket.budget?.amountMinor).toBe(15000);
    expect(jacket.budgetStretch).toBeUndefined();
    expect(read("headphones max 100, 1000 if it's Sony").budgetStretch?.amount.amountMinor).toBe(100000);
    expect(read("headphones max 100, 1001 if it's Sony").budgetStretch).toBeUndefined();
    expect(read("headphones max 100 €, 1500 € if it's Sony").budgetStretch?.amount.amountMinor).toBe(150000);
  });

  it('stops the condition at an "and" that opens a new part of the request', () => {
    const pairs = read('headphones under 100, 150 if they are wireless and I need 2 pairs');
    expect(pairs.quantity).toBe(2);
    expect(pairs.budgetStretch?.condition).toEqual([{ attribute: 'wireless', op: 'eq', value: true }]);
  });

  it('leaves a lower figure on a condition, or one with no price before it, alone', () => {
    expect(read('a kettle, max 60, or 40 if it is refurbished').budget?.amountMinor).toBe(6000);
    expect(read("headphones max 100, or 80 if it's used").budget?.amountMinor).toBe(10000);
    expect(read("headphones max 100, or 80 if it's used").budgetStretch).toBeUndefined();
    expect(read('headphones, wireless if under 70').budget).toBeUndefined();
    expect(read('running shoes size 42, or 43 if they run small, max 100').budget?.amountMinor).toBe(10000);
    expect(read('a kettle 50 max, 5 if shipping is extra').budget?.amountMinor).toBe(5000);
  });
});
