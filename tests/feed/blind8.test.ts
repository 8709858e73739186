import { describe, expect, it } from 'vitest';
import { judgeBlindSet } from './blind-judge.ts';

// Blind feed set 8 (tests/feed/fixtures/blind8, 87801c7): ten shop exports written by a helper who never opened the
// importer, with what a careful importer should serve in EXPECTED.json, judged as blind-judge.ts says. EXPECTED.json is
// never edited; a check judged wrong stays in KNOWN_GAPS with the reason.

/** 5 December 2026, noon UTC: the day EXPECTED.json's prices hold on. */
const NOW = Date.UTC(2026, 11, 5, 12);

// First run, on main unchanged (87801c7) and on this branch at its first two commits alike: 25 of 136 checks right.
// With the Etsy, Squarespace, eBay and Amazon readers: 73 of 136; with the Ecwid reader: 74; with a spreadsheet's scientific-notation GTIN no longer refusing its row and the JTL-Wawi reader: 78; with French titles read head first: 81. With offer-feed column names, availability words, category words in German, Dutch,
// Italian, Spanish and Polish, and enum words ("Damen", "Neu"): 99. With size_system stated as an attribute: 100.
const SHIFT_JIS = 'BASE (Japan) item CSV: no reader knows it; its Shift_JIS bytes were read as Windows-1252 on main (decoded since, the header then reads 商品ID, 商品名, 種類ID…). Since feedfix27 its columns are judged by their words and values (商品名 the title, 価格 the price, JAN/GTIN the GTIN), but no column can be the id without a guess — 商品ID repeats on each variant row, 種類ID is empty on plain items — so it is refused with FEED_MALFORMED naming them';
const NO_CATEGORY = 'its JSON-LD products give no category; their French titles are read head first since (Peluche, Puzzle, Crayons serve), but a board game\'s name ("Les Aventuriers du Rail"), "Déguisement", "Draisienne", "Perles à repasser" name no node the matcher knows: refused without --category';
const EBAY_TITLES = 'two listings (a shoe care kit, insoles) state no kind item specific and their keyword titles name no category the head-noun reading finds: refused without --category';
const SERVING_BOARD = '"Walnut Wood Serving Board": neither its tags nor its title name a Google category (the taxonomy has cutting boards, no serving boards): refused without --category';
const GERMAN_WORDS = 'German category words ("Kaffee/Bohnen", "Zubehör/Handfilter") are read in English since (category-word-translations.ts), so all 11 offers serve, 9 in stock; but the samples\' "1 kg" is stated as weight, from the shop\'s option name, so the 1 kg sample is not told from its 250 g sibling (its price is that one\'s)';
const JTL_GERMAN = 'German category paths are read in English since ("Kochen > Pfannen", "Messer > Kochmesser" serve), but "Küchenhelfer > Schneidebretter", "Küchenhelfer > Waagen", "Küchenhelfer > Textilien" are words the list does not hold (not added after seeing them: the set stays blind), so 3 of 12 articles are refused without --category; the pan\'s "28 cm" is stated as durchmesser, the shop\'s variation name';

/** The checks that fail, each with why: filled in from the first run, shortened as families of misses are fixed. */
const KNOWN_GAPS: Readonly<Record<string, string>> = {
  'base-items-jp.csv: currency': SHIFT_JIS,
  'base-items-jp.csv: in stock': SHIFT_JIS,
  'base-items-jp.csv: products': SHIFT_JIS,
  'base-items-jp.csv: sample 1 gtin': SHIFT_JIS,
  'base-items-jp.csv: sample 1 in stock': SHIFT_JIS,
  'base-items-jp.csv: sample 1 price': SHIFT_JIS,
  'base-items-jp.csv: sample 1 size': SHIFT_JIS,
  'base-items-jp.csv: sample 2 gtin': SHIFT_JIS,
  'base-items-jp.csv: sample 2 in stock': SHIFT_JIS,
  'base-items-jp.csv: sample 2 price': SHIFT_JIS,
  'base-items-jp.csv: sample 2 size': SHIFT_JIS,
  'base-items-jp.csv: sample 3 gtin': SHIFT_JIS,
  'base-items-jp.csv: sample 3 in stock': SHIFT_JIS,
  'base-items-jp.csv: sample 3 price': SHIFT_JIS,
  'ebay-file-exchange-uk.csv: in stock': EBAY_TITLES,
  'ebay-file-exchange-uk.csv: products': EBAY_TITLES,
  'ebay-file-exchange-uk.csv: sample 3 gtin': EBAY_TITLES,
  'ebay-file-exchange-uk.csv: sample 3 in stock': EBAY_TITLES,
  'ebay-file-exchange-uk.csv: sample 3 price': EBAY_TITLES,
  'ecwid-products.csv: sample 1 price': GERMAN_WORDS,
  'ecwid-products.csv: sample 1 size': GERMAN_WORDS,
  'ecwid-products.csv: sample 2 size': GERMAN_WORDS,
  'etsy-listings.csv: in stock': SERVING_BOARD,
  'etsy-listings.csv: products': SERVING_BOARD,
  'jsonld-itemlist-fr.html: in stock': NO_CATEGORY,
  'jsonld-itemlist-fr.html: products': NO_CATEGORY,
  'jsonld-itemlist-fr.html: sample 2 gtin': NO_CATEGORY,
  'jsonld-itemlist-fr.html: sample 2 in stock': NO_CATEGORY,
  'jsonld-itemlist-fr.html: sample 2 price': NO_CATEGORY,
  'jsonld-itemlist-fr.html: sample 2 size': NO_CATEGORY,
  'jsonld-itemlist-fr.html: sample 3 gtin': NO_CATEGORY,
  'jsonld-itemlist-fr.html: sample 3 in stock': NO_CATEGORY,
  'jsonld-itemlist-fr.html: sample 3 price': NO_CATEGORY,
  'jtl-artikelexport-de.csv: in stock': JTL_GERMAN,
  'jtl-artikelexport-de.csv: products': JTL_GERMAN,
  'jtl-artikelexport-de.csv: sample 2 size': JTL_GERMAN,
};

describe('blind feed set 8', () => {
  it('serves what EXPECTED.json says, but for the known gaps', () => {
    const { checks, failing } = judgeBlindSet('blind8', NOW);
    console.log(`blind8: ${checks.size - failing.length} of ${checks.size} checks right`);
    if (process.env.BLIND8_DUMP) console.log(JSON.stringify(failing));
    expect(failing).toEqual(Object.keys(KNOWN_GAPS).sort());
  });
});
