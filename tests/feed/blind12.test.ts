import { describe, expect, it } from 'vitest';
import { judgeBlindSet } from './blind-judge.ts';

// Blind feed set 12 (tests/feed/fixtures/blind12, 5055ee6): ten shop exports written by a helper who never opened the
// importer, with what a careful importer should serve in EXPECTED.json, judged as blind-judge.ts says. EXPECTED.json is
// never edited; a check judged wrong stays in KNOWN_GAPS with the reason.

/** 6 December 2026, noon UTC: the day EXPECTED.json's prices hold on. */
const NOW = Date.UTC(2026, 11, 6, 12);

// 11 of 118 checks right on main (1429b84); 18 of 118 after feedcat28 (its fixes all made before the set was opened,
// none after), then 15: the 3 checks of PrestaShop's sample 3 were right only because the energy gel was served under
// "Jams & Jellies", wrongly (the Spanish category "Geles" read as Swedish "gelé" by the localized matcher's inflection
// rule, then applied to category words in every shipped language). Seen in this set, so the lead's fix is a fix after
// looking, and it lowers the count: an inflected ending is now read off only in the language of the feed's market (its
// currency), other languages' labels must be the words themselves; the gel is refused instead of misfiled. No check
// right on main fails on the branch. Of the 4 newly right: Shoptet's 4 by the Windows-1250 decoding and the Czech
// taxonomy edition. Also seen, not fixed: Shoptet's aprons ("Textil > Zástěry") filed under craft "Textiles" (Czech
// "Textil" read as Google's "Textilie", in the market's own language) — also this branch; PrestaShop's trail shoes
// under "Trail & Snack Mixes" (as on main).
const ARUKERESO = "Árukereső.hu XML: no element is read as the id (row 1 id: missing), and its Hungarian categories (\"Háztartás > Konyhai eszközök > Serpenyők\") name no Google category (no Hungarian taxonomy edition shipped): none of 9 served";
const CENEJE = "Ceneje.si CNJExport XML: its Slovenian fileUnder categories are not read as the category, so every row is refused as missing google_product_category: none of 9 served";
const GAMBIO = "Gambio GX export: several p_priceNoTax.N columns make the price column ambiguous (not guessed), and the split p_cat.N categories are not read: none of 9 served";
const KUANTOKUSTA = "KuantoKusta.pt XML: its product name element is not read as the title, and the Portuguese categories (\"Desporto > Ciclismo > Capacetes\") name no Google category: none of 10 served";
const MAGENTO1 = "Magento 1.9 catalog_product export (continuation rows, _store views, _super_* children): no category is read for any row (all refused as missing google_product_category): none of 17 served";
const MEDUSA = "Medusa v1 /store/products dump: status \"published\" is read as not active in the shop, so nothing is served (and its minor-unit eur/sek prices are never reached)";
const PRESTASHOP17 = "PrestaShop 1.7 list export in Spanish: its Spanish categories \"Relojes GPS\", \"Camisetas\", \"Hidratación\", \"Gorras\" name no Google category, nor do the titles (sample 1 the GPS watch and sample 3 the \"Geles\" energy gel refused); 6 of 11 served";
const PRISJAKT = "Prisjakt.no CSV: the Norwegian headers (Produktnavn, Art.nr., Pris inkl. mva.) are not read as title, id and price (FEED_MALFORMED naming the columns)";
const SHOPTET = "Shoptet CSV (Windows-1250 now decoded): sample 1 (the 28 cm pan) is not served with its variant:Průměr size and price; the mug's category \"Stolování > Hrnky a šálky\" names no Google category (sample 2 refused); 11 of 14 served";
const TICIMAX = "Ticimax XML (Urun / UrunSecenek / Secenek): no offer element is found, so the file reads as empty (FEED_EMPTY)";

const KNOWN_GAPS: Readonly<Record<string, string>> = {
  'arukereso-termekek-hu.xml: products': ARUKERESO,
  'arukereso-termekek-hu.xml: sample 1 gtin': ARUKERESO,
  'arukereso-termekek-hu.xml: sample 1 in stock': ARUKERESO,
  'arukereso-termekek-hu.xml: sample 1 price': ARUKERESO,
  'arukereso-termekek-hu.xml: sample 2 gtin': ARUKERESO,
  'arukereso-termekek-hu.xml: sample 2 in stock': ARUKERESO,
  'arukereso-termekek-hu.xml: sample 2 price': ARUKERESO,
  'arukereso-termekek-hu.xml: sample 3 gtin': ARUKERESO,
  'arukereso-termekek-hu.xml: sample 3 in stock': ARUKERESO,
  'arukereso-termekek-hu.xml: sample 3 price': ARUKERESO,
  'ceneje-izvoz-si.xml: products': CENEJE,
  'ceneje-izvoz-si.xml: sample 1 gtin': CENEJE,
  'ceneje-izvoz-si.xml: sample 1 in stock': CENEJE,
  'ceneje-izvoz-si.xml: sample 1 price': CENEJE,
  'ceneje-izvoz-si.xml: sample 2 gtin': CENEJE,
  'ceneje-izvoz-si.xml: sample 2 in stock': CENEJE,
  'ceneje-izvoz-si.xml: sample 2 price': CENEJE,
  'ceneje-izvoz-si.xml: sample 3 gtin': CENEJE,
  'ceneje-izvoz-si.xml: sample 3 in stock': CENEJE,
  'ceneje-izvoz-si.xml: sample 3 price': CENEJE,
  'gambio-artikel-de.csv: products': GAMBIO,
  'gambio-artikel-de.csv: sample 1 gtin': GAMBIO,
  'gambio-artikel-de.csv: sample 1 in stock': GAMBIO,
  'gambio-artikel-de.csv: sample 1 price': GAMBIO,
  'gambio-artikel-de.csv: sample 2 gtin': GAMBIO,
  'gambio-artikel-de.csv: sample 2 in stock': GAMBIO,
  'gambio-artikel-de.csv: sample 2 price': GAMBIO,
  'gambio-artikel-de.csv: sample 3 gtin': GAMBIO,
  'gambio-artikel-de.csv: sample 3 in stock': GAMBIO,
  'gambio-artikel-de.csv: sample 3 price': GAMBIO,
  'kuantokusta-feed-pt.xml: products': KUANTOKUSTA,
  'kuantokusta-feed-pt.xml: sample 1 gtin': KUANTOKUSTA,
  'kuantokusta-feed-pt.xml: sample 1 in stock': KUANTOKUSTA,
  'kuantokusta-feed-pt.xml: sample 1 price': KUANTOKUSTA,
  'kuantokusta-feed-pt.xml: sample 1 size': KUANTOKUSTA,
  'kuantokusta-feed-pt.xml: sample 2 gtin': KUANTOKUSTA,
  'kuantokusta-feed-pt.xml: sample 2 in stock': KUANTOKUSTA,
  'kuantokusta-feed-pt.xml: sample 2 price': KUANTOKUSTA,
  'kuantokusta-feed-pt.xml: sample 3 gtin': KUANTOKUSTA,
  'kuantokusta-feed-pt.xml: sample 3 in stock': KUANTOKUSTA,
  'kuantokusta-feed-pt.xml: sample 3 price': KUANTOKUSTA,
  'magento1-export-prodotti-it.csv: products': MAGENTO1,
  'magento1-export-prodotti-it.csv: sample 1 gtin': MAGENTO1,
  'magento1-export-prodotti-it.csv: sample 1 in stock': MAGENTO1,
  'magento1-export-prodotti-it.csv: sample 1 price': MAGENTO1,
  'magento1-export-prodotti-it.csv: sample 1 size': MAGENTO1,
  'magento1-export-prodotti-it.csv: sample 2 gtin': MAGENTO1,
  'magento1-export-prodotti-it.csv: sample 2 in stock': MAGENTO1,
  'magento1-export-prodotti-it.csv: sample 2 price': MAGENTO1,
  'magento1-export-prodotti-it.csv: sample 2 size': MAGENTO1,
  'magento1-export-prodotti-it.csv: sample 3 gtin': MAGENTO1,
  'magento1-export-prodotti-it.csv: sample 3 in stock': MAGENTO1,
  'magento1-export-prodotti-it.csv: sample 3 price': MAGENTO1,
  'medusa-store-products-fi.json: products': MEDUSA,
  'medusa-store-products-fi.json: sample 1 gtin': MEDUSA,
  'medusa-store-products-fi.json: sample 1 in stock': MEDUSA,
  'medusa-store-products-fi.json: sample 1 price': MEDUSA,
  'medusa-store-products-fi.json: sample 1 size': MEDUSA,
  'medusa-store-products-fi.json: sample 2 gtin': MEDUSA,
  'medusa-store-products-fi.json: sample 2 in stock': MEDUSA,
  'medusa-store-products-fi.json: sample 2 price': MEDUSA,
  'medusa-store-products-fi.json: sample 2 size': MEDUSA,
  'medusa-store-products-fi.json: sample 3 gtin': MEDUSA,
  'medusa-store-products-fi.json: sample 3 in stock': MEDUSA,
  'medusa-store-products-fi.json: sample 3 price': MEDUSA,
  'prestashop17-productos-es.csv: products': PRESTASHOP17,
  'prestashop17-productos-es.csv: sample 1 gtin': PRESTASHOP17,
  'prestashop17-productos-es.csv: sample 1 in stock': PRESTASHOP17,
  'prestashop17-productos-es.csv: sample 1 price': PRESTASHOP17,
  'prestashop17-productos-es.csv: sample 3 gtin': PRESTASHOP17,
  'prestashop17-productos-es.csv: sample 3 in stock': PRESTASHOP17,
  'prestashop17-productos-es.csv: sample 3 price': PRESTASHOP17,
  'prisjakt-feed-no.csv: currency': PRISJAKT,
  'prisjakt-feed-no.csv: products': PRISJAKT,
  'prisjakt-feed-no.csv: sample 1 gtin': PRISJAKT,
  'prisjakt-feed-no.csv: sample 1 in stock': PRISJAKT,
  'prisjakt-feed-no.csv: sample 1 price': PRISJAKT,
  'prisjakt-feed-no.csv: sample 2 gtin': PRISJAKT,
  'prisjakt-feed-no.csv: sample 2 in stock': PRISJAKT,
  'prisjakt-feed-no.csv: sample 2 price': PRISJAKT,
  'prisjakt-feed-no.csv: sample 3 gtin': PRISJAKT,
  'prisjakt-feed-no.csv: sample 3 in stock': PRISJAKT,
  'prisjakt-feed-no.csv: sample 3 price': PRISJAKT,
  'shoptet-produkty-cz.csv: products': SHOPTET,
  'shoptet-produkty-cz.csv: sample 1 gtin': SHOPTET,
  'shoptet-produkty-cz.csv: sample 1 price': SHOPTET,
  'shoptet-produkty-cz.csv: sample 1 size': SHOPTET,
  'shoptet-produkty-cz.csv: sample 2 gtin': SHOPTET,
  'shoptet-produkty-cz.csv: sample 2 in stock': SHOPTET,
  'shoptet-produkty-cz.csv: sample 2 price': SHOPTET,
  'ticimax-urunler-tr.xml: currency': TICIMAX,
  'ticimax-urunler-tr.xml: products': TICIMAX,
  'ticimax-urunler-tr.xml: sample 1 gtin': TICIMAX,
  'ticimax-urunler-tr.xml: sample 1 in stock': TICIMAX,
  'ticimax-urunler-tr.xml: sample 1 price': TICIMAX,
  'ticimax-urunler-tr.xml: sample 1 size': TICIMAX,
  'ticimax-urunler-tr.xml: sample 2 gtin': TICIMAX,
  'ticimax-urunler-tr.xml: sample 2 in stock': TICIMAX,
  'ticimax-urunler-tr.xml: sample 2 price': TICIMAX,
  'ticimax-urunler-tr.xml: sample 3 gtin': TICIMAX,
  'ticimax-urunler-tr.xml: sample 3 in stock': TICIMAX,
  'ticimax-urunler-tr.xml: sample 3 price': TICIMAX,
  'ticimax-urunler-tr.xml: sample 3 size': TICIMAX,
};

describe('blind feed set 12', () => {
  it('serves what EXPECTED.json says, but for the known gaps', () => {
    const { checks, failing } = judgeBlindSet('blind12', NOW);
    console.log(`blind12: ${checks.size - failing.length} of ${checks.size} checks right`);
    if (process.env.BLIND12_DUMP) console.log(JSON.stringify(failing));
    expect(failing).toEqual(Object.keys(KNOWN_GAPS).sort());
  });
});
