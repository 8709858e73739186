import type { Money } from '../../protocol/index.ts';

function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** Money for people: "12 EUR", "12.50 EUR", "1500 JPY" (minor units per the currency). */
export function formatMoney(money: Money): string {
  const digits = minorDigits(money.currency);
  const major = money.amountMinor / 10 ** digits;
  return `${Number.isInteger(major) ? String(major) : major.toFixed(digits)} ${money.currency}`;
}
