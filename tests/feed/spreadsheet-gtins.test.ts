import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../../brand-agent/feed/index.ts';
import { SHOP, issueLines, servedEntry } from './feed-options.ts';

// On main (8ed1cf4) a GTIN column a spreadsheet saved in scientific notation ("4,00638E+12": Excel shows a 13-digit
// number so unless the column is text) refused the whole row as "not a valid GTIN": the product was not offered at all.
describe('a GTIN a spreadsheet saved in scientific notation', () => {
  it('serves the product without a GTIN and says why, while a GTIN that is merely wrong still refuses the row', () => {
    const feed = parseFeedText(
      ['id;title;price;gtin;google_product_category', 'K1;Chef knife;89,90 EUR;4,00638E+12;668', 'K2;Bread knife;39,90 EUR;4.00638e12;668', 'K3;Paring knife;19,90 EUR;4006381333932;668', 'K4;Steak knife;9,90 EUR;4006381333931;668'].join('\n'),
      SHOP,
    );
    expect(servedEntry(feed, 'K1').product.gtin).toBeUndefined();
    expect(servedEntry(feed, 'K2').product.gtin).toBeUndefined();
    expect(servedEntry(feed, 'K4').product.gtin).toBe('4006381333931');
    expect(feed.entries.map((e) => e.product.sku)).toEqual(['K1', 'K2', 'K4']);
    expect(issueLines(feed)).toEqual([
      'row 2, gtin: "4,00638E+12" is a GTIN a spreadsheet saved in scientific notation, its digits lost; served without a GTIN (format the column as text before saving)',
      'row 3, gtin: "4.00638e12" is a GTIN a spreadsheet saved in scientific notation, its digits lost; served without a GTIN (format the column as text before saving)',
      'row 4, gtin: "4006381333932" is not a valid GTIN (8–14 digits with a correct check digit)',
    ]);
  });
});
