/**
 * A cache that drops its oldest entry (first inserted) once full. Same contents as a Map trimmed with
 * `map.delete(map.keys().next().value)`, but that fresh iterator walks every slot deleted since the Map last compacted
 * its table — tens of thousands in a full 50,000-entry cache, on every miss. One live iterator parked at the oldest
 * entry only ever moves forward, so eviction is O(1) amortised.
 */
export class OldestFirstCache<K, V> {
  private readonly entries = new Map<K, V>();
  private oldest: IterableIterator<K> | undefined;

  constructor(private readonly maxEntries: number) {}

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  /** Stores a value for a key not yet cached, first dropping the oldest entry when the cache is full. */
  set(key: K, value: V): void {
    if (this.entries.size >= this.maxEntries && !this.entries.has(key)) this.entries.delete(this.takeOldest());
    this.entries.set(key, value);
  }

  get size(): number {
    return this.entries.size;
  }

  private takeOldest(): K {
    let next = this.oldest?.next();
    if (next === undefined || next.done) {
      // A finished iterator stays finished even after new entries arrive: start over from the front.
      this.oldest = this.entries.keys();
      next = this.oldest.next();
    }
    return next.value as K;
  }
}
