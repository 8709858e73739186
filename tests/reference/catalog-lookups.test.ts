import { describe, expect, it } from 'vitest';
import { entryBySku, formatMoney } from '../../brand-agent/reference/shared/index.ts';
import type { CatalogEntry } from '../../brand-agent/index.ts';

function entry(sku: string, amountMinor: number): CatalogEntry {
  return {
    product: { sku, title: sku, category: 'coffee', attributes: {} },
    price: { amountMinor, currency: 'EUR' },
    stock: 5,
    terms: { deliveryDays: 2, returnDays: 30, warrantyMonths: 0 },
  };
}

describe('entryBySku', () => {
  it('finds what a scan of the listing finds: the first entry with the sku, or nothing', () => {
    const listing = [entry('a', 100), entry('b', 200), entry('a', 300)];
    for (const sku of ['a', 'b', 'c']) expect(entryBySku(listing, sku)).toBe(listing.find((e) => e.product.sku === sku));
    expect(entryBySku(listing, 'a')!.price.amountMinor).toBe(100);
  });

  it('indexes a listing again once its length changed, and each listing on its own', () => {
    const listing = [entry('a', 100)];
    expect(entryBySku(listing, 'b')).toBeUndefined();
    listing.push(entry('b', 200));
    expect(entryBySku(listing, 'b')?.price.amountMinor).toBe(200);
    expect(entryBySku([entry('b', 900)], 'b')?.price.amountMinor).toBe(900);
  });
});

describe('formatMoney for brand texts', () => {
  it('writes every amount exactly as Intl does, when remembered and when not', () => {
    const intl = (amountMinor: number) => new Intl.NumberFormat('en-IE', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amountMinor / 100);
    for (const amountMinor of [1, 99, 15_995, 15_995, 100_000_00, 0, -250]) expect(formatMoney({ amountMinor, currency: 'EUR' })).toBe(intl(amountMinor));
    expect(formatMoney({ amountMinor: 20_000, currency: 'JPY' })).toBe('20000 JPY');
  });
});
