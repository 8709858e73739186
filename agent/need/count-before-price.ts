import type { ParseState } from './parse-state.ts';

/**
 * Words before a figure that ask for that many of the product: "I need 4 max 100", "buy 5 under 40 each", "il m'en faut
 * 4". Not "for"/"pour": "for 4 max 100" may count people.
 */
const ASKING_WORDS: ReadonlySet<string> = new Set(['need', 'want', 'buy', 'order', 'get', 'take', 'besoin', 'faut', 'veux', 'acheter', 'commander']);
/** Words of politeness after a count said alone: "3 please, budget 90". */
const POLITE: ReadonlySet<string> = new Set(['please', 'pls', 'plz', 'thanks', 'thx', 'svp', 'stp', 'merci']);
/** Counts said alone before a price are single digits. */
const SINGLE_DIGIT_LIMIT = 10;
/** Marks closing a clause: "need 2, max 60". */
const CLAUSE_MARKS: ReadonlySet<string> = new Set([',', ';', ':', '(', ')', '.', '!', '?', '-', '–', '—']);

/**
 * True when the whole number at `i` is a count said right before a price the money reader read: "I need 4 max 100",
 * "need 2, max 60", "3 please, budget 90", "buy 5 under 40 each", "il m'en faut 4 max 100". The figure opens its
 * clause or follows a word asking for it, and only politeness or a clause mark stands between it and the price. A price
 * said of its own is one figure; the figure before it, with no currency nor price word of its own, counts the items
 * the price is for. Only a single digit: "I need 43 under 100" may give a shoe size, a model or a year. `budgetStarts`
 * are the token indexes where the budget mentions read begin.
 */
export function countBeforePriceAt(state: ParseState, i: number, budgetStarts: ReadonlySet<number>): boolean {
  const { tokens } = state;
  const value = tokens[i]?.value;
  if (value === undefined || !Number.isInteger(value) || value < 1 || value >= SINGLE_DIGIT_LIMIT) return false;
  const before = tokens[i - 1];
  const opens = before === undefined || (before.kind === 'punct' && CLAUSE_MARKS.has(before.norm)) || (before.kind === 'word' && ASKING_WORDS.has(before.norm));
  if (!opens) return false;
  let k = i + 1;
  while (tokens[k] !== undefined && ((tokens[k]!.kind === 'word' && POLITE.has(tokens[k]!.norm)) || (tokens[k]!.kind === 'punct' && CLAUSE_MARKS.has(tokens[k]!.norm)))) k++;
  return budgetStarts.has(k);
}
