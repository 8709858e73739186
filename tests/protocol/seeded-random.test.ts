import { describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../protocol/index.ts';

describe('createSeededRandom', () => {
  // Pinned from the first implementation: simulations and brands' pitches are reproducible only if these never move.
  it('draws the same sequence for a seed as it always has', () => {
    const random = createSeededRandom('brand:offer-1');
    const fork = random.fork('x');
    expect([random.next(), random.next()]).toEqual([0.1709930922370404, 0.02254414069466293]);
    expect(random.int(1, 6)).toBe(1);
    expect(random.chance(0.5)).toBe(false);
    expect(random.pick(['a', 'b', 'c', 'd'])).toBe('a');
    expect(random.shuffle([1, 2, 3, 4, 5])).toEqual([1, 4, 5, 2, 3]);
    expect(fork.next()).toBe(0.7352090780623257);
    expect(createSeededRandom(42).next()).toBe(0.6011037519201636);
  });

  it('refuses to pick from nothing', () => {
    expect(() => createSeededRandom(1).pick([])).toThrow(RangeError);
  });
});
