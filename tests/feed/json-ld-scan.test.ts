import { describe, expect, it } from 'vitest';
import { detectFeedFormat, FeedError, parseFeedText } from '../../brand-agent/feed/index.ts';
import { SHOP } from './feed-options.ts';

// An HTML page is read for its JSON-LD in one pass, whatever it holds: unclosed or stray <script tags cannot make the
// reader go back over the rest of the page for each of them (on main, 0.7 MB of them took 26 s, 32 MB would take hours).

const PRODUCT = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Product', name: 'Oak Stool', sku: 'OAK-1', category: 'Furniture > Chairs', offers: { '@type': 'Offer', price: '45.00', priceCurrency: 'EUR' } });

function read(text: string) {
  try {
    return parseFeedText(text, SHOP);
  } catch (error) {
    return error as FeedError;
  }
}

describe('reading a page for JSON-LD', () => {
  it('answers at once for a page of unclosed <script tags (1.8 MB)', () => {
    const started = Date.now();
    const result = read(`<html><body>${'<script a'.repeat(200_000)}`);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(result).toBeInstanceOf(FeedError);
    expect((result as FeedError).code).toBe('FEED_UNRECOGNISED');
  }, 10_000);

  it('answers at once for JSON-LD script tags never closed (1.8 MB), and finds none', () => {
    const started = Date.now();
    const result = read(`<html><body>${'<script type="application/ld+json">{'.repeat(50_000)}`);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect((result as FeedError).code).toBe('FEED_UNRECOGNISED');
  }, 10_000);

  it('still reads the blocks among other scripts, in either case and quoting, and skips the others', () => {
    const page = [
      '<!doctype html><html><head><script src="app.js"></script>',
      '<script>var s = "<script type=application/ld+json>";</script>',
      `<SCRIPT TYPE='application/ld+json'>${PRODUCT}</SCRIPT >`,
      '<script type="text/template"><div>{"@type":"Product"}</div></script>',
      '</head><body><script-x type="application/ld+json">{"no": 1}</script-x></body></html>',
    ].join('\n');
    const feed = read(page);
    expect(feed).not.toBeInstanceOf(FeedError);
    expect((feed as Exclude<typeof feed, FeedError>).entries.map((e) => [e.product.sku, e.price.amountMinor])).toEqual([['OAK-1', 4500]]);
  });
});

describe("a schema.org product's url as its id", () => {
  it('is read at once however many slashes it holds (1 MB of them), and still gives the last segment', () => {
    const product = (url: string, sku?: string) => ({ '@context': 'https://schema.org', '@type': 'Product', name: 'Oak Stool', url, ...(sku ? { sku } : {}), category: 'Furniture > Chairs', offers: { '@type': 'Offer', price: '45.00', priceCurrency: 'EUR' } });
    const started = Date.now();
    const result = read(JSON.stringify({ '@graph': [product(`https://shop.test${'/'.repeat(1_000_000)}oak-bench`), product('https://shop.test/p/oak-stool//?ref=a#top')] }));
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(result).not.toBeInstanceOf(FeedError);
    expect((result as Exclude<typeof result, FeedError>).entries.map((e) => e.product.sku)).toEqual(['oak-bench', 'oak-stool']);
  }, 10_000);
});

describe('a copied fragment of a page', () => {
  it('is read for its JSON-LD whatever element it starts with; an RSS/Atom feed quoting a block stays a feed', () => {
    const fragment = `<div class="product">\n<script type="application/ld+json">${PRODUCT}</script>\n</div>\n`;
    expect(detectFeedFormat(fragment)).toBe('schema-org');
    expect((read(fragment) as Exclude<ReturnType<typeof read>, FeedError>).entries.map((e) => e.product.sku)).toEqual(['OAK-1']);
    const atom = `<?xml version="1.0"?>\n<!-- export -->\n<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="html"><![CDATA[<script type="application/ld+json">${PRODUCT}</script>]]></content></entry></feed>`;
    expect(detectFeedFormat(atom)).toBe('xml');
    expect(detectFeedFormat('<section><p>No data here</p></section>')).toBe('xml');
  });
});
