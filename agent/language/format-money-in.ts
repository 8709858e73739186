import { formatEstimate, formatMoney, minorDigitsOf, toMajorUnits, type Money } from '../../protocol/index.ts';
import type { Language } from './language.ts';

/** One formatter per (language, currency, whole amount or not): building an `Intl.NumberFormat` is the costly part. */
const formatters = new Map<string, Intl.NumberFormat>();

function frenchFormatter(currency: string, digits: number): Intl.NumberFormat {
  const key = `${currency}\u0000${digits}`;
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat('fr-FR', { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Money as the person reads it in their language: "12 EUR", "18.50 EUR" in English (the butler's stable style), "12 €",
 * "18,50 €", "1 299 €" in French (`Intl.NumberFormat('fr-FR')`, with its non-breaking spaces). Round amounts drop their
 * zero minor digits in both; an estimate that is not a whole number of minor units is rounded to one.
 */
export function formatMoneyIn(money: Money, language: Language): string {
  // `+ 0`: a negative zero (a brand's price of -0, an estimate a hair below zero rounded) is zero (NaN stays NaN, visibly), which Intl would
  // write "-0 €" where the English style writes "0 EUR".
  const amountMinor = Math.round(money.amountMinor) + 0;
  if (language === 'en') return formatMoney({ amountMinor, currency: money.currency }, { dropZeroMinor: true });
  const digits = minorDigitsOf(money.currency);
  const whole = amountMinor % 10 ** digits === 0;
  return frenchFormatter(money.currency, whole ? 0 : digits).format(toMajorUnits({ amountMinor, currency: money.currency }));
}

/** An estimated amount with every minor digit ("31.20 EUR", "31,20 €"), as the value breakdown writes money. */
export function formatEstimateIn(amountMinor: number, currency: string, language: Language): string {
  if (language === 'en') return formatEstimate(amountMinor, currency);
  const rounded = Math.round(amountMinor) + 0;
  return frenchFormatter(currency, minorDigitsOf(currency)).format(toMajorUnits({ amountMinor: rounded, currency }));
}
