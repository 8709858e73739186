import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// "must fit 20 x 13 x 8 inches" gives three dimensions, not 20 (or 13) of the product. On main (335da7e) the "x"
// between the first two figures read a quantity of 20.

describe('three dimensions joined by "x"', () => {
  it('count nothing', () => {
    expect(read('a carry-on suitcase that fits 20 x 13 x 8 inches, $200 max').quantity ?? 1).toBe(1);
    expect(read('une valise cabine 55 x 40 x 20 cm, 150 € max').quantity ?? 1).toBe(1);
  });

  it('leave "x 3" after a product a count', () => {
    expect(read('coffee beans 1kg x 3').quantity).toBe(3);
  });
});
