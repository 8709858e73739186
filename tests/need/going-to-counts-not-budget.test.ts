import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read, readRequest } from './unseen-requests-judge.ts';

// "I'll go to", "cap it at", "je monte à" say a ceiling only when their figure has a currency or counts nothing after it
// (review50d: "headphones, I'll go to 2 shops, max 80" was read as a 2 EUR budget; main read 80).

const budget = (text: string) => read(text).budget?.amountMinor;

describe('a count after "I\'ll go to"', () => {
  it('is not the budget', () => {
    expect(budget('headphones, I\'ll go to 2 shops, max 80')).toBe(8000);
    expect(budget('headphones, I\'ll go to 3 countries, max 80')).toBe(8000);
    expect(budget('headphones, I\'ll go to 10 different stores if needed, max 80')).toBe(8000);
    expect(budget('headphones, I\'d go to 3 shops, budget 80')).toBe(8000);
    expect(budget('headphones for my kids, I\'ll go to 2, max 80')).toBe(8000);
    expect(budget('un casque, je monte à 2 magasins, max 80')).toBe(8000);
  });

  it('leaves a figure that counts nothing as the ceiling', () => {
    expect(budget('headphones, I\'d go to 700 and not a penny more')).toBe(70000);
    expect(budget('headphones, lists at 900 but I\'ll go to 700')).toBe(70000);
    expect(budget('headphones, I\'ll go to 120.')).toBe(12000);
    expect(budget('headphones, I\'ll go to €120 for a good pair')).toBe(12000);
    expect(budget('headphones, cap it at 650')).toBe(65000);
    expect(budget('un casque, je monte à 120 €')).toBe(12000);
    expect(budget('I pay 40 a month for a rented washing machine, I want to buy one, I\'ll go to 600')).toBe(60000);
    expect(budget('headphones max 100, but I\'ll go to 150 if it\'s Sony')).toBe(10000);
    expect(read('headphones max 100, but I\'ll go to 150 if it\'s Sony').budgetStretch?.amount.amountMinor).toBe(15000);
  });

  it('reads no budget from a count alone', () => {
    const u = readRequest('headphones, I\'ll go to 3 shops');
    expect(u.kind === 'need' ? u.need.budget : undefined).toBeUndefined();
  });
});
