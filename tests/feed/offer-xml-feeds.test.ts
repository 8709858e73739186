import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeedError, parseFeedText } from '../../brand-agent/feed/index.ts';
import { SHOP, SHOP_TERMS, issueLines, servedEntry } from './feed-options.ts';

// Price-comparison XML feeds name their offer element as they like (<product>, <offer>, <o>) and put fields in
// attributes (<o id="…" price="…">) or in name-attributed elements (<param name="EAN">); the element that holds the
// prices is each offer, read like an RSS item under other field names.

describe('an XML offer feed whose offers are no RSS <item>', () => {
  it('reads the element that holds the prices, its attributes and its name-attributed fields, as offers', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<shop><offers>
  <offer sku="LMP-1" price="89.00" stock="3" avail="1"><name><![CDATA[Lampe Arco]]></name><cat>4636</cat>
    <params><param name="EAN">4006381333931</param><param name="Colour">brass</param></params></offer>
  <offer sku="LMP-2" price="99.00" stock="0" avail="1"><name>Lampe Arco XL</name><cat>4636</cat></offer>
  <offer sku="LMP-3" price="49.00" avail="0"><name>Lampe Mini</name><cat>4636</cat></offer>
  <offer sku="LMP-4" price="59.00" status="draft"><name>Lampe Neu</name><cat>4636</cat></offer>
</offers></shop>`;
    const feed = parseFeedText(xml, SHOP);
    expect(feed.entries.map((e) => e.product.sku)).toEqual(['LMP-1', 'LMP-2', 'LMP-3']);
    const lamp = servedEntry(feed, 'LMP-1');
    expect(lamp.price.amountMinor).toBe(8900);
    expect(lamp.stock).toBe(3);
    expect(lamp.product.gtin).toBe('4006381333931');
    expect(lamp.product.attributes.color).toBe('brass');
    expect(servedEntry(feed, 'LMP-2').stock).toBe(0);
    expect(servedEntry(feed, 'LMP-3').stock).toBe(0);
    expect(issueLines(feed)).toEqual(['row 4, status: "draft": not for sale; not served']);
  });

  it('takes the currency from a currency column, and serves an availability it cannot read as out of stock, saying so', () => {
    const xml = `<products>
  <product><offer-id>T-1</offer-id><title>Tente 2 places</title><price>1290.00</price><currency>CHF</currency><merchant-category>1022</merchant-category><availability>1</availability></product>
  <product><offer-id>T-2</offer-id><title>Tente 3 places</title><price>1490.00</price><currency>CHF</currency><merchant-category>1022</merchant-category><availability>4</availability></product>
</products>`;
    const feed = parseFeedText(xml, { ...SHOP_TERMS });
    expect(feed.currency).toBe('CHF');
    expect(servedEntry(feed, 'T-1').stock).toBeGreaterThan(0);
    expect(servedEntry(feed, 'T-2').stock).toBe(0);
    expect(issueLines(feed)).toEqual(['row 2, availability: "4" is not one of in_stock, out_of_stock, preorder, backorder (nor a shop\'s words for them, or a delivery time); served as out of stock']);
  });

  it("reads a numeric condition as the price-comparison feed's code (0 new, 1 used, 2 refurbished), not as a refusal", () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<products>
  <product><offer-id>K-1</offer-id><title>Théière fonte 0,8 L</title><price>39.00</price><currency>EUR</currency><merchant-category>638</merchant-category><availability>1</availability><condition>0</condition></product>
  <product><offer-id>K-2</offer-id><title>Théière fonte 1,2 L</title><price>29.00</price><currency>EUR</currency><merchant-category>638</merchant-category><availability>1</availability><condition>2</condition></product>
  <product><offer-id>K-3</offer-id><title>Théière verre</title><price>19.00</price><currency>EUR</currency><merchant-category>638</merchant-category><condition>1</condition></product>
</products>`;
    const feed = parseFeedText(xml, { ...SHOP_TERMS });
    expect(feed.entries.map((e) => [e.product.sku, e.product.attributes.condition])).toEqual([['K-1', 'new'], ['K-2', 'refurbished'], ['K-3', 'used']]);
    // A Merchant feed states the words: a code there is still no condition.
    const merchant = 'id\ttitle\tprice\tgoogle_product_category\tcondition\nM-1\tTeapot\t39.00 EUR\t638\t0\n';
    expect(() => parseFeedText(merchant, SHOP)).toThrow(FeedError);
  });

  it('is served or refused with a FeedError, never crashes, whatever the elements and attributes', () => {
    const name = fc.constantFrom('offer', 'o', 'product', 'price', 'name', 'title', 'id', 'a', 'attrs', 'cat', 'avail');
    const value = fc.constantFrom('', '1', '0', '12.50', '1.299', 'x', 'Lampe', '4636', '&amp;', '<![CDATA[a<b]]>', 'draft');
    const node: fc.Memo<string> = fc.memo((n) =>
      n <= 1
        ? fc.tuple(name, value).map(([t, v]) => `<${t}>${v}</${t}>`)
        : fc.tuple(name, fc.option(fc.tuple(fc.constantFrom('price', 'id', 'name', 'stock'), value)), fc.array(node(n - 1), { maxLength: 4 })).map(([t, attr, kids]) => `<${t}${attr ? ` ${attr[0]}="${attr[1].replace(/[<"&]/g, '')}"` : ''}>${kids.join('')}</${t}>`),
    );
    fc.assert(
      fc.property(node(4), (xml) => {
        try {
          const feed = parseFeedText(`<root>${xml}</root>`, { ...SHOP, format: 'xml', defaultCategory: '4636' });
          for (const entry of feed.entries) expect(Number.isSafeInteger(entry.price.amountMinor) && entry.price.amountMinor > 0).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(FeedError);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('an offer feed that states no currency', () => {
  it('is asked for one (FEED_CURRENCY_MISSING), where a Merchant Center feed in its own words is served in EUR as before', () => {
    const offers = '<offers><o id="1" price="12.00"><name>Kubek</name><cat>2169</cat></o></offers>';
    const error = (() => { try { parseFeedText(offers, SHOP_TERMS); } catch (e) { return e as FeedError; } return undefined; })();
    expect(error?.code).toBe('FEED_CURRENCY_MISSING');
    expect(error?.message).toMatch(/offer feed in its own field names states no currency/);
    expect(parseFeedText(offers, { ...SHOP_TERMS, currency: 'PLN' }).currency).toBe('PLN');
    const csv = (() => { try { parseFeedText('sku;name;price;category\nK-1;Kubek;12,00;2169\n', SHOP_TERMS); } catch (e) { return (e as FeedError).code; } return 'served'; })();
    expect(csv).toBe('FEED_CURRENCY_MISSING');
    expect(parseFeedText('id\ttitle\tprice\tgoogle_product_category\nK-1\tMug\t12.00\t2169\n', SHOP_TERMS).currency).toBe('EUR');
  });
});
