import { numberWordValue } from './number-words.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { isUnitWord } from './quantity-units.ts';
import type { Token } from './tokenize.ts';

type Period = 'week' | 'month' | 'year';

/** How many of each period a year holds: a rate per one period over a span in another is converted through them. */
const PER_YEAR: Readonly<Record<Period, number>> = { week: 52, month: 12, year: 1 };

/** "a month", "per month", "par mois", "monthly": the period a price is said per. */
const RATE = new PhraseMatcher<{ readonly phrases: readonly string[]; readonly period: Period }>([
  { period: 'month', phrases: ['a month', 'per month', 'each month', 'every month', 'monthly', 'a mo', 'per mo', 'par mois', 'chaque mois', 'tous les mois', 'mensuel', 'mensuels', 'mensuellement'] },
  { period: 'week', phrases: ['a week', 'per week', 'each week', 'every week', 'weekly', 'par semaine', 'chaque semaine', 'toutes les semaines', 'hebdo'] },
  { period: 'year', phrases: ['a year', 'per year', 'each year', 'every year', 'yearly', 'annually', 'per annum', 'par an', 'par annee', 'chaque annee', 'tous les ans', 'annuel', 'annuels'] },
]);
/** The period written after a slash: "€25/month", "30 €/mois". */
const PERIOD_AFTER_SLASH: Readonly<Record<string, Period>> = { month: 'month', mo: 'month', mois: 'month', week: 'week', wk: 'week', semaine: 'week', year: 'year', yr: 'year', an: 'year', annee: 'year' };
/** "over 24 months", "pendant 2 ans": the words opening how long the rate is paid. */
const SPAN_OPENERS = new PhraseMatcher([{ phrases: ['over', 'for', 'during', 'across', 'over the next', 'for the next', 'sur', 'pendant', 'durant'] }]);
const SPAN_UNITS: Readonly<Record<string, Period>> = {
  month: 'month', months: 'month', mois: 'month', week: 'week', weeks: 'week', semaine: 'week', semaines: 'week', year: 'year', years: 'year', an: 'year', ans: 'year', annee: 'year', annees: 'year',
};

/** A price said per period, and (when the span is said) how many periods it is paid for: the total is the price times that. */
export interface BudgetRate {
  readonly period: Period;
  /** How many periods the person will pay, when they said for how long ("over 24 months": 24). */
  readonly periods?: number;
  /** The tokens after the price that say the rate and its span, [start, end). */
  readonly start: number;
  readonly end: number;
}

/**
 * The rate said right after a price at `index` ("€25 a month", "30 €/mois", "£10 per week for a year"), with its span
 * when one follows ("over 24 months", "sur 2 ans"); undefined when the price is not said per period.
 */
export function budgetRateAt(tokens: readonly Token[], used: readonly boolean[], index: number): BudgetRate | undefined {
  const slash = tokens[index];
  const afterSlash = tokens[index + 1];
  let period: Period | undefined;
  let end = index;
  if (slash?.norm === '/' && !used[index] && afterSlash?.kind === 'word' && !used[index + 1] && PERIOD_AFTER_SLASH[afterSlash.norm] !== undefined) {
    period = PERIOD_AFTER_SLASH[afterSlash.norm];
    end = index + 2;
  } else {
    const said = RATE.matchAt(tokens, used, index);
    if (said === undefined) return undefined;
    period = said.entry.period;
    end = said.end;
  }
  const span = spanAt(tokens, used, end);
  if (span === undefined) return { period: period!, start: index, end };
  return { period: period!, periods: (span.count * PER_YEAR[period!]) / PER_YEAR[span.unit], start: index, end: span.end };
}

/** "over 24 months", "pendant deux ans", "for the next 12 months": how long the rate is paid. */
function spanAt(tokens: readonly Token[], used: readonly boolean[], index: number): { count: number; unit: Period; end: number } | undefined {
  const opener = SPAN_OPENERS.matchAt(tokens, used, index);
  if (opener === undefined) return undefined;
  const figure = tokens[opener.end];
  if (figure === undefined || used[opener.end]) return undefined;
  const count = figure.kind === 'number' ? figure.value : figure.kind === 'word' ? numberWordValue(figure.norm) : undefined;
  if (count === undefined || !Number.isFinite(count) || count <= 0) return undefined;
  const unitToken = tokens[opener.end + 1];
  const unit = unitToken?.kind === 'word' && !used[opener.end + 1] ? SPAN_UNITS[unitToken.norm] : undefined;
  if (unit === undefined) return undefined;
  return { count, unit, end: opener.end + 2 };
}

/**
 * True when the token at `index` says the period or the span of a price said per period ("a month over 24 months"
 * after "€25"): the money reader's, never a measure, which the open path reads before money.
 */
export function isPriceRateAt(tokens: readonly Token[], used: readonly boolean[], index: number): boolean {
  for (let start = index; start >= Math.max(1, index - MAX_RATE_TOKENS); start--) {
    const rate = budgetRateAt(tokens, used, start);
    if (rate !== undefined && rate.end > index && priceEndsAt(tokens, start)) return true;
  }
  return false;
}

/** The most tokens a rate and its span take ("toutes les semaines for the next 12 weeks"). */
const MAX_RATE_TOKENS = 8;

/** A price ends right before `index`: a figure, or a sign or word after one ("25 €", "25 euros"; not "50 km"). */
function priceEndsAt(tokens: readonly Token[], index: number): boolean {
  const last = tokens[index - 1];
  if (last === undefined) return false;
  return last.kind === 'number' || (last.kind === 'symbol' && tokens[index - 2]?.kind === 'number') || (last.kind === 'word' && !isUnitWord(last.norm) && tokens[index - 2]?.kind === 'number');
}

/** Words the rate reader uses, for typo correction and leftovers. */
export const BUDGET_RATE_WORDS: readonly string[] = [...RATE.words(), ...SPAN_OPENERS.words(), ...Object.keys(PERIOD_AFTER_SLASH), ...Object.keys(SPAN_UNITS)];
