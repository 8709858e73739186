import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFeedFormat, formatFeedReport, parseFeedText, readFeedFile } from '../../brand-agent/feed/index.ts';
import { FIXTURES, SHOP_TERMS, issueLines, servedEntry } from './feed-options.ts';

/** A shop's terms; Shopify and WooCommerce files state no currency, so each test gives one. */
const TERMS = { ...SHOP_TERMS, currency: 'EUR' };

const SHOPIFY_HEADER = 'Handle,Title,Vendor,Product Category,Type,Published,Option1 Name,Option1 Value,Variant SKU,Variant Inventory Tracker,Variant Inventory Qty,Variant Price,Status';

describe("Shopify's product CSV export", () => {
  it('serves each variant row of a product (the rows sharing its Handle) with the first row\'s product facts', () => {
    const feed = readFeedFile(`${FIXTURES}/shopify-products.csv`, TERMS);
    expect(feed.format).toBe('shopify-csv');
    expect(feed.rows).toBe(7);
    expect(feed.entries.map((e) => e.product.sku)).toEqual(['HL-SHIRT-S-SAND', 'HL-SHIRT-M-SAND', 'HL-SHIRT-L-SAND', 'HL-MUG', 'HL-THROW']);
    const small = servedEntry(feed, 'HL-SHIRT-S-SAND');
    // Product Category is Shopify's Standard Product Taxonomy path, here the same words as Google's: mapped silently.
    expect(small).toMatchObject({ stock: 6, price: { amountMinor: 6500, currency: 'EUR' }, product: { title: 'Linen Shirt (S / Sand)', maker: 'Harbor & Loom', category: '212', gtin: '2001234000079' } });
    expect(small.product.attributes).toEqual({ brand: 'Harbor & Loom', size: 'S', color: 'Sand', shipping_weight_kg: 0.22 });
    // Variant Compare At Price (80.00) is a "was" price, never offered; tracked stock at 0 is none, "continue" is a backorder.
    expect(servedEntry(feed, 'HL-SHIRT-M-SAND')).toMatchObject({ stock: 0, price: { amountMinor: 6500 } });
    expect(servedEntry(feed, 'HL-SHIRT-L-SAND').stock).toBe(0);
    // A one-variant product ("Default Title") keeps its title and states no option; untracked stock takes the shop's default.
    expect(servedEntry(feed, 'HL-MUG').product).toMatchObject({ title: 'Speckled Ceramic Mug', category: '2169', attributes: { brand: 'Harbor & Loom', shipping_weight_kg: 0.35 } });
    expect(servedEntry(feed, 'HL-THROW')).toMatchObject({ stock: 10, product: { category: '1985' } });
  });

  it('reports each row it cannot serve, or serves more broadly, by spreadsheet row and Shopify column, and skips image rows', () => {
    const feed = readFeedFile(`${FIXTURES}/shopify-products.csv`, TERMS);
    expect(issueLines(feed)).toEqual([
      'row 4, Variant Barcode: "HL-0003" is not a valid GTIN (8, 12, 13 or 14 digits with a correct check digit); served without one',
      'row 7, Product Category: no Google product category names "Tote Bags" (in "Luggage & Bags > Tote Bags"); served under the broader "Luggage & Bags"',
      'row 7, Variant Price: "call us" is not a price (write it like "15.00 EUR")',
      'row 8, Status: "draft": not active in the shop; not served',
      'row 9, Type: no category given, nor does the title; give a product type the Google taxonomy names (e.g. "Mugs", "Road bikes") or --category <Google id>',
    ]);
    expect(formatFeedReport(feed)[0]).toBe('5 of 7 products served from a Shopify product CSV, in 3 categories');
  });

  it('leaves out products kept off the online store (Published FALSE, or FAUX as a French Excel re-saves it), names a row without Handle, ids variants without SKU by handle', () => {
    const text = [
      SHOPIFY_HEADER,
      'oak-stool,Oak Stool,Chêne & Fils,,Stools,TRUE,Height,45 cm,,shopify,2,85.00,',
      'oak-stool,,,,,,,60 cm,,shopify,-3,95.00,',
      'pine-stool,Pine Stool,Chêne & Fils,,Stools,FALSE,Title,Default Title,PS-1,,,45.00,',
      'ash-stool,Ash Stool,Chêne & Fils,,Stools,FAUX,Title,Default Title,AS-1,,,55.00,active',
      ',,,,,,,,X-1,,,10.00,',
    ].join('\n');
    const feed = parseFeedText(text, TERMS);
    expect(feed.format).toBe('shopify-csv');
    expect(feed.entries.map((e) => [e.product.sku, e.product.title, e.stock])).toEqual([
      ['oak-stool-1', 'Oak Stool (45 cm)', 2],
      ['oak-stool-2', 'Oak Stool (60 cm)', 0],
    ]);
    expect(issueLines(feed)).toEqual([
      'row 4, Published: not published on the online store (Published FALSE); not served',
      'row 5, Published: not published on the online store (Published FAUX); not served',
      'row 6, Handle: missing; a row belongs to the product whose Handle it repeats',
    ]);
  });

  it('asks for --currency, which the file does not state', () => {
    expect(() => readFeedFile(`${FIXTURES}/shopify-products.csv`, { ...TERMS, currency: undefined })).toThrow(/Shopify product CSV states no currency/);
  });
});

describe('WooCommerce exports with translated headers', () => {
  it('reads a French export re-saved with semicolons and decimal commas (headers: Tarif régulier, UGS, En stock ?…)', () => {
    const feed = readFeedFile(`${FIXTURES}/woocommerce-produits-fr.csv`, TERMS);
    expect(feed.format).toBe('woocommerce');
    expect(feed.entries.map((e) => e.product.sku)).toEqual(['AS-PULL-S', 'AS-PULL-M', 'AS-MUG-SAUGE', 'AS-BOUGIE']);
    // The variation inherits its parent's categories, weight and single-valued attribute (Matière), not the list of sizes.
    expect(servedEntry(feed, 'AS-PULL-S')).toMatchObject({ stock: 3, price: { amountMinor: 8900 }, product: { category: '212', attributes: { size: 'S', material: 'Laine mérinos', shipping_weight_kg: 0.45 } } });
    // A sale whose dates have passed is not offered; "En stock ?" 0 means none to sell.
    expect(servedEntry(feed, 'AS-PULL-M')).toMatchObject({ stock: 0, price: { amountMinor: 8900 } });
    expect(servedEntry(feed, 'AS-MUG-SAUGE').product).toMatchObject({ title: 'Mug en grès, sauge', gtin: '2001234000062', category: '2169', attributes: { color: 'Sauge', shipping_length_cm: 9, shipping_height_cm: 10.5 } });
  });

  it('reports the French rows it cannot serve under the file\'s own column names', () => {
    const feed = readFeedFile(`${FIXTURES}/woocommerce-produits-fr.csv`, TERMS);
    expect(issueLines(feed)).toEqual([
      'row 6, Catégories: no Google product category names "Bougies" (in "Maison > Bougies"); served under the broader "Home & Garden"',
      'row 7, Publié: a draft (Publié -1); not served',
      'row 8, Catégories: no Google product category names "Écharpes" (in "Vêtements > Écharpes"); served under the broader "Apparel & Accessories > Clothing"',
      'row 8, Tarif régulier: "abc" is not a price (write it like "15.00 EUR")',
      'row 9, Catégories: "Cuisine > Tabliers" names no Google product category, nor does the title; give a product type the Google taxonomy names (e.g. "Mugs", "Road bikes") or --category <Google id>',
    ]);
  });

  it('reads a German export (Artikelnummer, Regulärer Preis, Angebotspreis, Vorrätig?, Lager…) whose headers hold unquoted commas', () => {
    const feed = readFeedFile(`${FIXTURES}/woocommerce-produkte-de.csv`, TERMS);
    expect(feed.format).toBe('woocommerce');
    expect(feed.entries.map((e) => [e.product.sku, e.price.amountMinor, e.stock])).toEqual([
      ['BW-RUCKSACK', 8990, 7],
      ['BW-SCHAL-GRAU', 2900, 4],
      ['BW-SCHAL-ROT', 3500, 0],
      ['BW-BECHER', 1490, 20],
    ]);
    // "Farbe" is the shared color; the parent (by its Artikelnummer, or id:302) gives its weight and categories.
    expect(servedEntry(feed, 'BW-SCHAL-GRAU').product.attributes).toEqual({ color: 'Grau', shipping_weight_kg: 0.2 });
    // Its German categories are read in English (category-word-translations.ts): Rucksäcke are backpacks, Schals
    // scarves, and "Küche > Becher" mugs (refused without --category before).
    expect(feed.entries.map((e) => e.product.category)).toEqual(['100', '543673', '543673', '2169']);
    expect(issueLines(feed)).toEqual(['row 6, Veröffentlicht: private or disabled (Veröffentlicht 0); not served']);
  });

  it('accepts the attribute headers with a plain apostrophe, as spreadsheets may rewrite the typographic one', () => {
    const text = "UGS;Nom;\"Tarif régulier\";Catégories;\"Nom de l'attribut 1\";\"Valeur(s) de l'attribut 1\"\nM-1;Mug;20,00;Cuisine > Mugs;Couleur;Bleu\n";
    expect(parseFeedText(text, TERMS).entries[0]!.product.attributes).toEqual({ color: 'Bleu' });
  });
});

describe('delimiter detection', () => {
  const english = readFileSync(`${FIXTURES}/woocommerce-products.csv`, 'utf8');
  // The English export as a French or German Excel re-saves it: semicolons, and quotes only where a cell holds one.
  const semicolons = english
    .split('\n')
    .map((line) => {
      const cells: string[] = [];
      let cell = '';
      let quoted = false;
      for (const ch of line) {
        if (ch === '"') quoted = !quoted;
        else if (ch === ',' && !quoted) {
          cells.push(cell);
          cell = '';
        } else cell += ch;
      }
      cells.push(cell);
      return cells.map((c) => (/[;"]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c.includes(',') ? `"${c}"` : c)).join(';');
    })
    .join('\n');

  it('reads a semicolon CSV whose header quotes a comma ("GTIN, UPC, EAN, or ISBN") as the export it is', () => {
    expect(semicolons.split('\n')[0]).toContain(';"GTIN, UPC, EAN, or ISBN";');
    expect(detectFeedFormat(semicolons)).toBe('woocommerce');
    const feed = parseFeedText(semicolons, TERMS);
    const original = parseFeedText(english, TERMS);
    expect(feed.entries).toEqual(original.entries);
    expect(feed.issues).toEqual(original.issues);
  });

  it('keeps tab for a TSV whose header has commas, and comma for a CSV whose quoted cells hold semicolons or tabs', () => {
    const tsv = 'id\ttitle\tprice\tgoogle_product_category\tnote, internal\nA1\tLamp, brass\t49.90 EUR\t4636\tx\nA2\tLamp, steel\t39.90 EUR\t4636\ty, z\n';
    expect(parseFeedText(tsv, TERMS)).toMatchObject({ format: 'tsv', entries: [{ product: { title: 'Lamp, brass' } }, { product: { title: 'Lamp, steel' } }] });
    const csv = 'id,title,price,google_product_category,"note; internal"\nA1,"Lamp; brass\tedition",49.90 EUR,4636,x\n';
    expect(parseFeedText(csv, TERMS)).toMatchObject({ format: 'csv', entries: [{ product: { title: 'Lamp; brass\tedition' } }] });
  });

  it('reads a Merchant Center CSV re-saved with semicolons and decimal commas', () => {
    const text = 'id;title;price;google_product_category\nA1;"Lamp, brass";49,90 EUR;4636\nA2;Lamp;39,90 EUR;4636\n';
    expect(parseFeedText(text, TERMS).entries.map((e) => [e.product.title, e.price.amountMinor])).toEqual([
      ['Lamp, brass', 4990],
      ['Lamp', 3990],
    ]);
  });
});
