import { currencyAt } from './extract-money.ts';
import { isFunctionWord } from './function-word.ts';
import { consume, spanText, type BudgetMention, type ParseState } from './parse-state.ts';
import { isUnitWord } from './quantity-units.ts';
import type { Token } from './tokenize.ts';
import { wordsAt } from './words-at.ts';

/** Words naming a share after its figure: "20 percent", "20 per cent", "20 pour cent" (or the sign: "20 %"). */
const PERCENT_WORDS: readonly (readonly string[])[] = [['per', 'cent'], ['pour', 'cent'], ['percent'], ['pourcent'], ['pct']];
/** Words right after a share making it an amount above something: "20 % over", "10% more", "15 % de plus", "20 % au-dessus", "10% extra". */
const MORE_AFTER: ReadonlySet<string> = new Set(['over', 'above', 'more', 'extra', 'beyond', 'higher', 'plus', 'dessus', 'supplementaire', 'supplementaires']);
/** Words naming room itself, before or right after a share: "a margin of 15 %", "10% leeway", "une marge de 10 %". */
const ROOM_NOUNS: ReadonlySet<string> = new Set(['margin', 'leeway', 'tolerance', 'marge']);
/** Verbs of going beyond a price, before a share: "can stretch 10 %", "stretch by 15%". */
const STRETCH_VERBS: ReadonlySet<string> = new Set(['stretch']);
/** Verbs of going beyond that take the share as the excess only with "by"/"de": "exceed by 10%", "dépasser de 10 %" ("exceed 50 %" is a threshold). */
const EXCEED_VERBS: ReadonlySet<string> = new Set(['exceed', 'depasser']);
const BY_WORDS: ReadonlySet<string> = new Set(['by', 'de', 'd']);
/** Words between a verb or noun of room and its share: "stretch the budget by 10%", "exceed it by 10 %", "dépasser le prix de 10 %". */
const LINK_WORDS: ReadonlySet<string> = new Set(['by', 'of', 'de', 'd', 'it', 'that', 'this', 'the', 'my', 'a', 'an', 'up', 'to', 'budget', 'price', 'le', 'la', 'l', 'mon', 'ma', 'ce', 'un', 'une', 'prix']);
/** French words gluing a share to its "more": "15 % de plus", "20 % en plus", "10 % au-dessus". */
const GLUE_WORDS: ReadonlySet<string> = new Set(['de', 'd', 'en', 'au']);
/** Words after "20 % more" naming the money itself or its bound: "10% more budget", "10 % more tops". */
const MONEY_WORDS: ReadonlySet<string> = new Set(['budget', 'price', 'prix', 'max', 'maximum', 'tops', 'limit', 'limite', 'total', 'cost']);
/** Words after "20 % more" comparing with what follows: room only when a money figure follows ("10% more than 400 €"). */
const COMPARISON_WORDS: ReadonlySet<string> = new Set(['than', 'que', 'of', 'de', 'd', 'du', 'des']);
/** Words between the share's "over" and the figure it is over: "20 % au-dessus de 1500", "10% over the 400". */
const BEFORE_FIGURE: ReadonlySet<string> = new Set(['de', 'du', 'des', 'of', 'the', 'my', 'than', 'que', 'mon', 'ma', 'le', 'la', 'au', 'a']);
/** How many words away from its figure a word qualifying a share may be. */
const REACH = 3;

/** A share of room the words give, said over no figure right after it: it is the room of the money figure said nearest. */
export interface RoomShare {
  readonly percent: number;
  /** Token span of the share and the words saying it is room. */
  readonly start: number;
  readonly end: number;
}

/** Where the share written at `i` ends ("20 %", "20 percent"), or undefined when `i` is no share. */
function shareEnd(tokens: readonly Token[], used: readonly boolean[], i: number): number | undefined {
  const figure = tokens[i];
  if (used[i] || figure?.kind !== 'number' || figure.value === undefined || !(figure.value > 0) || !Number.isFinite(figure.value)) return undefined;
  if (tokens[i + 1]?.kind === 'symbol' && tokens[i + 1]!.norm === '%') return i + 2;
  const words = PERCENT_WORDS.find((w) => wordsAt(tokens, i + 1, w, used));
  return words === undefined ? undefined : i + 1 + words.length;
}

function wordAt(tokens: readonly Token[], used: readonly boolean[], k: number): string | undefined {
  return !used[k] && tokens[k]?.kind === 'word' ? tokens[k]!.norm : undefined;
}

/** Where the words of room said before the share at `i` start ("can stretch by", "a margin of", "dépasser le budget de"), or undefined. */
function roomBefore(tokens: readonly Token[], used: readonly boolean[], i: number): number | undefined {
  let by = false;
  for (let k = i - 1, n = 0; n <= REACH; k--, n++) {
    const word = wordAt(tokens, used, k);
    if (word === undefined) return undefined;
    if (STRETCH_VERBS.has(word) || ROOM_NOUNS.has(word) || (EXCEED_VERBS.has(word) && by)) return k;
    if (!LINK_WORDS.has(word)) return undefined;
    by ||= BY_WORDS.has(word);
  }
  return undefined;
}

/** The index right after the "more" said of the share ending at `end` ("20 % more", "15 % de plus", "10% leeway"), and whether it names room itself. */
function moreAfter(tokens: readonly Token[], used: readonly boolean[], end: number): { at: number; room: boolean } | undefined {
  let k = end;
  if (GLUE_WORDS.has(wordAt(tokens, used, k) ?? '') && (MORE_AFTER.has(wordAt(tokens, used, k + 1) ?? '') || ROOM_NOUNS.has(wordAt(tokens, used, k + 1) ?? ''))) k++;
  const word = wordAt(tokens, used, k);
  if (word === undefined) return undefined;
  if (ROOM_NOUNS.has(word)) return { at: k + 1, room: true };
  return MORE_AFTER.has(word) ? { at: k + 1, room: false } : undefined;
}

/**
 * Whether "more" ending at `at` is said of money and not of a thing: the clause ends, or goes on with a money word
 * ("budget", "max") or a word naming nothing ("if needed", "at most", "au besoin"); "20 % more battery" and "20 %
 * more than my old pair" are a thing's share, not room.
 */
function saidOfMoney(tokens: readonly Token[], used: readonly boolean[], at: number): boolean {
  const next = tokens[at];
  if (next === undefined || next.kind === 'punct') return true;
  if (next.kind !== 'word' || used[at]) return false;
  if (MONEY_WORDS.has(next.norm)) return true;
  return !COMPARISON_WORDS.has(next.norm) && !MORE_AFTER.has(next.norm) && isFunctionWord(next.norm);
}

/** The figure a share is said over, right after it ("20 % over 1500", "10% over €400", "10 % au-dessus de 400 €"): its value, currency and end. */
function figureOver(state: ParseState, from: number): { value: number; currency?: string; end: number } | undefined {
  const { tokens, used } = state;
  let k = from;
  while (k < from + REACH + 1 && !used[k] && tokens[k]?.kind === 'word' && (MORE_AFTER.has(tokens[k]!.norm) || BEFORE_FIGURE.has(tokens[k]!.norm))) k++;
  const before = tokens[k]?.kind === 'number' ? undefined : currencyAt(tokens, used, k);
  const at = before?.end ?? k;
  const figure = tokens[at];
  if (used[at] || figure?.kind !== 'number' || figure.value === undefined || !Number.isFinite(figure.value)) return undefined;
  const after = before === undefined ? currencyAt(tokens, used, at + 1) : undefined;
  // "20 % more than 3000 mAh" is over a measure, not a price.
  if (after === undefined && tokens[at + 1]?.kind === 'word' && isUnitWord(tokens[at + 1]!.norm)) return undefined;
  const currency = before?.code ?? after?.code;
  const end = after?.end ?? at + 1;
  return currency === undefined ? { value: figure.value, end } : { value: figure.value, currency, end };
}

/** A figure raised by a share of room. */
function raisedBy(amount: number, percent: number): number {
  return (amount * (100 + percent)) / 100;
}

/**
 * Reads the room above a price the words give as a share: "no more than 20% over 1500", "up to 100, can stretch 10 %",
 * "100 € max, 15 % de plus au besoin", "a margin of 15 %", "+10 %". A share said over a figure right after it ("20 %
 * over 1500") makes that figure, raised by the share, a budget mention said as a limit (the other readers need no
 * currency nor marker to see "1500" there as money). The others are returned, to be attached to the money figure said
 * nearest (`attachRoom`). A share of a thing is no room: "20 % more battery", "20 % more than my old pair", "at least
 * 30 % cotton", "50 % off".
 */
export function readPercentTolerance(state: ParseState): RoomShare[] {
  const { tokens, used } = state;
  const shares: RoomShare[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const end = shareEnd(tokens, used, i);
    if (end === undefined) continue;
    const signed = tokens[i - 1]?.kind === 'symbol' && tokens[i - 1]!.norm === '+' && !used[i - 1];
    const before = signed ? undefined : roomBefore(tokens, used, i);
    const more = moreAfter(tokens, used, end);
    const over = more === undefined && !signed ? undefined : figureOver(state, end);
    const room = over !== undefined || more?.room === true || (more !== undefined ? saidOfMoney(tokens, used, more.at) : before !== undefined || (signed && saidOfMoney(tokens, used, end)));
    if (!room) continue;
    const percent = tokens[i]!.value!;
    const start = signed ? i - 1 : (before ?? i);
    const last = over?.end ?? more?.at ?? end;
    if (over !== undefined) {
      state.draft.budgets.push({ amount: raisedBy(over.value, percent), ...(over.currency === undefined ? {} : { currency: over.currency }), soft: false, perUnit: false, approximate: false, limit: true, source: spanText(state, start, over.end), span: { start, end: over.end } });
    } else {
      shares.push({ percent, start, end: last });
    }
    consume(state, start, last);
    i = last - 1;
  }
  return shares;
}

/** The mention said nearest before the share (the figure it is said over: "up to 100, can stretch 10 %"), else nearest after it. */
function mentionRoomIsOf(budgets: readonly BudgetMention[], share: RoomShare): number | undefined {
  let best: number | undefined;
  for (const [m, mention] of budgets.entries()) {
    const span = mention.span;
    if (span === undefined || span.end > share.start) continue;
    if (best === undefined || span.end > budgets[best]!.span!.end) best = m;
  }
  if (best !== undefined) return best;
  for (const [m, mention] of budgets.entries()) {
    const span = mention.span;
    if (span === undefined || span.start < share.end) continue;
    if (best === undefined || span.start < budgets[best]!.span!.start) best = m;
  }
  return best;
}

/**
 * Attaches each share of room to the money figure it is said over (the mention said nearest, once all are read): that
 * figure is raised by the largest share said of it and becomes a limit the person set ("200 euros, I can stretch by
 * 10%" states 220 as their limit). Returns the largest share said over no figure of these words (0 when none): the
 * room of a figure said in an earlier turn.
 */
export function attachRoom(state: ParseState, shares: readonly RoomShare[]): number {
  const budgets = state.draft.budgets;
  const largest = new Map<number, number>();
  let unattached = 0;
  for (const share of shares) {
    const m = mentionRoomIsOf(budgets, share);
    if (m === undefined) unattached = Math.max(unattached, share.percent);
    else largest.set(m, Math.max(largest.get(m) ?? 0, share.percent));
  }
  for (const [m, percent] of largest) {
    const mention = budgets[m]!;
    budgets[m] = { ...mention, amount: raisedBy(mention.amount, percent), limit: true };
  }
  return unattached;
}
