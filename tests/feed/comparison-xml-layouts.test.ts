import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeedError, parseFeedText } from '../../brand-agent/feed/index.ts';
import { readFeedAvailability } from '../../brand-agent/feed/read-feed-availability.ts';
import { readFeedPrice } from '../../brand-agent/feed/read-feed-price.ts';
import { SHOP_TERMS, servedEntry } from './feed-options.ts';

// Price-comparison XML layouts of Central and Southern Europe: Heureka's and Zboží's SHOP/SHOPITEM (PRICE_VAT,
// PRODUCTNAME, CATEGORYTEXT, DELIVERY_DATE as days to dispatch) and Skroutz's product with nested <variations>, each
// variation an offer of its own with its product's fields. Read through the shared XML reader and field names.

describe('comparison-site XML layouts', () => {
  it('reads SHOPITEMs priced by PRICE_VAT, their DELIVERY_DATE as days to dispatch or a pre-order day, not the shipping price', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<SHOP>
  <SHOPITEM><ITEM_ID>A-1</ITEM_ID><PRODUCTNAME>Farm set 62 pieces</PRODUCTNAME><PRODUCT>Farm</PRODUCT>
    <PRICE_VAT>1 299</PRICE_VAT><EAN>8591000001019</EAN><CATEGORYTEXT>Toys &amp; Games > Toys</CATEGORYTEXT>
    <DELIVERY_DATE>0</DELIVERY_DATE><DELIVERY><DELIVERY_ID>PPL</DELIVERY_ID><DELIVERY_PRICE>79</DELIVERY_PRICE></DELIVERY></SHOPITEM>
  <SHOPITEM><ITEM_ID>A-2</ITEM_ID><PRODUCTNAME>Balance bike 12"</PRODUCTNAME><PRICE_VAT>1 749,00</PRICE_VAT>
    <CATEGORYTEXT>Toys &amp; Games > Toys</CATEGORYTEXT><DELIVERY_DATE>2027-01-10</DELIVERY_DATE></SHOPITEM>
  <SHOPITEM><ITEM_ID>A-3</ITEM_ID><PRODUCTNAME>Memory game</PRODUCTNAME><PRICE_VAT>189</PRICE_VAT>
    <CATEGORYTEXT>Toys &amp; Games > Games</CATEGORYTEXT><DELIVERY_DATE>5</DELIVERY_DATE></SHOPITEM>
</SHOP>`;
    const feed = parseFeedText(xml, { ...SHOP_TERMS, currency: 'CZK' });
    expect(feed.entries.map((e) => [e.product.sku, e.product.title, e.price.amountMinor, e.stock > 0])).toEqual([
      ['A-1', 'Farm set 62 pieces', 129900, true],
      ['A-2', 'Balance bike 12"', 174900, false],
      ['A-3', 'Memory game', 18900, true],
    ]);
    expect(servedEntry(feed, 'A-1').product.gtin).toBe('8591000001019');
  });

  it('reads a PARAM as the field its PARAM_NAME names: Czech "Velikost" is the size, "Barva" the colour', () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<SHOP>
  <SHOPITEM><ITEM_ID>B-24</ITEM_ID><PRODUCTNAME>Wellington boots blue 24</PRODUCTNAME><PRICE_VAT>549</PRICE_VAT>
    <CATEGORYTEXT>Apparel &amp; Accessories > Shoes</CATEGORYTEXT><ITEMGROUP_ID>B</ITEMGROUP_ID>
    <PARAM><PARAM_NAME>Velikost</PARAM_NAME><VAL>24</VAL></PARAM><PARAM><PARAM_NAME>Barva</PARAM_NAME><VAL>modrá</VAL></PARAM>
    <PARAM><PARAM_NAME>Materiál</PARAM_NAME><VAL></VAL></PARAM><DELIVERY_DATE>0</DELIVERY_DATE></SHOPITEM>
</SHOP>`;
    const boots = servedEntry(parseFeedText(xml, { ...SHOP_TERMS, currency: 'CZK' }), 'B-24');
    expect([boots.product.attributes.size, boots.product.attributes.color]).toEqual(['24', 'modrá']);
  });

  it('serves each nested variation as an offer with its product\'s fields, and a product without variations as one', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<mywebstore><created_at>2026-12-06 05:00</created_at><products>
  <product><id>100</id><name><![CDATA[Leather sneakers white]]></name><category id="7"><![CDATA[Apparel & Accessories > Shoes]]></category>
    <price_with_vat>79.90</price_with_vat><vat>24.00</vat><manufacturer>Steps</manufacturer><ean></ean><size>41,42</size><quantity>5</quantity>
    <variations>
      <variation><variationid>100-41</variationid><ean>5201234004115</ean><price_with_vat>79.90</price_with_vat><size>41</size><quantity>3</quantity></variation>
      <variation><variationid>100-42</variationid><ean>5201234004214</ean><price_with_vat>84.90</price_with_vat><size>42</size><quantity>0</quantity></variation>
    </variations>
  </product>
  <product><id>200</id><name>Umbrella</name><category>Home &amp; Garden > Umbrellas &amp; Sunshades</category><price_with_vat>6,90</price_with_vat><quantity>7</quantity></product>
</products></mywebstore>`;
    const feed = parseFeedText(xml, { ...SHOP_TERMS, currency: 'EUR' });
    expect(feed.entries.map((e) => [e.product.sku, e.product.title, e.price.amountMinor, e.stock, e.product.gtin ?? null])).toEqual([
      ['100-41', 'Leather sneakers white', 7990, 3, '5201234004115'],
      ['100-42', 'Leather sneakers white', 8490, 0, '5201234004214'],
      ['200', 'Umbrella', 690, 7, null],
    ]);
    expect(servedEntry(feed, '100-42').product.attributes.size).toBe('42');
  });

  it('reads availability and prices as Nordic, Czech and Greek shops write them', () => {
    const said = ['I lager', 'Ej i lager', 'Tillfälligt slut', 'Beställningsvara', '1-2 dagar', 'Skladem', 'Άμεσα διαθέσιμο', 'Κατόπιν παραγγελίας'];
    expect(said.map((s) => readFeedAvailability(s))).toEqual(['in_stock', 'out_of_stock', 'out_of_stock', 'backorder', 'in_stock', 'in_stock', 'in_stock', 'backorder']);
    expect(readFeedPrice('2 495:-', 'SEK')).toEqual({ amountMinor: 249500 });
    expect(readFeedPrice('99:-', 'SEK')).toEqual({ amountMinor: 9900 });
  });

  it('refuses with a FeedError, never a crash, whatever nested variations hold', () => {
    const part = fc.oneof(fc.constantFrom('<variation>', '</variation>', '<variations>', '</variations>', '<price_with_vat>9.90</price_with_vat>', '<variationid>x</variationid>', '<![CDATA[', ']]>', '<', '&amp;'), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        const xml = `<mywebstore><products><product><id>1</id><name>N</name><price_with_vat>5.00</price_with_vat>${parts.join('')}</product></products></mywebstore>`;
        try {
          parseFeedText(xml, { ...SHOP_TERMS, currency: 'EUR', defaultCategory: '1253' });
        } catch (error) {
          expect(error).toBeInstanceOf(FeedError);
        }
      }),
      { numRuns: 300 },
    );
  });
});
