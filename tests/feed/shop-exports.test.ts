import { describe, expect, it } from 'vitest';
import { formatFeedReport, parseFeedText, readFeedFile } from '../../brand-agent/feed/index.ts';
import { FIXTURES, SHOP_TERMS, issueLines, servedEntry } from './feed-options.ts';

/** A shop's terms without a currency: each test says whether the file states one. */
const TERMS = SHOP_TERMS;

describe('a Shopify products.json', () => {
  it('serves each variant as a product with its own sku, price, stock and options as attributes (public shape)', () => {
    const feed = readFeedFile(`${FIXTURES}/shopify-products.json`, { ...TERMS, currency: 'EUR' });
    expect(feed.format).toBe('shopify');
    expect(feed.currency).toBe('EUR');
    expect(feed.rows).toBe(8);
    expect(feed.entries.map((e) => e.product.sku)).toEqual(['AL-MUG-SAGE', 'AL-MUG-OCHRE', 'AL-SWT-S-CHA', 'AL-SWT-M-CHA', 'AL-TEA-100', 'AL-TEA-250']);
    const sage = servedEntry(feed, 'AL-MUG-SAGE');
    expect(sage.product).toMatchObject({ title: 'Stoneware Mug (Sage)', maker: 'Atelier Lumen', category: '2169', attributes: { color: 'Sage', brand: 'Atelier Lumen', shipping_weight_kg: 0.35 } });
    // The price charged is the variant's price; compare_at_price (22.00) is a "was" price and never offered.
    expect(sage.price).toEqual({ amountMinor: 1800, currency: 'EUR' });
    expect(sage.stock).toBe(10);
    expect(servedEntry(feed, 'AL-MUG-OCHRE').stock).toBe(0);
    // Option names become shared attribute names: Size → size, Colour → color.
    expect(servedEntry(feed, 'AL-SWT-M-CHA').product.attributes).toMatchObject({ size: 'M', color: 'Charcoal' });
    // Only stated facts are claimed, none with invented evidence; vendor is the maker, not a claim.
    expect(sage.claims!.map((c) => c.attribute).sort()).toEqual(['color', 'shipping_weight_kg']);
    expect(sage.claims!.every((c) => c.evidence === undefined)).toBe(true);
  });

  it('reports bad and unmappable products by product number and Shopify field, and serves the rest', () => {
    const feed = readFeedFile(`${FIXTURES}/shopify-products.json`, { ...TERMS, currency: 'EUR' });
    expect(issueLines(feed)).toEqual([
      'row 2, product_type: no Google product category names "Knitwear" (in "Clothing > Knitwear"); served under "Apparel & Accessories > Clothing > Shirts & Tops", which the title names',
      'row 4, product_type: no category given, nor does the title; give a product type the Google taxonomy names (e.g. "Mugs", "Road bikes") or --category <Google id>',
      'row 5, variant 1 price: "on request" is not a price (write it like "15.00 EUR")',
    ]);
    expect(formatFeedReport(feed)[0]).toBe('6 of 8 products served from a Shopify products.json, in 3 categories');
  });

  it('serves a product without category words under --category, saying nothing when the shop chose it', () => {
    const feed = readFeedFile(`${FIXTURES}/shopify-products.json`, { ...TERMS, currency: 'EUR', defaultCategory: '5657' });
    expect(servedEntry(feed, 'AL-MYSTERY').product.category).toBe('5657');
    expect(feed.issues.filter((i) => i.row === 4)).toEqual([]);
  });

  it('reads the Admin API shape: tracked inventory, backorders, barcodes as GTIN only when valid, weight units', () => {
    const feed = readFeedFile(`${FIXTURES}/shopify-admin-products.json`, { ...TERMS, currency: 'EUR' });
    const natural = servedEntry(feed, 'AL-APR-NAT');
    expect(natural).toMatchObject({ stock: 7, price: { amountMinor: 3400, currency: 'EUR' }, product: { gtin: '2001234000017', category: '639', attributes: { color: 'Natural', shipping_weight_kg: 0.24 } } });
    const indigo = servedEntry(feed, 'AL-APR-IND');
    // inventory_quantity 0 with inventory_policy "continue" is a backorder: nothing in stock to promise.
    expect(indigo.stock).toBe(0);
    expect(indigo.product.gtin).toBeUndefined();
    expect(indigo.product.attributes.shipping_weight_kg).toBe(0.241);
    expect(issueLines(feed)).toEqual(['row 1, variant 2 barcode: "LUM-0002" is not a valid GTIN (8, 12, 13 or 14 digits with a correct check digit); served without one']);
  });

  it('leaves out draft and archived products (Admin status), saying so', () => {
    const products = ['active', 'draft', 'archived'].map((status, i) => ({ title: `Oak stool ${i}`, product_type: 'Stools', status, variants: [{ sku: `ST-${i}`, price: '85.00', inventory_quantity: 2, inventory_management: 'shopify' }] }));
    const feed = parseFeedText(JSON.stringify({ products }), { ...TERMS, currency: 'EUR' });
    expect(feed.entries.map((e) => e.product.sku)).toEqual(['ST-0']);
    expect(issueLines(feed)).toEqual(['row 2, status: "draft": not active in the shop; not served', 'row 3, status: "archived": not active in the shop; not served']);
  });
});

describe('a WooCommerce product CSV export', () => {
  it('serves simple products and variations (inheriting their parent\'s categories, brand, weight and fixed attributes)', () => {
    const feed = readFeedFile(`${FIXTURES}/woocommerce-products.csv`, { ...TERMS, currency: 'EUR' });
    expect(feed.format).toBe('woocommerce');
    expect(feed.entries.map((e) => e.product.sku)).toEqual(['NV-HOOD-S', 'NV-HOOD-M', 'NV-MUG-BLUE', 'NV-POT']);
    const small = servedEntry(feed, 'NV-HOOD-S');
    expect(small).toMatchObject({ stock: 4, price: { amountMinor: 5900 }, product: { title: 'Organic Hoodie - S', maker: 'Northvale', category: '1604', attributes: { size: 'S', material: 'Organic cotton', shipping_weight_kg: 0.6 } } });
    // The variable parent's list of sizes ("S, M, L") is the choice, not a fact of one variation.
    expect(small.product.attributes.size).toBe('S');
    // A sale price without dates applies; "In stock?" 0 means none to sell.
    expect(servedEntry(feed, 'NV-HOOD-M')).toMatchObject({ stock: 0, price: { amountMinor: 4900 } });
    expect(servedEntry(feed, 'NV-MUG-BLUE').product).toMatchObject({ gtin: '2001234000024', category: '2169', attributes: { color: 'Blue', shipping_length_cm: 9, shipping_height_cm: 10 } });
  });

  it('reports each row it cannot serve, or serves more broadly, by spreadsheet row and WooCommerce column', () => {
    const feed = readFeedFile(`${FIXTURES}/woocommerce-products.csv`, { ...TERMS, currency: 'EUR' });
    expect(issueLines(feed)).toEqual([
      'row 3, Categories: no Google product category names "Hoodies" (in "Clothing > Hoodies"); served under the broader "Apparel & Accessories > Clothing"',
      'row 4, Categories: no Google product category names "Hoodies" (in "Clothing > Hoodies"); served under the broader "Apparel & Accessories > Clothing"',
      'row 7, Regular price: "abc" is not a price (write it like "15.00 EUR")',
      'row 8, Published: a draft (Published -1); not served',
      'row 9, Type: an external (affiliate) product is sold on another site; not served',
      'row 10, GTIN, UPC, EAN, or ISBN: "1234567890123" is not a valid GTIN (8–14 digits with a correct check digit)',
      'row 11, Categories: "Uncategorized" names no Google product category, nor does the title; give a product type the Google taxonomy names (e.g. "Mugs", "Road bikes") or --category <Google id>',
    ]);
  });

  it('drops a sale price whose dates have passed, and names a missing parent', () => {
    const header = 'ID,Type,SKU,Name,Published,"In stock?",Stock,"Date sale price starts","Date sale price ends","Sale price","Regular price",Categories,Parent';
    const text = `${header}\n1,simple,S-1,Desk lamp,1,1,2,2020-01-01 00:00:00,2020-02-01 00:00:00,10.00,20.00,Lighting > Lamps,\n2,variation,S-2,Desk lamp - red,1,1,2,,,,21.00,,id:99\n`;
    const feed = parseFeedText(text, { ...TERMS, currency: 'EUR' });
    expect(servedEntry(feed, 'S-1').price.amountMinor).toBe(2000);
    expect(issueLines(feed)).toContain('row 3, Parent: "id:99" is no product in this file; served with this row\'s own facts only');
  });
});

describe('schema.org Product JSON-LD', () => {
  it('serves the Products of an ItemList and each ProductGroup variant, in the currency the offers state', () => {
    const feed = readFeedFile(`${FIXTURES}/schema-org-products.json`, TERMS);
    expect(feed.format).toBe('schema-org');
    expect(feed.currency).toBe('EUR');
    expect(feed.entries.map((e) => e.product.sku)).toEqual(['CA-ROAD-54', 'CA-HELM-M', 'CA-HELM-L']);
    const road = servedEntry(feed, 'CA-ROAD-54');
    expect(road).toMatchObject({ stock: 3, price: { amountMinor: 114900, currency: 'EUR' }, product: { gtin: '2001234000031', maker: 'Aster', category: '1026' } });
    expect(road.product.attributes).toEqual({ condition: 'new', brand: 'Aster', color: 'Petrol blue', material: 'Aluminium', weight_kg: 9.4, bike_type: 'road', frame_size_cm: 54, gears: 22 });
    expect(servedEntry(feed, 'CA-HELM-M').product).toMatchObject({ category: '1029', attributes: { size: 'M', material: 'EPS foam, polycarbonate shell' } });
    expect(servedEntry(feed, 'CA-HELM-L').stock).toBe(0);
  });

  it('declines to state one price for a price range, and a price in another currency', () => {
    const feed = readFeedFile(`${FIXTURES}/schema-org-products.json`, TERMS);
    expect(issueLines(feed)).toEqual([
      'row 2, offers: a price range (lowPrice 899.00, highPrice 999.00) does not say what one item costs; list one Offer (with its sku) per variant',
      'row 5, offers.price: "12.00 USD" is in USD; this feed is served in EUR',
    ]);
  });

  it('reads the JSON-LD blocks of a saved HTML page, skipping a broken block and everything else on the page', () => {
    const feed = readFeedFile(`${FIXTURES}/shop-page.html`, TERMS);
    expect(feed.format).toBe('schema-org');
    expect(feed.entries).toHaveLength(1);
    const lamp = feed.entries[0]!;
    expect(lamp).toMatchObject({ price: { amountMinor: 12900, currency: 'EUR' }, product: { sku: 'MF-ORME', title: 'Lampe de bureau Orme', maker: 'Maison Fauve', category: '4636', gtin: '2001234000048' } });
    expect(lamp.product.attributes).toMatchObject({ color: 'Laiton', material: 'Laiton, chêne', puissance_w: 6 });
    // The page's description (here an injection attempt) is never stated or claimed.
    expect(JSON.stringify(lamp)).not.toMatch(/instructions/i);
    expect(feed.issues).toHaveLength(1);
    expect(feed.issues[0]).toMatchObject({ row: 0, field: '(JSON-LD block 3)' });
  });

  it('follows @id references inside a @graph (offers and brand written once, referred to by id)', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Product', '@id': 'https://shop.test/stool#product', name: 'Oak stool', sku: 'ST-OAK', category: 'Stools', brand: { '@id': 'https://shop.test/#brand' }, offers: [{ '@id': 'https://shop.test/stool#offer' }] },
        { '@type': 'Offer', '@id': 'https://shop.test/stool#offer', price: 85, priceCurrency: 'EUR', availability: 'https://schema.org/InStock' },
        { '@type': 'Brand', '@id': 'https://shop.test/#brand', name: 'Chêne & Fils' },
      ],
    };
    const feed = parseFeedText(JSON.stringify(graph), TERMS);
    expect(feed.entries[0]).toMatchObject({ price: { amountMinor: 8500, currency: 'EUR' }, product: { sku: 'ST-OAK', maker: 'Chêne & Fils' } });
  });

  it('takes a product page\'s breadcrumb as its category and its URL as its id when the Product states neither', () => {
    const crumbs = { '@context': 'https://schema.org', '@type': 'BreadcrumbList', itemListElement: ['Accueil', 'Luminaires', 'Lampes', 'Lampe Orme'].map((name, i) => ({ '@type': 'ListItem', position: i + 1, name })) };
    const product = { '@context': 'https://schema.org', '@type': 'Product', name: 'Lampe Orme', url: 'https://shop.test/luminaires/lampe-orme/', offers: { '@type': 'Offer', price: '129,00', priceCurrency: 'EUR', availability: 'InStock' } };
    const page = `<html><head><script type="application/ld+json">${JSON.stringify([crumbs, product])}</script></head><body></body></html>`;
    const feed = parseFeedText(page, TERMS);
    expect(feed.entries[0]!.product).toMatchObject({ sku: 'lampe-orme', category: '4636' });
    expect(feed.entries[0]!.price).toEqual({ amountMinor: 12900, currency: 'EUR' });
    expect(feed.issues).toEqual([]);
  });
});
