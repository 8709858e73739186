import { describe, expect, it } from 'vitest';
import { entriesOfCategory, entryBySku, formatMoney } from '../../brand-agent/reference/shared/index.ts';
import { isSameCategory } from '../../protocol/index.ts';
import type { CatalogEntry } from '../../brand-agent/index.ts';

function entry(sku: string, amountMinor: number, category = 'coffee'): CatalogEntry {
  return {
    product: { sku, title: sku, category, attributes: {} },
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

describe('entriesOfCategory', () => {
  it('finds what filtering the listing by isSameCategory and sorting by sku (stably) finds', () => {
    // Aliases and Google ids of one category, another category, repeated skus out of order.
    const listing = [entry('c', 1), entry('a', 2, '1868'), entry('b', 3, 'headphones'), entry('a', 4), entry('d', 5, '543626'), entry('b', 6, 'coffee')];
    const bySku = (a: CatalogEntry, b: CatalogEntry) => (a.product.sku < b.product.sku ? -1 : a.product.sku > b.product.sku ? 1 : 0);
    for (const category of ['coffee', '1868', 'headphones', '543626', 'running-shoes', 'Food, Beverages & Tobacco > Beverages > Coffee']) {
      const scanned = listing.filter((e) => isSameCategory(e.product.category, category)).sort(bySku);
      expect(entriesOfCategory(listing, category)).toEqual(scanned);
    }
    expect(entriesOfCategory(listing, 'coffee').map((e) => e.price.amountMinor)).toEqual([2, 4, 6, 1]);
  });

  it('indexes a listing again once its length changed', () => {
    const listing = [entry('a', 100)];
    expect(entriesOfCategory(listing, 'headphones')).toEqual([]);
    listing.push(entry('b', 200, 'headphones'));
    expect(entriesOfCategory(listing, 'headphones').map((e) => e.product.sku)).toEqual(['b']);
  });
});

describe('formatMoney for brand texts', () => {
  it('writes every amount exactly as Intl does, when remembered and when not', () => {
    const intl = (amountMinor: number) => new Intl.NumberFormat('en-IE', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amountMinor / 100);
    for (const amountMinor of [1, 99, 15_995, 15_995, 100_000_00, 0, -250]) expect(formatMoney({ amountMinor, currency: 'EUR' })).toBe(intl(amountMinor));
    expect(formatMoney({ amountMinor: 20_000, currency: 'JPY' })).toBe('20000 JPY');
  });
});
