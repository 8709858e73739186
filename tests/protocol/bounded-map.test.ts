import { describe, expect, it } from 'vitest';
import { BoundedMap, createSeededRandom } from '../../protocol/index.ts';

/** The plain version it replaces: a Map trimmed with a fresh `keys().next()` per eviction. */
class ReferenceMap<K, V> {
  readonly entries = new Map<K, V>();
  constructor(private readonly capacity: number) {}
  set(key: K, value: V, refresh: boolean): void {
    if (refresh) {
      if (this.entries.has(key)) this.entries.delete(key);
      this.entries.set(key, value);
      while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
    } else {
      if (this.entries.size >= this.capacity && !this.entries.has(key)) this.entries.delete(this.entries.keys().next().value as K);
      this.entries.set(key, value);
    }
  }
}

const contents = (m: unknown) => [...(m as { entries: Map<number, number> }).entries];

describe('BoundedMap evicts the oldest entry in O(1) and keeps exactly what the plain Map version keeps', () => {
  it('BoundedMap (re-set moves a key to the back), through sets, deletes and refills', () => {
    const random = createSeededRandom(11);
    for (const capacity of [1, 2, 5, 64]) {
      const fast = new BoundedMap<number, number>(capacity);
      const plain = new ReferenceMap<number, number>(capacity);
      for (let i = 0; i < 20_000; i++) {
        const key = Math.floor(random.next() * capacity * 3);
        const op = random.next();
        if (op < 0.7) {
          fast.set(key, i);
          plain.set(key, i, true);
        } else {
          fast.delete(key);
          plain.entries.delete(key);
        }
        expect(fast.get(key)).toBe(plain.entries.get(key));
        expect(fast.size).toBe(plain.entries.size);
      }
      expect(contents(fast)).toEqual(contents(plain));
    }
  });

  it('as a memo that only stores missing keys (the detector caches): first inserted leaves first, across many evictions', () => {
    const random = createSeededRandom(12);
    for (const capacity of [1, 3, 50]) {
      const fast = new BoundedMap<number, number>(capacity);
      const plain = new ReferenceMap<number, number>(capacity);
      for (let i = 0; i < 20_000; i++) {
        const key = Math.floor(random.next() * capacity * 4);
        if (fast.get(key) === undefined) {
          fast.set(key, i);
          plain.set(key, i, false);
        }
        expect(fast.size).toBe(plain.entries.size);
      }
      expect(contents(fast)).toEqual(contents(plain));
    }
  });
});
