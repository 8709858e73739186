import type { Money } from '../../protocol/index.ts';

const digitsByCurrency = new Map<string, number>();

function minorDigits(currency: string): number {
  let digits = digitsByCurrency.get(currency);
  if (digits === undefined) {
    try {
      digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsByCurrency.set(currency, digits);
  }
  return digits;
}

/** Money for people: "12 EUR", "12.50 EUR", "1500 JPY" (minor units per the currency). */
export function formatMoney(money: Money): string {
  const digits = minorDigits(money.currency);
  const major = money.amountMinor / 10 ** digits;
  return `${Number.isInteger(major) ? String(major) : major.toFixed(digits)} ${money.currency}`;
}
