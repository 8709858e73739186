import { describe, expect, it } from 'vitest';
import { judgeBlindSet } from './blind-judge.ts';

// Blind feed set 11 (tests/feed/fixtures/blind11, 6e7ac9b): ten shop exports written by a helper who never opened the
// importer, with what a careful importer should serve in EXPECTED.json, judged as blind-judge.ts says. EXPECTED.json is
// never edited; a check judged wrong stays in KNOWN_GAPS with the reason.

/** 6 December 2026, noon UTC: the day EXPECTED.json's prices hold on. */
const NOW = Date.UTC(2026, 11, 6, 12);

// First run, on main (6e7ac9b, feedfix27 not in it): 2 of 122 checks right. After feedfix27 (its fixes all made before
// the set was opened, none after): 26 of 122. No check right on main fails on the branch. After feedcat28 (the Swedish
// edition of Google's taxonomy read for category words and titles, "2 495:-" whole kronor): 31 of 122; with the Heureka
// and Skroutz XML layouts and Nordic/Czech/Greek availability words read: 45 of 122; with Google's Czech edition (the
// Heureka categories "Stavebnice", "Obuv" read) and Heureka's PARAM_NAME/VAL pairs ("Velikost" the size): 50 of 122;
// with Windows-1250 files read as such and Allegro's column and status words: 58 of 122.
const ALLEGRO = "Allegro \"Eksport ofert\": read as Windows-1250 now (its column words, Zakończona/Zaplanowana and Licytacja read), but the mug's EAN \"05901234123\" (11 digits, wrong check digit) refuses its row, as a Merchant-style feed's wrong GTIN does by rule (an identifier is never served wrong nor dropped unsaid; EXPECTED serves the row without it), and the blender's \"Blendery\" names no category: 8 of 10 served";
const EXCEL_AT = "Hand-made Austrian Excel list: \"Art.-Nr.\" and \"Artikel\" name the id and title in abbreviations and a word no stem reads as such (\"Artikel\" alone is also a category word), so it is refused with FEED_MALFORMED naming its columns rather than guessed";
const FLIPKART = "Flipkart listing file: its columns are read (Your Selling Price (INR), not MRP; Listing Status), but \"₹18,499\" and \"₹1,349\" are refused as ambiguous (the file shows no decimal mark, and a rupee has two minor digits; only lakh grouping \"1,29,999\" says itself): 4 of 11 served";
const MAROPOST = "Maropost (Neto) export: read as an offer feed (Approved/Active switches read), but its child rows carry no category and their titles name none, so 8 rows are refused without --category (5 of 13 served)";
const NUVEMSHOP = "Nuvemshop export: variant rows after a product's first carry no name (the product is named once per \"Identificador URL\"), so they are refused as untitled; \"Calçados > Sandálias\" names no Google category; the hidden product (\"Exibir na loja\" NÃO) is no longer served. Seen, not fixed: the file-majority fallback files the hair oil and the skincare kit under \"Flag & Windsock Pole Mounting Hardware & Kits\" (as on main)";
const OPENCART = "OpenCart export: prices are net of VAT with the rate in tax_class (\"VAT 20%\"), which no reader takes for a tax rate (57.50 served for 69.00); rows without a category name none in their titles (6 of 11 served)";
const PRICERUNNER = "PriceRunner feed: its Swedish category words and titles are read through Google's Swedish labels, \"2 495:-\" as whole kronor and \"1-2 dagar\" as a delivery time, but \"Tillbehör > Bryggare\" (accessories > brewers) names no node and the dripper's title names one only by a word of a label (\"keramik\"), so it is refused rather than guessed (11 of 12 served)";
const RAKUTEN_ICHIBA = "Rakuten Ichiba RMS item CSV: item rows and SKU rows alternate, so 商品名 is filled on too few rows to be taken as the title and no column (商品管理番号, SKU管理番号) is a unique id: FEED_MALFORMED naming its columns";
const SKROUTZ = "Skroutz XML: products and their nested variations are read as offers, but Greek category words (\"Γυναικείες Μπότες\", \"Κρέμες Προσώπου\") name no Google category (Google publishes no Greek edition the mapper has): only the sneakers, whose title says \"Sneakers\", are served (4 of 15)";

/** The checks that fail, each with why: filled in from the first run. */
const KNOWN_GAPS: Readonly<Record<string, string>> = {
  'allegro-oferty-pl.csv: products': ALLEGRO,
  'allegro-oferty-pl.csv: sample 3 gtin': ALLEGRO,
  'allegro-oferty-pl.csv: sample 3 in stock': ALLEGRO,
  'allegro-oferty-pl.csv: sample 3 price': ALLEGRO,
  'excel-artikelliste-at.csv: currency': EXCEL_AT,
  'excel-artikelliste-at.csv: products': EXCEL_AT,
  'excel-artikelliste-at.csv: sample 1 gtin': EXCEL_AT,
  'excel-artikelliste-at.csv: sample 1 in stock': EXCEL_AT,
  'excel-artikelliste-at.csv: sample 1 price': EXCEL_AT,
  'excel-artikelliste-at.csv: sample 2 gtin': EXCEL_AT,
  'excel-artikelliste-at.csv: sample 2 in stock': EXCEL_AT,
  'excel-artikelliste-at.csv: sample 2 price': EXCEL_AT,
  'excel-artikelliste-at.csv: sample 2 size': EXCEL_AT,
  'excel-artikelliste-at.csv: sample 3 gtin': EXCEL_AT,
  'excel-artikelliste-at.csv: sample 3 in stock': EXCEL_AT,
  'excel-artikelliste-at.csv: sample 3 price': EXCEL_AT,
  'flipkart-listings-in.csv: products': FLIPKART,
  'flipkart-listings-in.csv: sample 2 gtin': FLIPKART,
  'flipkart-listings-in.csv: sample 2 in stock': FLIPKART,
  'flipkart-listings-in.csv: sample 2 price': FLIPKART,
  'flipkart-listings-in.csv: sample 2 size': FLIPKART,
  'flipkart-listings-in.csv: sample 3 gtin': FLIPKART,
  'flipkart-listings-in.csv: sample 3 in stock': FLIPKART,
  'flipkart-listings-in.csv: sample 3 price': FLIPKART,
  'maropost-neto-products-au.csv: products': MAROPOST,
  'maropost-neto-products-au.csv: sample 2 gtin': MAROPOST,
  'maropost-neto-products-au.csv: sample 2 in stock': MAROPOST,
  'maropost-neto-products-au.csv: sample 2 price': MAROPOST,
  'maropost-neto-products-au.csv: sample 2 size': MAROPOST,
  'maropost-neto-products-au.csv: sample 3 gtin': MAROPOST,
  'maropost-neto-products-au.csv: sample 3 in stock': MAROPOST,
  'maropost-neto-products-au.csv: sample 3 price': MAROPOST,
  'maropost-neto-products-au.csv: sample 3 size': MAROPOST,
  'nuvemshop-produtos-br.csv: products': NUVEMSHOP,
  'nuvemshop-produtos-br.csv: sample 1 color': NUVEMSHOP,
  'nuvemshop-produtos-br.csv: sample 1 in stock': NUVEMSHOP,
  'nuvemshop-produtos-br.csv: sample 1 size': NUVEMSHOP,
  'opencart-products-uk.csv: products': OPENCART,
  'opencart-products-uk.csv: sample 1 price': OPENCART,
  'opencart-products-uk.csv: sample 2 price': OPENCART,
  'opencart-products-uk.csv: sample 3 gtin': OPENCART,
  'opencart-products-uk.csv: sample 3 in stock': OPENCART,
  'opencart-products-uk.csv: sample 3 price': OPENCART,
  'pricerunner-feed-se.csv: products': PRICERUNNER,
  'rakuten-ichiba-item-jp.csv: currency': RAKUTEN_ICHIBA,
  'rakuten-ichiba-item-jp.csv: products': RAKUTEN_ICHIBA,
  'rakuten-ichiba-item-jp.csv: sample 1 gtin': RAKUTEN_ICHIBA,
  'rakuten-ichiba-item-jp.csv: sample 1 in stock': RAKUTEN_ICHIBA,
  'rakuten-ichiba-item-jp.csv: sample 1 price': RAKUTEN_ICHIBA,
  'rakuten-ichiba-item-jp.csv: sample 1 size': RAKUTEN_ICHIBA,
  'rakuten-ichiba-item-jp.csv: sample 2 gtin': RAKUTEN_ICHIBA,
  'rakuten-ichiba-item-jp.csv: sample 2 in stock': RAKUTEN_ICHIBA,
  'rakuten-ichiba-item-jp.csv: sample 2 price': RAKUTEN_ICHIBA,
  'rakuten-ichiba-item-jp.csv: sample 3 gtin': RAKUTEN_ICHIBA,
  'rakuten-ichiba-item-jp.csv: sample 3 in stock': RAKUTEN_ICHIBA,
  'rakuten-ichiba-item-jp.csv: sample 3 price': RAKUTEN_ICHIBA,
  'skroutz-feed-gr.xml: products': SKROUTZ,
  'skroutz-feed-gr.xml: sample 2 gtin': SKROUTZ,
  'skroutz-feed-gr.xml: sample 2 in stock': SKROUTZ,
  'skroutz-feed-gr.xml: sample 2 price': SKROUTZ,
  'skroutz-feed-gr.xml: sample 2 size': SKROUTZ,
  'skroutz-feed-gr.xml: sample 3 gtin': SKROUTZ,
  'skroutz-feed-gr.xml: sample 3 in stock': SKROUTZ,
  'skroutz-feed-gr.xml: sample 3 price': SKROUTZ,
};

describe('blind feed set 11', () => {
  it('serves what EXPECTED.json says, but for the known gaps', () => {
    const { checks, failing } = judgeBlindSet('blind11', NOW);
    console.log(`blind11: ${checks.size - failing.length} of ${checks.size} checks right`);
    if (process.env.BLIND11_DUMP) console.log(JSON.stringify(failing));
    expect(failing).toEqual(Object.keys(KNOWN_GAPS).sort());
  });
});
