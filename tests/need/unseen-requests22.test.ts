import { describeBlindSet } from './describe-blind-set.ts';
import { UNSEEN_NOW_22, UNSEEN_REQUESTS_22 } from './unseen-requests22-table.ts';

// Eighty requests written blind (requests22, see the table's header: voice-dictation transcripts with numbers as words,
// replies quoting an earlier message, shopping and to-do lists with one line to buy now, gifts described through the
// recipient, budgets in other currencies or per unit, units in several systems, typos and SMS abbreviations, emoji,
// season or climate as a need, "must not" lists, a quantity spread over the text; 48 English requests, 2 each in
// Italian, Portuguese, Dutch, Polish, Swedish, Russian, Turkish and Japanese and in four languages not read before —
// Hungarian, Danish, Ukrainian, Korean — and 8 a careful shop assistant could not act on — keyboard mash, a pasted
// base64 blob, a pasted run of hashes, "hi", a URL alone, a question with no product, "ok 👍", shrug emoji — where the
// butler must ask what the person wants), read at the table's own clock (Thursday 9 November 2028).
// Measured once on main (6f58dc6) before any fix: 45/80 read right (rows failing per kind: hard 17, category 11,
// quantity 4, budget 2, recipient 2, currency 1; by language: English requests 31/48, Italian 0/2, Portuguese 1/2,
// Dutch 2/2, Polish 0/2, Swedish 1/2, Russian 0/2, Turkish 2/2, Japanese 1/2, Hungarian, Danish, Ukrainian and Korean
// 0/8 — refused as unsupported, read as French, Swedish or Russian; requests to ask about 7/8 — the keyboard mash is
// refused as unsupported instead of asked about). Every row must read right but the ones listed in KNOWN_GAPS; their
// reasons are the judge's own findings at measurement time, not yet diagnosed. A gap that closes must be removed from
// the list.
// After reqfix39: 58/80 (spread quantities and cans counted, refusing labels, dictated wishes and measures named
// before their bound, a laptop's screen, recipients' apposed ages and cut, figures counted in thousands). After
// review39d withdrew three of those families (spread quantities, refusing labels said again before each item, the cut
// from a relation: each turned other requests' wishes wrong) and of its dictated wishes (a wish said after its words
// reached back over two words only, so 'vegan trail shoes size 43 if possible' lost its wish): 49/80.
// mendleft40: "R$ 2500" reads as BRL ("R" glued to "$", as "C$"): 50/80.
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map<string, string>([
  ["uhh a washing machine eight kilos front loading and um the spin should be at least fourteen hundred max six hundred euros", "measured after the withdrawal of reqfix39's dictated wishes (they broke requests8's 'vegan … if possible'), not yet read right: [hard] missing spin_rpm gte 1400"],
  ["my wife runs road marathons, size 39, she hates heavy shoes. a pair for our anniversary, up to 170€", "measured after review39d withdrew reqfix39's spread quantities, refusing labels and relation cut, not yet read right: [hard] missing gender in women"],
  ["wet food for my puppy (a small breed), $2 a can, 12 cans please", "measured after review39d withdrew reqfix39's spread quantities, refusing labels and relation cut, not yet read right: [quantity] quantity 1, expected 12"],
  ["TV. must not: be Samsung, be under 55 inches, cost more than 1500. must: OLED", "measured after review39d withdrew reqfix39's spread quantities, refusing labels and relation cut, not yet read right: [hard] missing maker not-in Samsung; [hard] missing screen_in gte 55"],
  ["Office chair. Must NOT have: leatherette, a headrest. Must have: lumbar support, adjustable armrests. Max 350", "measured after review39d withdrew reqfix39's spread quantities, refusing labels and relation cut, not yet read right: [hard] missing material not-in leatherette; [hard] missing headrest eq false"],
  ["dry dog food for an adult large dog\nNOT: grain free (vet said so), Pedigree\nbudget 70", "measured after review39d withdrew reqfix39's spread quantities, refusing labels and relation cut, not yet read right: [hard] missing life_stage eq adult; [hard] missing maker not-in Pedigree"],
  ["yoga mats: two for me and one for my sister, non slip, PVC-free, 40 each max", "measured after review39d withdrew reqfix39's spread quantities, refusing labels and relation cut, not yet read right: [quantity] quantity 1, expected 3"],
  ["toothbrushes: one for me, one for my partner, the kids can wait — so just the two, sonic, budget 120 for both", "measured after review39d withdrew reqfix39's spread quantities, refusing labels and relation cut, not yet read right: [quantity] quantity 1, expected 2"],
  ["hiking backpack, 30 L, waterproof, one for me and one for my brother, max 200 total", "measured after review39d withdrew reqfix39's spread quantities, refusing labels and relation cut, not yet read right: [quantity] quantity 1, expected 2"],
  ["right so coffee beans for espresso one kilo dark roast you know organic if possible up to thirty euros", "measured, not yet read right: [hard] missing form eq beans; [hard] missing use eq espresso; [hard] missing roast eq dark; [budget] budget none, expected 3000"],
  ["> Did you want the blender for soups too?\nyes!! so it has to heat. countertop, red if they have it, below 200", "measured, not yet read right: [hard] missing heating eq true"],
  ["things for the move: boxes, tape, a mattress 140x200 medium firmness, curtains. only the mattress from you please, budget 500", "measured, not yet read right: [hard] missing size ~ 140 x 200 cm"],
  ["coffee, ground, 8.8 oz bag (250 g), for filter, medium roast, under 12 euros", "measured, not yet read right: [hard] missing use eq filter"],
  ["gonna need a bicyle helmet w/ MIPS for road ridin, sz L, 120 max", "measured, not yet read right: [hard] missing size ~ L"],
  ["cerco un aspirapolvere senza fili a bastone, senza sacco, massimo 250 euro", "measured, not yet read right: [hard] missing vacuum_type eq stick; [hard] missing bagless eq true"],
  ["regalo per mia madre, 65 anni: un bollitore elettrico color crema, con controllo della temperatura, fino a 80 €", "measured, not yet read right: [hard] missing color in cream"],
  ["Szukam namiotu dla 3 osób, samorozkładającego się, do 600 zł", "measured, not yet read right: [hard] missing setup eq pop-up"],
  ["potrzebuję suszarki do włosów z jonizacją, moc co najmniej 2000 W, do 300 zł", "measured, not yet read right: [hard] missing power_w gte 2000"],
  ["Jag behöver en vattentät dunjacka med huva till vintern i Kiruna, max 3000 kr", "measured, not yet read right: [category] got unsupported: Read in Swedish; I answer in English. I can only shop for running shoes, headpho"],
  ["Нужен планшет с поддержкой стилуса, 11 дюймов, не Apple, до 40000 рублей", "measured, not yet read right: [hard] missing stylus_support eq true"],
  ["ノイズキャンセリング付きのワイヤレスヘッドホン、オーバーイヤー、3万円以内でお願いします", "measured, not yet read right: [hard] missing form eq over-ear"],
  ["Szeretnék egy porzsák nélküli robotporszívót, maximum 150 000 Ft", "measured, not yet read right: [category] got unsupported: Pour l’instant, je ne sais acheter que chaussures de running, casque audio, café"],
  ["Vízálló terepfutó cipőt keresek, 42-es méret, legfeljebb 60 000 forint", "measured, not yet read right: [category] got unsupported: Pour l’instant, je ne sais acheter que chaussures de running, casque audio, café"],
  ["Jeg leder efter en kaffemaskine med indbygget kværn, bønne til kop, max 5000 kr", "measured, not yet read right: [category] got unsupported: Read in Swedish; I answer in English. I can only shop for running shoes, headpho"],
  ["en vandtæt rygsæk til vandring, 25 liter, højst 900 kr", "measured, not yet read right: [category] got unsupported: Pour l’instant, je ne sais acheter que chaussures de running, casque audio, café"],
  ["Шукаю бездротові навушники з шумозаглушенням, до 8000 гривень", "measured, not yet read right: [category] got unsupported: Read in Russian; I answer in English. I can only shop for running shoes, headpho"],
  ["Потрібен жорсткий матрац 160x200, до 20000 грн", "measured, not yet read right: [category] got unsupported: Read in Russian; I answer in English. I can only shop for running shoes, headpho"],
  ["노트북 찾고 있어요, 14인치, 램 16GB 이상, 150만원 이하", "measured, not yet read right: [category] got unsupported: I can only shop for running shoes, headphones, coffee, bicycles, bicycle helmets"],
  ["아내 선물로 요가 매트 사고 싶어요, 미끄럼 방지, 두께 6mm, 10만원까지", "measured, not yet read right: [category] got unsupported: I can only shop for running shoes, headphones, coffee, bicycles, bicycle helmets"],
  ["asdfjkl;asdfjkl;qweqwe", "measured, not yet read right: [category] got unsupported: I can only shop for running shoes, headphones, coffee, bicycles, bicycle helmets"],
]);

describeBlindSet('requests22: eighty blind requests dictated, quoted, listed, gifted through the recipient, priced in other currencies or per unit, in mixed units, with typos, emoji, climates, must-not lists and spread quantities, in thirteen languages, and eight to ask about (demo market)', UNSEEN_REQUESTS_22, KNOWN_GAPS, { rows: 80, french: 0, now: UNSEEN_NOW_22 });
