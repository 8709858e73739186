/**
 * A memo that keeps the `capacity` most recently stored keys (compared with `===`: objects by identity, strings by
 * content), strongly, looked up newest first; a new key overwrites the oldest in place.
 *
 * For caches of what one request reads again (keyed by its need, offers or transcript, or by names only it uses), in
 * place of a module-level WeakMap or Map. V8's minor collector keeps every entry of an old WeakMap alive whatever its
 * key, and a long-lived Map that drops entries leaves its replaced tables, which still point at them, in the old
 * generation until the next full collection: either way each request's objects (offers, transcripts, indexes)
 * outlived it through every minor collection and were copied into the old generation. Here a key and its value die
 * young once `capacity` newer keys are stored: size it to what one request stores.
 */
export class RecentCache<K, V> {
  private readonly keys: Array<K | undefined>;
  private readonly values: Array<V | undefined>;
  /** The slot the next new key is written to (the oldest). */
  private next = 0;

  constructor(capacity: number) {
    this.keys = new Array<K | undefined>(Math.max(1, Math.floor(capacity))).fill(undefined);
    this.values = new Array<V | undefined>(this.keys.length).fill(undefined);
  }

  get(key: K): V | undefined {
    const slot = this.slotOf(key);
    return slot < 0 ? undefined : this.values[slot];
  }

  set(key: K, value: V): void {
    let slot = this.slotOf(key);
    if (slot < 0) {
      slot = this.next;
      this.next = slot + 1 === this.keys.length ? 0 : slot + 1;
      this.keys[slot] = key;
    }
    this.values[slot] = value;
  }

  /** The key's slot, searched from the newest back, or -1. */
  private slotOf(key: K): number {
    const n = this.keys.length;
    let slot = this.next;
    for (let i = 0; i < n; i++) {
      slot = slot === 0 ? n - 1 : slot - 1;
      if (this.keys[slot] === key) return slot;
    }
    return -1;
  }
}
