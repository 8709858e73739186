import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// Ordinals in requests (requests9 family; each expectation fails on 032bab7). The clock is Wednesday 2 December 2026.
describe('a weekday with its day of the month', () => {
  it('reads "by Monday 14th" and "lundi 14 décembre" as that date, not the coming Monday', () => {
    expect(read('running shoes size 42 by Monday 14th').deadline?.slice(0, 10)).toBe('2026-12-14');
    expect(read('un casque audio pour lundi 14 décembre').deadline?.slice(0, 10)).toBe('2026-12-14');
  });

  it('keeps the coming weekday when the two disagree or the number says something else', () => {
    expect(read('a kettle by Friday 5th').deadline?.slice(0, 10)).toBe('2026-12-04');
    expect(read('a kettle by Friday, 2 please').deadline?.slice(0, 10)).toBe('2026-12-04');
  });
});

describe('a birthday counted as an ordinal is an age', () => {
  it('reads "her 16th birthday", "mum\'s 70th", "for his 40th" as ages', () => {
    expect(read("an instant camera for my daughter's 16th birthday").recipient?.ageYears).toBe(16);
    expect(read("a phone for my mum's 70th: iOS, 256 GB").recipient?.ageYears).toBe(70);
    expect(read('an activity band for his 40th').recipient?.ageYears).toBe(40);
  });

  it('reads no age from other ordinals', () => {
    expect(read('headphones, her 2nd pair').recipient?.ageYears).toBeUndefined();
    expect(read('a kettle by the 20th').recipient?.ageYears).toBeUndefined();
  });
});
