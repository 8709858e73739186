/**
 * A bounded memo: at most `capacity` keys, for values that are a pure function of their key (dropping one only means
 * computing it again). Two generations of half the capacity each: new keys go into the young one; when it is full it
 * becomes the old one and the previous old one is dropped whole. A key found only in the old generation is copied
 * into the young one, so a key read again and again survives while keys read once (texts naming one request's ids)
 * pass through. Every operation is O(1): no per-entry eviction, no reordering on hits.
 *
 * Which keys are kept is only approximately "most recently used": a cache whose evictions change behaviour (a
 * store of offers, orders or ids) uses BoundedMap, whose order is exact.
 */
export class MemoCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  /** Keys a generation holds before it is retired (half the capacity; a capacity of 1 keeps no old generation). */
  private readonly generation: number;

  constructor(private readonly capacity: number) {
    this.generation = Math.max(1, Math.floor(capacity / 2));
  }

  /** The value kept for `key`, or undefined. Values are never undefined. */
  get(key: K): V | undefined {
    const value = this.young.get(key);
    if (value !== undefined || this.old.size === 0) return value;
    const aged = this.old.get(key);
    if (aged !== undefined) this.set(key, aged);
    return aged;
  }

  set(key: K, value: V): void {
    if (this.capacity <= 0) return;
    if (this.young.size >= this.generation && !this.young.has(key)) {
      this.old = this.capacity >= 2 ? this.young : new Map();
      this.young = new Map();
    }
    this.young.set(key, value);
  }

  /** Distinct keys kept (at most the capacity). */
  get size(): number {
    let n = this.young.size;
    for (const key of this.old.keys()) if (!this.young.has(key)) n++;
    return n;
  }
}
