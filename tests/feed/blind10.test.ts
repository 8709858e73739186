import { describe, expect, it } from 'vitest';
import { judgeBlindSet } from './blind-judge.ts';

// Blind feed set 10 (tests/feed/fixtures/blind10, 230daf7): ten shop exports written by a helper who never opened the
// importer, with what a careful importer should serve in EXPECTED.json, judged as blind-judge.ts says (no in-stock
// count). EXPECTED.json is never edited; a check judged wrong stays in KNOWN_GAPS with the reason.

/** 6 December 2026, noon UTC: the day EXPECTED.json's prices hold on. */
const NOW = Date.UTC(2026, 11, 6, 12);

// First run, on main (40e6a1f, feedfix26's fixes not in it): 13 of 130 checks right. After feedfix26 (its fixes made
// before the set was opened, none after): 12 of 130 — the Shift4Shop count was right on main by two errors cancelling out.
// After feedfix27 (30aa7ea + columns recognised by their words and values, header rows found below title rows, whole
// amounts written "€ 699,-", status/hide/on-sale switches, tax amounts, RDFa Lite, a sale's end date in its own column, a
// category path no Google category names filed where most of its siblings are, a header
// mostly in no Merchant words asking for its currency): 63 of 130 (Rakuten, Toppreise and Shift4Shop all right). The family left is the
// Google category: files with no category column, or category words and titles in languages the mapper does not read
// (Spanish, Turkish, Korean, Malay), are refused row by row when no --category is given, as the judge gives none.
const LIGHTSPEED_X = "Lightspeed X-Series (Vend) export: its columns are read (retail_price grossed up by its tax_value, 15 %; inventory_Main_Outlet as stock; options numbered in words), but the shoes' type \"Footwear\" and the resole's \"Service\" name no Google category (the taxonomy says Shoes) nor do their titles (\"Tūī Trail Runner\"): without --category those 5 rows are refused, 9 of 14 served and sample 1 (a shoe) missing";
const MERCADOLIBRE = "Mercado Libre listings spreadsheet: its header is found below the two title rows and its columns read (TÍTULO, VARIANTES as Color/Talla, CÓDIGO UNIVERSAL as GTIN, ESTADO), but it has no category column and its Spanish titles (\"Tenis Running Hombre…\") name no Google category the mapper reads: without --category every row is refused";
const NAVER = "Naver Shopping EP TSV: price_pc is read as the price (price_mobile noted, normal_price a list price) and category_name1..4 as one path, but Korean category words (패션잡화 > 운동화) and titles name no Google category the mapper reads: without --category every row is refused";
const RDFA = "schema.org RDFa Lite: read now (11 products, the Discontinued one refused, the Open Graph and BreadcrumbList markup left out), but the markup gives no category and the Spanish titles name none the mapper reads (\"Olla a presión…\"; \"Tabla de cortar\" is even filed under hand drums by the English word \"tabla\"): 2 of 10 served, none of the samples";
const SHOPEE = "Shopee mass-update CSV: its human header is found below the key row and its empty and instruction rows set aside, but it has no category column and its titles (\"Lip Tint Velvet Matte…\", \"Baju Kurung Moden…\") name no Google category: without --category every row is refused (and its \"Dusty Pink,M\" variation cells name no attribute)";
const TRENDYOL = "Trendyol export: its Turkish columns are read by their words (Ürün Adı, Trendyol'da Satılacak Fiyat, not Piyasa Satış Fiyatı; Barkod; Ürün Rengi; Beden; Onay Durumu and Durum), but \"Sweatshirt\", \"Kot Pantolon\" and \"Bot\" name no Google category the mapper reads (its TRY, written nowhere, is asked for, not guessed): without --category every row is refused";

/** The checks that fail, each with why: filled in from the first run. */
const KNOWN_GAPS: Readonly<Record<string, string>> = {
  'lightspeed-xseries-products-nz.csv: products': LIGHTSPEED_X,
  'lightspeed-xseries-products-nz.csv: sample 1 gtin': LIGHTSPEED_X,
  'lightspeed-xseries-products-nz.csv: sample 1 in stock': LIGHTSPEED_X,
  'lightspeed-xseries-products-nz.csv: sample 1 price': LIGHTSPEED_X,
  'lightspeed-xseries-products-nz.csv: sample 1 size': LIGHTSPEED_X,
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
