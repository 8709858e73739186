/**
 * Eighty requests written by hand and blind (requests22) by a helper of session 39 on 2026-12-07, before anyone ran
 * them through the engine: the writer did not open `agent/`, nor the rows of any other table; read only the header and
 * first rows of `unseen-requests21-table.ts` (row format, conventions and blob helper; a grep for `ask:` also showed
 * two of its rows to ask about, not reused here), `UnseenRow` in `unseen-requests-table.ts` (whose listing also showed
 * the first twenty rows of table 1, not reused here), the set-21 test, `describe-blind-set.ts`,
 * `unseen-requests-judge.ts`, `toMinorUnits` in `protocol/money.ts` (JPY, KRW and HUF-like currencies), and the demo
 * market's catalogue data (`brand-agent/reference/data/`: category ids, attribute names and values, makers), and the
 * blob helpers of tables 20 and 21 (to share the xorshift one, `xorshift-bytes.ts`); and changed no row after seeing
 * how it reads.
 *
 * Written in a new style: voice-dictation transcripts (no punctuation, fillers, numbers as words: "size forty three",
 * "one hundred and twenty euros"); replies quoting an earlier message ("> …"); shopping and to-do lists where only one
 * line is to be bought now; gifts described through the recipient ("my nephew, 9, loves dinosaurs"); budgets in other
 * currencies or per unit ("CHF 300", "US$450", "¥15000", "£6 a pack", "$2 a can"); units in several systems (inches
 * and cm, oz and g, mAh, W, L); typos, autocorrect slips and SMS abbreviations ("w/", "pls", "thx", "<150"); emoji;
 * season or climate as a need ("for a Norwegian winter"); "must not" lists; a quantity spread over the text ("two for
 * me and one for my sister"). 48 English; 2 each in Italian, Portuguese, Dutch, Polish, Swedish, Russian, Turkish and
 * Japanese, and in four languages the butler has probably never read: Hungarian, Danish, Ukrainian and Korean (24, 30 %);
 * and 8 requests a careful shop assistant could not act on (keyboard mash, a pasted base64 blob and a pasted run of
 * hashes generated here deterministically, "hi", a URL alone, a question with no product, "ok 👍", shrug emoji): the
 * butler must ask what the person wants (`ask:category`).
 *
 * Conventions as in table 21: a measure said plainly ("1.7 litres", "size M", "27 inch") is written under `~`; "at
 * least"/"minimum"/"or more" is `gte`, "under"/"max"/"down to" (a ceiling on a temperature) `lte`; a wish ("if
 * possible", "would be nice", "if they have it") under `~`; a colour under `in` (any spelling accepted); a maker
 * excluded is `maker not-in`. A price said per unit for several units ("£6 a pack, 3 packs", "40 each max") is not
 * written as the budget; a total is ("max 200 total", "120 for both"). Currencies: "£" GBP, "$"/"US$" USD, "CHF" CHF,
 * "¥"/"円"/"万円" JPY, "R$" BRL, "zł" PLN, Swedish "kr" SEK, Danish "kr" DKK, "рублей"/"тысяч рублей" RUB, "TL" TRY,
 * "Ft"/"forint" HUF, "гривень"/"грн" UAH, "만원" KRW. A size in a size chart ("140x200") is written as the catalogue
 * writes it ("140 x 200 cm"). A request in another language expects an answer in that language (`lang`). A recipient
 * is the canonical English word ("grandma" grandmother, "dad" father).
 */
import type { UnseenRow } from './unseen-requests-table.ts';
import { xorshiftBytes } from './xorshift-bytes.ts';

/** Thursday 9 November 2028, 10:00 UTC: "Saturday the 11th" is 10–11 November, "the 20th" 19–20 November. */
export const UNSEEN_NOW_22 = new Date('2028-11-09T10:00:00Z');

/** A 4 KB base64 blob (3 KB of bytes), as if an attachment had been pasted into the chat. */
export const PASTED_BASE64_22 = Buffer.from(xorshiftBytes(3072, 22)).toString('base64');
/** Fifty 40-digit hashes, one a line (2 KB), as if a list of commit ids had been pasted. */
export const PASTED_HASHES_22 = Array.from({ length: 50 }, (_, i) => Buffer.from(xorshiftBytes(20, 2200 + i)).toString('hex')).join('\n');

export const UNSEEN_REQUESTS_22: readonly UnseenRow[] = [
  // Voice-dictation transcripts
  { text: 'um so i need like road running shoes size forty three and uh keep it under one hundred and twenty euros', lang: 'en', expect: 'running-shoes', hard: ['size_eu eq 43', 'terrain eq road'], budget: 120 },
  { text: 'okay so a kettle um one point seven litres with temperature control under forty five euros thanks', lang: 'en', expect: '751', hard: ['capacity_l ~ 1.7', 'temperature_control eq true'], budget: 45 },
  { text: 'er i want a yoga mat eight millimetres thick er non slip budget thirty five pounds', lang: 'en', expect: '3640', hard: ['thickness_mm ~ 8', 'non_slip eq true'], budget: 35, cur: 'GBP' },
  { text: 'so basically noise cancelling headphones over ear wireless like for the plane and not more than two hundred and fifty dollars', lang: 'en', expect: 'headphones', hard: ['form eq over-ear', 'noise_cancelling eq true', 'wireless eq true'], budget: 250, cur: 'USD' },
  { text: 'uhh a washing machine eight kilos front loading and um the spin should be at least fourteen hundred max six hundred euros', lang: 'en', expect: '2549', hard: ['capacity_kg ~ 8', 'loading eq front', 'spin_rpm gte 1400'], budget: 600 },
  { text: 'right so coffee beans for espresso one kilo dark roast you know organic if possible up to thirty euros', lang: 'en', expect: 'coffee', hard: ['form eq beans', 'use eq espresso', 'roast eq dark', 'weight_g ~ 1000', 'organic ~ true'], budget: 30 },
  // Replies quoting an earlier message
  { text: '> What were you looking for again?\ntrail running shoes, size 44, max 140€', lang: 'en', expect: 'running-shoes', hard: ['size_eu eq 44', 'terrain eq trail'], budget: 140 },
  { text: '> Any budget in mind for the vacuum?\nyes 300 max. cordless stick please, bagless', lang: 'en', expect: '619', hard: ['vacuum_type eq stick', 'cordless eq true', 'bagless eq true'], budget: 300 },
  { text: '> so the tent for the festival, how many people?\n> and how heavy can it be?\nfour people, it must weigh under 3 kg, 250€ tops', lang: 'en', expect: '1022', hard: ['capacity_persons ~ 4', 'weight_kg lte 3'], budget: 250 },
  { text: '> Did you want the blender for soups too?\nyes!! so it has to heat. countertop, red if they have it, below 200', lang: 'en', expect: '505666', hard: ['blender_type eq countertop', 'heating eq true', 'color ~ red'], budget: 200 },
  // Lists where one line is bought now
  { text: 'shopping list:\n- milk\n- bin bags\n- electric toothbrush (sonic, with pressure sensor) <- this one, order it now, max 90\n- batteries', lang: 'en', expect: '527', hard: ['brush_type eq sonic', 'pressure_sensor eq true'], budget: 90 },
  { text: 'things for the move: boxes, tape, a mattress 140x200 medium firmness, curtains. only the mattress from you please, budget 500', lang: 'en', expect: '2696', hard: ['size ~ 140 x 200 cm', 'firmness eq medium'], budget: 500 },
  { text: "list for the weekend (I'll get the rest myself): charcoal, sausages, buns, and a portable bluetooth speaker, waterproof IP67, under 100 — just the speaker", lang: 'en', expect: '249', hard: ['portable eq true', 'water_resistance eq IP67'], budget: 100 },
  { text: 'todo: 1) dentist 2) renew passport 3) buy a cabin-size suitcase, hard shell, 4 wheels, max 180 4) call mum — can you handle 3?', lang: 'en', expect: '107', hard: ['cabin_size eq true', 'shell eq hard', 'wheels ~ 4'], budget: 180 },
  // Gifts described through the recipient
  { text: 'my nephew, 9, loves dinosaurs — a jigsaw puzzle for him? around 200 pieces, under 25', lang: 'en', expect: '2618', hard: ['pieces ~ 200'], budget: 25, who: 'nephew', age: 9 },
  { text: 'my daughter turns 7 on Saturday the 11th and is obsessed with Lego Friends, something for her under 60 euros', lang: 'en', expect: '3805', hard: ['theme ~ friends'], budget: 60, deadline: ['2028-11-10', '2028-11-11'], who: 'daughter', age: 7 },
  { text: "gift for my dad, he's 70, reads every evening in bed and the lamp bothers mum — an e-reader with warm light, max 180", lang: 'en', expect: '3539', hard: ['warm_light eq true'], budget: 180, who: 'father', age: 70 },
  { text: 'my wife runs road marathons, size 39, she hates heavy shoes. a pair for our anniversary, up to 170€', lang: 'en', expect: 'running-shoes', hard: ['size_eu eq 39', 'terrain eq road', 'gender in women'], soft: ['weight_g lower'], budget: 170, who: 'wife' },
  { text: 'for my grandma (84) who is always cold: a down jacket with a hood, size M, under 200', lang: 'en', expect: '5598', hard: ['jacket_type eq down', 'hood eq true', 'size ~ M'], budget: 200, who: 'grandmother', age: 84 },
  { text: 'my son, 12, just started cycling to school — he needs a helmet, size M, with a built-in light, 60 euros max', lang: 'en', expect: '1029', hard: ['integrated_light eq true', 'size ~ M'], budget: 60, who: 'son', age: 12 },
  // Other currencies and prices per unit
  { text: 'Looking for an air purifier with a HEPA filter for a 40 m² bedroom, CHF 300 max', lang: 'en', expect: '606', hard: ['hepa eq true', 'room_m2 ~ 40'], budget: 300, cur: 'CHF' },
  { text: 'loose-leaf green tea, organic, £6 a pack, I want 3 packs', lang: 'en', expect: '2073', hard: ['tea_type eq green', 'tea_form eq loose', 'organic eq true'], quantity: 3 },
  { text: 'wet food for my puppy (a small breed), $2 a can, 12 cans please', lang: 'en', expect: '3530', hard: ['food_form eq wet', 'life_stage eq puppy', 'dog_size eq small'], quantity: 12 },
  { text: 'a 27 inch 4K monitor with USB-C, budget US$450', lang: 'en', expect: '305', hard: ['screen_in ~ 27', 'resolution eq 4k', 'usb_c eq true'], budget: 450, cur: 'USD' },
  { text: "cordless drill driver 18 V, two batteries, ¥15000 max (I'm in Tokyo)", lang: 'en', expect: '2629', hard: ['drill_type eq drill-driver', 'cordless eq true', 'voltage_v ~ 18', 'batteries_included ~ 2'], budget: 15000, cur: 'JPY' },
  // Units in several systems
  { text: 'a 6.1 inch phone, battery at least 4000 mAh, 256 GB, android, under 700', lang: 'en', expect: '267', hard: ['screen_in ~ 6.1', 'battery_mah gte 4000', 'storage_gb ~ 256', 'os eq android'], budget: 700 },
  { text: 'hair dryer, 2000 W or more, must weigh under 500 g (about 17 oz), foldable for travel, max 80', lang: 'en', expect: '490', hard: ['power_w gte 2000', 'weight_g lte 500', 'foldable eq true'], budget: 80 },
  { text: 'laptop: 14 inch screen (35.5 cm), at least 16 GB RAM, under 1.4 kg (about 3 lb), max 1200 €', lang: 'en', expect: '328', hard: ['screen_in ~ 14', 'ram_gb gte 16', 'weight_kg lte 1.4'], budget: 1200 },
  { text: 'coffee, ground, 8.8 oz bag (250 g), for filter, medium roast, under 12 euros', lang: 'en', expect: 'coffee', hard: ['form eq ground', 'weight_g ~ 250', 'use eq filter', 'roast eq medium'], budget: 12 },
  { text: 'a 2 L countertop blender, 1200 W minimum, no more than 150', lang: 'en', expect: '505666', hard: ['jug_l ~ 2', 'power_w gte 1200', 'blender_type eq countertop'], budget: 150 },
  // Typos, autocorrect slips, SMS abbreviations
  { text: 'pls need wireles earbuds w/ noise cancelin, in-ear, <150 eur thx', lang: 'en', expect: 'headphones', hard: ['form eq in-ear', 'wireless eq true', 'noise_cancelling eq true'], budget: 150 },
  { text: 'lookin 4 a robot vaccum, bagles, max 400 ty', lang: 'en', expect: '619', hard: ['vacuum_type eq robot', 'bagless eq true'], budget: 400 },
  { text: 'need a tablet w stylus supprot 11 inch , under 500 eur', lang: 'en', expect: '4745', hard: ['stylus_support eq true', 'screen_in ~ 11'], budget: 500 },
  { text: 'gonna need a bicyle helmet w/ MIPS for road ridin, sz L, 120 max', lang: 'en', expect: '1029', hard: ['mips eq true', 'helmet_type eq road', 'size ~ L'], budget: 120 },
  { text: 'Electric kettle, a ducking glass one pls, 1,5L, under 50', lang: 'en', expect: '751', hard: ['body eq glass', 'capacity_l ~ 1.5'], budget: 50 },
  // Emoji
  { text: '🎧 wireless over-ear 🎧 max 200 💶', lang: 'en', expect: 'headphones', hard: ['form eq over-ear', 'wireless eq true'], budget: 200 },
  { text: 'new running shoes 👟 trail 🏔️ size 42 ✅ waterproof ✅ under 130 💸', lang: 'en', expect: 'running-shoes', hard: ['terrain eq trail', 'size_eu eq 42', 'waterproof eq true'], budget: 130 },
  { text: 'coffee machine ☕ with milk frother 🥛 bean to cup, up to 700 🙏', lang: 'en', expect: '736', hard: ['machine_type eq bean-to-cup', 'milk_frother eq true'], budget: 700 },
  // Season or climate as a need
  { text: 'a sleeping bag for a Norwegian winter trip — comfort rating down to -5 °C, mummy shape, under 250', lang: 'en', expect: '1020', hard: ['comfort_temp_c lte -5', 'shape eq mummy'], budget: 250 },
  { text: "a rain jacket for Scottish summers: waterproof, hood, men's L, max 180, I need it before we fly on the 20th", lang: 'en', expect: '5598', hard: ['jacket_type eq rain', 'waterproof eq true', 'hood eq true', 'size ~ L', 'gender in male'], budget: 180, deadline: ['2028-11-19', '2028-11-20'] },
  { text: 'a tent that survives winter in the Alps, 4-season, for 2 people, freestanding, max 700', lang: 'en', expect: '1022', hard: ['seasons ~ 4', 'capacity_persons ~ 2', 'freestanding eq true'], budget: 700 },
  // "Must not" lists
  { text: 'TV. must not: be Samsung, be under 55 inches, cost more than 1500. must: OLED', lang: 'en', expect: '404', hard: ['maker not-in Samsung', 'screen_in gte 55', 'panel eq oled'], budget: 1500 },
  { text: 'Office chair. Must NOT have: leatherette, a headrest. Must have: lumbar support, adjustable armrests. Max 350', lang: 'en', expect: '2045', hard: ['material not-in leatherette', 'headrest eq false', 'lumbar_support eq true', 'adjustable_armrests eq true'], budget: 350 },
  { text: 'dry dog food for an adult large dog\nNOT: grain free (vet said so), Pedigree\nbudget 70', lang: 'en', expect: '3530', hard: ['food_form eq dry', 'life_stage eq adult', 'dog_size eq large', 'grain_free eq false', 'maker not-in Pedigree'], budget: 70 },
  // A quantity spread over the text
  { text: 'yoga mats: two for me and one for my sister, non slip, PVC-free, 40 each max', lang: 'en', expect: '3640', hard: ['non_slip eq true', 'pvc_free eq true'], quantity: 3 },
  { text: 'a board game for family night, we are 5 (me, my husband and our three kids), under 40', lang: 'en', expect: '1246', hard: ['max_players gte 5'], budget: 40, quantity: 1 },
  { text: 'toothbrushes: one for me, one for my partner, the kids can wait — so just the two, sonic, budget 120 for both', lang: 'en', expect: '527', hard: ['brush_type eq sonic'], budget: 120, quantity: 2 },
  { text: 'hiking backpack, 30 L, waterproof, one for me and one for my brother, max 200 total', lang: 'en', expect: '100', hard: ['backpack_type eq hiking', 'volume_l ~ 30', 'waterproof eq true'], budget: 200, quantity: 2 },
  // Italian
  { text: 'cerco un aspirapolvere senza fili a bastone, senza sacco, massimo 250 euro', lang: 'it', expect: '619', hard: ['vacuum_type eq stick', 'cordless eq true', 'bagless eq true'], budget: 250 },
  { text: 'regalo per mia madre, 65 anni: un bollitore elettrico color crema, con controllo della temperatura, fino a 80 €', lang: 'it', expect: '751', hard: ['color in cream', 'temperature_control eq true'], budget: 80, who: 'mother', age: 65 },
  // Portuguese
  { text: 'Preciso de uma mochila escolar para o meu filho de 8 anos, azul, até 50 euros', lang: 'pt', expect: '100', hard: ['backpack_type eq school', 'color in blue'], budget: 50, who: 'son', age: 8 },
  { text: 'quero um carrinho de bebê compacto, que sirva desde o nascimento, até R$ 2500', lang: 'pt', expect: '568', hard: ['stroller_type eq compact', 'from_birth eq true'], budget: 2500, cur: 'BRL' },
  // Dutch
  { text: 'Ik zoek een elektrische tandenborstel voor kinderen, met app, maximaal 50 euro', lang: 'nl', expect: '527', hard: ['age_group eq kids', 'app eq true'], budget: 50 },
  { text: 'graag een wasmachine van 9 kg, energieklasse A, niet van Beko, tot 700 euro', lang: 'nl', expect: '2549', hard: ['capacity_kg ~ 9', 'energy_class eq A', 'maker not-in Beko'], budget: 700 },
  // Polish
  { text: 'Szukam namiotu dla 3 osób, samorozkładającego się, do 600 zł', lang: 'pl', expect: '1022', hard: ['capacity_persons ~ 3', 'setup eq pop-up'], budget: 600, cur: 'PLN' },
  { text: 'potrzebuję suszarki do włosów z jonizacją, moc co najmniej 2000 W, do 300 zł', lang: 'pl', expect: '490', hard: ['ionic eq true', 'power_w gte 2000'], budget: 300, cur: 'PLN' },
  // Swedish
  { text: 'Jag behöver en vattentät dunjacka med huva till vintern i Kiruna, max 3000 kr', lang: 'sv', expect: '5598', hard: ['jacket_type eq down', 'waterproof eq true', 'hood eq true'], budget: 3000, cur: 'SEK' },
  { text: 'hej! en tyst luftrenare med HEPA-filter till sovrummet, högst 2500 kr', lang: 'sv', expect: '606', hard: ['hepa eq true'], soft: ['noise_db lower'], budget: 2500, cur: 'SEK' },
  // Russian
  { text: 'Нужен планшет с поддержкой стилуса, 11 дюймов, не Apple, до 40000 рублей', lang: 'ru', expect: '4745', hard: ['stylus_support eq true', 'screen_in ~ 11', 'maker not-in Apple'], budget: 40000, cur: 'RUB' },
  { text: 'ищу детский велосипед для дочки 5 лет, колёса 16 дюймов, до 25 тысяч рублей', lang: 'ru', expect: '1026', hard: ['bike_type eq kids', 'wheel_size_in ~ 16'], budget: 25000, cur: 'RUB', who: 'daughter', age: 5 },
  // Turkish
  { text: 'Süt köpürtücülü bir espresso makinesi arıyorum, en fazla 8000 TL', lang: 'tr', expect: '736', hard: ['machine_type eq espresso', 'milk_frother eq true'], budget: 8000, cur: 'TRY' },
  { text: '10 yaşındaki oğlum için mavi bir bisiklet kaskı, 1500 TL’ye kadar', lang: 'tr', expect: '1029', hard: ['color in blue'], budget: 1500, cur: 'TRY', who: 'son', age: 10 },
  // Japanese
  { text: 'ノイズキャンセリング付きのワイヤレスヘッドホン、オーバーイヤー、3万円以内でお願いします', lang: 'ja', expect: 'headphones', hard: ['noise_cancelling eq true', 'wireless eq true', 'form eq over-ear'], budget: 30000, cur: 'JPY' },
  { text: '電気ケトルを探しています。容量1リットル以上、ステンレス製、5000円まで', lang: 'ja', expect: '751', hard: ['capacity_l gte 1', 'body eq stainless steel'], budget: 5000, cur: 'JPY' },
  // Hungarian
  { text: 'Szeretnék egy porzsák nélküli robotporszívót, maximum 150 000 Ft', lang: 'hu', expect: '619', hard: ['vacuum_type eq robot', 'bagless eq true'], budget: 150000, cur: 'HUF' },
  { text: 'Vízálló terepfutó cipőt keresek, 42-es méret, legfeljebb 60 000 forint', lang: 'hu', expect: 'running-shoes', hard: ['terrain eq trail', 'size_eu eq 42', 'waterproof eq true'], budget: 60000, cur: 'HUF' },
  // Danish
  { text: 'Jeg leder efter en kaffemaskine med indbygget kværn, bønne til kop, max 5000 kr', lang: 'da', expect: '736', hard: ['machine_type eq bean-to-cup', 'grinder eq true'], budget: 5000, cur: 'DKK' },
  { text: 'en vandtæt rygsæk til vandring, 25 liter, højst 900 kr', lang: 'da', expect: '100', hard: ['backpack_type eq hiking', 'waterproof eq true', 'volume_l ~ 25'], budget: 900, cur: 'DKK' },
  // Ukrainian
  { text: 'Шукаю бездротові навушники з шумозаглушенням, до 8000 гривень', lang: 'uk', expect: 'headphones', hard: ['wireless eq true', 'noise_cancelling eq true'], budget: 8000, cur: 'UAH' },
  { text: 'Потрібен жорсткий матрац 160x200, до 20000 грн', lang: 'uk', expect: '2696', hard: ['size ~ 160 x 200 cm', 'firmness eq firm'], budget: 20000, cur: 'UAH' },
  // Korean
  { text: '노트북 찾고 있어요, 14인치, 램 16GB 이상, 150만원 이하', lang: 'ko', expect: '328', hard: ['screen_in ~ 14', 'ram_gb gte 16'], budget: 1500000, cur: 'KRW' },
  { text: '아내 선물로 요가 매트 사고 싶어요, 미끄럼 방지, 두께 6mm, 10만원까지', lang: 'ko', expect: '3640', hard: ['non_slip eq true', 'thickness_mm ~ 6'], budget: 100000, cur: 'KRW', who: 'wife' },
  // Requests a careful shop assistant could not act on: ask what the person wants
  { text: 'asdfjkl;asdfjkl;qweqwe', lang: 'en', expect: 'ask:category' },
  { text: PASTED_BASE64_22, lang: 'en', expect: 'ask:category' },
  { text: PASTED_HASHES_22, lang: 'en', expect: 'ask:category' },
  { text: 'hi', lang: 'en', expect: 'ask:category' },
  { text: 'https://www.example.com/p/B0C7X9?ref=share', lang: 'en', expect: 'ask:category' },
  { text: 'do you deliver on sundays?', lang: 'en', expect: 'ask:category' },
  { text: 'ok 👍', lang: 'en', expect: 'ask:category' },
  { text: '🤷‍♂️🤷‍♂️🤷‍♂️', lang: 'en', expect: 'ask:category' },
];
