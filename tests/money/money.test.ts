import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CurrencyMismatchError,
  MajordomeError,
  addMoney,
  compareMoney,
  exceedsBudget,
  formatMoney,
  minorDigitsOf,
  parseAmountMinor,
  toMajorUnits,
  toMinorUnits,
  type Money,
} from '../../protocol/index.ts';

const eur = (amountMinor: number): Money => ({ amountMinor, currency: 'EUR' });
const jpy = (amountMinor: number): Money => ({ amountMinor, currency: 'JPY' });
const kwd = (amountMinor: number): Money => ({ amountMinor, currency: 'KWD' });

describe('minorDigitsOf', () => {
  it('follows ISO 4217: EUR 2, JPY 0, KWD and BHD 3, unknown codes 2', () => {
    expect(minorDigitsOf('EUR')).toBe(2);
    expect(minorDigitsOf('JPY')).toBe(0);
    expect(minorDigitsOf('KRW')).toBe(0);
    expect(minorDigitsOf('KWD')).toBe(3);
    expect(minorDigitsOf('BHD')).toBe(3);
    expect(minorDigitsOf('CLF')).toBe(4);
    expect(minorDigitsOf('XYZ')).toBe(2);
    expect(minorDigitsOf('toString')).toBe(2);
  });
});

describe('toMinorUnits / toMajorUnits', () => {
  it('converts with the currency digits', () => {
    expect(toMinorUnits(149.99, 'EUR')).toBe(14999);
    expect(toMinorUnits(20000, 'JPY')).toBe(20000);
    expect(toMinorUnits(1.25, 'KWD')).toBe(1250);
    expect(toMinorUnits(1.005, 'EUR')).toBe(101);
    expect(toMinorUnits(0.29, 'EUR')).toBe(29);
    expect(toMajorUnits(jpy(1500))).toBe(1500);
    expect(toMajorUnits(kwd(1250))).toBe(1.25);
  });

  it('round-trips every minor amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), fc.constantFrom('EUR', 'JPY', 'KWD', 'CLF'), (minor, currency) => {
        expect(toMinorUnits(toMajorUnits({ amountMinor: minor, currency }), currency)).toBe(minor);
      }),
    );
  });
});

describe('parseAmountMinor', () => {
  it.each([
    ['149.99', 'EUR', 14999],
    ['149,99', 'EUR', 14999],
    ['149', 'EUR', 14900],
    ['1,299.50', 'EUR', 129950],
    ['1.299,50', 'EUR', 129950],
    ['1,500', 'EUR', 150000],
    ['20 000', 'JPY', 20000],
    ['20000', 'JPY', 20000],
    ['1.250', 'KWD', 1250],
    ['1,250', 'KWD', 1250000],
    ['0.001', 'EUR', 0],
    ['0,001', 'KWD', 1],
    ['1.250.000', 'KWD', 1250000000],
    ['1.25', 'KWD', 1250],
    ['0.5', 'KWD', 500],
    ['9.995', 'EUR', 999500],
    ['9.995,5', 'EUR', 999550],
    ['9.9951', 'EUR', 1000],
    ['0.005', 'EUR', 1],
    ['12.5', 'JPY', 13],
  ] as const)('%s %s → %d', (text, currency, minor) => {
    expect(parseAmountMinor(text, currency)).toBe(minor);
  });

  it.each(['', 'abc', '12.', '1.299.50', '-5', '1,2,3', '12 EUR', '.5'])('rejects %j', (text) => {
    expect(parseAmountMinor(text, 'EUR')).toBeUndefined();
  });

  it('reads back what formatMoney writes, in every currency', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), fc.constantFrom('EUR', 'JPY', 'KWD', 'USD', 'BHD'), (minor, currency) => {
        const text = formatMoney({ amountMinor: minor, currency }).split(' ')[0]!;
        expect(parseAmountMinor(text, currency)).toBe(minor);
      }),
    );
  });
});

describe('formatMoney', () => {
  it('writes the currency digits: a yen cap is not 100× too small, a dinar has three decimals', () => {
    expect(formatMoney(eur(14999))).toBe('149.99 EUR');
    expect(formatMoney(eur(5))).toBe('0.05 EUR');
    expect(formatMoney(jpy(20000))).toBe('20000 JPY');
    expect(formatMoney(kwd(1250))).toBe('1.250 KWD');
    expect(formatMoney(kwd(7))).toBe('0.007 KWD');
    expect(formatMoney({ amountMinor: -1250, currency: 'EUR' })).toBe('-12.50 EUR');
  });

  it('drops zero minor digits on request', () => {
    expect(formatMoney(eur(1200), { dropZeroMinor: true })).toBe('12 EUR');
    expect(formatMoney(eur(1250), { dropZeroMinor: true })).toBe('12.50 EUR');
    expect(formatMoney(kwd(3000), { dropZeroMinor: true })).toBe('3 KWD');
  });

  it('formats as a locale writes money', () => {
    const nbsp = /[\u00a0\u202f]/g;
    expect(formatMoney(eur(14999), { locale: 'de-DE' }).replace(nbsp, ' ')).toBe('149,99 €');
    expect(formatMoney(eur(129950), { locale: 'en-IE' })).toBe('€1,299.50');
    expect(formatMoney(jpy(20000), { locale: 'en-US' })).toBe('¥20,000');
    expect(formatMoney(kwd(1250), { locale: 'en-US' }).replace(nbsp, ' ')).toBe('KWD 1.250');
  });
});

describe('compareMoney / addMoney', () => {
  it('orders amounts of one currency', () => {
    expect(compareMoney(eur(100), eur(200))).toBeLessThan(0);
    expect(compareMoney(jpy(200), jpy(200))).toBe(0);
    expect([eur(3), eur(1), eur(2)].sort(compareMoney).map((m) => m.amountMinor)).toEqual([1, 2, 3]);
    expect(addMoney(kwd(1), kwd(2))).toEqual(kwd(3));
  });

  it('refuses to mix currencies with a local MajordomeError', () => {
    expect(() => compareMoney(eur(100), jpy(100))).toThrow(CurrencyMismatchError);
    expect(() => addMoney(eur(100), jpy(100))).toThrow(MajordomeError);
    try {
      compareMoney(eur(1), kwd(1));
    } catch (error) {
      expect((error as CurrencyMismatchError).code).toBe('currency-mismatch');
    }
  });
});

describe('exceedsBudget', () => {
  it('is true above the budget, false at or below it, false without a budget', () => {
    expect(exceedsBudget(eur(15001), eur(15000))).toBe(true);
    expect(exceedsBudget(eur(15000), eur(15000))).toBe(false);
    expect(exceedsBudget(jpy(19999), jpy(20000))).toBe(false);
    expect(exceedsBudget(kwd(1251), kwd(1250))).toBe(true);
    expect(exceedsBudget(eur(99999999), undefined)).toBe(false);
  });

  it('never calls a price in another currency within budget (100 JPY is not under a 150 EUR budget)', () => {
    expect(exceedsBudget(jpy(100), eur(15000))).toBe(true);
    expect(exceedsBudget(eur(100), kwd(1_000_000))).toBe(true);
  });

  it('agrees with compareMoney in one currency', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.constantFrom('EUR', 'JPY', 'KWD'), (p, b, currency) => {
        const price = { amountMinor: p, currency };
        const budget = { amountMinor: b, currency };
        expect(exceedsBudget(price, budget)).toBe(compareMoney(price, budget) > 0);
      }),
    );
  });
});
