import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// A count said before a product described by a measure glued to it ("four 500-piece puzzles") counts the product; a
// price said per container with an article ("fifteen euros a bag") is a price per unit, never a count of one bag
// that would undo "three bags". On main (335da7e) both read a quantity of 1.

describe('how many, beside a measured product or a price per container', () => {
  it('counts the product after a measure glued into one word', () => {
    expect(read('four 500-piece jigsaw puzzles for the school, 15 euros max').quantity).toBe(4);
  });

  it('keeps the count when the price is said "a bag"', () => {
    const need = read('coffee beans, three bags of 500 g, about fifteen euros a bag');
    expect(need.quantity).toBe(3);
  });
});
