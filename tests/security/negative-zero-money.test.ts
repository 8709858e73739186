// Red team 40: a negative zero in money. JSON carries "-0", the protocol's amounts accept it (-0 is a non-negative
// integer), and an estimate a hair below zero rounds to it; the English style wrote "0 EUR" but Intl, which writes the
// French and any locale's money, wrote "-0 €" and "-0,00 €": a price or a surplus of nothing shown as a negative one.
import { describe, expect, it } from 'vitest';
import { formatEstimateIn, formatMoneyIn } from '../../agent/language/index.ts';
import { MoneySchema, formatEstimate, formatMoney } from '../../protocol/index.ts';

describe('a negative zero amount', () => {
  it('comes through the protocol from a brand’s JSON', () => {
    const parsed = MoneySchema.parse(JSON.parse('{"amountMinor": -0, "currency": "EUR"}'));
    expect(Object.is(parsed.amountMinor, -0)).toBe(true);
  });

  it('(fixed) is written as zero in French, as in English', () => {
    const price = MoneySchema.parse(JSON.parse('{"amountMinor": -0, "currency": "EUR"}'));
    expect(formatMoneyIn(price, 'en')).toBe('0 EUR');
    expect(formatMoneyIn(price, 'fr')).not.toMatch(/[-\u2212]/);
    expect(formatMoneyIn({ amountMinor: -0.3, currency: 'EUR' }, 'fr')).not.toMatch(/[-\u2212]/);
    expect(formatEstimateIn(-0.4, 'EUR', 'fr')).not.toMatch(/[-\u2212]/);
    // A real negative amount keeps its sign.
    expect(formatEstimateIn(-60, 'EUR', 'fr')).toMatch(/[-\u2212]/);
  });

  it('(fixed) is written as zero in any locale', () => {
    expect(formatMoney({ amountMinor: -0, currency: 'EUR' }, { locale: 'de-DE' })).not.toMatch(/[-\u2212]/);
    expect(formatEstimate(-0.4, 'EUR', { locale: 'fr-FR' })).not.toMatch(/[-\u2212]/);
    expect(formatEstimate(-60, 'EUR', { locale: 'fr-FR' })).toMatch(/[-\u2212]/);
  });

  it('does not hide a broken amount: NaN is not written as a zero (review40a)', () => {
    expect(formatEstimateIn(Number.NaN, 'EUR', 'fr')).not.toMatch(/^0/);
    expect(formatEstimate(Number.NaN, 'EUR', { locale: 'fr-FR' })).not.toMatch(/^0/);
  });
});
