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
 * Words that open a new wish ("… and I need noise cancelling", "not Sony, I want Bose", "sans bluetooth et je veux
 * …", "… and with noise cancelling", "… and must have", "not Sony, ideally Bose"): said inside a "not" list once it
 * has refused something, they end it.
 */
const WISH_WORDS: ReadonlySet<string> = new Set([
  'want', 'wanna', 'need', 'needs', 'like', 'love', 'with', 'must', 'require', 'requires', 'prefer', 'preferably', 'ideally', 'only',
  'veux', 'voudrais', 'voulons', 'souhaite', 'aimerais', 'cherche', 'avec', 'doit', 'faut', 'idealement', 'uniquement', 'seulement',
]);

/** Words that join a new clause to a "not" list: a wish word after them starts a new wish. */
const AND_WORDS: ReadonlySet<string> = new Set(['and', 'et', 'und', 'y', 'plus']);
/** Who wishes, said between "and" and the wish word: "and I need", "et je veux", "und ich brauche", "and it must". */
const WISHER_WORDS: ReadonlySet<string> = new Set(['i', 'we', 'it', 'je', 'j', 'nous', 'il', 'ich', 'wir', 'es', 'yo', 'also', 'aussi', 'auch', 'really', 'would', 'do', 'd', 'just']);

/** True when the wish word at `i` follows "and" (with who wishes between: "and I need"). */
function afterAnd(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && tokens[k]!.kind === 'word' && WISHER_WORDS.has(tokens[k]!.norm)) k--;
  const before = tokens[k];
  return before !== undefined && before.kind === 'word' && AND_WORDS.has(before.norm);
}

/** True for a word that opens a new positive wish (`WISH_WORDS`). */
export function isWishWord(norm: string): boolean {
  return WISH_WORDS.has(norm);
}

/**
 * Tracks one "not …" list while the lexicon pass walks the tokens: "not Sony or Beats", "no Nike, no Hoka",
 * "sans Sony ni Bose", "without noise cancelling". The trigger negates the next item; a connector ("or", ",", "ni")
 * lets it negate one more; any other item ends the list ("not Sony earbuds": earbuds are wanted).
 *
 * A comma lists more of the same kind only: "not Dyson, Rowenta" refuses two makers, but "a TV, not Samsung, OLED
 * please" wants the OLED panel and "no bluetooth, Sony" wants Sony (the kind of an item: `'maker'` for a name, else the
 * attribute it sets). A wish word or a firmness word where the next item would stand ends the list too.
 */
export class NegationScope {
  private open: { start: number; end: number; applied: boolean; awaitingConnector: boolean; lastKind?: string } | undefined;

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

  /** Records that an item was read (negated or not), of `kind` when it is known. */
  itemRead(kind?: string): void {
    if (this.open) {
      this.open.applied = true;
      this.open.awaitingConnector = true;
      if (kind !== undefined) this.open.lastKind = kind;
    }
  }

  /** After a comma: true when an item of `kind` may go on with the list (the same kind as the item before it). */
  listsMore(kind: string): boolean {
    const last = this.open?.lastKind;
    return last === undefined || last === kind;
  }

  /**
   * The word at `i` said inside an open list: a wish word ("I need", "with", "must") ends it once it has refused
   * something, said right after an item ("not Sony with bluetooth") or after "and" ("… and I need noise cancelling").
   * After "or" or a vague word it is part of what is refused: "not Sony or anything with bluetooth", "not Sony or ones
   * that need bluetooth".
   */
  wishSaid(tokens: readonly Token[], i: number): void {
    if (!this.open?.applied || !WISH_WORDS.has(tokens[i]!.norm)) return;
    if (this.open.awaitingConnector || afterAnd(tokens, i)) this.close();
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
