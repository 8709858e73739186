import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../../brand-agent/feed/index.ts';
import { dateOrderOf, readFeedDate } from '../../brand-agent/feed/read-feed-date.ts';
import { SHOP, issueLines } from './feed-options.ts';

const HEADER = 'sku,product_type,categories,name,price,special_price,special_price_from_date,special_price_to_date,created_at,qty,is_in_stock';
/** 5 December 2020, noon UTC: the time the special prices are checked against. */
const NOW = Date.UTC(2020, 11, 5, 12);
const magento = (...rows: string[]) => parseFeedText([HEADER, ...rows].join('\n'), { ...SHOP, now: NOW });
const priceOf = (feed: ReturnType<typeof magento>, sku: string) => feed.entries.find((e) => e.product.sku === sku)?.price.amountMinor;

// On main (86050b1) special-price dates went through Date.parse: "01/12/2020" was 12 January (US order) whatever the
// file's locale, silently, and `now` was not passed to shop exports.
describe("Magento's special-price dates, written in the admin's locale", () => {
  it('reads an ambiguous date in the order the file\'s other dates show (day first: "25/11/2020")', () => {
    const feed = magento('M-1,simple,Default Category/Kitchen/Mugs,Stoneware mug,12.00,9.00,01/12/2020,10/12/2020,25/11/2020,5,1');
    expect(priceOf(feed, 'M-1')).toBe(900);
    expect(issueLines(feed)).toEqual([]);
  });

  it('reads the same dates month first in a file that writes "11/25/20, 9:12 AM"', () => {
    const feed = magento('M-1,simple,Default Category/Kitchen/Mugs,Stoneware mug,12.00,9.00,01/12/2020,10/12/2020,"11/25/20, 9:12 AM",5,1');
    // 12 January to 12 October: over by 5 December.
    expect(priceOf(feed, 'M-1')).toBe(1200);
    expect(issueLines(feed)).toEqual([]);
  });

  it('reports an ambiguous date no other date settles, and serves the regular price', () => {
    const feed = magento('M-1,simple,Default Category/Kitchen/Mugs,Stoneware mug,12.00,9.00,01/12/2020,10/12/2020,,5,1');
    expect(priceOf(feed, 'M-1')).toBe(1200);
    expect(issueLines(feed)).toEqual([
      'row 2, special_price_from_date: "01/12/2020" could be 1 December or 12 January 2020, and no date in the file shows whether the day or the month comes first; served at price, not special_price',
    ]);
  });

  it('reads ISO dates exactly, and reports what is no date', () => {
    const feed = magento(
      'M-1,simple,Default Category/Kitchen/Mugs,Stoneware mug,12.00,9.00,2020-12-01,2020-12-05,,5,1',
      'M-2,simple,Default Category/Kitchen/Mugs,Enamel mug,15.00,11.00,2020-12-06,2020-12-31,,5,1',
      'M-3,simple,Default Category/Kitchen/Mugs,Glass mug,8.00,6.00,soon,,,5,1',
      'M-4,simple,Default Category/Kitchen/Mugs,Tin mug,7.00,5.00,2020-02-30,,,5,1',
    );
    expect([priceOf(feed, 'M-1'), priceOf(feed, 'M-2'), priceOf(feed, 'M-3'), priceOf(feed, 'M-4')]).toEqual([900, 1500, 800, 700]);
    expect(issueLines(feed)).toEqual([
      'row 4, special_price_from_date: "soon" is not a date written as numbers (2024-03-14, 14/03/2024, 3/14/24); served at price, not special_price',
      'row 5, special_price_from_date: "2020-02-30" is no calendar date; served at price, not special_price',
    ]);
  });

  it('learns the order only from dates that show it, and not from files that contradict themselves', () => {
    expect(dateOrderOf(['03/04/2024', '14/03/2024'])).toBe('day-first');
    expect(dateOrderOf(['3/14/24', '03/04/2024'])).toBe('month-first');
    expect(dateOrderOf(['3/14/24', '14/03/2024'])).toBeUndefined();
    expect(dateOrderOf(['2024-03-14', '03/04/2024'])).toBeUndefined();
    expect(readFeedDate('2024-03-14T09:00:00+01:00')).toEqual({ at: Date.UTC(2024, 2, 14, 8) });
    expect(readFeedDate('4/4/24')).toEqual({ at: Date.UTC(2024, 3, 4) });
    expect(readFeedDate('3/14/24, 12:30 PM')).toEqual({ at: Date.UTC(2024, 2, 14, 12, 30) });
  });
});

describe("WooCommerce's sale dates, as a spreadsheet may re-save them", () => {
  const WOO = 'ID,Type,SKU,Name,Published,"In stock?",Stock,"Date sale price starts","Date sale price ends","Sale price","Regular price",Categories';
  const woo = (...rows: string[]) => parseFeedText([WOO, ...rows].join('\n'), { ...SHOP, now: NOW });

  it('reads its own ISO dates exactly, and "01/12/2020" day first where another date ("25/12/2020") shows the order', () => {
    const feed = woo('1,simple,W-1,Desk lamp,1,1,2,2020-12-01 00:00:00,2020-12-31 23:59:59,10.00,20.00,Lighting > Lamps', '2,simple,W-2,Floor lamp,1,1,2,01/12/2020,25/12/2020,30.00,40.00,Lighting > Lamps');
    expect([priceOf(feed, 'W-1'), priceOf(feed, 'W-2')]).toEqual([1000, 3000]);
  });

  // On main an unreadable or ambiguous start date made the sale apply whatever its dates said.
  it('serves the regular price and says why when a date cannot be read', () => {
    const feed = woo('1,simple,W-1,Desk lamp,1,1,2,01/12/2020,10/12/2020,10.00,20.00,Lighting > Lamps', '2,simple,W-2,Floor lamp,1,1,2,next week,,30.00,40.00,Lighting > Lamps');
    expect([priceOf(feed, 'W-1'), priceOf(feed, 'W-2')]).toEqual([2000, 4000]);
    expect(issueLines(feed).filter((l) => l.includes('Date sale price'))).toEqual([
      'row 2, Date sale price starts: "01/12/2020" could be 1 December or 12 January 2020, and no date in the file shows whether the day or the month comes first; served at Regular price, not Sale price',
      'row 3, Date sale price starts: "next week" is not a date written as numbers (2024-03-14, 14/03/2024, 3/14/24); served at Regular price, not Sale price',
    ]);
  });
});
