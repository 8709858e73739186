import { toMajorUnits, toMinorUnits, type Money, type SoftPreference } from '../../protocol/index.ts';
import type { Language } from '../language/index.ts';
import { NOTE_MESSAGES } from './note-messages.ts';
import type { BudgetMention } from './parse-state.ts';

/** Most a budget may be, in major units: anything larger is a typo, not a shopping budget. */
export const MAX_BUDGET = 1_000_000_000;

/** The settled budget: one ceiling, the currency said (if any), a soft price wish, and notes. */
export interface ResolvedBudget {
  readonly budget?: Money;
  /** The currency named in the text, if any. */
  readonly currency?: string;
  readonly pricePreference?: SoftPreference;
  /** A higher ceiling said on a condition ("150 if it's Sony"), above the budget: its condition is still words to read. */
  readonly stretch?: { readonly amount: Money; readonly condition: string; readonly source: string };
  readonly assumptions: string[];
  readonly notUnderstood: string[];
}

/**
 * Settles the budget mentions: the first named currency wins (others are reported); the lowest firm ceiling is the
 * budget; a softly said figure ("ideally under 120") becomes a price wish rather than a ceiling; "around 100" allows
 * 10% more; a figure the person could stretch to is the ceiling, the figures said beside it price wishes, unless said as
 * a plain ceiling ("max 40, not a cent more, though my brother could stretch to 60"): a limit set is never loosened; "80 each" is multiplied by the quantity. The notes are written in `language` (the request's).
 */
export function resolveBudget(said: readonly BudgetMention[], quantity: number, defaultCurrency: string, language: Language = 'en'): ResolvedBudget {
  const say = NOTE_MESSAGES[language];
  // "max 100, 150 if it's Sony": the figure said on a condition is no budget; the first is kept as a stretch, checked below.
  const mentions = said.filter((m) => m.stretchIf === undefined);
  const stretches = said.filter((m) => m.stretchIf !== undefined);
  const assumptions: string[] = [];
  const notUnderstood: string[] = [];
  const currency = mentions.find((m) => m.currency !== undefined)?.currency;
  const effective = currency ?? defaultCurrency;
  const firm: number[] = [];
  const soft: number[] = [];
  // "around 100 but could stretch to 130": the most the person would go to is the ceiling; what they aimed at is a wish.
  // A plain ceiling ("max 40") stays a ceiling beside it, and the lowest ceiling wins.
  const stretched = mentions.some((m) => m.stretch === true && (m.currency === undefined || m.currency === effective));
  // "renting at 89 a month … up to 2500": a price per period beside a purchase figure is what is paid now, not the budget.
  // A price per item ("under 25 per bag") is no purchase figure: "coffee 20 a month … under 25 per bag" keeps 20.
  const bought = mentions.some((m) => m.limit && m.recurring !== true && !m.perUnit);
  for (const mention of mentions) {
    if (mention.recurring === true) {
      if (bought) {
        assumptions.push(say.recurringPrice(mention.source));
        continue;
      }
      assumptions.push(say.budgetRate(mention.source, undefined));
    }
    if (mention.currency !== undefined && mention.currency !== effective) {
      notUnderstood.push(say.secondCurrency(mention.source, effective));
      continue;
    }
    let amount = mention.amount;
    if (mention.approximate) {
      // Rounded to the currency's own minor unit (cents, whole yen, fils).
      amount = toMajorUnits({ amountMinor: toMinorUnits(amount * 1.1, effective), currency: effective });
      assumptions.push(say.approximateBudget(mention.source, { amountMinor: toMinorUnits(amount, effective), currency: effective }));
    }
    if (mention.perUnit && quantity > 1) {
      amount *= quantity;
      assumptions.push(say.perUnitBudget(mention.source, quantity, { amountMinor: toMinorUnits(amount, effective), currency: effective }));
    }
    if (!(amount > 0) || amount > MAX_BUDGET) {
      notUnderstood.push(say.unusableBudget(mention.source));
      continue;
    }
    (mention.soft || (stretched && mention.stretch !== true && mention.ceiling !== true) ? soft : firm).push(toMinorUnits(amount, effective));
  }
  const budget = firm.length > 0 ? { amountMinor: Math.min(...firm), currency: effective } : undefined;
  const stretch = stretchOf(stretches, budget, quantity, notUnderstood, say);
  const base = { ...(currency === undefined ? {} : { currency }), ...(stretch === undefined ? {} : { stretch }), assumptions, notUnderstood };
  if (firm.length > 1 && new Set(firm).size > 1) assumptions.push(say.lowestCeiling(budget!));
  if (soft.length === 0) return budget ? { ...base, budget } : base;
  const target = Math.min(...soft);
  const pricePreference: SoftPreference = { attribute: 'price', direction: 'lower', value: target, weight: 0.7 };
  if (!budget) assumptions.push(say.softCeiling({ amountMinor: target, currency: effective }));
  return budget ? { ...base, budget, pricePreference } : { ...base, pricePreference };
}

/**
 * The one higher ceiling said on a condition, above the budget and in its currency ("max 100, 150 if it's Sony"); a
 * second one ("…, 250 if it's the XM5"), or one with no budget below it, is said back as not applied.
 */
function stretchOf(stretches: readonly BudgetMention[], budget: Money | undefined, quantity: number, notUnderstood: string[], say: (typeof NOTE_MESSAGES)[Language]): ResolvedBudget['stretch'] {
  let kept: ResolvedBudget['stretch'];
  for (const mention of stretches) {
    const amountMinor = budget === undefined ? 0 : toMinorUnits(mention.amount * (mention.perUnit ? quantity : 1), budget.currency);
    const fits = budget !== undefined && (mention.currency === undefined || mention.currency === budget.currency) && amountMinor > budget.amountMinor && mention.amount <= MAX_BUDGET;
    if (kept === undefined && fits) kept = { amount: { amountMinor, currency: budget.currency }, condition: mention.stretchIf!.text, source: mention.source };
    else notUnderstood.push(say.stretchNotApplied(mention.source, budget));
  }
  return kept;
}
