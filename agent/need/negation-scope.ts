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

/** Connectors that offer alternatives: "not Sony or Beats", "ni Sony ni Bose" negate every one, whatever it is. */
const DISJUNCTIONS: ReadonlySet<string> = new Set(['or', 'ou', 'either', 'nor', 'ni']);

/**
 * Tracks one "not …" list while the lexicon pass walks the tokens: "not Sony or Beats", "no Nike, no Hoka",
 * "sans Sony ni Bose", "without noise cancelling". The trigger negates the next item; a connector ("or", ",", "ni")
 * lets it negate one more; any other item ends the list ("not Sony earbuds": earbuds are wanted).
 *
 * A negation is scoped to its own clause. "Or" ("ni", "nor") offers alternatives, all refused; a comma or "and" only
 * lists more of the same kind — "not Dyson, Rowenta or Bosch", "not Samsung and LG" refuse makers after a maker — and
 * otherwise opens a new clause: "a TV, not Samsung, OLED please" and "not Samsung and OLED" want the OLED panel. The
 * kind of an item is what it says something of: `'maker'` for a name, else the attribute it sets.
 */
export class NegationScope {
  private open: { start: number; end: number; applied: boolean; awaitingConnector: boolean; lastKind?: string; sameKindOnly: boolean } | undefined;

  constructor(private readonly used: boolean[]) {}

  /** Opens a list at the trigger tokens [start, end), closing any previous one. */
  begin(start: number, end: number): void {
    this.close();
    this.open = { start, end, applied: false, awaitingConnector: false, sameKindOnly: false };
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

  /**
   * Called before an item of `kind` is read: after a comma or "and", an item of another kind than the one before it
   * starts a clause of its own, so the list ends there and the item is read as said ("not Samsung, OLED please").
   */
  admit(kind: string): void {
    const open = this.open;
    if (open !== undefined && !open.awaitingConnector && open.sameKindOnly && open.lastKind !== undefined && open.lastKind !== kind) this.close();
  }

  /** Records that an item was read (negated or not), of `kind` when it is known. */
  itemRead(kind?: string): void {
    if (this.open) {
      this.open.applied = true;
      this.open.awaitingConnector = true;
      if (kind !== undefined) this.open.lastKind = kind;
    }
  }

  /** A connector ("or", ",", "ni"; `word` its normalised form) lets the list go on; see `admit` for what a comma or "and" admits. */
  connector(word: string): void {
    if (this.open) {
      this.open.sameKindOnly = this.open.applied && !DISJUNCTIONS.has(word);
      this.open.awaitingConnector = false;
    }
  }

  /** Ends the list; a trigger that negated nothing understood goes back to the leftovers, so "not bulky" is reported whole. */
  close(): void {
    if (this.open && !this.open.applied) for (let k = this.open.start; k < this.open.end; k++) this.used[k] = false;
    this.open = undefined;
  }
}
