import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseFeedText, readFeedFile } from '../../brand-agent/feed/index.ts';
import { FIXTURES, SHOP_TERMS, feedError } from './feed-options.ts';

const TERMS = SHOP_TERMS;
const dir = mkdtempSync(join(tmpdir(), 'majordome-shop-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('shop exports that cannot be served say why', () => {
  it('asks for --currency rather than guess one for Shopify and WooCommerce files, which state none', () => {
    for (const file of ['shopify-products.json', 'shopify-admin-products.json', 'woocommerce-products.csv', 'shopify-products.csv', 'woocommerce-produits-fr.csv', 'woocommerce-produkte-de.csv']) {
      const error = feedError(() => readFeedFile(`${FIXTURES}/${file}`, TERMS));
      expect(error.code, file).toBe('FEED_CURRENCY_MISSING');
      expect(error.message, file).toMatch(/states no currency, and Majordome will not guess one: give the shop's currency with --currency/);
    }
  });

  it('asks for --currency when no schema.org offer gives a priceCurrency, and takes the flag over the file', () => {
    const jsonLd = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Product', name: 'Oak stool', sku: 'ST-1', category: 'Stools', offers: { '@type': 'Offer', price: '85.00' } });
    expect(feedError(() => parseFeedText(jsonLd, TERMS)).code).toBe('FEED_CURRENCY_MISSING');
    const chf = parseFeedText(jsonLd, { ...TERMS, currency: 'CHF' });
    expect(chf).toMatchObject({ currency: 'CHF', entries: [{ price: { amountMinor: 8500, currency: 'CHF' } }] });
  });

  it('tells apart the formats by content, whatever the file is called', () => {
    const cases: Array<[string, string, string]> = [
      ['shopify-products.json', 'export.tsv', 'shopify'],
      ['woocommerce-products.csv', 'products.json', 'woocommerce'],
      ['shopify-products.csv', 'export.json', 'shopify-csv'],
      ['woocommerce-produkte-de.csv', 'feed.tsv', 'woocommerce'],
      ['shop-page.html', 'page.txt', 'schema-org'],
      ['velo-shop.tsv', 'feed.csv', 'tsv'],
      ['velo-shop.json', 'feed.xml', 'json'],
    ];
    for (const [fixture, name, format] of cases) {
      const path = join(dir, name);
      copyFileSync(`${FIXTURES}/${fixture}`, path);
      expect(readFeedFile(path, { ...TERMS, currency: 'EUR' }).format, fixture).toBe(format);
    }
  });

  it('reads an RSS feed quoting a JSON-LD script in an item as the Merchant feed it is', () => {
    const rss = '<?xml version="1.0"?><rss xmlns:g="http://base.google.com/ns/1.0"><channel><item><g:id>a1</g:id><g:title>Oak stool</g:title><description><![CDATA[<script type="application/ld+json">{}</script>]]></description><g:price>85.00 EUR</g:price><g:google_product_category>443</g:google_product_category></item></channel></rss>';
    const feed = parseFeedText(rss, TERMS);
    expect(feed.format).toBe('xml');
    expect(feed.entries.map((e) => e.product.sku)).toEqual(['a1']);
  });

  it('names the formats it reads when a JSON or CSV file is none of them', () => {
    const json = feedError(() => parseFeedText(JSON.stringify({ catalog: { things: [{ name: 'x' }] } }), TERMS));
    expect(json.code).toBe('FEED_MALFORMED');
    expect(json.message).toMatch(/Merchant Center JSON feed.*Shopify products\.json.*schema\.org JSON-LD/);
    const csv = feedError(() => parseFeedText('Product,Cost\nLamp,20\n', TERMS));
    expect(csv.message).toMatch(/a Merchant Center feed needs id, title and price, a WooCommerce product export Name and Regular price, a Shopify product CSV Handle and Variant Price/);
  });

  it('refuses an HTML page without JSON-LD, and JSON-LD without a Product, saying what is missing', () => {
    const page = feedError(() => parseFeedText('<!DOCTYPE html><html><body><h1>Lamp</h1><p>20 €</p></body></html>', TERMS));
    expect(page.code).toBe('FEED_UNRECOGNISED');
    expect(page.message).toMatch(/without a <script type="application\/ld\+json"> block/);
    const organisation = feedError(() => parseFeedText(JSON.stringify({ '@context': 'https://schema.org', '@type': 'Organization', name: 'Shop' }), TERMS));
    expect(organisation.code).toBe('FEED_UNRECOGNISED');
    expect(organisation.message).toMatch(/no schema\.org Product/);
  });

  it('reports the entries of a mixed file that are not of its format, and serves those that are', () => {
    const mixed = { products: [{ title: 'Oak stool', product_type: 'Stools', variants: [{ sku: 'ST-1', price: '85.00', available: true }] }, { id: 'M-1', title: 'Merchant row', price: '10.00 EUR' }, 'text'] };
    const feed = parseFeedText(JSON.stringify(mixed), { ...TERMS, currency: 'EUR' });
    expect(feed.format).toBe('shopify');
    expect(feed.entries.map((e) => e.product.sku)).toEqual(['ST-1']);
    expect(feed.issues).toEqual([
      { row: 2, field: 'variants', why: 'missing; in Shopify each variant is what is sold' },
      { row: 3, field: '(product)', why: 'not an object' },
    ]);
  });

  it('refuses a shop export where no product can be served, quoting the first problems', () => {
    const shopify = { products: [{ title: 'Widget', product_type: 'Thingamajigs', variants: [{ sku: 'W-1', price: '5.00', available: true }] }] };
    const error = feedError(() => parseFeedText(JSON.stringify(shopify), { ...TERMS, currency: 'EUR' }));
    expect(error.code).toBe('FEED_EMPTY');
    expect(error.message).toContain('row 1, product_type: "Thingamajigs" names no Google product category, nor does the title');
  });

  it('never crashes on deeply nested or hostile JSON-LD', () => {
    const deep = `{"@context":"https://schema.org","@graph":${'['.repeat(5000)}${']'.repeat(5000)}}`;
    expect(feedError(() => parseFeedText(deep, { ...TERMS, currency: 'EUR' })).code).toBe('FEED_UNRECOGNISED');
    const hostile = JSON.stringify({ '@context': 'https://schema.org', '@type': 'Product', name: 'Lamp', sku: '__proto__', category: 'Lamps', color: { '@value': { '@value': { '@value': { '@value': { '@value': 'red' } } } } }, additionalProperty: [{ name: 'constructor', value: 'x' }, { name: '💡', value: 'y' }], offers: { '@type': 'Offer', price: '20', priceCurrency: 'EUR' } });
    const feed = parseFeedText(hostile, TERMS);
    expect(feed.entries).toHaveLength(1);
    expect(Object.keys(feed.entries[0]!.product.attributes)).not.toContain('constructor');
    writeFileSync(join(dir, 'broken.html'), '<html><script type="application/ld+json">{ not json</script></html>');
    expect(feedError(() => readFeedFile(join(dir, 'broken.html'), TERMS)).code).toBe('FEED_UNRECOGNISED');
  });
});
