import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../../brand-agent/feed/index.ts';
import { SHOP, servedEntry } from './feed-options.ts';

describe("a shoe's size in the butler's words", () => {
  it('states a shoe\'s European size as size_eu (what a request for "size 43" asks) when it can be nothing else', () => {
    const text = [
      'id\ttitle\tprice\tgoogle_product_category\tsize\tsize_system',
      'S1\tTrail shoe 43\t139.00 EUR\t187\t43\t',
      'S2\tTrail shoe 42.5\t139.00 EUR\tApparel & Accessories > Shoes > Athletic Shoes\t42,5\t',
      'S3\tTrail shoe US 10\t139.00 EUR\t187\t10\t',
      'S4\tTrail shoe UK 44\t139.00 EUR\t187\t44\tUK',
      'S5\tHoodie\t59.00 EUR\t5598\t44\t',
    ].join('\n');
    const feed = parseFeedText(text, SHOP);
    expect(servedEntry(feed, 'S1').product.attributes).toMatchObject({ size: '43', size_eu: 43 });
    expect(servedEntry(feed, 'S1').claims).toContainEqual({ attribute: 'size_eu', asserted: 43 });
    expect(servedEntry(feed, 'S2').product.attributes.size_eu).toBe(42.5);
    // A "10" may be a US size, a UK-system 44 is no EU size, and a jacket's 44 is no shoe size: none is restated.
    for (const sku of ['S3', 'S4', 'S5']) expect(servedEntry(feed, sku).product.attributes.size_eu).toBeUndefined();
  });
});
