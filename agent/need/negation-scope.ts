import type { Token } from './tokenize.ts';

/** "any colour but yellow", "anything but", "toutes les couleurs sauf": the words that open such an exclusion. */
const ANY_WORDS = new Set(['any', 'anything', 'all', 'tout', 'toute', 'toutes', 'tous', 'n importe', 'nimporte']);
const BUT_WORDS = new Set(['but', 'except', 'sauf', 'hormis', 'excepte']);

/**
 * "any colour but", "anything except", "toutes les couleurs sauf": the end of such an opening if one starts at `i`
 * (both readers of values use it, so an exclusion reads the same on built-in and open categories).
 */
export function exclusionOpeningEnd(tokens: readonly Token[], i: number): number | undefined {
  if (!ANY_WORDS.has(tokens[i]?.norm ?? '')) return undefined;
  for (let k = i + 1; k <= i + 3 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return undefined;
    if (BUT_WORDS.has(t.norm)) return k + 1;
  }
  return undefined;
}

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
