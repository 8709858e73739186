import { describe, expect, it } from 'vitest';
import { judgeBlindSet } from './blind-judge.ts';

// Blind feed set 10 (tests/feed/fixtures/blind10, 230daf7): ten shop exports written by a helper who never opened the
// importer, with what a careful importer should serve in EXPECTED.json, judged as blind-judge.ts says (no in-stock
// count). EXPECTED.json is never edited; a check judged wrong stays in KNOWN_GAPS with the reason.

/** 6 December 2026, noon UTC: the day EXPECTED.json's prices hold on. */
const NOW = Date.UTC(2026, 11, 6, 12);

// First run, on main (40e6a1f, feedfix26's fixes not in it): 13 of 130 checks right. After feedfix26 (its fixes made
// before the set was opened, none after): 12 of 130 — the Shift4Shop count was right on main by two errors cancelling out
// (see SHIFT4SHOP). Most files are platforms no reader knows by their column names: the family left is header names.
const BESLIST = "Beslist.nl CSV: read as an offer feed (Dutch columns), but its whole-euro prices written \"€ 699,-\" / \"€ 2.199,-\" are no price the reader knows: those rows are refused, 5 of 12 served";
const LIGHTSPEED_X = "Lightspeed X-Series (Vend) export: no reader knows its header (retail_price, supply_price, tax amounts, variant_option_one_name…): FEED_MALFORMED (its price column is read under no name), so nothing serves; net retail prices with a GST column would need its tax read too";
const MERCADOLIBRE = "Mercado Libre listings spreadsheet: two title rows stand above the header, and the first row is read as the header (\"Modifica tus publicaciones\"): FEED_MALFORMED";
const NAVER = "Naver Shopping EP TSV: its prices are price_pc / price_mobile, no name the reader takes for price: FEED_MALFORMED";
const RAKUTEN = "Rakuten France inventory: its French headers with units in brackets (\"Prix de vente (€)\", \"Titre du produit\", \"Référence vendeur\") are no names the reader knows: FEED_MALFORMED";
const RDFA = "schema.org RDFa Lite (vocab/typeof/property), neither JSON-LD nor microdata: FEED_UNRECOGNISED (the microdata reader added on feedfix26 reads itemscope/itemprop only)";
const SHIFT4SHOP = "Shift4Shop export: its header has id, title and price, so it is read as a Merchant Center CSV (EUR assumed, no currency asked), saleprice/onsale are not read (the on-sale robot is served at its price) and hide=1 is not read (the hidden row serves). On main 11 served by chance (the hidden row in, the gift certificate refused for its title); feedfix26 reads 'Gift Certificate $25' past its amount (Gift Cards), so 12";
const SHOPEE = "Shopee mass-update CSV: a key row of et_title_* names stands above the human header and instruction rows: no names the reader knows, FEED_MALFORMED";
const TOPPREISE = "Toppreise-style CSV: \"Produktbezeichnung\" and \"Preis inkl. MwSt.\" are no names the reader knows for title and price: FEED_MALFORMED";
const TRENDYOL = "Trendyol export: Turkish headers (Ürün Adı, Trendyol'da Satış Fiyatı, Barkod…) are no names the reader knows: FEED_MALFORMED";

/** The checks that fail, each with why: filled in from the first run. */
const KNOWN_GAPS: Readonly<Record<string, string>> = {
  'beslist-feed-nl.csv: products': BESLIST,
  'beslist-feed-nl.csv: sample 1 gtin': BESLIST,
  'beslist-feed-nl.csv: sample 1 in stock': BESLIST,
  'beslist-feed-nl.csv: sample 1 price': BESLIST,
  'beslist-feed-nl.csv: sample 1 size': BESLIST,
  'beslist-feed-nl.csv: sample 2 gtin': BESLIST,
  'beslist-feed-nl.csv: sample 2 in stock': BESLIST,
  'beslist-feed-nl.csv: sample 2 price': BESLIST,
  'beslist-feed-nl.csv: sample 2 size': BESLIST,
  'lightspeed-xseries-products-nz.csv: currency': LIGHTSPEED_X,
  'lightspeed-xseries-products-nz.csv: products': LIGHTSPEED_X,
  'lightspeed-xseries-products-nz.csv: sample 1 gtin': LIGHTSPEED_X,
  'lightspeed-xseries-products-nz.csv: sample 1 in stock': LIGHTSPEED_X,
  'lightspeed-xseries-products-nz.csv: sample 1 price': LIGHTSPEED_X,
  'lightspeed-xseries-products-nz.csv: sample 1 size': LIGHTSPEED_X,
  'lightspeed-xseries-products-nz.csv: sample 2 color': LIGHTSPEED_X,
  'lightspeed-xseries-products-nz.csv: sample 2 gtin': LIGHTSPEED_X,
  'lightspeed-xseries-products-nz.csv: sample 2 in stock': LIGHTSPEED_X,
  'lightspeed-xseries-products-nz.csv: sample 2 price': LIGHTSPEED_X,
  'lightspeed-xseries-products-nz.csv: sample 2 size': LIGHTSPEED_X,
  'lightspeed-xseries-products-nz.csv: sample 3 color': LIGHTSPEED_X,
  'lightspeed-xseries-products-nz.csv: sample 3 gtin': LIGHTSPEED_X,
  'lightspeed-xseries-products-nz.csv: sample 3 in stock': LIGHTSPEED_X,
  'lightspeed-xseries-products-nz.csv: sample 3 price': LIGHTSPEED_X,
  'lightspeed-xseries-products-nz.csv: sample 3 size': LIGHTSPEED_X,
  'mercadolibre-publicaciones-mx.csv: currency': MERCADOLIBRE,
  'mercadolibre-publicaciones-mx.csv: products': MERCADOLIBRE,
  'mercadolibre-publicaciones-mx.csv: sample 1 color': MERCADOLIBRE,
  'mercadolibre-publicaciones-mx.csv: sample 1 gtin': MERCADOLIBRE,
  'mercadolibre-publicaciones-mx.csv: sample 1 in stock': MERCADOLIBRE,
  'mercadolibre-publicaciones-mx.csv: sample 1 price': MERCADOLIBRE,
  'mercadolibre-publicaciones-mx.csv: sample 1 size': MERCADOLIBRE,
  'mercadolibre-publicaciones-mx.csv: sample 2 color': MERCADOLIBRE,
  'mercadolibre-publicaciones-mx.csv: sample 2 gtin': MERCADOLIBRE,
  'mercadolibre-publicaciones-mx.csv: sample 2 in stock': MERCADOLIBRE,
  'mercadolibre-publicaciones-mx.csv: sample 2 price': MERCADOLIBRE,
  'mercadolibre-publicaciones-mx.csv: sample 2 size': MERCADOLIBRE,
  'mercadolibre-publicaciones-mx.csv: sample 3 gtin': MERCADOLIBRE,
  'mercadolibre-publicaciones-mx.csv: sample 3 in stock': MERCADOLIBRE,
  'mercadolibre-publicaciones-mx.csv: sample 3 price': MERCADOLIBRE,
  'naver-shopping-ep-kr.tsv: currency': NAVER,
  'naver-shopping-ep-kr.tsv: products': NAVER,
  'naver-shopping-ep-kr.tsv: sample 1 gtin': NAVER,
  'naver-shopping-ep-kr.tsv: sample 1 in stock': NAVER,
  'naver-shopping-ep-kr.tsv: sample 1 price': NAVER,
  'naver-shopping-ep-kr.tsv: sample 2 gtin': NAVER,
  'naver-shopping-ep-kr.tsv: sample 2 in stock': NAVER,
  'naver-shopping-ep-kr.tsv: sample 2 price': NAVER,
  'naver-shopping-ep-kr.tsv: sample 3 gtin': NAVER,
  'naver-shopping-ep-kr.tsv: sample 3 in stock': NAVER,
  'naver-shopping-ep-kr.tsv: sample 3 price': NAVER,
  'rakuten-fr-inventaire.csv: currency': RAKUTEN,
  'rakuten-fr-inventaire.csv: products': RAKUTEN,
  'rakuten-fr-inventaire.csv: sample 1 gtin': RAKUTEN,
  'rakuten-fr-inventaire.csv: sample 1 in stock': RAKUTEN,
  'rakuten-fr-inventaire.csv: sample 1 price': RAKUTEN,
  'rakuten-fr-inventaire.csv: sample 2 gtin': RAKUTEN,
  'rakuten-fr-inventaire.csv: sample 2 in stock': RAKUTEN,
  'rakuten-fr-inventaire.csv: sample 2 price': RAKUTEN,
  'rakuten-fr-inventaire.csv: sample 3 gtin': RAKUTEN,
  'rakuten-fr-inventaire.csv: sample 3 in stock': RAKUTEN,
  'rakuten-fr-inventaire.csv: sample 3 price': RAKUTEN,
  'rdfa-menaje-es.html: currency': RDFA,
  'rdfa-menaje-es.html: products': RDFA,
  'rdfa-menaje-es.html: sample 1 gtin': RDFA,
  'rdfa-menaje-es.html: sample 1 in stock': RDFA,
  'rdfa-menaje-es.html: sample 1 price': RDFA,
  'rdfa-menaje-es.html: sample 2 gtin': RDFA,
  'rdfa-menaje-es.html: sample 2 in stock': RDFA,
  'rdfa-menaje-es.html: sample 2 price': RDFA,
  'rdfa-menaje-es.html: sample 3 gtin': RDFA,
  'rdfa-menaje-es.html: sample 3 in stock': RDFA,
  'rdfa-menaje-es.html: sample 3 price': RDFA,
  'shift4shop-products-us.csv: currency': SHIFT4SHOP,
  'shift4shop-products-us.csv: products': SHIFT4SHOP,
  'shift4shop-products-us.csv: sample 1 price': SHIFT4SHOP,
  'shift4shop-products-us.csv: sample 3 price': SHIFT4SHOP,
  'shopee-mass-update-my.csv: currency': SHOPEE,
  'shopee-mass-update-my.csv: products': SHOPEE,
  'shopee-mass-update-my.csv: sample 1 gtin': SHOPEE,
  'shopee-mass-update-my.csv: sample 1 in stock': SHOPEE,
  'shopee-mass-update-my.csv: sample 1 price': SHOPEE,
  'shopee-mass-update-my.csv: sample 2 color': SHOPEE,
  'shopee-mass-update-my.csv: sample 2 gtin': SHOPEE,
  'shopee-mass-update-my.csv: sample 2 in stock': SHOPEE,
  'shopee-mass-update-my.csv: sample 2 price': SHOPEE,
  'shopee-mass-update-my.csv: sample 2 size': SHOPEE,
  'shopee-mass-update-my.csv: sample 3 gtin': SHOPEE,
  'shopee-mass-update-my.csv: sample 3 in stock': SHOPEE,
  'shopee-mass-update-my.csv: sample 3 price': SHOPEE,
  'toppreise-ch.csv: currency': TOPPREISE,
  'toppreise-ch.csv: products': TOPPREISE,
  'toppreise-ch.csv: sample 1 gtin': TOPPREISE,
  'toppreise-ch.csv: sample 1 in stock': TOPPREISE,
  'toppreise-ch.csv: sample 1 price': TOPPREISE,
  'toppreise-ch.csv: sample 2 gtin': TOPPREISE,
  'toppreise-ch.csv: sample 2 in stock': TOPPREISE,
  'toppreise-ch.csv: sample 2 price': TOPPREISE,
  'toppreise-ch.csv: sample 3 gtin': TOPPREISE,
  'toppreise-ch.csv: sample 3 in stock': TOPPREISE,
  'toppreise-ch.csv: sample 3 price': TOPPREISE,
  'trendyol-urunler-tr.csv: currency': TRENDYOL,
  'trendyol-urunler-tr.csv: products': TRENDYOL,
  'trendyol-urunler-tr.csv: sample 1 color': TRENDYOL,
  'trendyol-urunler-tr.csv: sample 1 gtin': TRENDYOL,
  'trendyol-urunler-tr.csv: sample 1 in stock': TRENDYOL,
  'trendyol-urunler-tr.csv: sample 1 price': TRENDYOL,
  'trendyol-urunler-tr.csv: sample 1 size': TRENDYOL,
  'trendyol-urunler-tr.csv: sample 2 color': TRENDYOL,
  'trendyol-urunler-tr.csv: sample 2 gtin': TRENDYOL,
  'trendyol-urunler-tr.csv: sample 2 in stock': TRENDYOL,
  'trendyol-urunler-tr.csv: sample 2 price': TRENDYOL,
  'trendyol-urunler-tr.csv: sample 2 size': TRENDYOL,
  'trendyol-urunler-tr.csv: sample 3 color': TRENDYOL,
  'trendyol-urunler-tr.csv: sample 3 gtin': TRENDYOL,
  'trendyol-urunler-tr.csv: sample 3 in stock': TRENDYOL,
  'trendyol-urunler-tr.csv: sample 3 price': TRENDYOL,
  'trendyol-urunler-tr.csv: sample 3 size': TRENDYOL,
};

describe('blind feed set 10', () => {
  it('serves what EXPECTED.json says, but for the known gaps', () => {
    const { checks, failing } = judgeBlindSet('blind10', NOW);
    console.log(`blind10: ${checks.size - failing.length} of ${checks.size} checks right`);
    if (process.env.BLIND10_DUMP) console.log(JSON.stringify(failing));
    expect(failing).toEqual(Object.keys(KNOWN_GAPS).sort());
  });
});
