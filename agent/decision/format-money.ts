import { formatEstimate, type Money } from '../../protocol/index.ts';

/**
 * Money for people in explanations: "12 EUR", "12.50 EUR", "1500 JPY", "1.250 KWD" (digits per protocol/money.ts);
 * an estimate that is not a whole number of minor units is rounded to one.
 */
export function formatMoney(money: Money): string {
  return formatEstimate(money.amountMinor, money.currency, { dropZeroMinor: true });
}
