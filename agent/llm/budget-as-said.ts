import type { Money, SoftPreference } from '../../protocol/index.ts';
import type { StatedMoney, Understanding } from '../need/index.ts';
import { withoutRestatedCeiling } from './take-price-ceiling.ts';

/** The notes said when the model's budget was changed: held to one the words state, or dropped (in the person's language). */
export interface BudgetAsSaidNotes {
  /** The budget is one the person wrote (the model read a higher one, another currency or none). */
  readonly held: string;
  /** The budget is dropped: the words state none the model's could be. */
  readonly dropped: string;
  /** The budget is a price said per item times the items bought ("50 each" for 2: 100 for the order). */
  readonly perItem: (price: Money, items: number, total: Money) => string;
}

/** What becomes of the model's budget: kept, held to an amount the words state, or dropped. */
type Verdict = { readonly kind: 'kept' } | { readonly kind: 'held'; readonly budget: Money } | { readonly kind: 'dropped' };

/** The budget the words set as a limit (the built-in reader's resolution: the lowest firm ceiling), as a verdict. */
function statedLimit(stated: StatedMoney): Verdict {
  return stated.resolved === undefined ? { kind: 'kept' } : { kind: 'held', budget: stated.resolved };
}

/**
 * The budget a model's reading may keep. Where the words set a limit in so many words ("under 150 euros", "max 40,
 * not a cent more"), the built-in reader's resolution of those limits (the lowest firm ceiling) caps it: a lower
 * reading stays, a higher one, one in another currency, or none becomes that limit. Where they set none, it may not
 * exceed the largest amount the words state in its currency, nor be in a currency the words do not name. A budget the words state nothing for is dropped: a budget comes from the person's words, never from
 * text the model was shown.
 */
function verdictOn(budget: Money | undefined, stated: StatedMoney): Verdict {
  // Where the words set a limit, it is the cap: a model may read lower, never higher, and never another currency.
  const limit = stated.resolved;
  if (budget !== undefined && limit !== undefined && budget.currency === limit.currency) return budget.amountMinor > limit.amountMinor ? { kind: 'held', budget: limit } : { kind: 'kept' };
  const ceiling = budget === undefined || limit !== undefined ? undefined : stated.largest.get(budget.currency);
  if (budget !== undefined && ceiling !== undefined) return budget.amountMinor > ceiling ? { kind: 'held', budget: { amountMinor: ceiling, currency: budget.currency } } : { kind: 'kept' };
  const restored = statedLimit(stated);
  return restored.kind === 'held' || budget === undefined ? restored : { kind: 'dropped' };
}

/** Price wishes with their figure taken off when the currency changed under them (minor units of another currency), or at or above the budget. */
function priceWishesIn(preferences: readonly SoftPreference[], from: string | undefined, to: string, budget: Money | undefined): SoftPreference[] {
  const moved = from !== undefined && from !== to ? preferences.map((p) => (p.attribute === 'price' && p.value !== undefined ? withoutValue(p) : p)) : [...preferences];
  return withoutRestatedCeiling(moved, budget?.amountMinor);
}

function withoutValue(preference: SoftPreference): SoftPreference {
  const { value: _figure, ...rest } = preference;
  return rest;
}

/**
 * The model's understanding with its budget held to the money the person's own words state (`stated`, read by the
 * built-in money reader from the same text): a model told by text it was shown, or simply wrong, must not let the
 * butler rank and propose offers above what the person said they would spend, nor invent a budget they never gave.
 * A pending question's partial need gets the same rule and the same notes.
 */
export function withBudgetAsSaid(understanding: Understanding, stated: StatedMoney, notes: BudgetAsSaidNotes): Understanding {
  if (understanding.kind === 'unsupported') return understanding;
  const read = understanding.kind === 'need' ? understanding.need : understanding.partial;
  const total = orderTotal(stated);
  // "two mugs, 50 each": the budget is the order's (the built-in reader's convention); a model that took the price of
  // one for it is read as the order's, and the price of one is said back.
  const model = read.budget !== undefined && total !== undefined && sameMoney(read.budget, stated.perItem!.price) ? total : read.budget;
  const verdict = verdictOn(model, stated);
  const kept = verdict.kind === 'kept' ? model : verdict.kind === 'held' ? verdict.budget : undefined;
  if (kept !== undefined && total !== undefined && sameMoney(kept, total)) return withBudget(understanding, kept, notes.perItem(stated.perItem!.price, stated.perItem!.items, total));
  if (verdict.kind === 'kept') return understanding;
  const budget = verdict.kind === 'held' ? verdict.budget : undefined;
  const currency = budget?.currency ?? (read.currency !== undefined && stated.largest.has(read.currency) ? read.currency : stated.currency);
  const softPreferences = priceWishesIn(read.softPreferences, read.currency, currency, budget);
  const note = verdict.kind === 'held' ? notes.held : notes.dropped;
  const money = { ...(budget === undefined ? {} : { budget }), currency, softPreferences };
  if (understanding.kind === 'need') {
    const { budget: _read, ...need } = understanding.need;
    return { ...understanding, need: { ...need, ...money }, assumptions: [note, ...understanding.assumptions].slice(0, 64) };
  }
  const { budget: _read, ...partial } = understanding.partial;
  return { ...understanding, partial: { ...partial, ...money }, notUnderstood: [note, ...understanding.notUnderstood].slice(0, 64) };
}

/** The order's total for a price said per item ("50 each" for 2: 100), when the words say one. */
function orderTotal(stated: StatedMoney): Money | undefined {
  const perItem = stated.perItem;
  return perItem === undefined ? undefined : { amountMinor: perItem.price.amountMinor * perItem.items, currency: perItem.price.currency };
}

function sameMoney(a: Money, b: Money): boolean {
  return a.amountMinor === b.amountMinor && a.currency === b.currency;
}

/** The understanding with `budget` as its budget and `note` said first (its currency stays the model's, as the budget's). */
function withBudget(understanding: Exclude<Understanding, { kind: 'unsupported' }>, budget: Money, note: string): Understanding {
  if (understanding.kind === 'need') {
    const need = { ...understanding.need, budget, currency: budget.currency, softPreferences: withoutRestatedCeiling(understanding.need.softPreferences, budget.amountMinor) };
    return { ...understanding, need, assumptions: [note, ...understanding.assumptions].slice(0, 64) };
  }
  const partial = { ...understanding.partial, budget, currency: budget.currency, softPreferences: withoutRestatedCeiling(understanding.partial.softPreferences, budget.amountMinor) };
  return { ...understanding, partial, notUnderstood: [note, ...understanding.notUnderstood].slice(0, 64) };
}
