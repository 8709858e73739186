import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FeedError, parseFeedText } from '../../brand-agent/feed/index.ts';
import { SHOP, SHOP_TERMS, feedError, issueLines } from './feed-options.ts';

// What offer feeds write in their own words, read through the shared readers: whole amounts written with a dash,
// Swiss apostrophes, status, hide and on-sale switches, option pairs numbered in words, a page's RDFa Lite products.

const served = (text: string, options = SHOP) => parseFeedText(text, options).entries.map((e) => [e.product.sku, e.price.amountMinor, e.stock]);

describe('offer feeds in their own words', () => {
  it('reads whole amounts written with a dash ("€ 2.199,-", "749.–") and a typographic apostrophe grouping thousands', () => {
    const text = 'sku;name;Prijs;google_product_category\nA;Fiets;€ 2.199,-;1025\nB;Helm;€ 89,95;1025\nC;Bel;€ 34,-;1025\n';
    expect(served(text)).toEqual([['A', 219900, 10], ['B', 8995, 10], ['C', 3400, 10]]);
    const swiss = 'sku;name;Preis;google_product_category\nA;Monitor;749.–;1025\nB;Phone;CHF 1’049.50;1025\nC;Laptop;1\'649.00;1025\n';
    expect(served(swiss, { ...SHOP_TERMS, currency: 'CHF' })).toEqual([['A', 74900, 10], ['B', 104950, 10], ['C', 164900, 10]]);
  });

  it('serves no row a status column calls offline, paused or ended, nor one its hide or call-for-price switch withdraws', () => {
    const text = 'sku\tname\tPrijs\tstatus\thide\tcall_for_price\tgoogle_product_category\nA\tLamp\t10.00\tEn ligne\t0\t0\t4636\nB\tLamp\t10.00\tHors ligne\t0\t0\t4636\nC\tLamp\t10.00\tPausada\t0\t0\t4636\nD\tLamp\t10.00\tactive\t1\t0\t4636\nE\tLamp\t10.00\tactive\t0\t1\t4636\n';
    const feed = parseFeedText(text, SHOP);
    expect(feed.entries.map((e) => e.product.sku)).toEqual(['A']);
    expect(issueLines(feed)).toEqual(['row 3, status: "Hors ligne": not for sale; not served', 'row 4, status: "Pausada": not for sale; not served', 'row 5, hide: "1": not for sale; not served', 'row 6, call_for_price: "1": not for sale; not served']);
  });

  it('serves no row a Portuguese "Exibir na loja" switch says NÃO to, and keeps the one it says SIM to', () => {
    const text = 'sku;nome;Preço;Exibir na loja;Frete gratis;google_product_category\nA;Vestido;259,90;SIM;NÃO;2271\nB;Vestido;199,90;NÃO;SIM;2271\n';
    const feed = parseFeedText(text, { ...SHOP_TERMS, currency: 'BRL' });
    expect(feed.entries.map((e) => e.product.sku)).toEqual(['A']);
    expect(issueLines(feed)).toContain('row 3, exibir_na_loja: "NÃO": not for sale; not served');
  });

  it('asks for the currency of an export whose columns are mostly in no Merchant words, though it names id, title and price', () => {
    const shift4shop = 'catalogid,id,name,mfgid,distributor,cost,price,saleprice,onsale,stock,weight,minorder,date_created,hide,eproduct,title\n1001,WT-1,Robot,TR-01,,6.10,18.99,0.00,0,4,0.60,1,3/14/2024,0,0,\n';
    expect(feedError(() => parseFeedText(shift4shop, { ...SHOP_TERMS, defaultCategory: '1253' })).code).toBe('FEED_CURRENCY_MISSING');
    // A Merchant feed with a column or two of its own is still served in EUR, as before.
    const merchant = 'id\ttitle\tprice\tlink\tbrand\tcustom_label_0\nA\tRobot\t18.99\thttps://x.example/a\tTin\tpromo\n';
    expect(parseFeedText(merchant, { ...SHOP_TERMS, defaultCategory: '1253' }).currency).toBe('EUR');
  });

  it('offers a sale price only when the row\'s on-sale switch is on', () => {
    const text = 'id,title,price,saleprice,onsale,google_product_category\nA,Robot,18.99,14.99,1,1253\nB,Blocks,34.00,29.00,0,1253\nC,Puzzle,12.99,0.00,0,1253\n';
    expect(served(text, { ...SHOP_TERMS, currency: 'USD' })).toEqual([['A', 1499, 10], ['B', 3400, 10], ['C', 1299, 10]]);
  });

  it('reads option name/value pairs numbered in words ("variant_option_one_name") as the attributes they name', () => {
    const text = 'sku,name,price,variant_option_one_name,variant_option_one_value,variant_option_two_name,variant_option_two_value,google_product_category\nA,Sock,35.00,Size,L,Colour,Charcoal,187\n';
    const feed = parseFeedText(text, SHOP);
    expect(feed.entries[0]!.product.attributes).toMatchObject({ size: 'L', color: 'Charcoal' });
  });

  it('adds a tax amount to the price it is the tax on (a whole or half percent of it), never to one it is already in', () => {
    // 26.09 is 15 % of 173.91 (net: paid 200.00); 26.09 is 15 % of 173.91 inside 200.00 too, so on 200.00 it is kept.
    const text = 'sku,name,retail_price,tax_value,type\nA,Trail shoe,173.91,26.09,Shoes\nB,Trail shoe,200.00,26.09,Shoes\nC,Sock,30.43,4.57,Shoes\n';
    expect(served(text, { ...SHOP_TERMS, currency: 'NZD' }).map(([sku, price]) => [sku, price])).toEqual([['A', 20000], ['B', 20000], ['C', 3500]]);
  });

  it('offers a sale price only until the end date its own column gives ("Aktion gültig bis"), that whole day included', () => {
    const text = 'Artikelnummer;Produktbezeichnung;Preis inkl. MwSt.;Aktionspreis;Aktion gültig bis;google_product_category\nA;Kopfhörer;389.00;299.00;31.12.2026;1025\nB;Kopfhörer;389.00;319.00;30.11.2026;1025\nC;Kaffeemaschine;1299.00;1099.00;06.12.2026;1025\nD;Staubsauger;699.00;599.00;;1025\n';
    expect(served(text, { ...SHOP_TERMS, currency: 'CHF', now: Date.UTC(2026, 11, 6, 12) }).map(([sku, price]) => [sku, price])).toEqual([['A', 29900], ['B', 38900], ['C', 109900], ['D', 59900]]);
  });

  it('reads "an Lager" as in stock and "nicht an Lager" as not', () => {
    const text = 'sku;name;Preis;Verfügbarkeit;google_product_category\nA;Kabel;9.90;an Lager;1025\nB;Kabel;9.90;nicht an Lager;1025\n';
    expect(served(text, { ...SHOP_TERMS, currency: 'CHF' })).toEqual([['A', 990, 10], ['B', 990, 0]]);
  });

  it('files a row whose category path names no Google category where most rows under the same parent path are served', () => {
    const text = 'id\ttitle\tprice\tproduct_type\nA\tStoneware mug\t12.00 EUR\tChez Zoé > Mugs\nB\tFrying pan\t30.00 EUR\tChez Zoé > Frying Pans\nC\tZorble\t9.00 EUR\tChez Zoé > Zorbles\nD\tZorble\t9.00 EUR\tAtelier > Zorbles\n';
    const feed = parseFeedText(text, SHOP_TERMS);
    expect(feed.entries.map((e) => [e.product.sku, e.product.category])).toEqual([['A', '2169'], ['B', '662'], ['C', '638']]);
    expect(issueLines(feed)).toContain('row 4, product_type: "Chez Zoé > Zorbles" names no Google product category; served under "Home & Garden > Kitchen & Dining", where most of the file\'s other products under "Chez Zoé" are');
  });

  it('files a row of an offer feed without any category column by what its title names', () => {
    const text = 'sku;name;Preis\nA;Stoneware mug;12.00\n';
    expect(parseFeedText(text, SHOP).entries[0]!.product.category).toBe('2169');
  });
});

describe('a page marking its products up with RDFa Lite', () => {
  const page = `<html><head><meta property="og:type" content="website"><meta property="og:title" content="Menaje"></head><body vocab="https://schema.org/">
<ol typeof="BreadcrumbList"><li property="itemListElement" typeof="ListItem"><span property="name">Inicio</span></li></ol>
<ul><li typeof="Product"><span property="name">Stoneware mug</span><meta property="sku" content="M-1"><meta property="gtin13" content="4006381333931">
<div property="offers" typeof="Offer"><meta property="price" content="12.50"><meta property="priceCurrency" content="EUR"><link property="availability" href="https://schema.org/InStock"></div></li>
<li typeof="Product"><span property="name">Enamel mug</span><meta property="sku" content="M-2">
<div property="offers" typeof="Offer"><span property="price" content="9.00">9,00&nbsp;€</span><meta property="priceCurrency" content="EUR"><link property="availability" href="https://schema.org/OutOfStock"></div></li></ul></body></html>`;

  it('is read as schema.org products, the Open Graph and breadcrumb markup left out', () => {
    const feed = parseFeedText(page, { ...SHOP_TERMS, defaultCategory: '2169' });
    expect(feed.format).toBe('schema-org');
    expect(feed.currency).toBe('EUR');
    expect(feed.entries.map((e) => [e.product.sku, e.product.title, e.price.amountMinor, e.product.gtin ?? null, e.stock > 0])).toEqual([
      ['M-1', 'Stoneware mug', 1250, '4006381333931', true],
      ['M-2', 'Enamel mug', 900, null, false],
    ]);
  });

  it('is served or refused with a FeedError, never crashes, whatever the RDFa', () => {
    const tag = fc.constantFrom('div', 'span', 'meta', 'link', 'li');
    const attribute = fc.constantFrom('', ' typeof="Product"', ' typeof="Offer"', ' property="offers"', ' property="name"', ' property="price" content="12.50"', ' property="sku" content="A-1"', ' property="og:title" content="x"', ' typeof=""', ' property=""', ' vocab="https://schema.org/"');
    const text = fc.constantFrom('', 'Mug', '12.50', '&amp;', '<', '"');
    const node: fc.Memo<string> = fc.memo((n) =>
      n <= 1
        ? fc.tuple(tag, attribute, text).map(([t, a, x]) => `<${t}${a}>${x}</${t}>`)
        : fc.tuple(tag, attribute, fc.array(node(n - 1), { maxLength: 4 })).map(([t, a, kids]) => `<${t}${a}>${kids.join('')}</${t}>`),
    );
    fc.assert(
      fc.property(node(4), (html) => {
        try {
          const feed = parseFeedText(`<html><body vocab="https://schema.org/">${html}</body></html>`, { ...SHOP_TERMS, currency: 'EUR', defaultCategory: '2169' });
          for (const entry of feed.entries) expect(Number.isSafeInteger(entry.price.amountMinor) && entry.price.amountMinor > 0).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(FeedError);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});
