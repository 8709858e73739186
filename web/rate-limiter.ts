/** A fixed-window limiter: at most `limit` attempts per `windowMs`, counted on the injected clock. */
export class RateLimiter {
  #windowStart = Number.NEGATIVE_INFINITY;
  #count = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  /** Counts one attempt; false when the window's budget is spent (the attempt is refused and not counted). */
  tryTake(): boolean {
    const t = this.now();
    if (t - this.#windowStart >= this.windowMs || t < this.#windowStart) {
      this.#windowStart = t;
      this.#count = 0;
    }
    if (this.#count >= this.limit) return false;
    this.#count++;
    return true;
  }
}
