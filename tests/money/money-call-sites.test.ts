import { describe, expect, it } from 'vitest';
import { defaultProfile } from '../../agent/policy/index.ts';
import { formatMoney as formatForExplanations } from '../../agent/decision/index.ts';
import { formatStake, stakeFactor } from '../../agent/trust/index.ts';
import { formatMoney as formatForBrandTexts } from '../../brand-agent/reference/shared/index.ts';
import { applyProfileSetting } from '../../cli/commands/profile.ts';
import { money } from '../../sim/report/key-tables.ts';

const jpyProfile = () => ({ ...defaultProfile(), currency: 'JPY', spendCapPerOrder: { amountMinor: 50_000, currency: 'JPY' }, spendCapPerMonth: { amountMinor: 150_000, currency: 'JPY' } });

describe('money call sites use the currency digits (issue 14 §2)', () => {
  it('profile set per-order-cap 20000 in yen stores 20000 JPY, not 2,000,000', () => {
    expect(applyProfileSetting(jpyProfile(), 'per-order-cap', '20000').spendCapPerOrder).toEqual({ amountMinor: 20_000, currency: 'JPY' });
    expect(applyProfileSetting(defaultProfile(), 'monthly-cap', '149.90').spendCapPerMonth).toEqual({ amountMinor: 14_990, currency: 'EUR' });
    const dinar = { ...defaultProfile(), currency: 'KWD' };
    expect(applyProfileSetting(dinar, 'per-order-cap', '12.5').spendCapPerOrder).toEqual({ amountMinor: 12_500, currency: 'KWD' });
    expect(() => applyProfileSetting(defaultProfile(), 'per-order-cap', 'lots')).toThrow(/an amount like 150/);
  });

  it('explanations, brand texts, trust stakes and the simulator report print yen and dinars with their own digits', () => {
    expect(formatForExplanations({ amountMinor: 1_500, currency: 'JPY' })).toBe('1500 JPY');
    expect(formatForExplanations({ amountMinor: 1_200, currency: 'EUR' })).toBe('12 EUR');
    expect(formatForExplanations({ amountMinor: 1_250, currency: 'KWD' })).toBe('1.250 KWD');
    expect(formatForBrandTexts({ amountMinor: 15_995, currency: 'EUR' })).toBe('€159.95');
    expect(formatForBrandTexts({ amountMinor: 20_000, currency: 'JPY' })).toBe('20000 JPY');
    expect(formatStake({ amountMinor: 1_200, currency: 'JPY' })).toBe('1200 JPY');
    expect(formatStake({ amountMinor: 80_000, currency: 'KWD' })).toBe('80.000 KWD');
    expect(money(12_345)).toBe('123.45');
    expect(money(12_345, 'JPY')).toBe('12345');
  });

  it('a stake is read in major units of its own currency against a reference in that currency', () => {
    expect(stakeFactor({ amountMinor: 10_000, currency: 'EUR' }, 50)).toBeCloseTo(stakeFactor({ amountMinor: 100, currency: 'JPY' }, 50));
    expect(stakeFactor({ amountMinor: 100_000, currency: 'KWD' }, 50)).toBeCloseTo(stakeFactor({ amountMinor: 10_000, currency: 'EUR' }, 50));
  });
});
