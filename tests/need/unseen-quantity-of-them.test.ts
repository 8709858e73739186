import { describe, expect, it } from 'vitest';
import { readNeed as need } from './unseen-requests-judge.ts';

// Regression tests from the unseen-requests table (unseen-requests-table.ts): each fails on the base (7b33629).

describe('quantities said after the product', () => {
  it('counts "2 of them" as the quantity, not a price', () => {
    const kettle = need('kettle 2 litres, 2 of them, 40');
    expect(kettle.quantity).toBe(2);
    expect(kettle.budget).toEqual({ amountMinor: 4000, currency: 'EUR' });
  });
});
