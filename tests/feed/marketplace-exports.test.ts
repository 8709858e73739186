import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFeedFormat, parseFeedText, readFeedFile } from '../../brand-agent/feed/index.ts';
import { FIXTURES, SHOP_TERMS, feedError, issueLines, servedEntry } from './feed-options.ts';

/** 1 December 2026, noon UTC: the time sale prices are checked against. */
const NOW = Date.UTC(2026, 11, 1, 12);
const read = (file: string, currency?: string) => readFeedFile(`${FIXTURES}/${file}`, { ...SHOP_TERMS, now: NOW, ...(currency !== undefined ? { currency } : {}) });
const priced = (feed: ReturnType<typeof read>) => feed.entries.map((e) => [e.product.sku, e.price.amountMinor, e.stock]);

// On main (8ed1cf4) each of these four exports was FEED_MALFORMED ("the header lacks the columns id, title, price").
describe('Etsy listings CSV (Download Data)', () => {
  it('serves one offer per listing in its CURRENCY_CODE, SKU or title words as id, QUANTITY 0 sold out, TAGS as category words', () => {
    const feed = read('etsy-listings.csv');
    expect(feed.format).toBe('etsy');
    expect(feed.currency).toBe('EUR');
    expect(priced(feed)).toEqual([['MUG-SAGE-14', 3200, 6], ['SOCK-MER', 1950, 0], ['etsy-linen-napkins-set-of-4-oat', 2800, 12], ['etsy-beeswax-pillar-candle', 125000, 3]]);
    // Variation values come without a price or quantity of their own: not stated as facts of the listing.
    expect(servedEntry(feed, 'SOCK-MER').product.attributes).toEqual({ material: 'merino wool' });
    expect(servedEntry(feed, 'MUG-SAGE-14').product.category).toBe('2169');
    expect(issueLines(feed)).toEqual([]);
  });
});

describe('Squarespace product export', () => {
  it('serves each variant row under its product, the sale price while On Sale, Unlimited stock as in stock; asks for the currency', () => {
    expect(feedError(() => read('squarespace-products.csv')).code).toBe('FEED_CURRENCY_MISSING');
    const feed = read('squarespace-products.csv', 'USD');
    expect(feed.format).toBe('squarespace');
    expect(priced(feed)).toEqual([['SQ-BEANIE-GRY', 2800, 14], ['SQ-BEANIE-NVY', 2800, 0], ['SQ-TR-42', 12000, 10], ['SQ-TR-43', 12000, 3]]);
    expect(servedEntry(feed, 'SQ-BEANIE-NVY').product).toMatchObject({ title: 'Merino Beanie (Navy)', attributes: { color: 'Navy' } });
    expect(servedEntry(feed, 'SQ-TR-43').product.attributes).toMatchObject({ size: '43', size_eu: 43 });
    expect(issueLines(feed)).toEqual([
      'row 6, Visible: "Old Tote" is hidden in the store (Visible No); not served',
      'row 7, Product Type [Non Editable]: a gift card, no goods; not served',
    ]);
  });
});

describe('eBay File Exchange listing file', () => {
  it("serves variations under their listing's title, in the Action header's currency; reports auctions without Buy It Now and ended listings", () => {
    const feed = read('ebay-file-exchange.csv');
    expect(feed.format).toBe('ebay');
    expect(feed.currency).toBe('USD');
    expect(priced(feed)).toEqual([['HP-ANC-BLK', 8999, 7], ['RUN-TRL-9', 7495, 4], ['RUN-TRL-10', 7695, 0]]);
    const shoe = servedEntry(feed, 'RUN-TRL-9');
    expect(shoe.product).toMatchObject({ title: 'Mens Trail Running Shoes Lightweight Grip (9 / Blue)', gtin: '036000291452', category: '187', attributes: { condition: 'new', size: '9', color: 'Blue' } });
    // A US 9 is no EU size.
    expect(shoe.product.attributes.size_eu).toBeUndefined();
    // "Does not apply" is no GTIN, and no problem.
    expect(servedEntry(feed, 'HP-ANC-BLK').product.gtin).toBeUndefined();
    expect(issueLines(feed)).toEqual([
      'row 6, *Format: an auction without a Buy It Now price: no price a buyer can pay now; not served',
      'row 7, *Action: the listing is ended (Action End); not served',
    ]);
  });
});

describe('Amazon inventory flat file (tab-delimited, three template rows)', () => {
  it('reads the attribute row, serves child rows and single products, a sale within its dates, EANs as GTINs', () => {
    expect(feedError(() => read('amazon-flatfile.txt')).code).toBe('FEED_CURRENCY_MISSING');
    const feed = read('amazon-flatfile.txt', 'EUR');
    expect(feed.format).toBe('amazon');
    // WK-42's sale runs to 2 December; WK-43's ended on 30 November.
    expect(priced(feed)).toEqual([['WK-42', 9995, 5], ['WK-43', 12995, 0], ['WK-SPRAY', 949, 40]]);
    expect(servedEntry(feed, 'WK-42').product).toMatchObject({ gtin: '4006381333931', category: '187', attributes: { size: '42 EU', size_eu: 42, color: 'Braun', condition: 'new' } });
    // An ASIN is Amazon's own number, no GTIN.
    expect(servedEntry(feed, 'WK-SPRAY').product.gtin).toBeUndefined();
    // Rows are numbered as in the file: the template's three rows first.
    expect(issueLines(feed)).toContain('row 8, update_delete: marked for deletion (Delete); not served');
  });

  it('reads the same file with the template rows removed', () => {
    const text = readFileSync(`${FIXTURES}/amazon-flatfile.txt`, 'utf8').split('\r\n').slice(2).join('\n');
    expect(detectFeedFormat(text)).toBe('amazon');
    expect(priced(parseFeedText(text, { ...SHOP_TERMS, currency: 'EUR', now: NOW }))).toEqual([['WK-42', 9995, 5], ['WK-43', 12995, 0], ['WK-SPRAY', 949, 40]]);
  });
});

describe('Ecwid product CSV (rows typed product, product_option, product_variation)', () => {
  it('serves variations under their product at their own price and stock, untracked stock as in stock; reports disabled products and orphan variations', () => {
    expect(feedError(() => read('ecwid-products.csv')).code).toBe('FEED_CURRENCY_MISSING');
    const feed = read('ecwid-products.csv', 'USD');
    expect(feed.format).toBe('ecwid');
    // product_price is paid; product_compare_to_price (22.00) is the crossed-out one.
    expect(priced(feed)).toEqual([['MUG-SPK', 1800, 12], ['TEE-ORG-S', 2500, 9], ['TEE-ORG-XL', 2800, 0], ['CANDLE-SOY', 1400, 10]]);
    expect(servedEntry(feed, 'TEE-ORG-XL').product).toMatchObject({ title: 'Organic Cotton T-Shirt (XL)', attributes: { size: 'XL' } });
    expect(servedEntry(feed, 'MUG-SPK').product).toMatchObject({ gtin: '4006381333931', maker: 'Kiln & Co', category: '2169' });
    expect(issueLines(feed)).toEqual([
      'row 9, product_is_available: "Retired Mug" is disabled in the store (product_is_available false); not served',
      'row 10, product_sku: no product row has product_sku "NOPE": this variation is not served',
    ]);
  });
});

describe('JTL-Wawi article export (semicolons, Windows-1252)', () => {
  it("serves each article but father articles (their children inherit maker and categories), the Sonderpreis within its dates, stock written '8,00'; reports inactive articles", () => {
    const feed = readFeedFile(`${FIXTURES}/jtl-artikelexport.csv`, { ...SHOP_TERMS, now: NOW, defaultCategory: '2073' });
    expect(feed.format).toBe('jtl');
    expect(feed.currency).toBe('EUR');
    // TB-100's Sonderpreis runs 25.11.–02.12.2026; the sku of "TT-GRÜN" keeps its letters and digits, as it always was
    // (no other id of the file shares it: tests/feed/feed-ids-keep-skus.test.ts).
    expect(priced(feed)).toEqual([['TB-100', 2990, 8], ['TT-BLAU', 1250, 0], ['TT-GR-N', 1250, 5]]);
    expect(servedEntry(feed, 'TT-BLAU').product).toMatchObject({ maker: 'Töpferei Süd', gtin: '4006381333924', attributes: { color: 'Blau' } });
    expect(issueLines(feed)).toContain('row 6, Aktiv: "Teesieb alt" is inactive (Aktiv N); not served');
    expect(issueLines(feed)).toContain('row 5, EAN: "4,00638E+12" is a GTIN a spreadsheet saved in scientific notation, its digits lost; served without a GTIN (format the column as text before saving)');
  });
});
