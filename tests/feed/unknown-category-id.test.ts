import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../../brand-agent/feed/index.ts';
import { SHOP, issueLines, servedEntry } from './feed-options.ts';

// On main (8ed1cf4) a Merchant row whose google_product_category is an id the taxonomy does not hold (a typo, or a node
// newer than the 2021-09-21 taxonomy Majordome holds) was refused, though its product_type or title named its category.
describe('a google_product_category id the taxonomy does not hold', () => {
  it("is read like no category: the row's product_type, else its title, with a note naming the unknown id", () => {
    const feed = parseFeedText(
      [
        'id\ttitle\tprice\tgoogle_product_category\tproduct_type',
        'B1\tSteel water bottle 750 ml\t19.90 EUR\t2383\tKitchen > Water Bottles',
        'B2\tCeramic mug\t9.90 EUR\t99999\t',
        'B3\tModel X-200\t9.90 EUR\t99999\t',
        'B4\tCeramic mug\t9.90 EUR\t2169\t',
      ].join('\n'),
      SHOP,
    );
    expect(servedEntry(feed, 'B1').product.category).toBe('3809');
    expect(servedEntry(feed, 'B2').product.category).toBe('2169');
    expect(feed.entries.map((e) => e.product.sku)).toEqual(['B1', 'B2', 'B4']);
    const lines = issueLines(feed);
    expect(lines[0]).toMatch(/^row 2, google_product_category: 2383 is not a Google product taxonomy id \(of the 2021-09-21 taxonomy\); /);
    expect(lines[1]).toMatch(/^row 3, google_product_category: 99999 is not a Google product taxonomy id .*; served under "Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs", which the title names$/);
    expect(lines[2]).toMatch(/^row 4, google_product_category: 99999 is not a Google product taxonomy id .*nor does the title/);
    expect(lines).toHaveLength(3);
  });
});
