import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFeedText, readFeedFile } from '../../brand-agent/feed/index.ts';
import { SHOP, feedError } from './feed-options.ts';

const dir = mkdtempSync(join(tmpdir(), 'majordome-feed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'id\ttitle\tprice\tgoogle_product_category\tgtin\tcondition';

describe('malformed feeds give clear errors and never crash', () => {
  it('names the missing columns', () => {
    const error = feedError(() => parseFeedText('id\tnotes\n1\tx\n', SHOP));
    expect(error.code).toBe('FEED_MALFORMED');
    expect(error.message).toMatch(/lacks the columns title, price/);
  });

  it('reports bad rows by row, field and why, and still serves the good ones', () => {
    const text = [
      HEADER,
      'ok-1\tDyson V8 cordless vacuum\t299.00 EUR\t619\t\tnew',
      'bad-price\tVacuum\tcheap\t619\t\tnew',
      'bad-currency\tVacuum\t199.00 USD\t619\t\tnew',
      'bad-cat\tModel X-200\t99.00 EUR\t424242\t\tnew',
      'bad-gtin\tVacuum\t99.00 EUR\t619\t1234567890123\tnew',
      'bad-cond\tVacuum\t99.00 EUR\t619\t\tmint',
      '\tNo id\t99.00 EUR\t619\t\tnew',
      'short\tToo few cells',
      'ok-1\tDuplicate\t10.00 EUR\t619\t\tnew',
    ].join('\n');
    const feed = parseFeedText(text, SHOP);
    expect(feed.entries.map((e) => e.product.sku)).toEqual(['ok-1']);
    const by = (row: number) => feed.issues.filter((i) => i.row === row).map((i) => `${i.field}: ${i.why}`);
    expect(by(3)).toEqual(['price: "cheap" is not a price (write it like "15.00 EUR")']);
    expect(by(4)).toEqual(['price: "199.00 USD" is in USD; this feed is served in EUR']);
    expect(by(5)).toEqual(['google_product_category: 424242 is not a Google product taxonomy id (of the 2021-09-21 taxonomy); no product_type given, nor does the title; give a product type the Google taxonomy names (e.g. "Mugs", "Road bikes") or --category <Google id>']);
    expect(by(6)[0]).toMatch(/^gtin: .*check digit/);
    expect(by(7)).toEqual(['condition: "mint" is not one of new, refurbished, used']);
    expect(by(8)).toEqual(['id: missing']);
    expect(by(9)[0]).toMatch(/^\(row\): 2 cells for 6 columns/);
    expect(by(10)).toEqual(['id: "ok-1" repeats the id of row 2']);
  });

  it('refuses a feed where no row can be served, quoting the first problems', () => {
    const error = feedError(() => parseFeedText(`${HEADER}\nx\tVacuum\tfree\t619\t\tnew\n`, SHOP));
    expect(error.code).toBe('FEED_EMPTY');
    expect(error.message).toContain('row 2, price');
  });

  it('reads a Windows-1252 file and says so', () => {
    const path = join(dir, 'latin1.tsv');
    writeFileSync(path, Buffer.from('id\ttitle\tprice\tgoogle_product_category\nc1\tCafetière à piston\t29.90 EUR\t1557\n', 'latin1'));
    const feed = readFeedFile(path, SHOP);
    expect(feed.entries[0]!.product.title).toBe('Cafetière à piston');
    expect(feed.issues[0]).toMatchObject({ row: 0, field: '(file)' });
    expect(feed.issues[0]!.why).toMatch(/not valid UTF-8/);
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const path = join(dir, 'utf16.tsv');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id\ttitle\tprice\tgoogle_product_category\nc1\tThé vert\t9.90 EUR\t2073\n', 'utf16le')]));
    expect(readFeedFile(path, SHOP).entries[0]!.product.title).toBe('Thé vert');
  });

  it('refuses a 50 MB file without reading it', () => {
    const path = join(dir, 'huge.tsv');
    writeFileSync(path, `${HEADER}\n`);
    truncateSync(path, 50 * 1024 * 1024);
    const started = performance.now();
    const error = feedError(() => readFeedFile(path, SHOP));
    expect(error.code).toBe('FEED_TOO_LARGE');
    expect(error.message).toMatch(/50\.0 MiB, more than the 32 MiB limit/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses XML bombs and external entities without expanding anything', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><rss><channel><item><g:id>&lol2;</g:id></item></channel></rss>`;
    expect(feedError(() => parseFeedText(bomb, { ...SHOP, format: 'xml' })).code).toBe('FEED_UNSAFE_XML');
    const xxe = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><item><g:title>&x;</g:title></item></rss>`;
    expect(feedError(() => parseFeedText(xxe, { ...SHOP, format: 'xml' })).code).toBe('FEED_UNSAFE_XML');
  });

  it('leaves undeclared entities unexpanded and decodes the predefined ones', () => {
    const xml = '<rss><channel><item><g:id>a1</g:id><g:title>Salt &amp; pepper &copy; &#233;</g:title><g:price>5 EUR</g:price><g:google_product_category>4608</g:google_product_category></item></channel></rss>';
    expect(parseFeedText(xml, { ...SHOP, format: 'xml' }).entries[0]!.product.title).toBe('Salt & pepper &copy; é');
  });

  it('reports malformed XML, deep nesting, truncation and bad JSON', () => {
    expect(feedError(() => parseFeedText('<rss><item><g:id>1</g:title></item></rss>', { ...SHOP, format: 'xml' })).message).toMatch(/closes/);
    expect(feedError(() => parseFeedText(`${'<a>'.repeat(100)}${'</a>'.repeat(100)}`, { ...SHOP, format: 'xml' })).message).toMatch(/deeper than 32/);
    expect(feedError(() => parseFeedText('<rss><item><g:id>1', { ...SHOP, format: 'xml' })).code).toBe('FEED_MALFORMED');
    expect(feedError(() => parseFeedText('{"products": [', { ...SHOP, format: 'json' })).message).toMatch(/not valid JSON/);
    expect(feedError(() => parseFeedText('{"foo": 1}', { ...SHOP, format: 'json' })).message).toMatch(/expected an array/);
    expect(feedError(() => parseFeedText(`${'['.repeat(200000)}`, { ...SHOP, format: 'json' })).code).toBe('FEED_MALFORMED');
  });

  it('reports unreadable paths', () => {
    expect(feedError(() => readFeedFile(join(dir, 'missing.tsv'), SHOP)).code).toBe('FEED_UNREADABLE');
    expect(feedError(() => readFeedFile(dir, SHOP)).code).toBe('FEED_UNREADABLE');
  });
});
