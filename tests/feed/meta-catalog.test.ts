import { describe, expect, it } from 'vitest';
import { parseFeedText, readFeedFile } from '../../brand-agent/feed/index.ts';
import { FIXTURES, SHOP, SHOP_TERMS, issueLines, servedEntry } from './feed-options.ts';

describe("Meta (Facebook, Instagram) commerce catalog CSV", () => {
  it('serves it as the Merchant-style feed it is: its currency from the prices, quantity_to_sell_on_facebook as stock, Meta\'s availability words', () => {
    const feed = readFeedFile(`${FIXTURES}/meta-catalog.csv`, SHOP_TERMS);
    expect(feed.format).toBe('csv');
    expect(feed.currency).toBe('USD');
    expect(feed.entries.map((e) => [e.product.sku, e.price.amountMinor, e.stock])).toEqual([
      ['TRL-42', 12999, 12],
      ['TRL-43', 10999, 7], // sale_price within its effective dates
      ['TRL-44', 12999, 0], // out of stock
      ['JKT-RAIN', 15900, 5],
      ['WATCH-GPS', 129900, 2], // "1,299.00 USD"
      ['PACK-20', 8900, 0], // "$89.00", preorder: none promised now
      ['SOCK-M', 1800, 0], // "available for order": a backorder
      ['CAP-OLD', 2500, 0], // "discontinued"
    ]);
    // Meta's own category and selling quantity are not product facts.
    expect(servedEntry(feed, 'TRL-43').product.attributes).toEqual({ condition: 'new', gender: 'unisex', age_group: 'adult', brand: 'Ridgeline', color: 'Blue', size: '43', material: 'Mesh', size_eu: 43 });
  });

  it('serves a row whose google_product_category is not Google\'s path word for word under what its words name, saying so', () => {
    const feed = readFeedFile(`${FIXTURES}/meta-catalog.csv`, SHOP_TERMS);
    expect(servedEntry(feed, 'WATCH-GPS').product.category).toBe('2082');
    expect(issueLines(feed)).toEqual([
      'row 6, google_product_category: no Google product category names "Wearable Technology" (in "Electronics > Electronics Accessories > Wearable Technology"); served under the broader "Electronics > Electronics Accessories"',
      'row 8, price: missing',
    ]);
  });

  it("files a row without google_product_category by the shop's own product_type, and still asks for one when it has neither", () => {
    const feed = parseFeedText('id\ttitle\tprice\tproduct_type\nA\tStoneware mug\t12.00 EUR\tKitchen > Mugs\nB\tThing\t5.00 EUR\t\n', SHOP);
    expect(servedEntry(feed, 'A').product.category).toBe('2169');
    expect(issueLines(feed)).toEqual(['row 3, google_product_category: missing; give the Google product category id or path (or --category)']);
  });
});
