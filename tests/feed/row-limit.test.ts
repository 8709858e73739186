import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../../brand-agent/feed/index.ts';
import { FIXTURES, SHOP } from './feed-options.ts';

// maxRows bounds what one file makes a brand serve, whatever the format, and a file cut short says so.

function servable(file: string, maxRows?: number): ReturnType<typeof parseFeedText> | undefined {
  try {
    return parseFeedText(readFileSync(`${FIXTURES}/${file}`, 'utf8'), { ...SHOP, ...(maxRows !== undefined ? { maxRows } : {}) });
  } catch {
    return undefined;
  }
}

const FILES = readdirSync(FIXTURES).filter((f) => (servable(f)?.entries.length ?? 0) > 1);

describe('the row limit', () => {
  it('finds fixtures of every shop format to check', () => {
    const formats = new Set(FILES.map((f) => servable(f)!.format));
    for (const format of ['shopify', 'shopify-csv', 'woocommerce', 'schema-org', 'tsv']) expect(formats).toContain(format);
  });

  it.each(FILES)('%s: never serves more than maxRows items, and reports the cut', (file) => {
    const all = servable(file)!.entries.length;
    for (let maxRows = 1; maxRows < all; maxRows++) {
      const feed = servable(file, maxRows);
      if (feed === undefined) continue;
      expect(feed.entries.length, `maxRows ${maxRows}`).toBeLessThanOrEqual(maxRows);
      expect(feed.issues.some((i) => i.field === '(file)' && /row limit/.test(i.why)), `maxRows ${maxRows}`).toBe(true);
    }
  });

  it('counts each Offer of a schema.org product sold per sku as one row', () => {
    const offers = Array.from({ length: 5 }, (_, i) => ({ '@type': 'Offer', sku: `STOOL-${i}`, price: '10.00', priceCurrency: 'EUR' }));
    const doc = { '@context': 'https://schema.org', '@type': 'Product', name: 'Oak stool', category: 'Furniture > Chairs', offers };
    const feed = parseFeedText(JSON.stringify(doc), { ...SHOP, maxRows: 2 });
    expect(feed.entries.map((e) => e.product.sku)).toEqual(['STOOL-0', 'STOOL-1']);
    expect(feed.issues).toContainEqual({ row: 3, field: '(file)', why: 'only the first 2 products are read (the row limit)' });
  });
});
