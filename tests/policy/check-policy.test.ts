import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPolicy, defaultProfile, valueConstraints, type Profile } from '../../agent/policy/index.ts';
import type { Money, Offer } from '../../protocol/index.ts';
import { acceptedOffer } from '../consent/consent-fixtures.ts';

const eur = (amountMinor: number): Money => ({ amountMinor, currency: 'EUR' });
const profile = (over: Partial<Profile> = {}): Profile => ({ ...defaultProfile(), ...over });
const priced = (price: Money, over: Partial<Offer> = {}): Offer => acceptedOffer({ price, ...over });

describe('checkPolicy', () => {
  it('allows an offer within both caps from a brand not banned', () => {
    expect(checkPolicy(priced(eur(15_990)), profile(), eur(0))).toEqual({ allowed: true });
  });

  it('refuses a banned brand', () => {
    const verdict = checkPolicy(priced(eur(100)), profile({ bannedBrands: ['trailco'] }), eur(0));
    expect(verdict).toEqual({ allowed: false, violations: [{ rule: 'banned-brand', message: 'trailco is on your banned list' }] });
  });

  it('refuses above the per-order cap, at the cap it allows', () => {
    const p = profile({ spendCapPerOrder: eur(15_000) });
    expect(checkPolicy(priced(eur(15_000)), p, eur(0))).toEqual({ allowed: true });
    expect(checkPolicy(priced(eur(15_001)), p, eur(0))).toEqual({
      allowed: false,
      violations: [{ rule: 'per-order-cap', message: '150.01 EUR is above your per-order cap of 150.00 EUR' }],
    });
  });

  it('counts what was spent this month against the monthly cap', () => {
    const p = profile({ spendCapPerMonth: eur(20_000) });
    expect(checkPolicy(priced(eur(13_500)), p, eur(6_500))).toEqual({ allowed: true });
    expect(checkPolicy(priced(eur(13_500)), p, eur(13_500))).toEqual({
      allowed: false,
      violations: [{ rule: 'monthly-cap', message: 'this would bring the month to 270.00 EUR, above your cap of 200.00 EUR' }],
    });
  });

  it('prints a yen cap in yen, not 100× too small, and a dinar cap with three decimals', () => {
    const yen = profile({ currency: 'JPY', spendCapPerOrder: { amountMinor: 20_000, currency: 'JPY' }, spendCapPerMonth: { amountMinor: 100_000, currency: 'JPY' } });
    expect(checkPolicy(priced({ amountMinor: 24_000, currency: 'JPY' }), yen, { amountMinor: 0, currency: 'JPY' })).toEqual({
      allowed: false,
      violations: [{ rule: 'per-order-cap', message: '24000 JPY is above your per-order cap of 20000 JPY' }],
    });
    const dinar = profile({ currency: 'KWD', spendCapPerOrder: { amountMinor: 50_000, currency: 'KWD' }, spendCapPerMonth: { amountMinor: 60_000, currency: 'KWD' } });
    const verdict = checkPolicy(priced({ amountMinor: 55_500, currency: 'KWD' }), dinar, { amountMinor: 10_000, currency: 'KWD' });
    expect(verdict.allowed === false && verdict.violations.map((v) => v.message)).toEqual([
      '55.500 KWD is above your per-order cap of 50.000 KWD',
      'this would bring the month to 65.500 KWD, above your cap of 60.000 KWD',
    ]);
  });

  it('refuses a price in another currency than the limits (it cannot be checked)', () => {
    const verdict = checkPolicy(priced({ amountMinor: 100, currency: 'JPY' }), profile(), eur(0));
    expect(verdict).toEqual({ allowed: false, violations: [{ rule: 'currency', message: 'priced in JPY, your limits are in EUR' }] });
  });

  it('enforces the person values where the category has the attribute', () => {
    const coffee = acceptedOffer({ product: { sku: 'c', title: 'Coffee', category: 'coffee', attributes: { organic: false } }, price: eur(990) });
    const verdict = checkPolicy(coffee, profile({ values: ['organic'] }), eur(0));
    expect(verdict).toEqual({ allowed: false, violations: [{ rule: 'value', message: 'does not meet your value "organic"', value: 'organic' }] });
    expect(checkPolicy(priced(eur(990)), profile({ values: ['organic'] }), eur(0))).toEqual({ allowed: true });
    expect(valueConstraints(profile({ values: ['organic', 'vegan'] }), 'coffee')).toEqual([{ attribute: 'organic', op: 'eq', value: true }]);
  });

  it('enforces the values whatever id the offer writes its category with (a Google taxonomy id is the same category)', () => {
    // A brand labelling running shoes "187" (the Google id the alias stands for) must not slip past "vegan".
    const shoes = acceptedOffer({ product: { sku: 's', title: 'Road shoe', category: '187', attributes: { vegan: false } }, price: eur(9_000) });
    expect(checkPolicy(shoes, profile({ values: ['vegan'] }), eur(0))).toEqual({ allowed: false, violations: [{ rule: 'value', message: 'does not meet your value "vegan"', value: 'vegan' }] });
    const coffee = acceptedOffer({ product: { sku: 'c', title: 'Coffee', category: '1868', attributes: {} }, price: eur(990) });
    expect(checkPolicy(coffee, profile({ values: ['organic'] }), eur(0)).allowed).toBe(false);
    expect(valueConstraints(profile({ values: ['organic'] }), '1868')).toEqual([{ attribute: 'organic', op: 'eq', value: true }]);
    // A category id that names an Object property is no rule at all.
    expect(checkPolicy(acceptedOffer({ product: { sku: 'x', title: 'X', category: 'constructor', attributes: {} }, price: eur(100) }), profile({ values: ['vegan'] }), eur(0))).toEqual({ allowed: true });
  });

  it('property: allowed exactly when within both caps (same currency, no ban, no values)', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.nat(1_000_000), fc.nat(1_000_000), fc.nat(2_000_000), (price, spent, perOrder, perMonth) => {
        const verdict = checkPolicy(priced(eur(price)), profile({ spendCapPerOrder: eur(perOrder), spendCapPerMonth: eur(perMonth) }), eur(spent));
        expect(verdict.allowed).toBe(price <= perOrder && spent + price <= perMonth);
      }),
    );
  });
});
