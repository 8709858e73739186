import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// "pounds" is money or a weight: when the request prices in another currency ("dollars", "$", "euros"), "under four
// pounds" weighs the product. On main (335da7e) "a laptop under four pounds, max 900 dollars" read a £4 budget.

describe('"pounds" beside a price in another currency', () => {
  it('is a weight, and the other currency is the budget\'s', () => {
    const need = read('a laptop, it must be under four pounds, max nine hundred dollars');
    expect(need.budget).toEqual({ amountMinor: 90000, currency: 'USD' });
    expect(need.hardConstraints).toContainEqual(expect.objectContaining({ attribute: 'weight_kg', op: 'lte' }));
  });

  it('is still money when no other currency is named', () => {
    expect(read('a laptop for under 900 pounds').budget).toEqual({ amountMinor: 90000, currency: 'GBP' });
  });
});
