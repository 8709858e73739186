/**
 * Tracks one "not …" list while the lexicon pass walks the tokens: "not Sony or Beats", "no Nike, no Hoka",
 * "sans Sony ni Bose", "without noise cancelling". The trigger negates the next item; a connector ("or", ",", "ni")
 * lets it negate one more; any other item ends the list ("not Sony earbuds": earbuds are wanted).
 */
export class NegationScope {
  private open: { start: number; end: number; applied: boolean; awaitingConnector: boolean } | undefined;

  constructor(private readonly used: boolean[]) {}

  /** Opens a list at the trigger tokens [start, end), closing any previous one. */
  begin(start: number, end: number): void {
    this.close();
    this.open = { start, end, applied: false, awaitingConnector: false };
  }

  /** True while a list is open (an item may still follow a connector). */
  get isOpen(): boolean {
    return this.open !== undefined;
  }

  /** True when the next item is negated. */
  get negatesNext(): boolean {
    return this.open !== undefined && !this.open.awaitingConnector;
  }

  /** True when an item just came and only a connector may continue the list. */
  get awaitingConnector(): boolean {
    return this.open?.awaitingConnector ?? false;
  }

  /** Records that an item was read (negated or not). */
  itemRead(): void {
    if (this.open) {
      this.open.applied = true;
      this.open.awaitingConnector = true;
    }
  }

  /** A connector ("or", ",", "ni") lets the list go on. */
  connector(): void {
    if (this.open) this.open.awaitingConnector = false;
  }

  /** Ends the list; a trigger that negated nothing understood goes back to the leftovers, so "not bulky" is reported whole. */
  close(): void {
    if (this.open && !this.open.applied) for (let k = this.open.start; k < this.open.end; k++) this.used[k] = false;
    this.open = undefined;
  }
}
