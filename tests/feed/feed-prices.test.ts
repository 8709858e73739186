import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../../brand-agent/feed/index.ts';
import { SHOP, SHOP_TERMS, feedError, issueLines } from './feed-options.ts';

const HEADER = 'id\ttitle\tprice\tgoogle_product_category';
const rows = (...lines: string[]) => [HEADER, ...lines].join('\n');
const served = (text: string, options = SHOP) => parseFeedText(text, options).entries.map((e) => [e.product.sku, e.price.amountMinor, e.price.currency]);

describe('reading the prices a shop writes', () => {
  it('reads "1.299" as a thousand and more only when the file writes its decimals with a comma; otherwise reports it and skips the row', () => {
    expect(served(rows('A\tLamp\t149,90 EUR\t4636', 'B\tSofa\t1.299 EUR\t4636'))).toEqual([['A', 14990, 'EUR'], ['B', 129900, 'EUR']]);
    const dotted = parseFeedText(rows('A\tLamp\t19.99 EUR\t4636', 'B\tSofa\t1.299 EUR\t4636', 'C\tChair\t1,299 EUR\t4636'), SHOP);
    expect(dotted.entries.map((e) => [e.product.sku, e.price.amountMinor])).toEqual([['A', 1999], ['C', 129900]]);
    expect(issueLines(dotted)).toEqual(['row 3, price: "1.299 EUR" could be 1299 or 1.299 EUR, and the file\'s other prices do not say which separator is the decimal one; write it like "1299.00 EUR"']);
    // Nothing else in the file shows a decimal mark: not guessed either way.
    const alone = parseFeedText(rows('B\tSofa\t1.299 EUR\t4636', 'A\tLamp\t20 EUR\t4636'), SHOP);
    expect(alone.entries.map((e) => e.product.sku)).toEqual(['A']);
    expect(issueLines(alone)[0]).toMatch(/^row 2, price: "1\.299 EUR" could be 1299 or 1\.299 EUR/);
  });

  it('reads thousands separators with a decimal mark in either order, and currency signs before or after the amount', () => {
    expect(served(rows('A\tSofa\t1.299,00 €\t4636', 'B\tBed\t€1,499.50\t4636', 'C\tDesk\t1 099,00 EUR\t4636', 'D\tRug\tEUR 89.90\t4636'))).toEqual([
      ['A', 129900, 'EUR'], ['B', 149950, 'EUR'], ['C', 109900, 'EUR'], ['D', 8990, 'EUR'],
    ]);
  });

  it('reads "$89.00" in a feed served in a dollar currency, and refuses it in a feed served in euros', () => {
    expect(served(rows('A\tLamp\t$89.00\t4636'), { ...SHOP_TERMS, currency: 'USD' })).toEqual([['A', 8900, 'USD']]);
    expect(served(rows('A\tLamp\t$89.00\t4636'), { ...SHOP_TERMS, currency: 'CAD' })).toEqual([['A', 8900, 'CAD']]);
    const inEuros = parseFeedText(rows('A\tLamp\t$89.00\t4636', 'B\tRug\t10.00 EUR\t4636'), SHOP);
    expect(issueLines(inEuros)).toEqual(['row 2, price: "$89.00" is "$", which is not EUR; this feed is served in EUR']);
    expect(issueLines(parseFeedText(rows('A\tLamp\t£12.00\t4636', 'B\tRug\t10.00 EUR\t4636'), SHOP))).toEqual(['row 2, price: "£12.00" is in GBP; this feed is served in EUR']);
  });

  it('serves a Merchant feed in the currency its prices state when none is given (a US feed is not refused as "not EUR")', () => {
    const feed = parseFeedText(rows('A\tLamp\t59.99 USD\t4636', 'B\tRug\t1,299.00 USD\t4636', 'C\tMug\t12.00 GBP\t4636'), SHOP_TERMS);
    expect(feed.currency).toBe('USD');
    expect(feed.entries.map((e) => [e.product.sku, e.price.amountMinor])).toEqual([['A', 5999], ['B', 129900]]);
    expect(issueLines(feed)).toEqual(['row 4, price: "12.00 GBP" is in GBP; this feed is served in USD']);
    // Bare amounts state none: EUR, as before.
    expect(parseFeedText(rows('A\tLamp\t59.99\t4636'), SHOP_TERMS).currency).toBe('EUR');
  });

  it('offers a sale price only within its sale_price_effective_date, and the regular price when the dates cannot be read', () => {
    const text = [
      'id\ttitle\tprice\tsale_price\tsale_price_effective_date\tgoogle_product_category',
      'A\tLamp\t100.00 EUR\t80.00 EUR\t2020-01-01T00:00+01:00/2020-01-31T23:59+01:00\t4636',
      'B\tRug\t100.00 EUR\t80.00 EUR\t2020-01-01T00:00+01:00/2099-12-31T23:59+01:00\t4636',
      'C\tMug\t100.00 EUR\t80.00 EUR\tsoon\t4636',
      'D\tBed\t100.00 EUR\t80.00 EUR\t\t4636',
    ].join('\n');
    const feed = parseFeedText(text, SHOP);
    expect(feed.entries.map((e) => [e.product.sku, e.price.amountMinor])).toEqual([['A', 10000], ['B', 8000], ['C', 10000], ['D', 8000]]);
    expect(issueLines(feed)).toEqual(['row 4, sale_price_effective_date: "soon" is not two ISO 8601 dates joined by "/"; served at price, not sale_price']);
  });
});

describe('a shop export whose prices carry a sign several currencies use', () => {
  it('asks for --currency, saying which sign left it open', () => {
    const text = 'ID;Image;Name;Reference;Category;"Price (tax excl.)";"Price (tax incl.)";Quantity;Status\n1;;"Oak stool";OS-1;Stools;$70.00;$84.00;3;1\n';
    const error = feedError(() => parseFeedText(text, SHOP_TERMS));
    expect(error.code).toBe('FEED_CURRENCY_MISSING');
    expect(error.message).toContain('a PrestaShop product export writes its prices with "$", which more than one currency uses');
    expect(parseFeedText(text, { ...SHOP_TERMS, currency: 'USD' }).entries[0]!.price).toEqual({ amountMinor: 8400, currency: 'USD' });
  });
});

// Red team 39 leftover: "0.001 EUR" was reported as "could be 0001 or 0.001 EUR"; no one groups thousands after a
// zero, so the amount is a decimal one, below a cent: the report says that.
describe('an amount below the currency\'s smallest unit', () => {
  it('is refused as less than one minor unit, never as a grouping ambiguity', () => {
    for (const [raw, smallest] of [['0.001 EUR', '0.01 EUR'], ['0,004 EUR', '0.01 EUR'], ['0.0001 EUR', '0.01 EUR']] as const) {
      const feed = parseFeedText(rows(`A\tLamp\t${raw}\t4636`, 'B\tSofa\t20 EUR\t4636'), SHOP);
      expect(feed.entries.map((e) => e.product.sku)).toEqual(['B']);
      expect(issueLines(feed)).toEqual([`row 2, price: "${raw}" is less than the smallest amount in EUR (${smallest}) and cannot be offered`]);
    }
  });

  it('keeps "1.001 EUR" an open question between grouping and decimals', () => {
    const feed = parseFeedText(rows('A\tLamp\t1.001 EUR\t4636', 'B\tSofa\t20 EUR\t4636'), SHOP);
    expect(issueLines(feed)[0]).toMatch(/^row 2, price: "1\.001 EUR" could be 1001 or 1\.001 EUR/);
  });
});
