import { describe, expect, it } from 'vitest';
import { readNeed } from './unseen-requests-judge.ts';

// A quantity said one share per person adds up; a price said per can with a count of cans is a count and a price per unit.
describe('quantities spread over the people they are for', () => {
  it('adds the shares said for each person', () => {
    expect(readNeed('running shoes for trail, size 41: three for my kids and one for me').quantity).toBe(4);
    expect(readNeed('wireless earbuds, one for my mum, one for my dad, under 80 each').quantity).toBe(2);
    expect(readNeed('an electric kettle, two for us and one for the office, max 40 each').quantity).toBe(3);
  });

  it('counts nothing from a single share', () => {
    expect(readNeed('a yoga mat, non slip, one for my sister, under 30').quantity).toBe(1);
  });

  it('counts cans said after a price per can, and multiplies the price', () => {
    const need = readNeed('dry dog food is sold out so wet food for my adult dog, €3 a can, 6 cans');
    expect(need.quantity).toBe(6);
    expect(need.budget?.amountMinor).toBe(1800);
  });
});
