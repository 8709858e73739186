import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../../brand-agent/feed/index.ts';
import { FIXTURES, SHOP } from './feed-options.ts';

// A product the shop keeps off its store is not offered by its agent, whichever export states it and however:
// a WooCommerce variable product's draft/private status holds for its variations (whose own Published stays 1, as
// WooCommerce exports them), and a Shopify Admin product with published_at null is what Published FALSE is in the CSV.

const WOO = readFileSync(`${FIXTURES}/woocommerce-products.csv`, 'utf8');

function withParentPublished(value: string): string {
  return WOO.replace('101,variable,NV-HOOD,Organic Hoodie,1,', `101,variable,NV-HOOD,Organic Hoodie,${value},`);
}

describe('a product kept off the store is not served through its variants', () => {
  it('serves the variations of a published WooCommerce parent (control)', () => {
    const skus = parseFeedText(WOO, SHOP).entries.map((e) => e.product.sku);
    expect(skus).toEqual(expect.arrayContaining(['NV-HOOD-S', 'NV-HOOD-M']));
  });

  it.each([
    ['-1', 'a draft'],
    ['0', 'private or disabled'],
  ])('does not serve the variations of a WooCommerce parent with Published %s, and says why by the parent row', (value, what) => {
    const text = withParentPublished(value);
    expect(text).not.toBe(WOO);
    const feed = parseFeedText(text, SHOP);
    const skus = feed.entries.map((e) => e.product.sku);
    expect(skus).not.toContain('NV-HOOD-S');
    expect(skus).not.toContain('NV-HOOD-M');
    expect(skus).toContain('NV-MUG-BLUE');
    const lines = feed.issues.map((i) => `row ${i.row}, ${i.field}: ${i.why}`);
    expect(lines).toContain(`row 2, Published: ${what} (Published ${value}); not served`);
    // The parent's status is said once, not a second time as 'no variation rows'.
    expect(lines.filter((l) => l.startsWith('row 2,'))).toHaveLength(1);
  });

  it('does not serve a Shopify Admin product whose published_at is null (unpublished from the online store)', () => {
    const admin = JSON.parse(readFileSync(`${FIXTURES}/shopify-admin-products.json`, 'utf8')) as { products: Record<string, unknown>[] };
    const published = { ...admin.products[0]!, id: 8802, handle: 'linen-apron-2', published_at: '2026-01-04T10:00:00Z',
      variants: (admin.products[0]!.variants as Record<string, unknown>[]).map((v) => ({ ...v, sku: `${String(v.sku)}-2` })) };
    const hidden = { ...admin.products[0]!, published_at: null };
    const feed = parseFeedText(JSON.stringify({ products: [hidden, published] }), SHOP);
    expect(feed.entries.map((e) => e.product.sku)).toEqual(['AL-APR-NAT-2', 'AL-APR-IND-2']);
    expect(feed.issues.map((i) => `row ${i.row}, ${i.field}: ${i.why}`)).toContain('row 1, published_at: null: not published on the online store; not served');
  });
});
