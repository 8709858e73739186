import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseFeedText } from '../../brand-agent/feed/index.ts';
import { readFeedAvailability } from '../../brand-agent/feed/read-feed-availability.ts';
import { loadGoogleTaxonomy } from '../../protocol/index.ts';
import { SHOP, SHOP_TERMS, issueLines, servedEntry } from './feed-options.ts';

// Price-comparison offer feeds (Trovaprezzi, idealo, affiliate networks) are Merchant Center's shape — one offer a row —
// under their own column names, often in the shop's language, with availability in words or as a delivery time.

describe('a price-comparison offer feed', () => {
  it('reads a "|"-delimited feed whose rows end with <endrecord>, its columns named in Italian', () => {
    const text = [
      'Nome|Marca|Prezzo originale|Prezzo vendita|Codice interno|Disponibilita|Categoria|EAN|<endrecord>',
      'Teiera in ghisa, 0,8 l|Ferro|39,90|34,50|T-08|Disponibile|6066|4006381333931|<endrecord>',
      'Teiera in ghisa, 1,2 l|Ferro|44,90||T-12|Esaurito|6066||<endrecord>',
      'Tazza|Ferro|9,90||T-CUP|Non disponibile|6066||<endrecord>',
      'Bollitore|Ferro|59,00||K-1|Disponibilità limitata|6066||<endrecord>',
    ].join('\r\n');
    const feed = parseFeedText(text, SHOP);
    expect(feed.entries.map((e) => e.product.sku)).toEqual(['T-08', 'T-12', 'T-CUP', 'K-1']);
    const pot = servedEntry(feed, 'T-08');
    // The selling price is what the buyer pays; the original price is served when no selling price is given.
    expect(pot.price.amountMinor).toBe(3450);
    expect(pot.product.title).toBe('Teiera in ghisa, 0,8 l');
    expect(pot.product.gtin).toBe('4006381333931');
    expect(pot.product.maker).toBe('Ferro');
    expect(pot.stock).toBeGreaterThan(0);
    expect(servedEntry(feed, 'T-12').price.amountMinor).toBe(4490);
    expect(servedEntry(feed, 'T-12').stock).toBe(0);
    expect(servedEntry(feed, 'T-CUP').stock).toBe(0);
    expect(servedEntry(feed, 'K-1').stock).toBeGreaterThan(0);
  });

  it('reads an offer CSV keyed by sku, its availability a delivery time, its EAN column listing two codes', () => {
    const text = [
      '"sku","title","categoryPath","eans","price","formerPrices","deliveryTime","size","colour"',
      '"W-40","Wanderschuh Gr. 40","187","4006381333931;04006381333931","89.95","119.95","1-3 Werktage","40","grau"',
      '"W-41","Wanderschuh Gr. 41","187","","89.95","119.95","derzeit nicht lieferbar","41","grau"',
      '"W-42","Wanderschuh Gr. 42","187","","89.95","","sofort lieferbar","42","grau"',
    ].join('\r\n');
    const feed = parseFeedText(text, SHOP);
    expect(issueLines(feed).filter((l) => !l.includes('size'))).toEqual([]);
    const first = servedEntry(feed, 'W-40');
    expect(first.price.amountMinor).toBe(8995);
    expect(first.product.gtin).toBe('4006381333931');
    expect(first.stock).toBeGreaterThan(0);
    expect(first.product.attributes.color).toBe('grau');
    expect(servedEntry(feed, 'W-41').stock).toBe(0);
    expect(servedEntry(feed, 'W-42').stock).toBeGreaterThan(0);
  });

  it('reads options written as numbered name/value column pairs, and serves no draft, archived or inactive row', () => {
    const text = [
      'seller_sku,product_name,category,price,quantity,identifier_code,property_name_1,property_value_1,property_name_2,property_value_2,product_status,active',
      'TS-S-RED,Cotton tee,T-Shirts,12.00,4,4006381333931,Colour,Red,Size,S,Active,',
      'TS-M-RED,Cotton tee,T-Shirts,12.00,0,,Size,M,Colour,Red,Active,true',
      'TS-L-RED,Cotton tee,T-Shirts,12.00,2,,Size,L,Colour,Red,Draft,',
      'TS-XL-RED,Cotton tee,T-Shirts,12.00,2,,Size,XL,Colour,Red,,False',
    ].join('\n');
    const feed = parseFeedText(text, SHOP);
    expect(feed.entries.map((e) => e.product.sku)).toEqual(['TS-S-RED', 'TS-M-RED']);
    expect(servedEntry(feed, 'TS-S-RED').product.attributes).toMatchObject({ color: 'Red', size: 'S' });
    expect(servedEntry(feed, 'TS-S-RED').product.gtin).toBe('4006381333931');
    expect(servedEntry(feed, 'TS-M-RED').product.attributes).toMatchObject({ color: 'Red', size: 'M' });
    expect(issueLines(feed)).toEqual(['row 4, product_status: "Draft": not for sale; not served', 'row 5, active: "False": not for sale; not served']);
  });

  it('reads language-suffixed columns, a variant\'s options listed in one cell, category levels in columns, and stock levels', () => {
    const text = [
      'SKU;Title_Short_DE;Title_Long_DE;Price_Excl;Price_Incl;Category_1;Category_2;Variant_DE;Stock_Level;Visible;',
      'MUG-BL;Becher Fjord;Becher Fjord aus Steinzeug;16,72;19,90;Küche;Becher;Farbe : Blau;3;Y;',
      'MUG-GR;Becher Fjord;Becher Fjord aus Steinzeug;16,72;19,90;Küche;Becher;Farbe : Grün;0;Y;',
      'MUG-OLD;Becher Alt;Becher Alt;8,32;9,90;Küche;Becher;Standard;5;N;',
    ].join('\r\n');
    const feed = parseFeedText(text, SHOP);
    expect(feed.entries.map((e) => e.product.sku)).toEqual(['MUG-BL', 'MUG-GR']);
    const blue = servedEntry(feed, 'MUG-BL');
    expect([blue.product.title, blue.price.amountMinor, blue.stock, blue.product.attributes.color]).toEqual(['Becher Fjord', 1990, 3, 'Blau']);
    expect(servedEntry(feed, 'MUG-GR').stock).toBe(0);
    expect(loadGoogleTaxonomy().pathText(blue.product.category)).toMatch(/> Mugs$/);
    expect(issueLines(feed)).toEqual(['row 4, visible: "N": not for sale; not served']);
  });

  it('reads an ERP variant list with German labels: options as "Name: value" pairs, a currency column, a not-for-sale switch', () => {
    const text = [
      '"Interne Referenz","Name","Variantenwerte","Verkaufspreis","Währung","Barcode","Produktkategorie","Kann verkauft werden","Menge auf Lager"',
      '"J-M-BLAU","Regenjacke Fjord","Größe: M, Farbe: Blau","149.0","CHF","4006381333931","Alle / Bekleidung / Jacken","True","2.0"',
      '"J-L-BLAU","Regenjacke Fjord","Größe: L, Farbe: Blau","149.0","CHF","","Alle / Bekleidung / Jacken","True","0.0"',
      '"WS-1","Werkstattteil","","12.0","CHF","","Alle / Intern","False","40.0"',
    ].join('\n');
    const feed = parseFeedText(text, SHOP_TERMS);
    expect(feed.currency).toBe('CHF');
    expect(feed.entries.map((e) => e.product.sku)).toEqual(['J-M-BLAU', 'J-L-BLAU']);
    expect(servedEntry(feed, 'J-M-BLAU').product.attributes).toMatchObject({ size: 'M', color: 'Blau' });
    expect([servedEntry(feed, 'J-M-BLAU').stock, servedEntry(feed, 'J-L-BLAU').stock]).toEqual([2, 0]);
    expect(issueLines(feed)).toContain('row 4, kann_verkauft_werden: "False": not for sale; not served');
  });

  it('serves a net price with the tax the row states added: an ERP\'s customer taxes not included, a price column named net', () => {
    // An ERP list export (English labels): the sales price is net of the customer taxes it names, unless a tax says it
    // is included in the price.
    const erp = [
      '"Internal Reference","Name","Sales Price","Currency","Customer Taxes","Product Category","Quantity On Hand"',
      '"LMP-1","Brass desk lamp","100.0","EUR","19%","All / Lighting / Lamps","3.0"',
      '"LMP-2","Brass floor lamp","238.0","EUR","19% incl.","All / Lighting / Lamps","1.0"',
      '"LMP-3","Paper lamp shade","20.0","EUR","","All / Lighting / Lamps","5.0"',
    ].join('\n');
    const feed = parseFeedText(erp, SHOP_TERMS);
    expect(feed.entries.map((e) => [e.product.sku, e.price.amountMinor])).toEqual([['LMP-1', 11900], ['LMP-2', 23800], ['LMP-3', 2000]]);
    // A file writing only a net price column beside a tax rate; one writing the price with tax keeps it.
    const net = 'sku;name;price_excl;tax;category\nM-1;Stoneware mug;12,40;21%;Mugs\n';
    expect(servedEntry(parseFeedText(net, SHOP), 'M-1').price.amountMinor).toBe(1500);
    const both = 'sku;name;price_excl;price_incl;tax;category\nM-1;Stoneware mug;12,40;15,00;21%;Mugs\n';
    expect(servedEntry(parseFeedText(both, SHOP), 'M-1').price.amountMinor).toBe(1500);
  });

  it('reads a point-of-sale item export: a sale price without dates, stock per location, sold beyond stock, a kind of size', () => {
    const text = [
      'Item Name,SKU,Price,Online Sale Price,Categories,Option Name 1,Option Value 1,Current Quantity Downtown,Current Quantity Harbour,Archived,Sellable',
      'Stoneware mug,MUG-8,14.00,11.50,Mugs,Cup Size,8 oz,3,2,N,Y',
      'Stoneware mug,MUG-12,16.00,,Mugs,Cup Size,12 oz,-2,0,N,Y',
      'Stoneware mug,MUG-16,18.00,,Mugs,Cup Size,16 oz,,,N,Y',
      'Glaze sample,GLZ-1,2.00,,Mugs,,,5,5,N,N',
      'Old mug,MUG-OLD,9.00,,Mugs,,,4,0,Y,Y',
    ].join('\n');
    const feed = parseFeedText(text, { ...SHOP_TERMS, currency: 'USD' });
    expect(feed.entries.map((e) => [e.product.sku, e.price.amountMinor, e.stock, e.product.attributes.size])).toEqual([
      ['MUG-8', 1150, 5, '8 oz'],
      ['MUG-12', 1600, 0, '12 oz'],
      // Not counted at any location: untracked, served with the shop's default stock.
      ['MUG-16', 1800, SHOP_TERMS.defaultStock, '16 oz'],
    ]);
    expect(issueLines(feed)).toEqual([
      'row 3, current_quantity_downtown: "-2": sold beyond stock; served as out of stock',
      'row 5, sellable: "N": not for sale; not served',
      'row 6, archived: "Y": not for sale; not served',
    ]);
  });

  it('serves variants sharing one internal reference as the variants they are, told apart by their options', () => {
    const text = [
      'Internal Reference;Name;Variant Values;Sales Price;Currency;Product Category',
      'BP-20;Day pack 20 l;Color: Teal;59.0;EUR;Backpacks',
      'BP-20;Day pack 20 l;Color: Black;59.0;EUR;Backpacks',
      'BP-20;Day pack 20 l;Color: Black;59.0;EUR;Backpacks',
    ].join('\n');
    const feed = parseFeedText(text, SHOP_TERMS);
    expect(feed.entries.map((e) => [e.product.sku, e.product.attributes.color])).toEqual([['BP-20', 'Teal'], ['BP-20-Black', 'Black']]);
    // The third row says nothing the second did not: a repeat, refused.
    expect(issueLines(feed)).toEqual([
      'row 3, internal_reference: "BP-20" repeats the id of row 2, whose color is "Teal", this row\'s "Black"; served as "BP-20-Black"',
      'row 4, internal_reference: "BP-20" repeats the id of row 2',
    ]);
  });

  it('keeps a field the row states under its Merchant name: "sku" is an attribute beside an id', () => {
    const feed = parseFeedText('id\ttitle\tprice\tgoogle_product_category\tsku\nA1\tLamp\t49.90\t4636\tL-9\n', SHOP);
    expect(servedEntry(feed, 'A1').product.attributes.sku).toBe('L-9');
  });
});

describe('readFeedAvailability', () => {
  it('reads a shop\'s words for its stock in several languages, and a delivery time as orderable now', () => {
    const cases: Record<string, string | undefined> = {
      'in stock': 'in_stock', out_of_stock: 'out_of_stock', 'pre-order': 'preorder', 'available for order': 'backorder',
      'Sofort lieferbar': 'in_stock', 'derzeit nicht lieferbar': 'out_of_stock', Ausverkauft: 'out_of_stock',
      Disponibile: 'in_stock', 'Non disponibile': 'out_of_stock', Esaurito: 'out_of_stock', 'Disponibilità limitata': 'in_stock',
      'En stock': 'in_stock', 'Rupture de stock': 'out_of_stock', 'Op voorraad': 'in_stock', 'Niet op voorraad': 'out_of_stock',
      'Dostępny': 'in_stock', 'Niedostępny': 'out_of_stock', Vorbestellbar: 'preorder',
      '1-3 Werktage': 'in_stock', '2 days': 'in_stock', '3-5 giorni lavorativi': 'in_stock',
      'ask us': undefined, '': undefined,
    };
    for (const [said, meant] of Object.entries(cases)) expect([said, readFeedAvailability(said)]).toEqual([said, meant]);
  });

  it('never throws, and says one of Merchant Center\'s four values or nothing, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: fc.constantFrom('n', 'i', 'c', 'h', 't', ' ', 'l', 'e', 'f', 'r', 'b', 'a', '1', '-', 'ą', 'é'), maxLength: 40 })), (raw) => {
        const said = readFeedAvailability(raw);
        expect(said === undefined || ['in_stock', 'out_of_stock', 'preorder', 'backorder'].includes(said)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('a shoe row\'s size system', () => {
  it('is stated as an attribute, so a UK 11 is served as a UK size (and never as EU 11)', () => {
    const feed = parseFeedText('id\ttitle\tprice\tgoogle_product_category\tsize\tsize_system\nb-11\tChukka boot\t67.99 GBP\t187\t11\tuk\nb-43\tChukka boot\t67.99 GBP\t187\t43\tEU\n', { ...SHOP, currency: 'GBP' });
    expect(servedEntry(feed, 'b-11').product.attributes).toMatchObject({ size: '11', size_system: 'UK' });
    expect(servedEntry(feed, 'b-11').product.attributes.size_eu).toBeUndefined();
    expect(servedEntry(feed, 'b-43').product.attributes).toMatchObject({ size_system: 'EU', size_eu: 43 });
  });
});
