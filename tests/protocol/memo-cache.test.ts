import { describe, expect, it } from 'vitest';
import { MemoCache, createSeededRandom } from '../../protocol/index.ts';

/** What the generations hold, by key (each key once). */
const kept = (cache: unknown): Map<number, number> => {
  const { young, old } = cache as { young: Map<number, number>; old: Map<number, number> };
  return new Map([...old, ...young]);
};

describe('MemoCache: a bounded memo whose hits are always the value last stored for the key', () => {
  it('never returns a value other than the reference Map holds, and never keeps more than its capacity', () => {
    const random = createSeededRandom(36);
    for (const capacity of [0, 1, 2, 3, 7, 64]) {
      const cache = new MemoCache<number, number>(capacity);
      const reference = new Map<number, number>();
      for (let i = 0; i < 4_000; i++) {
        const key = Math.floor(random.next() * (capacity * 3 + 2));
        const hit = cache.get(key);
        if (hit !== undefined) expect(hit).toBe(reference.get(key));
        if (hit === undefined || random.next() < 0.2) {
          // A memo may store again (the same value, or a new one the reference then holds too).
          const value = random.next() < 0.5 ? (reference.get(key) ?? i) : i;
          cache.set(key, value);
          reference.set(key, value);
        }
        if (i % 37 !== 0) continue;
        expect(cache.size).toBeLessThanOrEqual(capacity);
        expect(kept(cache).size).toBe(cache.size);
        for (const [k, v] of kept(cache)) if (v !== reference.get(k)) expect.fail(`key ${k} holds ${v}, last stored ${reference.get(k)}`);
      }
    }
  });

  it('keeps the last key stored, and a key read in every generation outlives keys read once', () => {
    const cache = new MemoCache<number, number>(10);
    cache.set(-1, 1);
    for (let i = 0; i < 1_000; i++) {
      expect(cache.get(-1)).toBe(1);
      cache.set(i, i);
      expect(cache.get(i)).toBe(i);
    }
    // Keys stored once and never read again are gone after two generations (5 keys each).
    expect(cache.get(0)).toBeUndefined();
    expect(cache.get(989)).toBeUndefined();
    expect(cache.get(999)).toBe(999);
  });

  it('holds nothing at capacity 0 and one key at capacity 1', () => {
    const none = new MemoCache<string, number>(0);
    none.set('a', 1);
    expect(none.get('a')).toBeUndefined();
    expect(none.size).toBe(0);
    const one = new MemoCache<string, number>(1);
    one.set('a', 1);
    one.set('b', 2);
    expect(one.get('a')).toBeUndefined();
    expect(one.get('b')).toBe(2);
    expect(one.size).toBe(1);
  });
});
