import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// The seller's figure the person then takes as their own is the budget (review40e HIGH: all had a budget on main,
// none on reqfix40). A list price is set aside only when the person states another figure as their limit, or nothing
// says it is acceptable. Hostile twins: figures refused, questioned, negated, someone else's, or a relative clause.

const budget = (text: string) => read(text).budget?.amountMinor;

describe('a seller\'s figure the person accepts', () => {
  it('is the budget', () => {
    expect(budget('a blender, it lists at 120 — that\'s my max')).toBe(12000);
    expect(budget('a blender, it lists at 120, that\'s my budget')).toBe(12000);
    expect(budget('headphones, RRP 80, that\'s my max')).toBe(8000);
    expect(read('headphones, RRP £80 is fine with me').budget).toEqual({ amountMinor: 8000, currency: 'GBP' });
    expect(budget('headphones, shops ask 90 and I\'ll pay that')).toBe(9000);
    expect(budget('a kettle that sells for 40 or less')).toBe(4000);
    expect(budget('un casque audio vendu 100 € maximum')).toBe(10000);
    expect(budget('une bouilloire, prix conseillé 50 €, ça me va')).toBe(5000);
  });
});

describe('a seller\'s figure not accepted (hostile twins)', () => {
  it('is never the budget', () => {
    expect(budget('a blender, it lists at 120, that\'s too much for me')).toBeUndefined();
    expect(budget('headphones, RRP 80, is that fine?')).toBeUndefined();
    expect(budget('headphones, RRP 80 isn\'t fine with me')).toBeUndefined();
    expect(budget('headphones, RRP 80 is fine?')).toBeUndefined();
    expect(budget('a kettle, it lists at 40, my friend says that\'s his max')).toBeUndefined();
    expect(budget('a kettle, it lists at 40. That\'s my max is 30')).toBe(3000);
  });

  it('gives way to the person\'s own figure', () => {
    expect(budget('headphones, RRP 80, but 60 max')).toBe(6000);
    expect(budget('headphones, shops ask 300, my max is 250')).toBe(25000);
    expect(budget('a blender, it lists at 120 but I\'ll go to 90')).toBe(9000);
    expect(budget('a 9 kg washing machine, the RRP is €700 but cap it at 550')).toBe(55000);
    expect(budget('a bike it sells for 500, I\'ll pay 400 max')).toBe(40000);
  });
});
