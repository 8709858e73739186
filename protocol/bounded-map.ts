/**
 * A Map that forgets its oldest entries past a capacity (re-setting a key moves it to the back), so a long-running
 * agent's memory and caches stay bounded: the brand core's offer memory, the butler's per-connection offer ids and the
 * pressure detector's memos all use it.
 */
export class BoundedMap<K, V> {
  private readonly entries = new Map<K, V>();
  /**
   * A live iterator parked at the oldest entry. A fresh `keys().next()` per eviction walks every slot deleted since
   * the Map last compacted its table (thousands, at a full 10,000-entry map); this one only ever moves forward, so
   * finding the oldest entry is O(1) amortised. Everything behind it has been deleted, so it names the same entry.
   */
  private oldest: IterableIterator<K> | undefined;

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  set(key: K, value: V): void {
    if (this.entries.has(key)) this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) this.entries.delete(this.takeOldest());
  }

  delete(key: K): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  private takeOldest(): K {
    let next = this.oldest?.next();
    if (next === undefined || next.done) {
      // A finished iterator stays finished, even after new entries arrive: start over from the front.
      this.oldest = this.entries.keys();
      next = this.oldest.next();
    }
    return next.value as K;
  }
}
