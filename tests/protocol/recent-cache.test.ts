import { describe, expect, it } from 'vitest';
import { RecentCache, createSeededRandom } from '../../protocol/index.ts';

/** The plain version: the `capacity` keys stored last (a stored key's new value replaces its old one in place). */
class ReferenceCache<K, V> {
  readonly order: K[] = [];
  readonly values = new Map<K, V>();
  constructor(private readonly capacity: number) {}
  set(key: K, value: V): void {
    if (!this.values.has(key)) {
      this.order.push(key);
      if (this.order.length > this.capacity) this.values.delete(this.order.shift() as K);
    }
    this.values.set(key, value);
  }
}

describe('RecentCache keeps the last keys stored, compared with ===', () => {
  it('finds objects by identity and strings by content', () => {
    const cache = new RecentCache<object | string, number>(4);
    const a = { id: 1 };
    cache.set(a, 1);
    cache.set('pitch', 2);
    expect(cache.get(a)).toBe(1);
    expect(cache.get({ id: 1 })).toBeUndefined();
    expect(cache.get(['pi', 'tch'].join(''))).toBe(2);
  });

  it('forgets the oldest key once `capacity` newer ones are stored; storing a known key again evicts nothing', () => {
    const cache = new RecentCache<object, string>(2);
    const [a, b, c] = [{}, {}, {}];
    cache.set(a, 'a');
    cache.set(b, 'b');
    cache.set(a, 'a2');
    expect([cache.get(a), cache.get(b)]).toEqual(['a2', 'b']);
    cache.set(c, 'c');
    expect([cache.get(a), cache.get(b), cache.get(c)]).toEqual([undefined, 'b', 'c']);
  });

  it('holds what the plain version holds, through random stores', () => {
    const random = createSeededRandom(23);
    for (const capacity of [1, 2, 7, 64]) {
      const keys = Array.from({ length: capacity * 3 }, (_, i) => ({ i }));
      const fast = new RecentCache<{ i: number }, number>(capacity);
      const plain = new ReferenceCache<{ i: number }, number>(capacity);
      for (let n = 0; n < 5_000; n++) {
        const key = keys[Math.floor(random.next() * keys.length)]!;
        if (random.next() < 0.5) {
          fast.set(key, n);
          plain.set(key, n);
        }
        expect(fast.get(key)).toBe(plain.values.get(key));
      }
      for (const key of keys) expect(fast.get(key)).toBe(plain.values.get(key));
    }
  });
});
