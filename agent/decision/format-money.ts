import { formatMoney as formatMoneyText, type Money } from '../../protocol/index.ts';

/** Money for people in explanations: "12 EUR", "12.50 EUR", "1500 JPY", "1.250 KWD" (digits per protocol/money.ts). */
export function formatMoney(money: Money): string {
  return formatMoneyText(money, { dropZeroMinor: true });
}
