import { isClauseBoundary } from './clause-modality.ts';
import type { BudgetMention } from './parse-state.ts';
import type { Token } from './tokenize.ts';
import { wordsAt } from './words-at.ts';

/** Words opening the condition said right after a price: "350 if it has a headrest", "180 si ce sont des Salomon". */
const OPENERS_AFTER_PRICE: readonly (readonly string[])[] = [['if'], ['si'], ['provided'], ['providing'], ['as', 'long', 'as'], ['pourvu', 'que'], ['a', 'condition', 'que']];

/** Words joining clauses ("and", "et", "und", "y"). */
const AND_WORDS: ReadonlySet<string> = new Set(['and', 'et', 'und', 'y']);

/**
 * Words that, right after an "and", open a new part of the request rather than more of the condition: a rule
 * ("… and must be wireless", "… and has to fold"), a refusal ("… and no Bose", "… et pas de Bose").
 */
const RULE_OR_REFUSAL_WORDS: ReadonlySet<string> = new Set([
  'must', 'has', 'have', 'need', 'needs', 'should', 'no', 'not', 'nothing', 'never', 'without',
  'doit', 'doivent', 'faut', 'pas', 'sans', 'aucun', 'aucune', 'jamais', 'muss', 'kein', 'keine', 'nicht', 'ohne', 'debe', 'sin',
]);

/** Modals after a pronoun opening a new part ("… and it must fold", "… et il doit être noir"). */
const MODAL_WORDS: ReadonlySet<string> = new Set(['must', 'has', 'needs', 'should', 'doit', 'doivent', 'muss', 'debe']);
const PRONOUNS: ReadonlySet<string> = new Set(['it', 'they', 'il', 'elle', 'ils', 'elles', 'es', 'sie']);

/** True when the "and" at `i` opens a new part of the request: said of the person, a rule, a refusal or a quantity. */
function opensNewPart(tokens: readonly Token[], i: number): boolean {
  if (!AND_WORDS.has(tokens[i]?.norm ?? '')) return false;
  const next = tokens[i + 1];
  if (next === undefined) return false;
  // "… and 2 pairs": a quantity.
  if (next.kind === 'number') return true;
  if (PERSON_WORDS.has(next.norm) || RULE_OR_REFUSAL_WORDS.has(next.norm)) return true;
  return PRONOUNS.has(next.norm) && MODAL_WORDS.has(tokens[i + 2]?.norm ?? '');
}

/** Words by which a clause speaks of the person, not of the product: "… and I need 2 pairs", "… et je veux …". */
const PERSON_WORDS: ReadonlySet<string> = new Set(['i', 'we', 'my', 'our', 'also', 'please', 'je', 'j', 'nous', 'mon', 'ma', 'mes', 'aussi', 'ich', 'wir', 'mein', 'meine', 'auch']);

/** Pronouns standing for the product at the head of a condition. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['they', 'these', 'those', 'il', 'elle', 'ils', 'elles']);

/** The most a figure said on a condition may be, times the ceiling it raises, when no currency is said with it. */
export const MAX_STRETCH_RATIO = 10;

/**
 * The tokens of a condition opened right at `index` ("if it's Gore-Tex"), up to its clause's end or an "and" that opens
 * a new part of the request (`opensNewPart`: "if they come with a case and I need 2 pairs" stops before "and I", "if
 * it's Sony and must be wireless" before "and must") [start, end), with
 * `after` where its words start past the opener; undefined when none opens there.
 */
export function conditionAfterPrice(tokens: readonly Token[], used: readonly boolean[], index: number): { start: number; after: number; end: number } | undefined {
  const opener = OPENERS_AFTER_PRICE.find((words) => wordsAt(tokens, index, words, used));
  if (opener === undefined) return undefined;
  let after = index + opener.length;
  // "if they are waterproof", "si elle est étanche": the product's pronoun is no word of the condition.
  if (SUBJECT_PRONOUNS.has(tokens[after]?.norm ?? '')) after++;
  let end = after;
  while (end < tokens.length && !isClauseBoundary(tokens[end]!) && !opensNewPart(tokens, end)) end++;
  return end > after ? { start: index, after, end } : undefined;
}

/**
 * The ceiling a conditional figure raises: "up to 250, or 350 if it has a headrest", "200 max — 260 if it's Gore-Tex",
 * "150 € max, 180 si ce sont des Salomon". A figure said with a condition after it, above the last price said before it
 * that is no stretch itself (in the same currency), is a higher ceiling for the offers meeting the condition only.
 * Undefined when no earlier price stands below it, or when, said with no currency, it is more than `MAX_STRETCH_RATIO`
 * times that price: "max 150, 20000 if it's Gore-Tex" is a waterproof rating in mm, not money.
 */
export function budgetRaisedBy(budgets: readonly BudgetMention[], amount: number, currency: string | undefined): BudgetMention | undefined {
  const earlier = budgets.findLast((m) => m.stretchIf === undefined);
  if (earlier === undefined || earlier.perUnit || !(earlier.amount < amount)) return undefined;
  if (currency === undefined && amount > earlier.amount * MAX_STRETCH_RATIO) return undefined;
  return earlier.currency === undefined || currency === undefined || earlier.currency === currency ? earlier : undefined;
}
