import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// "Pounds" after a price bound is money unless what is sold is weighed as its content ("Net weight") or a word of
// weight is said beside it. On main (5055ee6) "a 2-person tent under 90 pounds" asked for a tent under 40 kg.

describe('"pounds"', () => {
  it('is money for a product whose weight is only one of its properties', () => {
    const need = read('a 2 person tent under 90 pounds');
    expect(need.budget).toEqual({ amountMinor: 9_000, currency: 'GBP' });
    expect(need.hardConstraints.some((c) => c.attribute.startsWith('weight'))).toBe(false);
  });

  it('is a weight when a word of weight is said beside it', () => {
    const need = read('a 2 person tent that weighs under 5 pounds');
    expect(need.budget).toBeUndefined();
    expect(need.hardConstraints.some((c) => c.attribute.startsWith('weight') && c.op === 'lte')).toBe(true);
  });

  it('is a weight for what is sold by its net weight', () => {
    expect(read('dry dog food for a puppy, under 20 pounds').budget).toBeUndefined();
  });
});
