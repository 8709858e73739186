import { MajordomeError } from './majordome-error.ts';
import type { Money } from './primitives.ts';

/**
 * ISO 4217 currencies whose minor unit is not 1/100 (every other code has 2 digits). The one table of minor digits:
 * hand-kept rather than read from `Intl`, whose CLDR data differs from ISO 4217 for a few codes and between runtimes.
 */
export const CURRENCY_MINOR_DIGITS: Readonly<Record<string, number>> = Object.freeze({
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0, VND: 0, VUV: 0,
  XAF: 0, XOF: 0, XPF: 0,
  BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
  CLF: 4, UYW: 4,
});

/** Minor digits when a currency is not in the table (most currencies count cents). */
export const DEFAULT_MINOR_DIGITS = 2;

/** Digits after the decimal point of a currency's major unit: EUR 2, JPY 0, KWD 3. */
export function minorDigitsOf(currency: string): number {
  return Object.hasOwn(CURRENCY_MINOR_DIGITS, currency) ? CURRENCY_MINOR_DIGITS[currency]! : DEFAULT_MINOR_DIGITS;
}

/** Converts a major-unit number (149.99 EUR) to integer minor units (14999), rounding to the nearest minor unit. */
export function toMinorUnits(amountMajor: number, currency: string): number {
  const digits = minorDigitsOf(currency);
  // Round through a decimal string, not `x * 100`: 1.005 * 100 is 100.49999… in binary floating point.
  return Math.round(Number(`${amountMajor.toFixed(Math.min(20, digits + 6))}e${digits}`));
}

/** The amount in major units as a number (14999 EUR cents → 149.99): for ratios and statistics, never for storage. */
export function toMajorUnits(money: Money): number {
  return money.amountMinor / 10 ** minorDigitsOf(money.currency);
}

const GROUPED = /^[1-9]\d{0,2}(?:[,. '\u00a0\u202f]\d{3})+$/;

/**
 * Reads a decimal amount as a person writes it ("149.99", "149,99", "1,299.50", "1.299,50", "20 000", "20000") into
 * integer minor units of the currency; undefined when it is not an amount. A lone separator followed by exactly three
 * digits groups thousands ("1,500" is 1500; but "1.250" KWD is 1.25, as written for 3-digit currencies), otherwise the
 * last separator is the decimal point. Extra decimals round half up.
 */
export function parseAmountMinor(text: string, currency: string): number | undefined {
  const trimmed = text.trim();
  if (!/^\d[\d,. '\u00a0\u202f]*$/.test(trimmed) || /[,. '\u00a0\u202f]$/.test(trimmed)) return undefined;
  let whole: string;
  let fraction = '';
  // "1.250" is one and a quarter dinars, as formatMoney writes a 3-digit currency; "1.250" euros is a thousand and more.
  const dinarDecimal = minorDigitsOf(currency) >= 3 && /^\d+\.\d{3}$/.test(trimmed);
  if (/^\d+$/.test(trimmed) || (GROUPED.test(trimmed) && !dinarDecimal)) {
    whole = trimmed.replace(/\D/g, '');
  } else {
    const decimalAt = Math.max(trimmed.lastIndexOf('.'), trimmed.lastIndexOf(','));
    const head = trimmed.slice(0, decimalAt);
    fraction = trimmed.slice(decimalAt + 1);
    if (!/^\d+$/.test(fraction) || !(/^\d+$/.test(head) || GROUPED.test(head))) return undefined;
    // The decimal separator cannot also be the grouping one ("1.299.50" is not an amount).
    if (head.includes(trimmed[decimalAt]!)) return undefined;
    whole = head.replace(/\D/g, '');
  }
  const digits = minorDigitsOf(currency);
  const kept = `${whole}${fraction.slice(0, digits).padEnd(digits, '0')}`;
  const roundUp = fraction.length > digits && fraction[digits]! >= '5';
  const minor = Number(kept) + (roundUp ? 1 : 0);
  return Number.isSafeInteger(minor) ? minor : undefined;
}

/** How `formatMoney` writes an amount. */
export interface FormatMoneyOptions {
  /** A BCP 47 locale ("de-DE", "ja-JP"): format with `Intl` as that locale writes money ("149,99 €"). */
  readonly locale?: string;
  /** Without a locale: write round amounts without their zero minor digits ("12 EUR" rather than "12.00 EUR"). */
  readonly dropZeroMinor?: boolean;
}

/** Building an `Intl.NumberFormat` costs far more than formatting with one, so each (locale, currency) pair gets one. */
const localeFormatters = new Map<string, Intl.NumberFormat>();
const MAX_LOCALE_FORMATTERS = 256;

function localeFormatter(locale: string, currency: string, digits: number): Intl.NumberFormat {
  const key = `${locale}\u0000${currency}`;
  let formatter = localeFormatters.get(key);
  if (formatter === undefined) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
    if (localeFormatters.size >= MAX_LOCALE_FORMATTERS) localeFormatters.clear();
    localeFormatters.set(key, formatter);
  }
  return formatter;
}

/**
 * Money as text with the currency's own digits: "149.99 EUR", "1500 JPY", "1.250 KWD" by default (stable, locale-free,
 * for logs, messages and tests), or as a locale writes it with `{ locale }`, e.g. "149,99 €" for de-DE.
 */
export function formatMoney(money: Money, options: FormatMoneyOptions = {}): string {
  const digits = minorDigitsOf(money.currency);
  // `+ 0`: Intl writes a negative zero (a price of -0 on the wire, an estimate rounded from just below zero) as "-0,00 €"; NaN stays NaN.
  if (options.locale !== undefined) return localeFormatter(options.locale, money.currency, digits).format(toMajorUnits(money) + 0);
  const sign = money.amountMinor < 0 ? '-' : '';
  const padded = String(Math.abs(money.amountMinor)).padStart(digits + 1, '0');
  const whole = digits === 0 ? padded : padded.slice(0, -digits);
  const fraction = digits === 0 ? '' : padded.slice(-digits);
  const major = fraction === '' || (options.dropZeroMinor === true && /^0+$/.test(fraction)) ? whole : `${whole}.${fraction}`;
  return `${sign}${major} ${money.currency}`;
}

/**
 * An estimated amount (an expected value, a per-unit price: any number of minor units, not always whole) as money
 * text, rounded to the nearest minor unit of its currency.
 */
export function formatEstimate(amountMinor: number, currency: string, options: FormatMoneyOptions = {}): string {
  return formatMoney({ amountMinor: Math.round(amountMinor), currency }, options);
}

/** Codes of the money faults. */
export const MONEY_ERROR_CODES = { currencyMismatch: 'currency-mismatch' } as const;
export type MoneyErrorCode = (typeof MONEY_ERROR_CODES)[keyof typeof MONEY_ERROR_CODES];

/** Thrown when two amounts in different currencies are compared or added: there is no exchange rate here. */
export class CurrencyMismatchError extends MajordomeError<MoneyErrorCode> {
  constructor(a: string, b: string) {
    super(MONEY_ERROR_CODES.currencyMismatch, `cannot compare ${a} with ${b}`, { details: { currencies: [a, b] } });
    this.name = 'CurrencyMismatchError';
  }
}

/** True when both amounts are in the same currency. */
export function sameCurrency(a: Money, b: Money): boolean {
  return a.currency === b.currency;
}

/** Orders two amounts of one currency (negative, 0, positive like a sort comparator); throws on different currencies. */
export function compareMoney(a: Money, b: Money): number {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency);
  return Math.sign(a.amountMinor - b.amountMinor);
}

/** The sum of amounts in one currency; throws on mixed currencies. */
export function addMoney(a: Money, b: Money): Money {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency);
  return { amountMinor: a.amountMinor + b.amountMinor, currency: a.currency };
}

/**
 * The one answer to "is this over budget?": true when the price is above the budget, or in another currency (a price
 * the butler cannot convert never counts as within budget); false when there is no budget.
 */
export function exceedsBudget(price: Money, budget: Money | undefined): boolean {
  if (budget === undefined) return false;
  return price.currency !== budget.currency || price.amountMinor > budget.amountMinor;
}
