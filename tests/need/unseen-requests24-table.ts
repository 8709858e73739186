/**
 * Eighty requests written by hand and blind (requests24) by a helper of session 50 on 2026-12-07, before anyone ran
 * them through the engine: the writer did not open `agent/` (nor `agent/need/`, `agent/language/`), nor the rows of any
 * other table on purpose; read the header and first rows of `unseen-requests23-table.ts` (row format, conventions,
 * blob helper — the listing showed ten of its rows, and its test file's KNOWN_GAPS shows more; none is reused here),
 * the set-23 test, `describe-blind-set.ts`, `unseen-requests-judge.ts`, the `UnseenRow` type in
 * `unseen-requests-table.ts` (whose listing also showed about twenty rows of table 1, not reused), `xorshift-bytes.ts`,
 * the currency exponents of `protocol/money.ts`, the demo market's catalogue data (`brand-agent/reference/data/`:
 * category ids, attribute names and values, makers) and the category list of the judge's `DEMO_MARKET`; and changed no
 * row after seeing how it reads.
 *
 * Written in a new style: voice-assistant transcriptions (no punctuation, "uh"/"um" fillers, spoken numbers "a hundred
 * and twenty", "one fifty", "one point seven litres"); SMS/chat shorthand ("pls", "u", "w/", "<50", "2x", "tmrw",
 * "lf", "4"); budgets as ranges ("between 400 and 600", "150-250", "no less than 200 but under 400"); imperial and US
 * units (a 55-inch TV, 20 inch wheels, a 30 lb bag, women's US 8); dislikes and exclusions from past purchases ("NOT a
 * plastic one this time", "anything but Dyson (had two, both died)"); gifts whose recipient turns up in an odd place (a
 * trailing "oh and it's for my nephew", a bracket "(for dad. he reads in the bath)"); several wishes joined with
 * "also"/"and maybe"; questions that are requests ("do you have…?", "is there…?"); typos and missing spaces
 * ("headphnes … under100"); all caps; emoji; very short requests; copy-pasted product titles with the wish after them.
 * 46 English; 2 each in Italian, Dutch, Portuguese (one European, one Brazilian chat), Polish, Swedish, French (a
 * voice transcript and a chat message), German (all caps and a spoken ramble), Spanish (a spoken question and an emoji
 * gift), and in five languages not read before: Turkish, Danish, Hungarian, Korean and Japanese (26, 32 %); budgets
 * in words in several of them ("ottanta euro", "vijftig euro", "cento e vinte euros", "dwustu złotych", "tusen
 * kronor", "dreihundert Euro", "doscientos cincuenta euros", "iki bin lira", "tre tusind kroner", "ötvenezer
 * forint"); and 8 requests a careful shop assistant could not act on (keyboard mash, a pasted 3 KB base64 blob and a
 * pasted hash generated here deterministically, "hiii 🙂", a short link alone, a question with no product, a voice
 * transcript of fillers only, emoji only): the butler must ask what the person wants (`ask:category`).
 *
 * Conventions as in tables 21 to 23: a measure said plainly ("1.7 L", "size M", "27in", "9 kg") is written under `~`;
 * "at least"/"minimum"/"fits a …" is `gte`, "under"/"max"/"or less" on a measure `lte`; a wish ("if poss", "if you
 * can") under `~`; a colour under `in`; a maker wanted is `maker in`, excluded (also "not the X ones again") `maker
 * not-in`; a dislike of a past purchase's feature is written as that feature refused (`not-in`, or `~ false` for a
 * yes/no feature). A budget range is written as its upper end, the ceiling no offer may pass. A price said per unit for
 * several units is not written as the budget. A room or lawn a device must cover is `gte`. An imperial weight or a
 * US/UK shoe size, whose metric figure depends on rounding or on a maker's size chart, is not written as a rule (the
 * rest of the row still is); inches are the catalogue's own unit for screens and wheels. When several things are
 * asked for, the first is the need and the others must be mentioned back (`noted`). A spoken "one fifty" for a price
 * is 150. Currencies: "$"/"dollars" USD, "reais" BRL, "złotych"/"zł" PLN, Swedish "kronor"/"kr" SEK, Danish
 * "kroner"/"kr" DKK, "lira"/"TL" TRY, "forint"/"Ft" HUF, "원" KRW, "円" JPY. A request in another language expects an
 * answer in that language (`lang`). A birthday deadline accepts the day before and the day; "by Friday" is that
 * Friday. A recipient is the canonical English word ("mom" mother, "gf" girlfriend, "oma" grandmother).
 */
import type { UnseenRow } from './unseen-requests-table.ts';
import { xorshiftBytes } from './xorshift-bytes.ts';

/** Wednesday 13 June 2029, 10:00 UTC: "tmrw" is 14 June, "by Friday" 15 June, Saturday 16 June, Sunday 17 June. */
export const UNSEEN_NOW_24 = new Date('2029-06-13T10:00:00Z');

/** A 3.0 KB base64 blob (2,250 bytes), as if an image had been pasted into the chat. */
export const PASTED_BASE64_24 = Buffer.from(xorshiftBytes(2250, 24)).toString('base64');
/** A 64-digit hex hash, as if a checksum had been pasted instead of the wish. */
export const PASTED_HASH_24 = Buffer.from(xorshiftBytes(32, 2424)).toString('hex');

export const UNSEEN_REQUESTS_24: readonly UnseenRow[] = [
  // Voice-assistant transcriptions: no punctuation, fillers, spoken numbers
  { text: 'uh hey so I need um headphones the over ear kind wireless and uh noise cancelling for like a hundred and twenty euros max', lang: 'en', expect: 'headphones', hard: ['form eq over-ear', 'wireless eq true', 'noise_cancelling eq true'], budget: 120 },
  { text: "okay so running shoes for trail uh size forty three and I don't wanna spend more than one fifty", lang: 'en', expect: 'running-shoes', hard: ['terrain eq trail', 'size_eu eq 43'], budget: 150 },
  { text: "hey can you find me a robot vacuum um that's bagless uh under three hundred euros thanks", lang: 'en', expect: '619', hard: ['vacuum_type eq robot', 'bagless eq true'], budget: 300 },
  { text: "I'd like a kettle uh one point seven litres stainless steel not more than sixty euros", lang: 'en', expect: '751', hard: ['capacity_l ~ 1.7', 'body eq stainless steel'], budget: 60 },
  { text: 'so like um a tent for four people uh freestanding and my budget is two hundred and fifty', lang: 'en', expect: '1022', hard: ['capacity_persons ~ 4', 'freestanding eq true'], budget: 250 },
  { text: 'uh a mattress a hundred and sixty by two hundred medium firmness under nine hundred', lang: 'en', expect: '2696', hard: ['size ~ 160 x 200 cm', 'firmness eq medium'], budget: 900 },
  // SMS and chat shorthand
  { text: 'need yoga mat pls non slip 6mm <50', lang: 'en', expect: '3640', hard: ['non_slip eq true', 'thickness_mm ~ 6'], budget: 50 },
  { text: '2x bike helmets w/ MIPS pls, u got any under 40 each?', lang: 'en', expect: '1029', hard: ['mips eq true'], quantity: 2 },
  { text: 'u have wireless earbuds w/ anc? white pls, max 80 €', lang: 'en', expect: 'headphones', hard: ['form eq in-ear', 'wireless eq true', 'noise_cancelling eq true', 'color in white'], budget: 80 },
  { text: 'lf backpack 4 school, waterproof, for my son (11) thx, budget 60', lang: 'en', expect: '100', hard: ['backpack_type eq school', 'waterproof eq true'], budget: 60, who: 'son', age: 11 },
  { text: 'gift 4 my gf: fitness tracker w/ gps, pink if poss, 150 max, need it by tmrw', lang: 'en', expect: '500009', hard: ['gps eq true', 'color ~ pink'], budget: 150, who: 'girlfriend', deadline: ['2029-06-14'] },
  // Budgets as ranges
  { text: 'Looking for a city bike between 400 and 600 euros, size M', lang: 'en', expect: '1026', hard: ['bike_type eq city', 'size ~ M'], budget: 600 },
  { text: 'air purifier 150-250 eur, for a 40 m² bedroom, HEPA', lang: 'en', expect: '606', hard: ['room_m2 gte 40', 'hepa eq true'], budget: 250 },
  { text: 'espresso machine no less than 200 but under 400, with a milk frother', lang: 'en', expect: '736', hard: ['machine_type eq espresso', 'milk_frother eq true'], budget: 400 },
  // Imperial and US units
  { text: 'a 55-inch TV, OLED, under $1500', lang: 'en', expect: '404', hard: ['screen_in ~ 55', 'panel eq oled'], budget: 1500, cur: 'USD' },
  { text: "kids bike with 20 inch wheels for my granddaughter, she's 7, max 300", lang: 'en', expect: '1026', hard: ['bike_type eq kids', 'wheel_size_in ~ 20'], budget: 300, who: 'granddaughter', age: 7 },
  { text: "Trail runners, women's US 8, waterproof, under $160", lang: 'en', expect: 'running-shoes', hard: ['terrain eq trail', 'gender eq women', 'waterproof eq true'], budget: 160, cur: 'USD' },
  { text: 'dry dog food for a large breed, a 30 lb bag or so, grain free, no more than 80 dollars', lang: 'en', expect: '3530', hard: ['food_form eq dry', 'dog_size eq large', 'grain_free eq true'], budget: 80, cur: 'USD' },
  { text: 'monitor 27in 4K w/ USB-C, budget anywhere from 300 to 450', lang: 'en', expect: '305', hard: ['screen_in ~ 27', 'resolution eq 4k', 'usb_c eq true'], budget: 450 },
  // Dislikes and exclusions from past purchases
  { text: 'electric kettle again — NOT a plastic one this time, the last one smelled. 1.5 L is enough, max 50', lang: 'en', expect: '751', hard: ['body not-in plastic', 'capacity_l ~ 1.5'], budget: 50 },
  { text: 'vacuum cleaner, cordless stick, anything but Dyson (had two, both died), up to 350', lang: 'en', expect: '619', hard: ['vacuum_type eq stick', 'cordless eq true', 'maker not-in Dyson'], budget: 350 },
  { text: 'new phone, android, 256 GB, no Samsung after the last one, and not more than 500', lang: 'en', expect: '267', hard: ['os eq android', 'storage_gb ~ 256', 'maker not-in Samsung'], budget: 500 },
  { text: 'Running shoes for road again but not the Hoka ones, they were too soft, size 44, max 140', lang: 'en', expect: 'running-shoes', hard: ['terrain eq road', 'maker not-in Hoka', 'size_eu eq 44'], budget: 140 },
  { text: 'electric toothbrush, sonic, not the one with the app again — never used it. under 60', lang: 'en', expect: '527', hard: ['brush_type eq sonic', 'app ~ false'], budget: 60 },
  // Gifts with the recipient in an odd place
  { text: "Need a jigsaw puzzle, 1000 pieces. It's for my aunt. She turns 70 on Sunday. Under 30.", lang: 'en', expect: '2618', hard: ['pieces ~ 1000'], budget: 30, who: 'aunt', age: 70, deadline: ['2029-06-16', '2029-06-17'] },
  { text: "LEGO Technic set max 120 — oh and it's for my nephew, he's 12", lang: 'en', expect: '3805', hard: ['theme eq technic', 'maker in LEGO'], budget: 120, who: 'nephew', age: 12 },
  { text: 'e-reader with warm light, waterproof, <150. (for dad. he reads in the bath)', lang: 'en', expect: '3539', hard: ['warm_light eq true', 'waterproof eq true'], budget: 150, who: 'father' },
  // Several wishes joined with "also" / "and maybe"
  { text: "in-ear headphones for the gym, IPX7, under 100 — and maybe a yoga mat too if there's a good one", lang: 'en', expect: 'headphones', hard: ['form eq in-ear', 'water_resistance eq IPX7'], budget: 100, noted: 'yoga mat' },
  { text: 'a blender for smoothies, at least 1000W, max 120. also need a kettle but that can wait', lang: 'en', expect: '505666', hard: ['power_w gte 1000'], budget: 120, noted: 'kettle' },
  { text: 'a cabin suitcase, hard shell, 4 wheels, under 200 and also a travel backpack maybe', lang: 'en', expect: '107', hard: ['cabin_size eq true', 'shell eq hard', 'wheels ~ 4'], budget: 200, noted: 'backpack' },
  // Questions that are requests
  { text: 'do you have a quiet dishwasher under 600?', lang: 'en', expect: 'unsupported' },
  { text: 'Do you have any washing machines that take 9 kg and are energy class A, for less than 700?', lang: 'en', expect: '2549', hard: ['capacity_kg ~ 9', 'energy_class eq A'], budget: 700 },
  // Typos and missing spaces
  { text: 'headphnes noise cancleing overear under100', lang: 'en', expect: 'headphones', hard: ['noise_cancelling eq true', 'form eq over-ear'], budget: 100 },
  { text: 'elecrtic toothbrush for kdis, my daugther is 6, under 40eur', lang: 'en', expect: '527', hard: ['age_group eq kids'], budget: 40, who: 'daughter', age: 6 },
  { text: 'offcie chair lumbar suport+headrest,max 300', lang: 'en', expect: '2045', hard: ['lumbar_support eq true', 'headrest eq true'], budget: 300 },
  // All caps
  { text: 'NEED A RAIN JACKET WITH HOOD SIZE M UNDER 120 BY FRIDAY', lang: 'en', expect: '5598', hard: ['jacket_type eq rain', 'hood eq true', 'size ~ M'], budget: 120, deadline: ['2029-06-15'] },
  { text: 'WASHING MACHINE 8KG FRONT LOADER MAX 500 EUROS NOT BEKO', lang: 'en', expect: '2549', hard: ['capacity_kg ~ 8', 'loading eq front', 'maker not-in Beko'], budget: 500 },
  // Emoji
  { text: '☕️☕️ need a bean to cup machine w/ grinder 🙏 budget 600 💸', lang: 'en', expect: '736', hard: ['machine_type eq bean-to-cup', 'grinder eq true'], budget: 600 },
  { text: '🎁 for my mom 💐 a hair dryer, ionic ✨ under 90 €', lang: 'en', expect: '490', hard: ['ionic eq true'], budget: 90, who: 'mother' },
  { text: '🏃‍♀️ road running shoes women 39 💜 purple pls, max 130 👟', lang: 'en', expect: 'running-shoes', hard: ['terrain eq road', 'gender eq women', 'size_eu eq 39', 'color in purple'], budget: 130 },
  // Very short
  { text: 'glass kettle pls', lang: 'en', expect: '751', hard: ['body eq glass'], budget: 0 },
  { text: 'Tea, green, organic', lang: 'en', expect: '2073', hard: ['tea_type eq green', 'organic eq true'], budget: 0 },
  { text: 'impact driver 18v', lang: 'en', expect: '2629', hard: ['drill_type eq impact-driver', 'voltage_v ~ 18'], budget: 0 },
  // Copy-pasted product titles with the wish
  { text: 'Sony WH-1000XM5 Wireless Noise Canceling Over-Ear Headphones, Black — want these or similar, under 300', lang: 'en', expect: 'headphones', hard: ['form eq over-ear', 'noise_cancelling eq true', 'wireless eq true'], budget: 300 },
  { text: 'Kindle Paperwhite (16 GB) – Now with a 6.8" display and adjustable warm light – Black — gift for my wife, 180 max', lang: 'en', expect: '3539', hard: ['warm_light eq true', 'store ~ kindle'], budget: 180, who: 'wife' },
  { text: "De'Longhi Magnifica S ECAM22.110.B Bean to Cup Coffee Machine — is there one like this with a milk frother, under €450?", lang: 'en', expect: '736', hard: ['machine_type eq bean-to-cup', 'milk_frother eq true'], budget: 450 },
  // Italian
  { text: 'mi serve un frullatore a immersione, massimo ottanta euro, non Braun per favore', lang: 'it', expect: '505666', hard: ['blender_type eq hand', 'maker not-in Braun'], budget: 80 },
  { text: 'cuffie over-ear senza fili per mia sorella, massimo duecento euro, consegna entro sabato', lang: 'it', expect: 'headphones', hard: ['form eq over-ear', 'wireless eq true'], budget: 200, who: 'sister', deadline: ['2029-06-16'] },
  // Dutch
  { text: 'ik zoek een robotstofzuiger zonder zak, niet van Xiaomi, tussen de 200 en 350 euro', lang: 'nl', expect: '619', hard: ['vacuum_type eq robot', 'bagless eq true', 'maker not-in Xiaomi'], budget: 350 },
  { text: 'hoi! hebben jullie een glazen waterkoker? max vijftig euro graag, is voor mijn oma', lang: 'nl', expect: '751', hard: ['body eq glass'], budget: 50, who: 'grandmother' },
  // Portuguese
  { text: 'queria uma mochila de caminhada de 30 litros, impermeável, até cento e vinte euros', lang: 'pt', expect: '100', hard: ['backpack_type eq hiking', 'volume_l ~ 30', 'waterproof eq true'], budget: 120 },
  { text: 'oi, vc tem fone de ouvido sem fio com cancelamento de ruído? até 500 reais pfv', lang: 'pt', expect: 'headphones', hard: ['wireless eq true', 'noise_cancelling eq true'], budget: 500, cur: 'BRL' },
  // Polish
  { text: 'szukam czajnika elektrycznego ze stali nierdzewnej z regulacją temperatury, do dwustu złotych', lang: 'pl', expect: '751', hard: ['body eq stainless steel', 'temperature_control eq true'], budget: 200, cur: 'PLN' },
  { text: 'potrzebuję twardego materaca 140x200 dla syna, max 1500 zł', lang: 'pl', expect: '2696', hard: ['size ~ 140 x 200 cm', 'firmness eq firm'], budget: 1500, cur: 'PLN', who: 'son' },
  // Swedish
  { text: 'jag vill ha en regnjacka med luva i storlek L, högst tusen kronor', lang: 'sv', expect: '5598', hard: ['jacket_type eq rain', 'hood eq true', 'size ~ L'], budget: 1000, cur: 'SEK' },
  { text: 'hej! behöver en sladdlös skruvdragare 18V, inte Ryobi, max 1500 kr', lang: 'sv', expect: '2629', hard: ['drill_type eq drill-driver', 'cordless eq true', 'voltage_v ~ 18', 'maker not-in Ryobi'], budget: 1500, cur: 'SEK' },
  // French: a voice transcript and a chat message
  { text: 'euh bonjour alors je cherche euh des écouteurs intra-auriculaires sans fil pour courir euh cent vingt euros maximum', lang: 'fr', expect: 'headphones', hard: ['form eq in-ear', 'wireless eq true'], budget: 120 },
  { text: 'slt tu aurais une machine à café à capsules pas trop chère genre < 100 € stp, pas rouge', lang: 'fr', expect: '736', hard: ['machine_type eq capsule', 'color not-in red'], budget: 100 },
  // German: all caps and a spoken ramble
  { text: 'HALLO ICH SUCHE EINEN AKKU-RASENMÄHER FÜR 400 QM RASEN BIS DREIHUNDERT EURO', lang: 'de', expect: '694', hard: ['power_source eq battery', 'lawn_area_m2 gte 400'], budget: 300 },
  { text: 'äh ja also ich bräuchte einen Föhn mit Ionen-Technologie, so zwischen 50 und 100 Euro, bloß nicht Dyson', lang: 'de', expect: '490', hard: ['ionic eq true', 'maker not-in Dyson'], budget: 100 },
  // Spanish: a spoken question and an emoji gift
  { text: 'oye tienes una aspiradora escoba sin cable por menos de doscientos cincuenta euros', lang: 'es', expect: '619', hard: ['vacuum_type eq stick', 'cordless eq true'], budget: 250 },
  { text: 'Regalo para mi sobrino de 8 años 🎁 un set de LEGO City, máx 60€ 🙏', lang: 'es', expect: '3805', hard: ['theme eq city', 'maker in LEGO'], budget: 60, who: 'nephew', age: 8 },
  // Turkish
  { text: 'kablosuz kulak içi kulaklık arıyorum, gürültü engelleme olsun, en fazla iki bin lira', lang: 'tr', expect: 'headphones', hard: ['form eq in-ear', 'wireless eq true', 'noise_cancelling eq true'], budget: 2000, cur: 'TRY' },
  { text: "annem için elektrikli su ısıtıcısı lazım, paslanmaz çelik, 1000 TL'yi geçmesin", lang: 'tr', expect: '751', hard: ['body eq stainless steel'], budget: 1000, cur: 'TRY', who: 'mother' },
  // Danish
  { text: 'jeg søger en robotstøvsuger til lejligheden, maks tre tusind kroner', lang: 'da', expect: '619', hard: ['vacuum_type eq robot'], budget: 3000, cur: 'DKK' },
  { text: 'hej, har I en vandtæt vandrerygsæk på 40 liter til under 1200 kr?', lang: 'da', expect: '100', hard: ['backpack_type eq hiking', 'waterproof eq true', 'volume_l ~ 40'], budget: 1200, cur: 'DKK' },
  // Hungarian
  { text: 'vezeték nélküli fejhallgatót keresek zajszűréssel, legfeljebb ötvenezer forintért', lang: 'hu', expect: 'headphones', hard: ['wireless eq true', 'noise_cancelling eq true'], budget: 50000, cur: 'HUF' },
  { text: 'elektromos fogkefét szeretnék venni a lányomnak, 9 éves, 15000 Ft alatt', lang: 'hu', expect: '527', budget: 15000, cur: 'HUF', who: 'daughter', age: 9 },
  // Korean
  { text: '노이즈 캔슬링 무선 헤드폰 찾고 있어요. 30만 원 이하로요.', lang: 'ko', expect: 'headphones', hard: ['noise_cancelling eq true', 'wireless eq true'], budget: 300000, cur: 'KRW' },
  { text: '아버지 선물로 전동 칫솔 사고 싶어요, 10만원 이하', lang: 'ko', expect: '527', budget: 100000, cur: 'KRW', who: 'father' },
  // Japanese
  { text: 'ワイヤレスのノイズキャンセリングイヤホンを探しています。予算は2万円までです。', lang: 'ja', expect: 'headphones', hard: ['form eq in-ear', 'wireless eq true', 'noise_cancelling eq true'], budget: 20000, cur: 'JPY' },
  { text: '母へのプレゼントに電気ケトルを探しています。容量は1リットル以下、1万円以内でお願いします', lang: 'ja', expect: '751', hard: ['capacity_l lte 1'], budget: 10000, cur: 'JPY', who: 'mother' },
  // Nothing a careful shop assistant could act on: ask what the person wants
  { text: 'jkjkjk asdf ;lkj qwerqwer zxcv', lang: 'en', expect: 'ask:category' },
  { text: PASTED_BASE64_24, lang: 'en', expect: 'ask:category' },
  { text: PASTED_HASH_24, lang: 'en', expect: 'ask:category' },
  { text: 'hiii 🙂', lang: 'en', expect: 'ask:category' },
  { text: 'https://amzn.eu/d/3xKp9Qz', lang: 'en', expect: 'ask:category' },
  { text: 'can u help me find something pls', lang: 'en', expect: 'ask:category' },
  { text: 'uh hey um so yeah', lang: 'en', expect: 'ask:category' },
  { text: '👍👍🙏', lang: 'en', expect: 'ask:category' },
];
