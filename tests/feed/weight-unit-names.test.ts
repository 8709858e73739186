import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../../brand-agent/feed/index.ts';
import { FIXTURES, SHOP } from './feed-options.ts';

// A weight unit is looked up among the units shop exports write, never among an object's own names: on main a Shopify
// variant's `weight_unit: "constructor"` read as a unit (a NaN weight) and a WooCommerce column "Weight (constructor)"
// stopped the whole file (the unit read as a function).

const ADMIN = JSON.parse(readFileSync(`${FIXTURES}/shopify-admin-products.json`, 'utf8')) as { products: Array<Record<string, unknown>> };
const WOO = readFileSync(`${FIXTURES}/woocommerce-products.csv`, 'utf8');

/** The Shopify Admin fixture with its Indigo variant (no grams; 8.5 oz) weighed in `unit`. */
function shopifyWeighedIn(unit: string): string {
  const product = ADMIN.products[0]!;
  const variants = (product.variants as Array<Record<string, unknown>>).map((v) => (v.sku === 'AL-APR-IND' ? { ...v, weight_unit: unit } : v));
  return JSON.stringify({ products: [{ ...product, variants }, ...ADMIN.products.slice(1)] });
}

describe('a weight unit named like an object property', () => {
  it('reads the Shopify variant weight in a real unit (control)', () => {
    const indigo = parseFeedText(shopifyWeighedIn('OZ'), SHOP).entries.find((e) => e.product.sku === 'AL-APR-IND');
    expect(indigo?.product.attributes.shipping_weight_kg).toBe(0.241);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('states no weight for a Shopify variant weighed in "%s"', (unit) => {
    const feed = parseFeedText(shopifyWeighedIn(unit), SHOP);
    const indigo = feed.entries.find((e) => e.product.sku === 'AL-APR-IND');
    expect(indigo).toBeDefined();
    expect(indigo!.product.attributes).not.toHaveProperty('shipping_weight_kg');
    expect(feed.entries.every((e) => !Number.isNaN(Number(e.product.attributes.shipping_weight_kg ?? 0)))).toBe(true);
  });

  it.each(['constructor', 'toString'])('keeps a WooCommerce "Weight (%s)" column as stated, not as kilograms, and reads the rest of the file', (unit) => {
    const text = WOO.replace('"Weight (kg)"', `"Weight (${unit})"`);
    expect(text).not.toBe(WOO);
    const feed = parseFeedText(text, SHOP);
    expect(feed.entries.length).toBe(parseFeedText(WOO, SHOP).entries.length);
    for (const entry of feed.entries) expect(entry.product.attributes).not.toHaveProperty('shipping_weight_kg');
  });
});
