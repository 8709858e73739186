/**
 * Eighty requests written by hand and blind (requests20) by a helper of session 37 on 2026-12-07, before anyone ran
 * them through the engine: the writer did not open `agent/`, nor the rows of any other table; read only the header
 * and first three rows of `unseen-requests19-table.ts` (row format and conventions), `UnseenRow` in
 * `unseen-requests-table.ts` (its header and the first rows below it), the set-19 test, `describe-blind-set.ts`,
 * `unseen-requests-judge.ts`, and the demo market's catalogue data (`brand-agent/reference/data/`: category ids,
 * attribute names and values); and changed no row after seeing how it reads.
 *
 * Written in a new style: chat-style typing (no capitals, typos "kettel", "vacum", "sz", abbreviations "pls", "w/",
 * "approx", "obvs", "u", "r", emoji between words); long rambling messages with the need buried in a story (a broken
 * kettle, a physio's advice, a dog that ate a shoe); ranges and tolerances ("between 90 and 130", "around 300 can
 * stretch a bit", "no more than 20% over 1500", "around 100 but could stretch to 130", "give or take", "≈", "12-15");
 * prices including or excluding shipping, delivery, VAT or tax; other currencies (GBP and "quid", USD and "$", CHF,
 * SEK and "kr", PLN and "zł") and amounts written "1.299,00", "1,299.00", "1.500 €", "1 000 €", "€1k", "2 500 kr";
 * dates in ISO ("2027-10-15"), US ("10/15/2027", "10/22"), day-month ("19/10", "15/10", "23-10") forms, "Oct 20th",
 * "the 24th of October" and "end of next month"; gifts for people described by age and relationship; accessibility
 * needs (large buttons, a left-handed zip, wheelchair users, low vision). 45 English, 6 French, 3 each in Spanish,
 * Italian, German, Dutch, Portuguese, Polish and Swedish (34 % not English), and 8 requests a careful shop assistant could not act on (keyboard mash, a pasted base64 blob and a
 * hex hash generated here deterministically, a question with no product, "hi", a URL alone): the butler must ask what
 * the person wants (`ask:category`).
 *
 * Conventions as in table 19: "about", "approx", "around", "~", "≈", "give or take", "env.", "ca.", "circa", "unos",
 * "cerca de", "rond de", "około", "runt" on a price are the figure plus ten per cent; a range is its top; "no more
 * than N % over X" is X plus N %; "around X but could stretch to Y" is Y; a price stated including or excluding
 * shipping, delivery, VAT or tax is the figure stated. "quid" and "£" are GBP, "$" USD, "kr" in Swedish SEK, "zł"
 * PLN. A self-correction keeps the last word. A request in Spanish, Italian, German, Dutch, Portuguese, Polish or
 * Swedish expects an answer in that language (`lang`). A gift's recipient is the canonical English word ("mum" is
 * mother, "grandpa" grandfather); an age said of the recipient ("my 6 yo niece", "he turns 10") is its age. A wish
 * ("if poss", "would b nice") is written under `~` or as a soft rule.
 */
import type { UnseenRow } from './unseen-requests-table.ts';

/**
 * Thursday 7 October 2027, 14:00 UTC: "by friday"/"até sexta-feira" is 8 October, "by 2027-10-15"/"by 10/15/2027" 15
 * October, "pour le 15/10" 14–15 October, "before Oct 20th"/"antes del 20/10"/"senast 2027-10-20" 19–20 October, "by
 * the 10/22 move-in" 21–22 October, "bday on 19/10" 18–19 October, "entro il 2027-10-18" 17–18 October, "uiterlijk
 * 23-10" 22–23 October, "turns 10 on the 24th of October" 23–24 October, "end of next month"/"fin du mois
 * prochain"/"Ende nächsten Monats" 30 November 2027.
 */
export const UNSEEN_NOW_20 = new Date('2027-10-07T14:00:00Z');

/** Deterministic bytes (a linear congruential generator), so the pasted blobs are the same on every run. */
function pseudoRandomBytes(count: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(count);
  let state = seed >>> 0;
  for (let i = 0; i < count; i += 1) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** A 3 KB base64 blob, as if a file had been pasted into the chat. */
export const PASTED_BASE64 = Buffer.from(pseudoRandomBytes(2304, 20)).toString('base64');
/** A 2 KB run of hex digits, as if a hash or a key had been pasted. */
export const PASTED_HEX = Buffer.from(pseudoRandomBytes(1024, 2027)).toString('hex');

export const UNSEEN_REQUESTS_20: readonly UnseenRow[] = [
  // Chat-style typing: typos, abbreviations, emoji
  { text: 'hi pls find me a kettel w/ temp control, glass if poss, approx 50 quid 🙏', lang: 'en', expect: '751', hard: ['temperature_control eq true', 'body ~ glass'], budget: 55, cur: 'GBP' },
  { text: 'need noise cancelling headphones 🎧 over ear, wireless obvs, no beats pls, max 250$', lang: 'en', expect: 'headphones', hard: ['noise_cancelling eq true', 'form eq over-ear', 'wireless eq true', 'maker not-in Beats'], budget: 250, cur: 'USD' },
  { text: 'lookin for trail runnin shoes sz 43 womens 👟 waterproof, budget between 90 and 130 eur', lang: 'en', expect: 'running-shoes', hard: ['size_eu eq 43', 'terrain eq trail', 'gender ~ women', 'waterproof eq true'], budget: 130 },
  { text: 'robot vacum pls!! 🤖 bagless, quiet-ish, around 300 can stretch a bit', lang: 'en', expect: '619', hard: ['vacuum_type eq robot', 'bagless eq true'], soft: ['noise_db lower'], budget: 330 },
  { text: 'yoga mat 🧘‍♀️ non slip, 6mm thick, no pvc, purple or blue, <40€', lang: 'en', expect: '3640', hard: ['non_slip eq true', 'thickness_mm ~ 6', 'pvc_free eq true', 'color in purple', 'color in blue'], budget: 40 },
  { text: 'ok so 4k tv 65 inch w/ oled, hdmi 2.1 for the ps5 🎮 no more than 20% over 1500', lang: 'en', expect: '404', hard: ['resolution eq 4k', 'screen_in ~ 65', 'panel eq oled', 'hdmi_2_1 eq true'], budget: 1800 },
  { text: 'monitor 27" qhd 144hz+ usb-c, approx 350 usd incl shipping', lang: 'en', expect: '305', hard: ['screen_in ~ 27', 'resolution eq qhd', 'refresh_hz gte 144', 'usb_c eq true'], budget: 385, cur: 'USD' },
  { text: 'beans pls ☕ 1kg, medium roast, organic, for espresso, max 30 eur excl shipping', lang: 'en', expect: 'coffee', hard: ['form eq beans', 'weight_g ~ 1000', 'roast eq medium', 'organic eq true', 'use ~ espresso'], budget: 30 },
  { text: 'tent for 4 ppl ⛺ freestanding, 3 season, waterhead min 3000mm, under SEK 1,299', lang: 'en', expect: '1022', hard: ['capacity_persons ~ 4', 'freestanding eq true', 'seasons ~ 3', 'waterhead_mm gte 3000'], budget: 1299, cur: 'SEK' },
  { text: 'sleepin bag for -5 comfort, mummy shape, im left handed so zip on the left pls, max 150 CHF', lang: 'en', expect: '1020', hard: ['comfort_temp_c ~ -5', 'shape eq mummy', 'zip_side eq left'], budget: 150, cur: 'CHF' },
  { text: 'e-reader w/ warm light n waterproof, not kindle, approx 130', lang: 'en', expect: '3539', hard: ['warm_light eq true', 'waterproof eq true', 'store not-in kindle'], budget: 143 },
  { text: 'laptop 14 inch, 16gb ram, 512 ssd, windows, budget €1k', lang: 'en', expect: '328', hard: ['screen_in ~ 14', 'ram_gb ~ 16', 'storage_gb ~ 512', 'os eq windows'], budget: 1000 },
  { text: 'Phone 📱 5G, 256gb, android, budget 1.299,00 PLN', lang: 'en', expect: '267', hard: ['five_g eq true', 'storage_gb ~ 256', 'os eq android'], budget: 1299, cur: 'PLN' },
  // Long rambling messages with the need buried in a story
  { text: 'So last weekend we had the whole family over and my brother-in-law knocked my old kettle off the counter, which, fine, it was ancient anyway, and my partner keeps saying we should get one where you can set the temperature for her green tea. Anyway long story short I need a new electric kettle, stainless steel, temperature control, and I\'d rather not go over 70 euros.', lang: 'en', expect: '751', hard: ['body eq stainless steel', 'temperature_control eq true'], budget: 70 },
  { text: 'ok this is a long one sorry. my daughter just started secondary school and she\'s been carrying her books in a tote bag which is killing her shoulder, the physio said a proper backpack with a laptop sleeve would help, her laptop is 15.6 inch. she hates anything pink. so: school backpack, max 60 pounds', lang: 'en', expect: '100', hard: ['backpack_type eq school', 'laptop_in ~ 15.6', 'color not-in pink'], budget: 60, cur: 'GBP', who: 'daughter' },
  { text: 'Background: I work from home since 2020, my back is wrecked, my chair is a dining chair (I know). The occupational therapist said lumbar support and adjustable armrests, and since I\'m 120 kg it should take at least 130 kg. Office chair, mesh, budget around 400 USD.', lang: 'en', expect: '2045', hard: ['lumbar_support eq true', 'adjustable_armrests eq true', 'max_load_kg gte 130', 'material ~ mesh'], budget: 440, cur: 'USD' },
  { text: 'My grandmother is 84 and she keeps missing calls because her old phone\'s screen is tiny and the buttons are so small. She wants a phone with a big screen and large buttons, simple. Android is fine because my uncle can help her. Please nothing over 200 euros, she\'ll be furious.', lang: 'en', expect: '267', hard: ['os eq android'], budget: 200, who: 'grandmother', age: 84 },
  { text: 'My dad uses a wheelchair since his accident and he wants to get back into the garden 🌱 we have about 300 m2 of lawn and pushing a mower is impossible for him, so a robot mower that he can control from his phone would be ideal. max 900', lang: 'en', expect: '694', hard: ['robotic eq true', 'lawn_area_m2 ~ 300'], budget: 900, who: 'father' },
  { text: 'we\'re moving into a flat with no washing machine and the landlord left nothing, so: washing machine, front loader, 8 kg, energy class A, under 600 incl. delivery, need it by the 10/22 move-in', lang: 'en', expect: '2549', hard: ['loading eq front', 'capacity_kg ~ 8', 'energy_class eq A'], budget: 600, deadline: ['2027-10-21', '2027-10-22'] },
  { text: 'The dog ate my shoe. Literally. Anyway she\'s a 9 month old labrador and the vet says large breed puppy food, grain free, dry, a 12 kg bag, max 70 dollars', lang: 'en', expect: '3530', hard: ['dog_size eq large', 'life_stage eq puppy', 'grain_free eq true', 'food_form eq dry', 'weight_kg ~ 12'], budget: 70, cur: 'USD' },
  // Ranges, tolerances, currencies and how amounts are written
  { text: 'drill: cordless hammer drill 18V, 2 batteries, between 120 and 160 GBP', lang: 'en', expect: '2629', hard: ['drill_type eq hammer-drill', 'cordless eq true', 'voltage_v ~ 18', 'batteries_included ~ 2'], budget: 160, cur: 'GBP' },
  { text: 'digital camera mirrorless w/ kit lens, 4k video, 1,299.00 USD max', lang: 'en', expect: '152', hard: ['camera_type eq mirrorless', 'kit_lens eq true', 'video_4k eq true'], budget: 1299, cur: 'USD' },
  { text: 'mattress 140x200, medium firmness, memory foam, budget 450 € give or take', lang: 'en', expect: '2696', hard: ['width_cm ~ 140', 'firmness eq medium', 'mattress_type eq memory foam'], budget: 495 },
  { text: 'city bike for commuting, 28 inch wheels, 7 gears, ≈ 600 CHF', lang: 'en', expect: '1026', hard: ['bike_type eq city', 'wheel_size_in ~ 28', 'gears ~ 7'], budget: 660, cur: 'CHF' },
  { text: 'blender countertop at least 1200W, around 100 but could stretch to 130', lang: 'en', expect: '505666', hard: ['blender_type eq countertop', 'power_w gte 1200'], budget: 130 },
  { text: 'tablet w/ stylus support, 11 inch, 128gb, no more than 10% over 400 eur', lang: 'en', expect: '4745', hard: ['stylus_support eq true', 'screen_in ~ 11', 'storage_gb ~ 128'], budget: 440 },
  { text: 'bluetooth speaker portable IP67 ≥ 20h battery, £80 inc VAT', lang: 'en', expect: '249', hard: ['portable eq true', 'water_resistance eq IP67', 'battery_hours gte 20'], budget: 80, cur: 'GBP' },
  { text: 'green tea loose leaf organic 100g, 12-15 eur', lang: 'en', expect: '2073', hard: ['tea_type eq green', 'tea_form eq loose', 'organic eq true', 'weight_g ~ 100'], budget: 15 },
  // Dates in ISO, US and day-month forms
  { text: 'need a cabin suitcase hard shell 4 wheels by 2027-10-15, max 180 EUR', lang: 'en', expect: '107', hard: ['cabin_size eq true', 'shell eq hard', 'wheels ~ 4'], budget: 180, deadline: ['2027-10-15'] },
  { text: 'rain jacket womens size M waterproof w/ hood, needed by 10/15/2027, budget $150', lang: 'en', expect: '5598', hard: ['jacket_type eq rain', 'gender ~ female', 'size eq M', 'waterproof eq true', 'hood eq true'], budget: 150, cur: 'USD', deadline: ['2027-10-15'] },
  { text: 'jigsaw 1000 pieces for my mum\'s bday on 19/10, wooden if poss, around 40', lang: 'en', expect: '2618', hard: ['pieces ~ 1000', 'puzzle_material ~ wood'], budget: 44, who: 'mother', deadline: ['2027-10-18', '2027-10-19'] },
  { text: 'board game for a family of 5, kids 8 and 11, delivered by end of next month, up to 50 €', lang: 'en', expect: '1246', hard: ['max_players gte 5'], budget: 50, deadline: ['2027-11-30'] },
  { text: 'wireless earbuds in-ear for running, IPX4 at least, deliver before Oct 20th pls, max 90 euros', lang: 'en', expect: 'headphones', hard: ['form eq in-ear', 'wireless eq true', 'water_resistance ~ IPX4'], budget: 90, deadline: ['2027-10-19', '2027-10-20'] },
  { text: 'LEGO Star Wars set for my nephew, he turns 10 on the 24th of October, 80-100 €', lang: 'en', expect: '3805', hard: ['theme eq star wars'], budget: 100, who: 'nephew', age: 10, deadline: ['2027-10-23', '2027-10-24'] },
  // Gifts for people described by age and relationship
  { text: 'gift for my 6 yo niece, she loves unicorns 🦄 and puzzles, 100 pieces maybe, under 25', lang: 'en', expect: '2618', hard: ['pieces ~ 100'], budget: 25, who: 'niece', age: 6 },
  { text: 'my husband (52) wants a gravel bike, aluminium frame, hydraulic discs, 54 cm frame, max 1.500 €', lang: 'en', expect: '1026', hard: ['bike_type eq gravel', 'frame_material eq aluminium', 'brake_type eq hydraulic-disc', 'frame_size_cm ~ 54'], budget: 1500, who: 'husband', age: 52 },
  { text: 'for my sister\'s baby shower, a compact stroller from birth, light, under 8 kg, up to 350', lang: 'en', expect: '568', hard: ['stroller_type eq compact', 'from_birth eq true', 'weight_kg lte 8'], budget: 350, who: 'sister' },
  { text: 'coworker leaving, we r pooling for a nice coffee grinder… actually no a bean to cup machine w/ milk frother, 500 quid', lang: 'en', expect: '736', hard: ['machine_type eq bean-to-cup', 'milk_frother eq true'], budget: 500, cur: 'GBP' },
  { text: 'helmet for my 7yo son 🚲 kids helmet w/ integrated light, size S, <35€', lang: 'en', expect: '1029', hard: ['helmet_type eq kids', 'integrated_light eq true', 'size eq S'], budget: 35, who: 'son', age: 7 },
  // Accessibility needs
  { text: 'wheelchair user here ♿ looking for a backpack that hangs on the back of the chair, laptop sleeve 13", waterproof, max 70 eur', lang: 'en', expect: '100', hard: ['laptop_in ~ 13', 'waterproof eq true'], budget: 70 },
  { text: 'my dad is visually impaired, e-reader with the biggest screen u can find, warm light, under 250 CHF', lang: 'en', expect: '3539', hard: ['warm_light eq true'], soft: ['screen_in higher'], budget: 250, cur: 'CHF', who: 'father' },
  { text: 'low vision grandpa (79) wants a tv with a big screen, 55 inch at least, simple remote, under 700 euros', lang: 'en', expect: '404', hard: ['screen_in gte 55'], budget: 700, who: 'grandfather', age: 79 },
  { text: 'coffee capsules? no wait ground coffee for filter, light roast, decaf pls, 500g, max 15', lang: 'en', expect: 'coffee', hard: ['form eq ground', 'use ~ filter', 'roast eq light', 'decaf eq true', 'weight_g ~ 500'], budget: 15 },
  { text: 'speaker w/ alexa + wifi for the kitchen, black, around 100', lang: 'en', expect: '249', hard: ['voice_assistant eq true', 'wifi eq true', 'color eq black'], budget: 110 },
  { text: 'washing machine top loader 7kg, quiet, €650 max, by friday', lang: 'en', expect: '2549', hard: ['loading eq top', 'capacity_kg ~ 7'], soft: ['noise_db lower'], budget: 650, deadline: ['2027-10-08'] },
  // French
  { text: 'slt, je cherche un casque sans fil réduction de bruit 🎧 entre 150 et 200 €, pas Bose stp', lang: 'fr', expect: 'headphones', hard: ['wireless eq true', 'noise_cancelling eq true', 'maker not-in Bose'], budget: 200 },
  { text: 'Bon alors, longue histoire : mon fils de 8 ans a explosé son vélo contre le portail, donc il lui faut un vélo enfant, roues 24 pouces, 300 € max livraison comprise', lang: 'fr', expect: '1026', hard: ['bike_type eq kids', 'wheel_size_in ~ 24'], budget: 300, who: 'son', age: 8 },
  { text: 'aspirateur balai sans fil, autonomie 60 min mini, pour le 15/10, env. 250 €', lang: 'fr', expect: '619', hard: ['vacuum_type eq stick', 'cordless eq true', 'runtime_min gte 60'], budget: 275, deadline: ['2027-10-14', '2027-10-15'] },
  { text: 'Tapis de yoga pour ma mère (70 ans), antidérapant, épais 8 mm, 50 CHF max', lang: 'fr', expect: '3640', hard: ['non_slip eq true', 'thickness_mm ~ 8'], budget: 50, cur: 'CHF', who: 'mother', age: 70 },
  { text: 'café en grains bio équitable 1 kg torréfaction foncée, max 35 € TTC', lang: 'fr', expect: 'coffee', hard: ['form eq beans', 'organic eq true', 'fair_trade eq true', 'weight_g ~ 1000', 'roast eq dark'], budget: 35 },
  { text: 'je voudrais un lave-linge hublot 9 kg classe A pour la fin du mois prochain, 1 000 € max', lang: 'fr', expect: '2549', hard: ['loading eq front', 'capacity_kg ~ 9', 'energy_class eq A'], budget: 1000, deadline: ['2027-11-30'] },
  // Spanish
  { text: 'hola!! busco auriculares inalámbricos con cancelación de ruido, de diadema, negros, unos 200 euros 😊', lang: 'es', expect: 'headphones', hard: ['wireless eq true', 'noise_cancelling eq true', 'form eq over-ear', 'color eq black'], budget: 220 },
  { text: 'Para mi abuela de 80 años: un hervidor eléctrico de acero inoxidable con control de temperatura, máximo 60 €, antes del 20/10', lang: 'es', expect: '751', hard: ['body eq stainless steel', 'temperature_control eq true'], budget: 60, who: 'grandmother', age: 80, deadline: ['2027-10-19', '2027-10-20'] },
  { text: 'necesito una tienda de campaña para 2 personas, autoportante, entre 150 y 200 euros', lang: 'es', expect: '1022', hard: ['capacity_persons ~ 2', 'freestanding eq true'], budget: 200 },
  // Italian
  { text: 'ciao, cerco una bici da città elettrica per andare al lavoro, max 1.800 €', lang: 'it', expect: '1026', hard: ['bike_type eq city', 'electric eq true'], budget: 1800 },
  { text: 'Regalo per mio figlio di 12 anni: un set LEGO Technic, circa 70 euro, entro il 2027-10-18', lang: 'it', expect: '3805', hard: ['theme eq technic'], budget: 77, who: 'son', age: 12, deadline: ['2027-10-17', '2027-10-18'] },
  { text: 'frullatore a immersione, almeno 1000 W, sotto i 60 euro spedizione inclusa', lang: 'it', expect: '505666', hard: ['blender_type eq hand', 'power_w gte 1000'], budget: 60 },
  // German
  { text: 'Hallo, ich suche Laufschuhe für Trail, Größe 44, wasserdicht, Herren, zwischen 100 und 140 €', lang: 'de', expect: 'running-shoes', hard: ['terrain eq trail', 'size_eu eq 44', 'waterproof eq true', 'gender ~ men'], budget: 140 },
  { text: 'Luftreiniger mit HEPA-Filter für 35 m², leise, bis Ende nächsten Monats, ca. 250 Euro', lang: 'de', expect: '606', hard: ['hepa eq true', 'room_m2 ~ 35'], soft: ['noise_db lower'], budget: 275, deadline: ['2027-11-30'] },
  { text: 'Für meinen Vater (65): E-Book-Reader mit warmem Licht, wasserdicht, max. 150 CHF', lang: 'de', expect: '3539', hard: ['warm_light eq true', 'waterproof eq true'], budget: 150, cur: 'CHF', who: 'father', age: 65 },
  // Dutch
  { text: 'hoi, ik zoek een espressomachine met melkopschuimer, max 300 euro', lang: 'nl', expect: '736', hard: ['machine_type eq espresso', 'milk_frother eq true'], budget: 300 },
  { text: 'Voor mijn dochter van 5: een kinderfiets 16 inch, rond de 150 euro, uiterlijk 23-10', lang: 'nl', expect: '1026', hard: ['bike_type eq kids', 'wheel_size_in ~ 16'], budget: 165, who: 'daughter', age: 5, deadline: ['2027-10-22', '2027-10-23'] },
  { text: 'matras 160x200, stevig, pocketvering, niet meer dan 700 euro inclusief bezorging', lang: 'nl', expect: '2696', hard: ['width_cm ~ 160', 'firmness eq firm', 'mattress_type eq pocket spring'], budget: 700 },
  // Portuguese
  { text: 'olá, procuro uma mochila de caminhada de 30 litros, impermeável, até 90 euros', lang: 'pt', expect: '100', hard: ['backpack_type eq hiking', 'volume_l ~ 30', 'waterproof eq true'], budget: 90 },
  { text: 'Presente para a minha mãe: uma chaleira elétrica de vidro, cerca de 40 euros, até sexta-feira', lang: 'pt', expect: '751', hard: ['body eq glass'], budget: 44, who: 'mother', deadline: ['2027-10-08'] },
  { text: 'preciso de um aspirador robô sem saco, no máximo 250 €', lang: 'pt', expect: '619', hard: ['vacuum_type eq robot', 'bagless eq true'], budget: 250 },
  // Polish
  { text: 'cześć, szukam słuchawek bezprzewodowych z redukcją szumów, do 800 zł', lang: 'pl', expect: 'headphones', hard: ['wireless eq true', 'noise_cancelling eq true'], budget: 800, cur: 'PLN' },
  { text: 'Prezent dla syna (10 lat): kask rowerowy dziecięcy z lampką, maks. 150 PLN', lang: 'pl', expect: '1029', hard: ['helmet_type eq kids', 'integrated_light eq true'], budget: 150, cur: 'PLN', who: 'son', age: 10 },
  { text: 'potrzebuję czajnika elektrycznego ze stali nierdzewnej, 1,7 l, około 200 zł', lang: 'pl', expect: '751', hard: ['body eq stainless steel', 'capacity_l ~ 1.7'], budget: 220, cur: 'PLN' },
  // Swedish
  { text: 'hej! jag letar efter ett tält för 3 personer, fristående, max 2 500 kr', lang: 'sv', expect: '1022', hard: ['capacity_persons ~ 3', 'freestanding eq true'], budget: 2500, cur: 'SEK' },
  { text: 'Present till min fru: en hårtork med jonteknik, hopfällbar, runt 600 SEK', lang: 'sv', expect: '490', hard: ['ionic eq true', 'foldable eq true'], budget: 660, cur: 'SEK', who: 'wife' },
  { text: 'jag behöver en sladdlös skaftdammsugare, senast 2027-10-20, högst 3000 kr', lang: 'sv', expect: '619', hard: ['vacuum_type eq stick', 'cordless eq true'], budget: 3000, cur: 'SEK', deadline: ['2027-10-19', '2027-10-20'] },
  // Nothing a careful shop assistant could act on: the butler must ask what the person wants
  { text: 'asdfghjkl;asdf jkjkjk', lang: 'en', expect: 'ask:category' },
  { text: 'hi', lang: 'en', expect: 'ask:category' },
  { text: 'https://www.example.com/p/8839201?ref=share', lang: 'en', expect: 'ask:category' },
  { text: PASTED_BASE64, lang: 'en', expect: 'ask:category' },
  { text: PASTED_HEX, lang: 'en', expect: 'ask:category' },
  { text: 'what do you think the weather will be like tomorrow?', lang: 'en', expect: 'ask:category' },
  { text: '?????', lang: 'en', expect: 'ask:category' },
  { text: 'can you help me', lang: 'en', expect: 'ask:category' },
];
