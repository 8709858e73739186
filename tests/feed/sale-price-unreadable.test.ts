import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../../brand-agent/feed/index.ts';
import { SHOP, issueLines, servedEntry } from './feed-options.ts';

// Red team 39 leftover: a zero or unreadable sale price refused the whole row though its price was fine. The sale
// price is what cannot be offered, not the product: the row is served at its price, with a note saying why; only a row
// whose price cannot be read either is refused.

const HEADER = 'id\ttitle\tprice\tsale_price\tgoogle_product_category\tcondition';
const feedOf = (...rows: string[]) => parseFeedText([HEADER, ...rows].join('\n') + '\n', SHOP);

describe('a sale price that cannot be offered', () => {
  it('zero: the row is served at its price, with a note', () => {
    const feed = feedOf('zero\tBell, sale price zero\t10.00 EUR\t0.00 EUR\t619\tnew');
    expect(servedEntry(feed, 'zero').price.amountMinor).toBe(1000);
    expect(issueLines(feed)).toEqual(['row 2, sale_price: a price of zero cannot be offered; served at price "10.00 EUR"']);
  });

  it('unreadable: the row is served at its price, with a note quoting the sale price', () => {
    const feed = feedOf('odd\tBell, sale price unreadable\t10.00 EUR\tsoon\t619\tnew');
    expect(servedEntry(feed, 'odd').price.amountMinor).toBe(1000);
    expect(issueLines(feed)).toEqual(['row 2, sale_price: "soon" is not a price (write it like "15.00 EUR"); served at price "10.00 EUR"']);
  });

  it('with the price unreadable too, the row is refused', () => {
    const feed = feedOf('both\tBell, nothing readable\tcall us\t0.00 EUR\t619\tnew', 'ok\tBell\t10.00 EUR\t8.00 EUR\t619\tnew');
    expect(feed.entries.map((e) => [e.product.sku, e.price.amountMinor])).toEqual([['ok', 800]]);
    expect(issueLines(feed)).toEqual(['row 2, sale_price: a price of zero cannot be offered']);
  });
});
