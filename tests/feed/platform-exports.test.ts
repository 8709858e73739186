import { describe, expect, it } from 'vitest';
import { detectFeedFormat, formatFeedReport, parseFeedText, readFeedFile } from '../../brand-agent/feed/index.ts';
import { FIXTURES, SHOP, SHOP_TERMS, feedError, issueLines, servedEntry } from './feed-options.ts';

const skusPricesStock = (feed: ReturnType<typeof readFeedFile>) => feed.entries.map((e) => [e.product.sku, e.price.amountMinor, e.stock]);

describe("PrestaShop's product export (Catalog → Products → Export)", () => {
  it('serves each enabled product of an 8.x export at its price with tax, in the currency its formatted prices show ("1 299,00 €")', () => {
    const feed = readFeedFile(`${FIXTURES}/prestashop-produits.csv`, SHOP_TERMS);
    expect(feed.format).toBe('prestashop');
    expect(feed.currency).toBe('EUR');
    expect(skusPricesStock(feed)).toEqual([
      ['SAL-SC6-43', 14990, 12],
      ['VES-GTX-M', 22990, 5],
      ['SAC-TR-20', 6490, 0],
      ['GAR-FNX7', 129900, 3], // "1\u202f299,00\u00a0€", as the fr-FR locale formats it
      ['LAM-400', 4990, 9],
      ['GOU-500', 1990, 0], // Quantité -2: sold beyond stock
    ]);
    expect(servedEntry(feed, 'SAL-SC6-43').product.category).toBe('187');
    // A quoted line break in the name is the spreadsheet's.
    expect(servedEntry(feed, 'LAM-400').product.title).toBe('Lampe frontale 400 lumens rechargeable USB-C');
    expect(issueLines(feed)).toEqual([
      'row 6, Prix (TTC): missing',
      'row 7, État: disabled in the shop (État 0); not served',
      'row 9, Catégorie: "Accessoires" names only a top-level Google category; served under the broader "Apparel & Accessories"',
    ]);
    expect(formatFeedReport(feed)[0]).toBe('6 of 7 products served from a PrestaShop product export, in 6 categories');
  });

  it("reads 1.7's legacy export, whose Status is a stock badge (1 when out of stock), not the product's status", () => {
    // AdminProductDataProvider: "Status" is IF(quantity <= 0, 1, 0); prices are bare amounts; "Product ID" is never translated.
    const legacy = [
      'Product ID;Image;Name;Reference;Category;"Price (tax excl.)";"Price (tax incl.)";Quantity;Status;Position',
      '1;http://shop.example/1-home_default/stool.jpg;"Oak stool";OS-1;Stools;70.000000;84;12;0;1',
      '2;http://shop.example/2-home_default/bench.jpg;"Oak bench";OB-1;Benches;150.000000;180;0;1;2',
    ].join('\n');
    const feed = parseFeedText(legacy, SHOP);
    expect(feed.format).toBe('prestashop');
    expect(skusPricesStock(feed)).toEqual([['OS-1', 8400, 12], ['OB-1', 18000, 0]]);
    expect(issueLines(feed)[0]).toBe("row 2, Status: this PrestaShop 1.7 export's Status column only flags products out of stock (as Quantity does); it does not say which products are disabled, so all are served");
    // Its prices state no currency.
    expect(feedError(() => parseFeedText(legacy, SHOP_TERMS)).code).toBe('FEED_CURRENCY_MISSING');
  });

  it('refuses a file with only prices without tax, naming the column it needs', () => {
    const error = feedError(() => parseFeedText('ID;Nom;Référence;Prix HT\n1;Tabouret;T-1;70,00\n', SHOP));
    expect(error.code).toBe('FEED_MALFORMED');
    expect(error.message).toContain('only prices without tax ("Prix HT")');
  });
});

describe("Magento 2's catalog product export (System → Data Transfer → Export)", () => {
  it('serves simple products and the children of configurable ones under their parent\'s name and options, skipping store-view rows', () => {
    const feed = readFeedFile(`${FIXTURES}/magento2-catalog_product.csv`, SHOP);
    expect(feed.format).toBe('magento');
    expect(skusPricesStock(feed)).toEqual([
      ['MT-TRAIL-01-42-Blue', 13900, 4],
      ['MT-TRAIL-01-43-Blue', 13900, 6],
      ['MT-TRAIL-01-44-Blue', 13900, 0], // is_in_stock 0
      ['MJ-RAIN-02', 14900, 8], // special_price without dates
      ['MB-PACK-03', 7900, 25],
      ['MW-WATCH-04', 129900, 3],
      ['MG-BOTTLE-07', 1900, 10], // "Soft flask 500 ml": its head noun before the amount names Flasks
    ]);
    expect(servedEntry(feed, 'MT-TRAIL-01-43-Blue').product).toMatchObject({ title: 'Trailrunner X trail running shoe (43 / Blue)', category: '187', attributes: { color: 'Blue', size: '43' } });
    expect(servedEntry(feed, 'MJ-RAIN-02').product.attributes).toEqual({ color: 'Red', size: 'M', material: 'Nylon' });
    expect(issueLines(feed)).toEqual([
      'row 3, categories: "Trail" names "Food, Beverages & Tobacco > Food Items > Snack Foods > Trail & Snack Mixes", outside the rest of "Shoes > Trail"; served under the broader "Apparel & Accessories > Shoes"',
      'row 4, categories: "Trail" names "Food, Beverages & Tobacco > Food Items > Snack Foods > Trail & Snack Mixes", outside the rest of "Shoes > Trail"; served under the broader "Apparel & Accessories > Shoes"',
      'row 5, categories: "Trail" names "Food, Beverages & Tobacco > Food Items > Snack Foods > Trail & Snack Mixes", outside the rest of "Shoes > Trail"; served under the broader "Apparel & Accessories > Shoes"',
      'row 8, categories: no Google product category names "Bags" (in "Gear > Bags"); served under the broader "Luggage & Bags"',
      'row 10, product_online: disabled in the shop (product_online 2); not served',
      'row 11, categories: "Gear > Poles" names no Google product category, nor does the title; give a product type the Google taxonomy names (e.g. "Mugs", "Road bikes") or --category <Google id>',
      'row 12, categories: "Gear > Hydration" names no Google product category; served under "Home & Garden > Kitchen & Dining > Food & Beverage Carriers > Flasks", which the title names',
    ]);
    expect(feedError(() => readFeedFile(`${FIXTURES}/magento2-catalog_product.csv`, SHOP_TERMS)).code).toBe('FEED_CURRENCY_MISSING');
  });

  it('reports products sold only through others, and reads backorders, untracked stock and dated special prices', () => {
    const text = [
      'sku,store_view_code,product_type,categories,name,product_online,visibility,price,special_price,special_price_from_date,special_price_to_date,qty,is_in_stock,allow_backorders,manage_stock,use_config_manage_stock',
      'K-1,,simple,Default Category/Kitchen/Mugs,Stoneware mug,1,"Catalog, Search",12.000000,9.000000,2020-01-01,2020-01-31,0.0000,1,1,1,1',
      'K-2,,simple,Default Category/Kitchen/Mugs,Enamel mug,1,"Catalog, Search",15.000000,,,,0.0000,1,0,0,0',
      'K-3,,simple,Default Category/Kitchen/Mugs,Spare lid,1,Not Visible Individually,3.000000,,,,5.0000,1,0,1,1',
      'K-4,,bundle,Default Category/Kitchen/Mugs,Mug set,1,"Catalog, Search",,,,,0.0000,1,0,1,1',
    ].join('\n');
    const feed = parseFeedText(text, SHOP);
    expect(feed.entries.map((e) => [e.product.sku, e.price.amountMinor, e.stock])).toEqual([['K-1', 1200, 0], ['K-2', 1500, 10]]);
    expect(issueLines(feed)).toEqual([
      'row 4, visibility: not visible individually, and no configurable product in the file lists it: sold only as part of another product; not served',
      'row 5, product_type: a bundle product is priced and sold through other products; not served',
    ]);
  });
});

describe("BigCommerce's product export (Bulk Edit template)", () => {
  it('serves a product\'s SKU rows as its variants (options from "[RB]Size=43"), else the product, at its Sale Price when set', () => {
    const feed = readFeedFile(`${FIXTURES}/bigcommerce-products.csv`, SHOP);
    expect(feed.format).toBe('bigcommerce');
    expect(skusPricesStock(feed)).toEqual([
      ['CTR-42', 13500, 3],
      ['CTR-43', 13500, 5],
      ['CTR-44', 13500, 0],
      ['ASJ-M', 14900, 6],
      ['SGW', 129900, 2],
      ['R20', 7900, 0],
    ]);
    expect(servedEntry(feed, 'CTR-43').product).toMatchObject({ title: 'Canyon Trail Runner (43)', maker: 'Canyon Gear', category: '187', attributes: { size: '43', color: 'Orange', gender: 'unisex' } });
    expect(issueLines(feed)).toEqual([
      'row 7, Category: no Google product category names "Watches" (in "Shop All > Electronics > Watches"); served under the broader "Electronics"',
      'row 9, Product Visible?: hidden in the shop (Product Visible? N); not served',
      'row 10, Category: "Shop All > Gear > Poles" names no Google product category, nor does the title; give a product type the Google taxonomy names (e.g. "Mugs", "Road bikes") or --category <Google id>',
      'row 11, Allow Purchases?: not for sale in the shop (Allow Purchases? N); not served',
    ]);
  });

  it('reads a Rule row fixing a SKU\'s price, and never reads a price adjustment or a rule naming no SKU as a price', () => {
    const header = '"Item Type","Product ID","Product Name","Product Code/SKU","Price","Allow Purchases?","Track Inventory","Current Stock Level","Category"';
    const text = [
      header,
      '"Product","1","Mug","M","12.0000","Y","none","0","Kitchen/Mugs"',
      '"SKU","","[S]Color=Blue","M-B","","","","",""',
      '"SKU","","[S]Color=Red","M-R","","","","",""',
      '"SKU","","[S]Color=Green","M-G","","","","",""',
      '"SKU","","[S]Color=Black","M-K","","","","",""',
      '"Rule","","","M-B","[FIXED]14.00","Y","","",""',
      '"Rule","","","M-R","[ADD]2.00","Y","","",""',
      '"Rule","","","M-G","","N","","",""',
      '"Product","2","Bowl","B","9.0000","Y","none","0","Kitchen/Bowls"',
      '"SKU","","[S]Color=Blue","B-B","","","","",""',
      '"Rule","","[S]Color=Blue","","[ADD]1.00","Y","","",""',
      '"Product","3","Shelf","S","40.0000","Y","none","0","Home/Shelves\\/Racks"',
    ].join('\n');
    const feed = parseFeedText(text, SHOP);
    expect(skusPricesStock(feed)).toEqual([['M-B', 1400, 10], ['M-K', 1200, 10], ['S', 4000, 10]]);
    expect(issueLines(feed).filter((l) => !/Category/.test(l))).toEqual([
      'row 8, Price: "[ADD]2.00" changes M-R\'s price by a rule, which is not read; not served',
      'row 9, Allow Purchases?: M-G is not for sale (its rule\'s Allow Purchases? N); not served',
      "row 12, Product Code/SKU: a price or purchase rule naming no SKU: which variants it changes is not in the file, so none of this product's variants is served",
    ]);
  });
});

describe("Shopware 6's product export (Import/Export, Default product profile)", () => {
  it('serves products and variants (inheriting name, price and maker) at price_gross, saying that categories and options are ids only', () => {
    const feed = readFeedFile(`${FIXTURES}/shopware6-products.csv`, { ...SHOP, defaultCategory: '1011' });
    expect(feed.format).toBe('shopware');
    expect(skusPricesStock(feed)).toEqual([
      ['SW10001.1', 13999, 4],
      ['SW10001.2', 13999, 6],
      ['SW10002', 19000, 5],
      ['SW10003', 7900, 0],
      ['SW10005', 129900, 3],
    ]);
    expect(servedEntry(feed, 'SW10001.2').product).toMatchObject({ title: 'Bergläufer Trail-Laufschuh (SW10001.2)', maker: 'Bergläufer' });
    expect(issueLines(feed)).toEqual([
      'row 2, categories: Shopware exports categories as ids only, which name nothing: products are filed by what their title names, or --category',
      "row 2, optionIds: its variants' options (size, colour…) are exported as ids only; served without them — add the option names to the export profile",
      'row 7, active: inactive in the shop (active 0); not served',
      'row 9, price_gross: missing',
    ]);
    // Without --category its German titles name nothing the taxonomy knows: refused, saying why.
    expect(feedError(() => readFeedFile(`${FIXTURES}/shopware6-products.csv`, SHOP)).message).toContain('no category given, nor does the title');
  });

  it('refuses a row with only a net price', () => {
    const feed = parseFeedText('product_number;active;stock;name;price_net;price_gross\nA;1;2;Mug;10.00;11.90\nB;1;2;Bowl;8.00;\n', SHOP);
    expect(skusPricesStock(feed)).toEqual([['A', 1190, 2]]);
    expect(issueLines(feed)).toContain('row 3, price_gross: only a net price (price_net), which no consumer pays; not served');
  });
});

describe("Wix Stores' product export (catalog_products.csv)", () => {
  it("serves variants at the product's price plus their surcharge, less the product's discount, and leaves hidden ones out", () => {
    const feed = readFeedFile(`${FIXTURES}/wix-catalog_products.csv`, SHOP);
    expect(feed.format).toBe('wix');
    expect(skusPricesStock(feed)).toEqual([
      ['ATS-42', 11700, 3], // 130 less 10 %
      ['ATS-43', 12150, 6], // (130 + 5) less 10 %
      ['SSJ', 16990, 0], // 189.90 less 20, OutOfStock
      ['SGW', 129900, 2],
    ]);
    expect(servedEntry(feed, 'ATS-43').product).toMatchObject({ title: 'Alpine Trail Shoe (43)', maker: 'Alpine Co', category: '187', attributes: { size: '43', size_eu: 43 } });
    expect(issueLines(feed)).toEqual([
      'row 5, visible: a variant hidden in the store (visible false); not served',
      'row 8, visible: hidden in the store (visible false); not served',
      'row 9, collection: "Poles" names no Google product category, nor does the title; give a product type the Google taxonomy names (e.g. "Mugs", "Road bikes") or --category <Google id>',
    ]);
  });

  it('never applies a surcharge or discount to a price it cannot read as a plain amount', () => {
    const text = 'handleId,fieldType,name,sku,price,surcharge,visible,discountMode,discountValue,inventory,collection,productOptionName1,productOptionDescription1\n' +
      'h1,Product,Mug,M,"12,50",,true,PERCENT,10,InStock,Mugs,Colour,\n' +
      'h2,Product,Bowl,B,9.00,,true,SOMETHING,2,InStock,Bowls,,\n' +
      'h3,Product,Cup,C,"7,50",,true,,,InStock,Mugs,,\n';
    const feed = parseFeedText(text, SHOP);
    expect(skusPricesStock(feed)).toEqual([['C', 750, 10]]);
    expect(issueLines(feed)).toEqual([
      'row 2, price: "12,50" is not a plain amount, so its surcharge or discount cannot be applied; not served',
      'row 3, discountValue: a discount "2" (discountMode SOMETHING) that is not a PERCENT or AMOUNT one: its price cannot be read; not served',
    ]);
  });
});

describe('telling the platforms apart by their headers', () => {
  it('detects each export from its header, not its name', () => {
    expect(detectFeedFormat('ID;Image;Nom;Référence;Catégorie;Prix HT;Prix TTC;Quantité;État\n')).toBe('prestashop');
    expect(detectFeedFormat('sku,store_view_code,product_type,name,price\n')).toBe('magento');
    expect(detectFeedFormat('"Item Type","Product Name","Price"\n')).toBe('bigcommerce');
    expect(detectFeedFormat('id;parent_id;product_number;price_gross\n')).toBe('shopware');
    expect(detectFeedFormat('handleId,fieldType,name,sku,price\n')).toBe('wix');
    // A Merchant feed with a "reference" column stays one.
    expect(detectFeedFormat('id,title,price,reference\n')).toBe('csv');
  });
});
