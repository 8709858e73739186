import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFeedFormat, FeedError, parseFeedText } from '../../brand-agent/feed/index.ts';
import { SHOP_TERMS, servedEntry } from './feed-options.ts';

// Many shop themes mark their products up with schema.org microdata (itemscope, itemtype, itemprop in the HTML) and
// embed no JSON-LD: such a page is read as the same schema.org nodes.

const NOW = Date.UTC(2026, 11, 6, 12);

const PAGE = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Lamps &amp; Shades</title>
<script>var card = '<div itemscope itemtype="https://schema.org/Product">';</script></head>
<body>
<div itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Lumen Store</span></div>
<ol itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><span itemprop="name">Home</span></li></ol>
<ul>
  <li itemscope itemtype="https://schema.org/Product">
    <h2 itemprop="name">Brass desk lamp</h2>
    <meta itemprop="sku" content="LMP-1"><meta itemprop="gtin13" content="4006381333931">
    <span itemprop="category">Lighting &gt; Lamps</span>
    <div itemprop="brand" itemscope itemtype="https://schema.org/Brand"><meta itemprop="name" content="Lumen"></div>
    <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
      <meta itemprop="priceCurrency" content="INR">
      <span itemprop="price" content="2499.00">&#8377;2,499</span> <s>&#8377;3,100</s>
      <link itemprop="availability" href="http://schema.org/InStock">
    </div>
  </li>
  <li itemscope itemtype="https://schema.org/Product">
    <h2 itemprop="name">Arc floor lamp</h2>
    <meta itemprop="sku" content="LMP-2">
    <span itemprop="category">Lighting &gt; Lamps</span>
    <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
      <meta itemprop="priceCurrency" content="INR">
      <p>Now <span itemprop="price">₹1,29,999</span></p>
      <link itemprop="availability" href="https://schema.org/OutOfStock">
    </div>
  </li>
  <li itemscope itemtype="https://schema.org/ProductGroup">
    <h2 itemprop="name">Linen lamp shade</h2>
    <meta itemprop="productGroupID" content="SHD">
    <span itemprop="category">Lighting &gt; Lamp Shades</span>
    <div itemprop="hasVariant" itemscope itemtype="https://schema.org/Product">
      <meta itemprop="name" content="Linen lamp shade - S"><meta itemprop="sku" content="SHD-S"><meta itemprop="size" content="S">
      <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="price" content="899"><meta itemprop="priceCurrency" content="INR"><link itemprop="availability" href="https://schema.org/InStock"></div>
    </div>
    <div itemprop="hasVariant" itemscope itemtype="https://schema.org/Product">
      <meta itemprop="name" content="Linen lamp shade - L"><meta itemprop="sku" content="SHD-L"><meta itemprop="size" content="L">
      <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="price" content="1099"><meta itemprop="priceCurrency" content="INR"><link itemprop="availability" href="https://schema.org/PreOrder"></div>
    </div>
  </li>
</ul></body></html>`;

describe('a page marking its products up with schema.org microdata', () => {
  it('is read as schema.org products: names, skus, GTINs, brands, categories, prices as content or text, availability, variants', () => {
    expect(detectFeedFormat(PAGE)).toBe('schema-org');
    const feed = parseFeedText(PAGE, { ...SHOP_TERMS, now: NOW });
    expect(feed.currency).toBe('INR');
    expect(feed.entries.map((e) => e.product.sku)).toEqual(['LMP-1', 'LMP-2', 'SHD-S', 'SHD-L']);
    const desk = servedEntry(feed, 'LMP-1');
    expect([desk.product.title, desk.product.gtin, desk.product.maker, desk.price.amountMinor, desk.stock > 0]).toEqual(['Brass desk lamp', '4006381333931', 'Lumen', 249900, true]);
    // The price written only as text, in lakhs (₹1,29,999), and out of stock.
    const arc = servedEntry(feed, 'LMP-2');
    expect([arc.price.amountMinor, arc.stock]).toEqual([12999900, 0]);
    expect(servedEntry(feed, 'SHD-S').product.attributes.size).toBe('S');
    expect([servedEntry(feed, 'SHD-S').price.amountMinor, servedEntry(feed, 'SHD-L').stock]).toEqual([89900, 0]);
  });

  it('reads a Merchant price grouped in lakhs and crores as the whole amount, and a "Rs." sign as rupees', () => {
    const tsv = 'id\ttitle\tprice\tgoogle_product_category\nA\tLamp\t1,29,999.00 INR\t4636\nB\tShade\tRs. 12,34,567\t4636\n';
    const feed = parseFeedText(tsv, { ...SHOP_TERMS, currency: 'INR' });
    expect(feed.entries.map((e) => e.price.amountMinor)).toEqual([12999900, 123456700]);
  });

  it('is still refused, saying why, when the page marks up no product', () => {
    const page = '<html><body><div itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Shop</span></div></body></html>';
    expect(() => parseFeedText(page, { ...SHOP_TERMS, currency: 'INR' })).toThrow(FeedError);
  });

  it('is served or refused with a FeedError, never crashes, whatever the markup', () => {
    const tag = fc.constantFrom('div', 'span', 'meta', 'link', 'li', 'p', 's', 'script', 'img');
    const attribute = fc.constantFrom(
      '', ' itemscope', ' itemscope itemtype="https://schema.org/Product"', ' itemscope itemtype="https://schema.org/Offer"', ' itemprop="offers"',
      ' itemprop="name"', ' itemprop="price" content="12.50"', ' itemprop="price"', ' itemprop="sku" content="A-1"', ' itemprop="category" content="4636"',
      ' itemprop="availability" href="https://schema.org/InStock"', ' itemprop="hasVariant"', ' itemprop="priceCurrency" content="INR"', ' content="x"',
    );
    const text = fc.constantFrom('', 'Lamp', '₹1,29,999', '12.50', '&amp;', '&#8377;', '<', '"', '-->', '<!--');
    const node: fc.Memo<string> = fc.memo((n) =>
      n <= 1
        ? fc.tuple(tag, attribute, text, fc.boolean()).map(([t, a, x, closed]) => `<${t}${a}>${x}${closed ? `</${t}>` : ''}`)
        : fc.tuple(tag, attribute, fc.array(node(n - 1), { maxLength: 4 }), fc.boolean()).map(([t, a, kids, closed]) => `<${t}${a}>${kids.join('')}${closed ? `</${t}>` : ''}`),
    );
    fc.assert(
      fc.property(node(4), (html) => {
        try {
          const feed = parseFeedText(`<html><body>${html}</body></html>`, { ...SHOP_TERMS, currency: 'INR', defaultCategory: '4636' });
          for (const entry of feed.entries) expect(Number.isSafeInteger(entry.price.amountMinor) && entry.price.amountMinor > 0).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(FeedError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
