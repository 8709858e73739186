import { currencyAt } from './extract-money.ts';
import { consume, spanText, type ParseState } from './parse-state.ts';
import { isUnitWord } from './quantity-units.ts';
import type { Token } from './tokenize.ts';
import { wordsAt } from './words-at.ts';

/** Words naming a share after its figure: "20 percent", "20 per cent", "20 pour cent" (or the sign: "20 %"). */
const PERCENT_WORDS: readonly (readonly string[])[] = [['per', 'cent'], ['pour', 'cent'], ['percent'], ['pourcent'], ['pct']];
/** Words after a share making it room above a price: "20 % over", "10% more", "15 % de plus", "20 % au-dessus", "10% extra". */
const MORE_AFTER: ReadonlySet<string> = new Set(['over', 'above', 'more', 'extra', 'beyond', 'higher', 'plus', 'dessus', 'supplementaire', 'supplementaires', 'margin', 'leeway']);
/** Words before a share making it room above a price: "can stretch by 10%", "a margin of 15 %", "peut dépasser de 10 %". */
const ROOM_BEFORE: ReadonlySet<string> = new Set(['stretch', 'exceed', 'margin', 'leeway', 'tolerance', 'marge', 'depasser']);
/** Words between the share's "over" and the figure it is over: "20 % au-dessus de 1500", "10% over the 400". */
const BEFORE_FIGURE: ReadonlySet<string> = new Set(['de', 'du', 'des', 'of', 'the', 'my', 'than', 'que', 'mon', 'ma', 'le', 'la', 'au', 'a']);
/** How many words away from its figure a word qualifying a share may be. */
const REACH = 3;

/** Where the share written at `i` ends ("20 %", "20 percent"), or undefined when `i` is no share. */
function shareEnd(tokens: readonly Token[], used: readonly boolean[], i: number): number | undefined {
  const figure = tokens[i];
  if (used[i] || figure?.kind !== 'number' || figure.value === undefined || !(figure.value > 0) || !Number.isFinite(figure.value)) return undefined;
  if (tokens[i + 1]?.kind === 'symbol' && tokens[i + 1]!.norm === '%') return i + 2;
  const words = PERCENT_WORDS.find((w) => wordsAt(tokens, i + 1, w, used));
  return words === undefined ? undefined : i + 1 + words.length;
}

/** Whether a word of `set` is among the `REACH` words from `from` on (step 1) or back (step -1), within the clause. */
function wordNear(tokens: readonly Token[], from: number, step: 1 | -1, set: ReadonlySet<string>): boolean {
  for (let k = from, n = 0; n < REACH && tokens[k] !== undefined && tokens[k]!.kind !== 'punct'; k += step, n++) {
    if (tokens[k]!.kind === 'word' && set.has(tokens[k]!.norm)) return true;
  }
  return false;
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

/**
 * Reads the room above a price the words give as a share ("no more than 20% over 1500", "10 % de plus", "can stretch
 * by 15%"): returns the largest such share in percent (0 when none). A share is room only with a word saying so after
 * it ("over", "more", "extra", "au-dessus") or before it ("stretch", "margin", "marge") or a "+" sign ("+10 %"); "20%
 * off", "80% cotton" are none. The figure a share is said over, written right after it, becomes a budget mention said
 * as a limit (the other readers need no currency nor marker to see "1500" there as money).
 */
export function readPercentTolerance(state: ParseState): number {
  const { tokens, used } = state;
  let largest = 0;
  for (let i = 0; i < tokens.length; i++) {
    const end = shareEnd(tokens, used, i);
    if (end === undefined) continue;
    const signed = tokens[i - 1]?.kind === 'symbol' && tokens[i - 1]!.norm === '+';
    if (!signed && !wordNear(tokens, end, 1, MORE_AFTER) && !wordNear(tokens, i - 1, -1, ROOM_BEFORE)) continue;
    largest = Math.max(largest, tokens[i]!.value!);
    const over = figureOver(state, end);
    const start = signed ? i - 1 : i;
    if (over !== undefined) {
      state.draft.budgets.push({ amount: over.value, ...(over.currency === undefined ? {} : { currency: over.currency }), soft: false, perUnit: false, approximate: false, limit: true, source: spanText(state, start, over.end) });
    }
    consume(state, start, over?.end ?? end);
    i = (over?.end ?? end) - 1;
  }
  return largest;
}
