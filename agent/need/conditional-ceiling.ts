import { isClauseBoundary } from './clause-modality.ts';
import type { BudgetMention, Modality } from './parse-state.ts';
import type { Token } from './tokenize.ts';
import { wordsAt } from './words-at.ts';

/** Words opening the condition said right after a price: "350 if it has a headrest", "180 si ce sont des Salomon". */
const OPENERS_AFTER_PRICE: readonly (readonly string[])[] = [['if'], ['si'], ['provided'], ['providing'], ['as', 'long', 'as'], ['pourvu', 'que'], ['a', 'condition', 'que']];

/** The tokens of a condition opened right at `index` ("if it's Gore-Tex"), up to its clause's end [start, end); undefined when none opens there. */
export function conditionAfterPrice(tokens: readonly Token[], used: readonly boolean[], index: number): { start: number; end: number } | undefined {
  const opener = OPENERS_AFTER_PRICE.find((words) => wordsAt(tokens, index, words, used));
  if (opener === undefined) return undefined;
  let end = index + opener.length;
  while (end < tokens.length && !isClauseBoundary(tokens[end]!)) end++;
  return end > index + opener.length ? { start: index, end } : undefined;
}

/**
 * The budget a conditional figure raises: "up to 250, or 350 if it has a headrest", "200 max — 260 if it's Gore-Tex",
 * "150 € max, 180 si ce sont des Salomon". A figure said with a condition after it, above the price said last before
 * it (in the same currency; "e-reader: €120, stretching to €160 if it is waterproof"), is the most the person would pay: the ceiling is the highest figure, the figure it raises
 * a price aimed at. Undefined when no earlier limit stands below it (then the figure is no alternative budget).
 */
export function budgetRaisedBy(budgets: readonly BudgetMention[], amount: number, currency: string | undefined): BudgetMention | undefined {
  const earlier = budgets.at(-1);
  if (earlier === undefined || earlier.perUnit || !(earlier.amount < amount)) return undefined;
  return earlier.currency === undefined || currency === undefined || earlier.currency === currency ? earlier : undefined;
}

/** The condition of a raised budget is a wish, never a rule: its clause is read as softly said ("if it has a headrest"). */
export function softenCondition(modality: Modality[], condition: { start: number; end: number }): void {
  for (let k = condition.start; k < condition.end; k++) if (modality[k] !== 'unneeded') modality[k] = 'soft';
}
