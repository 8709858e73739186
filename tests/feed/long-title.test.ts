import { describe, expect, it } from 'vitest';
import { FeedError, parseFeedText } from '../../brand-agent/feed/index.ts';
import { SHOP } from './feed-options.ts';

// A shop category nothing maps sends the mapper to the product's title: it reads it as far as the matcher does (300
// characters), so a title of any length costs the same (on main, 80,000 spaces took 6.5 s, growing with their square).

function shopify(title: string, productType: string) {
  return JSON.stringify({ products: [{ title, vendor: 'Atelier', product_type: productType, variants: [{ sku: 'A-1', price: '10.00' }] }] });
}

describe("the title's head noun as a category", () => {
  it('is looked for at once in a title with a million spaces', () => {
    const started = Date.now();
    expect(() => parseFeedText(shopify(`Oak${' '.repeat(1_000_000)}mug`, 'Zzzq'), SHOP)).toThrow(FeedError);
    expect(Date.now() - started).toBeLessThan(3_000);
  }, 10_000);

  it('still names the node of a title whose head noun is within its first 300 characters', () => {
    const feed = parseFeedText(shopify('Speckled ceramic mug - sage', 'Zzzq'), SHOP);
    expect(feed.entries.map((e) => e.product.category)).toEqual(['2169']);
    expect(feed.issues.map((i) => i.why)).toEqual([expect.stringMatching(/"Zzzq" names no Google product category; served under .*Mugs.*, which the title names/)]);
  });
});
