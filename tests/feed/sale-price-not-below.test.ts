import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../../brand-agent/feed/index.ts';
import { SHOP, issueLines, servedEntry } from './feed-options.ts';

// Red team 39: a sale price above the price was served as the product's price: a row "price 10.00 EUR, sale_price
// 20.00 EUR" was offered at 20.00 EUR. A sale price no lower than the price is no sale (Merchant Center refuses such an
// item; Magento charges the lower of its price and special price): the row is served at its price, with a note.

const HEADER = 'id\ttitle\tprice\tsale_price\tgoogle_product_category\tcondition';

describe('a sale price that is not below the price', () => {
  const feed = parseFeedText(
    [HEADER, 'up\tBell, sale price above\t10.00 EUR\t20.00 EUR\t619\tnew', 'same\tBell, sale price equal\t10.00 EUR\t10.00 EUR\t619\tnew', 'down\tBell, on sale\t10.00 EUR\t8.00 EUR\t619\tnew'].join('\n') + '\n',
    SHOP,
  );

  it('(fixed) is served at the price, with a note saying why', () => {
    expect(servedEntry(feed, 'up').price.amountMinor).toBe(1000);
    expect(issueLines(feed)).toContain('row 2, sale_price: "20.00 EUR" is not below the price "10.00 EUR"; served at price');
  });

  it('equal to the price, is served at that price; below it, the sale price is served', () => {
    expect(servedEntry(feed, 'same').price.amountMinor).toBe(1000);
    expect(servedEntry(feed, 'down').price.amountMinor).toBe(800);
  });
});
