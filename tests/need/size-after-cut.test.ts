import { describe, expect, it } from 'vitest';
import { readNeedOrPartial as read } from './unseen-requests-judge.ts';

// "men's L", "femme M": a one-letter size code right after the cut it is for (requests9 family; fails on 032bab7).
describe('a one-letter size after the cut', () => {
  it('reads "men\'s L" and "femme M" as the size', () => {
    expect(read("a winter coat, men's L, with a hood").hardConstraints).toContainEqual({ attribute: 'size', op: 'eq', value: 'L' });
    expect(read('veste femme M avec capuche').hardConstraints).toContainEqual({ attribute: 'size', op: 'eq', value: 'M' });
  });

  it('reads no size from a lone letter elsewhere (a litre, a metre)', () => {
    expect(read('a 5 L backpack for men').hardConstraints.filter((c) => c.attribute === 'size')).toEqual([]);
  });
});
