import { BoundedMap, formatMoney as formatMoneyText, type AttributeValue, type HardConstraint, type Money } from '../../../protocol/index.ts';

/** Euro amounts already written (Intl formatting costs microseconds, and a negotiation writes a price per counter). */
const euroTexts = new BoundedMap<number, string>(4096);

/** Money as a shopper reads it in a brand's text, e.g. "€159.95" or "20000 JPY" (digits per currency, protocol/money.ts). */
export function formatMoney(money: Money): string {
  if (money.currency !== 'EUR') return formatMoneyText(money);
  // Only positive amounts are kept (the map would not tell -0 from 0).
  if (!(money.amountMinor > 0)) return formatMoneyText(money, { locale: 'en-IE' });
  let text = euroTexts.get(money.amountMinor);
  if (text === undefined) {
    text = formatMoneyText(money, { locale: 'en-IE' });
    euroTexts.set(money.amountMinor, text);
  }
  return text;
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
