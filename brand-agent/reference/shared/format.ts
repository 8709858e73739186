import { formatMoney as formatMoneyText, type AttributeValue, type HardConstraint, type Money } from '../../../protocol/index.ts';

/** Money as a shopper reads it in a brand's text, e.g. "€159.95" or "20000 JPY" (digits per currency, protocol/money.ts). */
export function formatMoney(money: Money): string {
  return money.currency === 'EUR' ? formatMoneyText(money, { locale: 'en-IE' }) : formatMoneyText(money);
}

/** An attribute value as text. */
export function formatValue(value: AttributeValue | readonly AttributeValue[] | undefined): string {
  if (value === undefined) return 'unknown';
  if (Array.isArray(value)) return value.map((v) => String(v)).join(' or ');
  return String(value);
}

/** A hard constraint as text, e.g. "size_eu = 43" or "maker not Sony". */
export function formatConstraint(c: HardConstraint): string {
  const ops: Record<HardConstraint['op'], string> = { eq: '=', neq: '≠', lte: '≤', gte: '≥', in: 'in', 'not-in': 'not' };
  return `${c.attribute} ${ops[c.op]} ${formatValue(c.value)}`;
}
