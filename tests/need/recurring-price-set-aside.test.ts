import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read, readRequest } from './unseen-requests-judge.ts';

// A price per period is set aside only for a purchase figure said beside it; a price per item is none (review40e MED:
// "coffee 20 a month … under 25 per bag" read 25 on reqfix40, 20 on main). When set aside, it is not also said to be
// one period's budget (review40e LOW: both notes were said).

const said = (text: string) => {
  const u = readRequest(text);
  return u.kind === 'need' ? u.assumptions.join(' | ') : '';
};

describe('a price per period', () => {
  it('stays the limit beside a price per item', () => {
    expect(read('coffee 20 a month, shipped every month, under 25 per bag').budget?.amountMinor).toBe(2000);
    expect(read('coffee beans, 30 a month, max 12 per bag').budget?.amountMinor).toBe(1200);
  });

  it('is set aside beside a purchase figure, with one note, not two', () => {
    const tv = 'a TV, I spend 50 a week in cabs, budget 400';
    expect(read(tv).budget?.amountMinor).toBe(40000);
    expect(said(tv)).toContain('is a price per period, not the budget of this purchase');
    expect(said(tv)).not.toContain("read as the budget of one period's purchase");
  });

  it('is still one period\'s budget, said so, when nothing else is said', () => {
    expect(read('Dog food, grain free, 35 euros a month').budget?.amountMinor).toBe(3500);
    expect(said('Dog food, grain free, 35 euros a month')).toContain("read as the budget of one period's purchase");
  });
});
