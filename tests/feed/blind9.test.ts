import { describe, expect, it } from 'vitest';
import { judgeBlindSet } from './blind-judge.ts';

// Blind feed set 9 (tests/feed/fixtures/blind9, 5c25b75): ten shop exports written by a helper who never opened the
// importer, with what a careful importer should serve in EXPECTED.json (no in-stock count; samples may name a variant's
// sku and colour), judged as blind-judge.ts says. EXPECTED.json is never edited; a check judged wrong stays in
// KNOWN_GAPS with the reason.

/** 6 December 2026, noon UTC: the day EXPECTED.json's prices hold on. */
const NOW = Date.UTC(2026, 11, 6, 12);

// First run, on main unchanged (5c25b75): 13 of 130 checks right (the Pinterest TSV alone). Offer feeds read under
// other column names, a "|" delimiter, availability in words: 21. With category words in German,
// Dutch, Italian, Spanish and Polish, and enum words ("Damen", "Kinder"): 46 (the idealo and Trovaprezzi feeds whole).
// With options in numbered name/value column pairs and draft/archived/inactive rows not served: 61 (the TikTok template whole).
// With XML offer feeds whose offers are no RSS <item> (the element holding the prices), a currency column, availability
// 1/0 and an unread availability served as out of stock: 72 (Ceneo but its currency).
// With language-suffixed columns (Title_Short_NL), option lists in one cell ("Maat : 68", "Grösse: 42, Farbe: Anthrazit"),
// category levels in columns, stock-level and ERP column names: 95 (Lightspeed whole, Odoo but its net prices).
// With an offer feed read under other field names asked for its currency (no EUR guessed): 97 (Ceneo whole).
// feedfix26: with an offer feed's numeric condition codes (Kelkoo's 0 new) and ambiguous category words yielding to the
// title: 107. With net prices grossed up by the customer tax an ERP names (Odoo's Kundensteuern): 110. With a
// schema.org microdata reader and prices grouped in lakhs: 111. With sale prices without dates, stock per location,
// negative stock as none and a kind of size as the size: 116. With a repeated id on a variant told apart by its
// options served as that variant: 117 (Odoo whole). With a title's head noun read before its model code or amount and
// past a bracketed aside: 120.
const KELKOO = 'Kelkoo XML: its <product> offers read since, and its <condition>0</condition> is Kelkoo\'s code for new since (offer feeds\' condition codes 0/1/2), so 11 of 12 serve; the 50 EUR gift card ("Carte cadeau", filed under "Cartes cadeaux") names no category in French the matcher knows: refused without --category';
const MICRODATA = 'schema.org microdata (itemscope/itemprop), no JSON-LD: read since (extract-microdata.ts: 13 offers, INR, the text price "₹1,29,999" in lakhs, availability links), but the cards state no category and, though a title\'s head noun is read past its model code and bracketed aside since (the Sony TV serves), most titles name no node the matcher settles ("… Mixer Grinder with 4 Jars", "… Men\'s Cotton Kurta"; "Pressure Cooker" ties with its accessories): 10 of 13 refused without --category (with one, all 13 serve and the samples hold)';
const SQUARE = 'Square item library: read as an offer feed since with its Online Sale Price (a sale price without dates), stock summed over its per-location "Current Quantity …" columns (-2 out of stock), its "Bag Size" option as the size, the archived item and the "variable" gift card not served; but two items\' categories name nothing the matcher knows ("Cold Brew", "Brewing Gear" with a title naming none): 12 of 14 served without --category';

/** The checks that fail, each with why: filled in from the first run, shortened as families of misses are fixed. */
const KNOWN_GAPS: Readonly<Record<string, string>> = {
  'kelkoo-offres-fr.xml: products': KELKOO,
  'microdata-catalogue-in.html: products': MICRODATA,
  'microdata-catalogue-in.html: sample 2 gtin': MICRODATA,
  'microdata-catalogue-in.html: sample 2 in stock': MICRODATA,
  'microdata-catalogue-in.html: sample 2 price': MICRODATA,
  'microdata-catalogue-in.html: sample 3 gtin': MICRODATA,
  'microdata-catalogue-in.html: sample 3 in stock': MICRODATA,
  'microdata-catalogue-in.html: sample 3 price': MICRODATA,
  'microdata-catalogue-in.html: sample 3 size': MICRODATA,
  'square-item-library.csv: products': SQUARE,
};

describe('blind feed set 9', () => {
  it('serves what EXPECTED.json says, but for the known gaps', () => {
    const { checks, failing } = judgeBlindSet('blind9', NOW);
    console.log(`blind9: ${checks.size - failing.length} of ${checks.size} checks right`);
    if (process.env.BLIND9_DUMP) console.log(JSON.stringify(failing));
    expect(failing).toEqual(Object.keys(KNOWN_GAPS).sort());
  });
});
