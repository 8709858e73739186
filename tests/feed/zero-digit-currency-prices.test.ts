import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../../brand-agent/feed/index.ts';
import { SHOP_TERMS, issueLines } from './feed-options.ts';

const HEADER = 'id\ttitle\tprice\tgoogle_product_category';
const rows = (...lines: string[]) => [HEADER, ...lines].join('\n');

describe('prices in a currency without minor units (yen, won)', () => {
  it('reads "1,299" and "12,800" as grouped thousands: a yen has no decimals, so nothing is left open', () => {
    // A Japanese shop writes every price whole; no price in the file shows a decimal mark.
    const feed = parseFeedText(rows('A\tKettle\t1,299 JPY\t4636', 'B\tRice cooker\t12,800 JPY\t4636', 'C\tMug\t800 JPY\t4636'), { ...SHOP_TERMS, currency: 'JPY' });
    expect(feed.entries.map((e) => [e.product.sku, e.price.amountMinor, e.price.currency])).toEqual([['A', 1299, 'JPY'], ['B', 12800, 'JPY'], ['C', 800, 'JPY']]);
    expect(issueLines(feed)).toEqual([]);
  });

  it('reads a won price written with its sign and a grouping dot the same way', () => {
    const feed = parseFeedText(rows('A\tFan\t₩45.000\t4636', 'B\tLamp\t₩9.900\t4636'), { ...SHOP_TERMS, currency: 'KRW' });
    expect(feed.entries.map((e) => [e.product.sku, e.price.amountMinor])).toEqual([['A', 45000], ['B', 9900]]);
  });

  it('still refuses "1.299" in euros when the file does not say which separator is the decimal one', () => {
    const feed = parseFeedText(rows('A\tSofa\t1.299 EUR\t4636', 'B\tLamp\t20 EUR\t4636'), { ...SHOP_TERMS, currency: 'EUR' });
    expect(feed.entries.map((e) => e.product.sku)).toEqual(['B']);
  });
});
