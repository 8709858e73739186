/**
 * Eighty requests written by hand and blind (requests21) by a helper of session 38 on 2026-12-07, before anyone ran
 * them through the engine: the writer did not open `agent/`, nor the rows of any other table; read only the header
 * and first three rows of `unseen-requests20-table.ts` (row format and conventions; a grep for its blob helpers also
 * showed its eight rows to ask about, whose texts are not reused here), `UnseenRow` in `unseen-requests-table.ts`,
 * the set-20 test, `describe-blind-set.ts`, `unseen-requests-judge.ts`, the demo market's catalogue data
 * (`brand-agent/reference/data/`: category ids, attribute names and values, makers), the common attribute names in
 * `protocol/common-attributes.ts` (`brand`), the hard-rule operators and soft-rule directions in
 * `protocol/need-brief.ts` and `toMinorUnits` in `protocol/money.ts` (JPY has no minor unit); and changed no row after
 * seeing how it reads.
 *
 * Written in a new style: corrections mid-message ("size 42, no wait 43", "budget 400... actually make that 350");
 * exclusions ("anything but leather", "not from Sony", "any roast except dark", "not Pedigree please"); comparisons to
 * something owned ("like my old Dyson but lighter", "quieter than my old washing machine"); conditionals ("if they are
 * under 40 each I'd take two"); pasted product-page and spec-sheet fragments with the need in one line around them;
 * constraints in a bulleted or numbered list; imperial and metric mixed (23 °F, "size 9 US men", "22 inch", "2 L",
 * "6 ft 3"); requests on behalf of a company, an office or a school; hard deadlines said as an event ("before the
 * wedding on the 14th", "my nephew's 9th birthday on Saturday the 11th", "we move in on 1 April"). 48 English, 3 each
 * in Russian (Cyrillic), Turkish, Greek, Czech, Romanian and Japanese, 2 each in Spanish, German and French (30 % not
 * English), and 8 requests a careful shop assistant could not act on (keyboard mash, a pasted base64 blob and a hex
 * run generated here deterministically, a greeting, a URL alone, a remark with no product): the butler must ask what
 * the person wants (`ask:category`).
 *
 * Conventions as in tables 19 and 20: a self-correction keeps the last word; a stated price is the figure stated (no
 * approximate prices in this set); a measure said plainly ("1.7 l", "15 bar", "size L") is written under `~` (any
 * firm rule or wish on that value); "at least"/"min"/"+" is `gte`, "under"/"max"/"or lower" `lte`; a wish ("would be
 * nice", "a bonus", "if possible", "preferred") is written under `~` or as a soft rule; a comparison with something
 * owned ("lighter", "quieter") is a soft rule. Currencies: "quid" GBP, "$" USD, "рублей" RUB, "TL" TRY, "Kč" CZK,
 * "lei" RON, "円"/"万円" JPY. A conditional quantity or price ("if under 40 each I'd take two") is not written down:
 * a careful assistant would ask. A price said per item for several items ("max 300 per chair") is not written as the
 * budget; a total is. Temperatures in °F are converted exactly (23 °F is −5 °C); "size 9 US men" is EU 42.5. "Not
 * leather" on office chairs excludes leatherette, the only leather-like material sold. A request in another language
 * expects an answer in that language (`lang`). A recipient is the canonical English word ("grandma" grandmother).
 */
import type { UnseenRow } from './unseen-requests-table.ts';
import { xorshiftBytes } from './xorshift-bytes.ts';

/**
 * Tuesday 7 March 2028, 10:00 UTC: "before the wedding on the 14th" is 13–14 March, "Saturday the 11th" 10–11 March,
 * "trip on the 18th" 17–18 March, "the 20th of March" 19–20 March, "25 Μαρτίου" 24–25 March, "avant le 31 mars" 30–31
 * March, "we move in on 1 April … before then" 31 March–1 April.
 */
export const UNSEEN_NOW_21 = new Date('2028-03-07T10:00:00Z');

/** A 4 KB base64 blob, as if an attachment had been pasted into the chat. */
export const PASTED_BASE64_21 = Buffer.from(xorshiftBytes(3072, 21)).toString('base64');
/** A 2.5 KB run of hex digits, as if a key or a list of hashes had been pasted. */
export const PASTED_HEX_21 = Buffer.from(xorshiftBytes(1280, 2028)).toString('hex');

export const UNSEEN_REQUESTS_21: readonly UnseenRow[] = [
  // Corrections mid-message
  { text: 'trail running shoes size 42, no wait 43, waterproof, under 150', lang: 'en', expect: 'running-shoes', hard: ['size_eu eq 43', 'terrain eq trail', 'waterproof eq true'], budget: 150 },
  { text: 'need a 55" tv — sorry, 65" — oled, max 1800', lang: 'en', expect: '404', hard: ['screen_in ~ 65', 'panel eq oled'], budget: 1800 },
  { text: 'robot vacuum for the flat, budget 400... actually make that 350, must be bagless', lang: 'en', expect: '619', hard: ['vacuum_type eq robot', 'bagless eq true'], budget: 350 },
  { text: 'Kettle in red. Hmm, on second thought cream would suit the kitchen better. 1.7 l, under 70', lang: 'en', expect: '751', hard: ['color eq cream', 'capacity_l ~ 1.7'], budget: 70 },
  { text: 'tent for 3 people - scratch that, 4, we are bringing my nephew. under 3 kg if possible, 300 euros max', lang: 'en', expect: '1022', hard: ['capacity_persons ~ 4'], soft: ['weight_kg lower'], budget: 300 },
  { text: 'phone with 256 gb, i mean 128 is fine actually, android, under 400 euros', lang: 'en', expect: '267', hard: ['storage_gb ~ 128', 'os eq android'], budget: 400 },
  // Exclusions
  { text: 'office chair, anything but leather, mesh preferred, lumbar support is a must, up to 450', lang: 'en', expect: '2045', hard: ['lumbar_support eq true', 'material not-in leatherette', 'material ~ mesh'], budget: 450 },
  { text: 'over-ear noise cancelling headphones, not from Sony (two pairs broke on me), max 300', lang: 'en', expect: 'headphones', hard: ['form eq over-ear', 'noise_cancelling eq true', 'brand not-in Sony'], budget: 300 },
  { text: 'coffee beans for espresso, any roast except dark, organic, 1 kg bag, under 35', lang: 'en', expect: 'coffee', hard: ['form eq beans', 'use in espresso', 'roast not-in dark', 'organic eq true', 'weight_g ~ 1000'], budget: 35 },
  { text: 'stroller, no jogging ones, has to fold to cabin size for flights, usable from birth, under 500', lang: 'en', expect: '568', hard: ['stroller_type not-in jogging', 'cabin_size eq true', 'from_birth eq true'], budget: 500 },
  { text: 'any laptop except a mac, 16GB RAM minimum, 14 inch, under 1100', lang: 'en', expect: '328', hard: ['os not-in macos', 'ram_gb gte 16', 'screen_in ~ 14'], budget: 1100 },
  { text: 'an electric toothbrush that is not sonic - oscillating only - with a pressure sensor, under 80', lang: 'en', expect: '527', hard: ['brush_type eq oscillating', 'pressure_sensor eq true'], budget: 80 },
  { text: 'dry food for my senior dog, a large breed, grain free, not Pedigree please', lang: 'en', expect: '3530', hard: ['food_form eq dry', 'life_stage eq senior', 'dog_size in large', 'grain_free eq true', 'brand not-in Pedigree'] },
  // Comparisons to something owned
  { text: 'a stick vacuum like my old Dyson but lighter, mine is 3 kg and my wrists hate it. cordless, at least 40 min runtime, max 350', lang: 'en', expect: '619', hard: ['vacuum_type eq stick', 'cordless eq true', 'runtime_min gte 40'], soft: ['weight_kg lower'], budget: 350 },
  { text: 'same as my current espresso machine but with a milk frother: espresso, 15 bar, under 250', lang: 'en', expect: '736', hard: ['machine_type eq espresso', 'milk_frother eq true', 'pressure_bar ~ 15'], budget: 250 },
  { text: 'I want a bigger tablet than my 8 inch one, at least 10 inch, with stylus support, under 400', lang: 'en', expect: '4745', hard: ['screen_in gte 10', 'stylus_support eq true'], budget: 400 },
  { text: 'my Hokas are size 44 and I want the same size again but more cushioned, for road running, under 170', lang: 'en', expect: 'running-shoes', hard: ['size_eu eq 44', 'terrain eq road', 'cushioning ~ plush'], budget: 170 },
  { text: "quieter than my old washing machine please (it's 78 dB on the spin!), 8 kg, front loader, energy class A, under 700", lang: 'en', expect: '2549', hard: ['capacity_kg ~ 8', 'loading eq front', 'energy_class eq A'], soft: ['noise_db lower'], budget: 700 },
  // Conditionals
  { text: "yoga mats for me and my sister: if they're under 40 each I'd take two, otherwise just one. non-slip and PVC free", lang: 'en', expect: '3640', hard: ['non_slip eq true', 'pvc_free eq true'] },
  { text: "a board game for 6 players, if it's cooperative even better, under 45", lang: 'en', expect: '1246', hard: ['max_players gte 6', 'game_type ~ cooperative'], budget: 45 },
  { text: "air purifier for a 40 m² living room with a HEPA filter; if it has app control that's a bonus, up to 300", lang: 'en', expect: '606', hard: ['room_m2 gte 40', 'hepa eq true', 'app_control ~ true'], budget: 300 },
  { text: "if there's a cordless 18V drill driver with 2 batteries for under 150 I'll take it", lang: 'en', expect: '2629', hard: ['drill_type eq drill-driver', 'cordless eq true', 'voltage_v ~ 18', 'batteries_included gte 2'], budget: 150 },
  { text: 'hair dryer, ionic. if it folds I can take it travelling, so foldable would be nice. max 90', lang: 'en', expect: '490', hard: ['ionic eq true', 'foldable ~ true'], budget: 90 },
  // Pasted product pages and spec sheets
  { text: 'Product details\nBrand: Smeg\nModel: KLF03\nCapacity: 1.7 L\nPower: 2400 W\nBody: stainless steel\nColour: pastel blue\nPrice: €179.99\n\nthis is too expensive, find me an electric kettle like it under 100', lang: 'en', expect: '751', budget: 100 },
  { text: 'Specifications\n• Screen size: 27"\n• Resolution: 2560 x 1440 (QHD)\n• Refresh rate: 165 Hz\n• Panel: IPS\n• USB-C: No\n\nI need the same monitor but with USB-C for my work laptop, up to 400', lang: 'en', expect: '305', hard: ['screen_in ~ 27', 'resolution eq qhd', 'usb_c eq true'], budget: 400 },
  { text: 'Copied from the shop:\nTECHNICAL DATA | Cutting width 42 cm | Lawn area up to 500 m² | Battery 36 V | Noise 87 dB\nour lawn is 800 m2 so that one is too small. a battery lawn mower for at least 800 m2 pls, under 600', lang: 'en', expect: '694', hard: ['power_source eq battery', 'lawn_area_m2 gte 800'], budget: 600 },
  { text: 'Weight: 1.2 kg\nFill: synthetic\nComfort: 5 °C\nLimit: -1 °C\nShape: mummy\nThat was my old sleeping bag. Now I need a warmer down one, comfort 0°C or lower, under 1 kg', lang: 'en', expect: '1020', hard: ['fill eq down', 'comfort_temp_c lte 0', 'weight_g lte 1000'] },
  { text: 'Found this: "Ninja Professional Blender 1000W, 2.1 L jug, 3 speeds, black". want a countertop blender like that but 1200 W at least, max 150', lang: 'en', expect: '505666', hard: ['blender_type eq countertop', 'power_w gte 1200'], budget: 150 },
  // Constraints in a list
  { text: 'washing machine:\n- 9 kg\n- 1400 rpm min\n- under 50 dB\n- white\n- max 800 €', lang: 'en', expect: '2549', hard: ['capacity_kg ~ 9', 'spin_rpm gte 1400', 'noise_db lte 50', 'color eq white'], budget: 800 },
  { text: 'School backpack for my son (12):\n* at least 25 L\n* fits a 14 inch laptop\n* waterproof\n* no pink\n* under 70', lang: 'en', expect: '100', hard: ['volume_l gte 25', 'laptop_in gte 14', 'waterproof eq true', 'color not-in pink'], who: 'son', age: 12, budget: 70 },
  { text: 'tent\n- 2 person\n- freestanding\n- 3 season\n- under 2 kg\n- max €450', lang: 'en', expect: '1022', hard: ['capacity_persons ~ 2', 'freestanding eq true', 'seasons ~ 3', 'weight_kg lte 2'], budget: 450 },
  { text: 'Monitor requirements:\n1. 4K\n2. 32 inch\n3. height adjustable stand\n4. USB-C\nBudget: 600 EUR', lang: 'en', expect: '305', hard: ['resolution eq 4k', 'screen_in ~ 32', 'height_adjustable eq true', 'usb_c eq true'], budget: 600 },
  { text: 'activity tracker for my mum:\n- watch style\n- GPS\n- battery lasts 7 days or more\n- 5 ATM water resistance for swimming\n- max 250', lang: 'en', expect: '500009', hard: ['form eq watch', 'gps eq true', 'battery_days gte 7', 'water_atm gte 5'], who: 'mother', budget: 250 },
  // Imperial and metric mixed
  { text: "sleeping bag with a comfort rating of 23°F, long size (I'm 6 ft 3), under 2 kg, max 300", lang: 'en', expect: '1020', hard: ['comfort_temp_c lte -5', 'size eq long', 'weight_g lte 2000'], budget: 300 },
  { text: 'running shoes size 9 US men, trail, waterproof, under 160', lang: 'en', expect: 'running-shoes', hard: ['size_eu eq 42.5', 'terrain eq trail', 'waterproof eq true', 'gender eq men'], budget: 160 },
  { text: 'carry-on suitcase, 22 inch max so it fits the cabin, hard shell, 4 wheels, under 3 kg', lang: 'en', expect: '107', hard: ['cabin_size eq true', 'shell eq hard', 'wheels ~ 4', 'weight_kg lte 3'] },
  { text: 'blender with a 2 L jug and at least 1000 watts, hand blenders need not apply, under $150', lang: 'en', expect: '505666', hard: ['blender_type not-in hand', 'jug_l ~ 2', 'power_w gte 1000'], budget: 150, cur: 'USD' },
  { text: 'capsule coffee machine, 15 bar, water tank at least 1.5 L, under 100 quid', lang: 'en', expect: '736', hard: ['machine_type eq capsule', 'pressure_bar ~ 15', 'water_tank_l gte 1.5'], budget: 100, cur: 'GBP' },
  // On behalf of a company, an office, a school
  { text: 'On behalf of Norder & Co: we need 8 ergonomic office chairs for the new office, lumbar support and adjustable armrests, max 300 per chair', lang: 'en', expect: '2045', hard: ['lumbar_support eq true', 'adjustable_armrests eq true'], quantity: 8 },
  { text: 'Hi, I handle procurement for a small design studio. We need 3 laptops for new hires: 16 GB RAM, 512 GB SSD, 14", Windows, QWERTY. Total budget 3600 EUR.', lang: 'en', expect: '328', hard: ['ram_gb gte 16', 'storage_gb ~ 512', 'screen_in ~ 14', 'os eq windows', 'keyboard_layout eq qwerty'], quantity: 3, budget: 3600 },
  { text: 'our office kitchen needs a bean to cup coffee machine with a milk frother, 20 people use it daily, water tank 2 L or more, under 900', lang: 'en', expect: '736', hard: ['machine_type eq bean-to-cup', 'milk_frother eq true', 'water_tank_l gte 2'], budget: 900 },
  { text: 'for the company: 2 air purifiers for meeting rooms of 25 m² each, HEPA, as quiet as possible, max 250 each', lang: 'en', expect: '606', hard: ['room_m2 gte 25', 'hepa eq true'], soft: ['noise_db lower'], quantity: 2 },
  { text: "We're a primary school and need 5 board games for the after-school club, for kids aged 8 and up, 6 players or more, up to 30 each", lang: 'en', expect: '1246', hard: ['min_age lte 8', 'max_players gte 6'], quantity: 5 },
  // A hard deadline said as an event
  { text: "rain jacket for my husband before our hiking trip on the 18th, waterproof with a hood, men's size L, under 200", lang: 'en', expect: '5598', hard: ['jacket_type eq rain', 'waterproof eq true', 'hood eq true', 'size eq L', 'gender eq male'], who: 'husband', deadline: ['2028-03-17', '2028-03-18'], budget: 200 },
  { text: "present for my sister, it has to arrive before the wedding on the 14th: a stand mixer? no, a countertop blender, red, under 200", lang: 'en', expect: '505666', hard: ['blender_type eq countertop', 'color eq red'], who: 'sister', deadline: ['2028-03-13', '2028-03-14'], budget: 200 },
  { text: "LEGO Technic set for my nephew's 9th birthday on Saturday the 11th, 500+ pieces, up to 80", lang: 'en', expect: '3805', hard: ['theme eq technic', 'pieces gte 500'], who: 'nephew', age: 9, deadline: ['2028-03-10', '2028-03-11'], budget: 80 },
  { text: 'we move into the new flat on 1 April and need a medium 140x200 mattress delivered before then, under 700', lang: 'en', expect: '2696', hard: ['width_cm ~ 140', 'firmness eq medium'], deadline: ['2028-03-31', '2028-04-01'], budget: 700 },
  { text: "jigsaw puzzle for grandma's 80th on the 20th of March, 1000 pieces, under 35", lang: 'en', expect: '2618', hard: ['pieces ~ 1000'], who: 'grandmother', age: 80, deadline: ['2028-03-19', '2028-03-20'], budget: 35 },
  // Russian
  { text: 'Нужен электрический чайник на 1,7 л с регулировкой температуры, белый, до 60 евро', lang: 'ru', expect: '751', hard: ['capacity_l ~ 1.7', 'temperature_control eq true', 'color eq white'], budget: 60 },
  { text: 'Ищу кроссовки для бега по трейлу, размер 43, нет, 43,5, до 150 евро', lang: 'ru', expect: 'running-shoes', hard: ['size_eu eq 43.5', 'terrain eq trail'], budget: 150 },
  { text: 'Подарок сыну на день рождения: школьный рюкзак, только не чёрный, до 5000 рублей', lang: 'ru', expect: '100', hard: ['backpack_type eq school', 'color not-in black'], who: 'son', budget: 5000, cur: 'RUB' },
  // Turkish
  { text: 'Kablosuz gürültü önleyici kulaklık arıyorum, Sony olmasın, en fazla 250 euro', lang: 'tr', expect: 'headphones', hard: ['wireless eq true', 'noise_cancelling eq true', 'brand not-in Sony'], budget: 250 },
  { text: "Annem için robot süpürge lazım, torbasız ve sessiz olsun, 10.000 TL'ye kadar", lang: 'tr', expect: '619', hard: ['vacuum_type eq robot', 'bagless eq true'], soft: ['noise_db lower'], who: 'mother', budget: 10000, cur: 'TRY' },
  { text: 'Ofisimiz için 4 adet ofis sandalyesi lazım, bel desteği mutlaka olmalı', lang: 'tr', expect: '2045', hard: ['lumbar_support eq true'], quantity: 4 },
  // Greek
  { text: 'Θέλω ένα φορητό ηχείο bluetooth, αδιάβροχο IP67, με μπαταρία τουλάχιστον 12 ώρες, έως 120 ευρώ', lang: 'el', expect: '249', hard: ['portable eq true', 'water_resistance eq IP67', 'battery_hours gte 12'], budget: 120 },
  { text: 'Ψάχνω στρώμα 160x200, σκληρό, όχι αφρό μνήμης, μέχρι 800 ευρώ', lang: 'el', expect: '2696', hard: ['width_cm ~ 160', 'firmness eq firm', 'mattress_type not-in memory foam'], budget: 800 },
  { text: 'Δώρο για την κόρη μου που γίνεται 7 χρονών: παιδικό ποδήλατο, πριν από τα γενέθλιά της στις 25 Μαρτίου, έως 300 ευρώ', lang: 'el', expect: '1026', hard: ['bike_type eq kids'], who: 'daughter', age: 7, deadline: ['2028-03-24', '2028-03-25'], budget: 300 },
  // Czech
  { text: 'Hledám aku vrtačku 18 V, dvě baterie v balení, ne Black+Decker, do 4000 Kč', lang: 'cs', expect: '2629', hard: ['cordless eq true', 'voltage_v ~ 18', 'batteries_included gte 2', 'brand not-in Black+Decker'], budget: 4000, cur: 'CZK' },
  { text: 'Potřebuji pračku na 8 kg s předním plněním, co nejtišší, do 15 000 Kč', lang: 'cs', expect: '2549', hard: ['capacity_kg ~ 8', 'loading eq front'], soft: ['noise_db lower'], budget: 15000, cur: 'CZK' },
  { text: 'Stan pro 4 osoby na dovolenou, vodní sloupec alespoň 3000 mm, do 300 eur', lang: 'cs', expect: '1022', hard: ['capacity_persons ~ 4', 'waterhead_mm gte 3000'], budget: 300 },
  // Romanian
  { text: 'Caut un aspirator vertical fără fir, cu autonomie de cel puțin 40 de minute, maxim 1500 lei', lang: 'ro', expect: '619', hard: ['vacuum_type eq stick', 'cordless eq true', 'runtime_min gte 40'], budget: 1500, cur: 'RON' },
  { text: 'Vreau un cadou pentru soția mea: o brățară de fitness cu GPS, până la 200 de euro', lang: 'ro', expect: '500009', hard: ['form eq band', 'gps eq true'], who: 'wife', budget: 200 },
  { text: 'Îmi trebuie un televizor OLED de 55 de inch, 4K, să nu fie Samsung, până în 6000 lei', lang: 'ro', expect: '404', hard: ['screen_in ~ 55', 'resolution eq 4k', 'panel eq oled', 'brand not-in Samsung'], budget: 6000, cur: 'RON' },
  // Japanese
  { text: 'ノイズキャンセリング付きのワイヤレスイヤホンを探しています。予算は3万円までです。', lang: 'ja', expect: 'headphones', hard: ['form eq in-ear', 'noise_cancelling eq true', 'wireless eq true'], budget: 30000, cur: 'JPY' },
  { text: '父へのプレゼントに電子書籍リーダーが欲しいです。防水で、画面は7インチ以上、2万5千円以内。', lang: 'ja', expect: '3539', hard: ['waterproof eq true', 'screen_in gte 7'], who: 'father', budget: 25000, cur: 'JPY' },
  { text: 'エスプレッソ用のコーヒー豆を1kg、オーガニックで深煎りのものをお願いします。', lang: 'ja', expect: 'coffee', hard: ['form eq beans', 'use in espresso', 'organic eq true', 'roast eq dark', 'weight_g ~ 1000'] },
  // Spanish
  { text: 'Necesito una maleta de cabina rígida, que no sea negra, máximo 150 €', lang: 'es', expect: '107', hard: ['cabin_size eq true', 'shell eq hard', 'color not-in black'], budget: 150 },
  { text: 'Busco una esterilla de yoga de 6 mm, no, mejor de 8 mm, antideslizante, hasta 60 euros', lang: 'es', expect: '3640', hard: ['thickness_mm ~ 8', 'non_slip eq true'], budget: 60 },
  // German
  { text: 'Für unser Büro mit 15 Leuten brauchen wir einen Luftreiniger für 60 m² mit HEPA-Filter, höchstens 400 €', lang: 'de', expect: '606', hard: ['room_m2 gte 60', 'hepa eq true'], budget: 400 },
  { text: 'Ich suche einen Fahrradhelm mit MIPS für meinen Sohn, Größe S, bloß nicht rosa, bis 70 Euro', lang: 'de', expect: '1029', hard: ['mips eq true', 'size eq S', 'color not-in pink'], who: 'son', budget: 70 },
  // French
  { text: 'Je cherche une tondeuse robot pour 600 m² de pelouse, tout sauf Worx, livrée avant le 31 mars, 1200 € max', lang: 'fr', expect: '694', hard: ['robotic eq true', 'lawn_area_m2 gte 600', 'brand not-in Worx'], deadline: ['2028-03-30', '2028-03-31'], budget: 1200 },
  { text: 'Une machine à café à grain avec mousseur à lait pour ma mère, comme son ancienne mais plus récente, 500 € maximum', lang: 'fr', expect: '736', hard: ['machine_type eq bean-to-cup', 'milk_frother eq true'], who: 'mother', budget: 500 },
  // Nothing a careful shop assistant could act on: ask what the person wants
  { text: 'jjjjjjjjjjkkkkkkk lllll', lang: 'en', expect: 'ask:category' },
  { text: 'qwertyuiop zxcvbnm', lang: 'en', expect: 'ask:category' },
  { text: PASTED_BASE64_21, lang: 'en', expect: 'ask:category' },
  { text: PASTED_HEX_21, lang: 'en', expect: 'ask:category' },
  { text: 'hello?', lang: 'en', expect: 'ask:category' },
  { text: 'Good morning 🙂', lang: 'en', expect: 'ask:category' },
  { text: 'https://shop.example.org/item?id=55102&utm_source=app', lang: 'en', expect: 'ask:category' },
  { text: 'why is everything so expensive these days', lang: 'en', expect: 'ask:category' },
];
