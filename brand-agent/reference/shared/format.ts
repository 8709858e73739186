import type { AttributeValue, HardConstraint, Money } from '../../../protocol/index.ts';

/** Money as a person reads it, e.g. "€159.95". */
export function formatMoney(money: Money): string {
  const amount = (money.amountMinor / 100).toFixed(2);
  return money.currency === 'EUR' ? `€${amount}` : `${amount} ${money.currency}`;
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
