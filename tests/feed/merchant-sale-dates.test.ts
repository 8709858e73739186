import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../../brand-agent/feed/index.ts';
import { readFeedDateInterval } from '../../brand-agent/feed/read-feed-date.ts';
import { SHOP, issueLines } from './feed-options.ts';

const HEADER = 'id\ttitle\tprice\tsale_price\tsale_price_effective_date\tavailability_date\tgoogle_product_category';
/** 1 December 2026, noon UTC: the time the sale prices are checked against. */
const NOW = Date.UTC(2026, 11, 1, 12);
const merchant = (...rows: string[]) => parseFeedText([HEADER, ...rows].join('\n'), { ...SHOP, now: NOW });
const priceOf = (feed: ReturnType<typeof merchant>, sku: string) => feed.entries.find((e) => e.product.sku === sku)?.price.amountMinor;
const row = (id: string, dates: string, available = '') => `${id}\tLamp\t100.00 EUR\t80.00 EUR\t${dates}\t${available}\t4636`;

// On main (8ed1cf4) Merchant Center's sale_price_effective_date went through Date.parse: a 30 February was 2 March, an
// offset written "+01" made the whole range unreadable, a date-only end stopped the sale at the start of its last day,
// and a range of day-first numeric dates ("25/11/2026/05/12/2026") could not be split at all.
describe("Merchant Center's sale_price_effective_date, read as an ISO 8601 interval", () => {
  it('reads the interval with and without times and offsets, an end without a time being that whole day', () => {
    const feed = merchant(
      row('A', '2026-11-27T00:00+01:00/2026-12-01T23:59+01:00'),
      row('B', '2026-11-27T00:00:00-0800 / 2026-12-01T13:00:00-0800'),
      row('C', '2026-11-27T00:00+01/2026-12-02T00:00+01'),
      row('D', '2026-11-27/2026-12-01'),
      row('E', '2026-11-27T00:00Z/2026-12-01T11:59Z'),
    );
    expect(['A', 'B', 'C', 'D', 'E'].map((sku) => priceOf(feed, sku))).toEqual([8000, 8000, 8000, 8000, 10000]);
    expect(issueLines(feed)).toEqual([]);
  });

  it('reports a date no calendar has and serves the regular price (Date.parse made 30 February 2 March)', () => {
    const feed = merchant(row('A', '2026-11-27T00:00Z/2026-02-30T00:00Z'), row('B', '2026-11-27T00:00Z/2026-12-31T23:00Z'));
    expect(priceOf(feed, 'A')).toBe(10000);
    expect(priceOf(feed, 'B')).toBe(8000);
    expect(issueLines(feed)).toEqual(['row 2, sale_price_effective_date: its end "2026-02-30T00:00Z" is no calendar date; served at price, not sale_price']);
  });

  it('splits numeric dates at the one "/" that leaves a date on either side, in the order the file shows', () => {
    // Day first: the file's availability_date "25/12/2026" shows it.
    const dayFirst = merchant(row('A', '20/11/2026/05/12/2026'), row('B', '01/12/2026/02/12/2026', '25/12/2026'));
    expect(priceOf(dayFirst, 'A')).toBe(8000);
    expect(priceOf(dayFirst, 'B')).toBe(8000);
    expect(issueLines(dayFirst)).toEqual([]);
  });

  it('reports a day and month no date in the file settles, with both readings', () => {
    const feed = merchant(row('A', '01/12/2026/02/12/2026'));
    expect(priceOf(feed, 'A')).toBe(10000);
    expect(issueLines(feed)).toEqual([
      'row 2, sale_price_effective_date: its start "01/12/2026" could be 1 December or 12 January 2026, and no date in the file shows whether the day or the month comes first; served at price, not sale_price',
    ]);
  });

  it('reports a range that ends before it starts, a duration, and a lone date', () => {
    expect(readFeedDateInterval('2026-12-05/2026-12-01', undefined)).toEqual({ why: '"2026-12-05/2026-12-01" ends before it starts' });
    expect(readFeedDateInterval('2026-11-27T00:00Z/P7D', undefined)).toMatchObject({ why: expect.stringContaining('gives a duration') });
    expect(readFeedDateInterval('2026-11-27T00:00Z', undefined)).toMatchObject({ why: expect.stringContaining('is not two ISO 8601 dates joined by "/"') });
  });
});
