import type { Money } from '../../protocol/index.ts';

const digitsCache = new Map<string, number>();

/** Minor-unit digits of a currency (EUR 2, JPY 0), from the runtime's ISO 4217 data; 2 when unknown. */
export function currencyDigits(currency: string): number {
  const cached = digitsCache.get(currency);
  if (cached !== undefined) return cached;
  let digits = 2;
  try {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    // An unknown but well-formed code: assume cents, like most currencies.
  }
  digitsCache.set(currency, digits);
  return digits;
}

/** Converts a major-unit amount (149.99) to integer minor units (14999) for the currency. */
export function toMinorUnits(amount: number, currency: string): number {
  return Math.round(amount * 10 ** currencyDigits(currency));
}

/** "150.00 EUR". */
export function formatMoney(money: Money): string {
  const digits = currencyDigits(money.currency);
  return `${(money.amountMinor / 10 ** digits).toFixed(digits)} ${money.currency}`;
}
