/**
 * Eighty requests written by hand and blind (requests23) by a helper of session 40 on 2026-12-07, before anyone ran
 * them through the engine: the writer did not open `agent/` (nor `agent/need/`, `agent/language/`), nor the rows of any
 * other table on purpose; read the header and first rows of `unseen-requests22-table.ts` (row format, conventions,
 * blob helper — the listing also showed about twenty of its rows, and its test file's KNOWN_GAPS shows more of them;
 * none is reused here), the set-22 test, `describe-blind-set.ts`, `unseen-requests-judge.ts`, the `UnseenRow` type in
 * `unseen-requests-table.ts` (whose listing also showed ten rows of table 1, not reused), `xorshift-bytes.ts`, the
 * currency exponents of `protocol/money.ts`, and the demo market's catalogue data (`brand-agent/reference/data/`:
 * category ids, attribute names and values, makers); and changed no row after seeing how it reads.
 *
 * Written in a new style: procurement e-mails and purchase orders from a small office, a school, a nursery, a
 * restaurant ("PO: 3 x …", cost centres, account codes, delivery address lines that are not product wishes);
 * corrections mid-text ("size 42 — no wait, 43", "budget 40, sorry, 50"); conditional budgets ("up to 250, or 350 if
 * it has a headrest"); repeat orders described against a past purchase; accessibility and health needs (arthritis,
 * low vision, an autistic child, a bad back, a wheelchair user); deadlines as events ("before my trip on the 14th",
 * "by the wedding Saturday", "end of next week"); pasted markdown tables, checklists, JSON and YAML with the wish
 * inside; negotiation asides ("it lists at 550 but I won't pay more than 450"); comparisons ("like the Sony
 * WH-1000XM5 but cheaper"); rent-or-buy musings that end in a clear buy; code-switching within one sentence
 * (Spanglish, Franglais, Denglisch, Taglish — English-framed, so answered in English); long rambling context with
 * one wish buried in it. 48 English; 2 each in French, German, Spanish, Czech, Greek and Romanian, and in six languages
 * the butler has probably never read: Finnish, Norwegian, Vietnamese, Indonesian, Hebrew and Arabic (24, 30 %); and 8
 * requests a careful shop assistant could not act on (keyboard mash, a pasted base64 blob and a pasted hex dump
 * generated here deterministically, "hey 👋", a product URL alone, a question with no product, a thank-you, a purchase
 * order with its item line empty): the butler must ask what the person wants (`ask:category`).
 *
 * Conventions as in tables 21 and 22: a measure said plainly ("1.7 L", "size L", "27 inch") is written under `~`;
 * "at least"/"minimum" is `gte`, "under"/"max" on a measure `lte`; a wish ("if possible", "would help", "if you can
 * find them") under `~`; a colour under `in`; a maker wanted is `maker in`, excluded `maker not-in`. A price said per
 * unit for several units ("max 70 per kettle", "unit price not to exceed") is not written as the budget; a total is. A
 * corrected figure is the last one said. A conditional budget ("up to 250, or 350 if it has a headrest") is written as
 * its highest figure — the ceiling no offer may pass — and the condition is not written as a rule. A room or lawn a
 * device must cover ("for a 35 m² playroom") is `gte`. An event deadline accepts the day before the event and the
 * event's day; "end of next week" accepts its Friday to Sunday. Currencies: "£" GBP, "$"/"bucks" USD, "Kč" CZK,
 * "lei" RON, Norwegian "kroner"/"kr" NOK, "đồng"/"triệu đồng" VND, "Rp"/"ribu rupiah" IDR, "שקלים"/"ש״ח" ILS,
 * "درهم" AED, "pesos" from a Taglish speaker PHP. A request in another language expects an answer in that language
 * (`lang`; Norwegian `no`). A recipient is the canonical English word ("mum" mother, "Opa" grandfather, "tita" aunt).
 */
import type { UnseenRow } from './unseen-requests-table.ts';
import { xorshiftBytes } from './xorshift-bytes.ts';

/** Tuesday 6 March 2029, 10:00 UTC: "Saturday" is 10 March, "the 14th" is 14 March, "end of next week" 16–18 March. */
export const UNSEEN_NOW_23 = new Date('2029-03-06T10:00:00Z');

/** A 3.6 KB base64 blob (2.7 KB of bytes), as if an attachment had been pasted into the mail. */
export const PASTED_BASE64_23 = Buffer.from(xorshiftBytes(2700, 23)).toString('base64');
/** Thirty-two 64-digit hex lines (2.1 KB), as if a checksum file had been pasted. */
export const PASTED_HEX_23 = Array.from({ length: 32 }, (_, i) => Buffer.from(xorshiftBytes(32, 2300 + i)).toString('hex')).join('\n');

export const UNSEEN_REQUESTS_23: readonly UnseenRow[] = [
  // Procurement e-mails and purchase orders (address lines, cost centres, account codes are not wishes)
  { text: 'PO #4471 — Riverside Dental Practice\nCost centre: 210-ADMIN\nItem: 3 x ergonomic office chair, mesh, with lumbar support and adjustable armrests\nUnit price not to exceed EUR 400\nDeliver to: 12 Harbour Road, 2nd floor, reception', lang: 'en', expect: '2045', hard: ['material in mesh', 'lumbar_support eq true', 'adjustable_armrests eq true'], quantity: 3 },
  { text: "Hi, St Brigid's Primary School here. Purchase order for the IT room: 2 x 27 inch monitor, USB-C, height adjustable. Total budget €900 incl. VAT. Invoice to: Finance Office, St Brigid's, Church Lane, Galway. Delivery before 20 March please.", lang: 'en', expect: '305', hard: ['screen_in ~ 27', 'usb_c eq true', 'height_adjustable eq true'], budget: 900, quantity: 2, deadline: ['2029-03-19', '2029-03-20'] },
  { text: 'From: Chef Marco, Trattoria Lucia\nTo: purchasing\nWe need a new countertop blender for the kitchen — at least 1500 W, 2 litre jug. Max 350 EUR. Ship to the back entrance, Via Roma 8 (ring twice).', lang: 'en', expect: '505666', hard: ['blender_type eq countertop', 'power_w gte 1500', 'jug_l ~ 2'], budget: 350 },
  { text: 'Order request — office kettle\nRequested by: J. Okafor (Facilities)\nCost centre: CC-0042\nQty: 2\nSpec: 1.7 L, stainless steel, temperature control\nBudget: max 70 per kettle\nDeliver to: Unit 5, Mill Lane Business Park', lang: 'en', expect: '751', hard: ['capacity_l ~ 1.7', 'body eq stainless steel', 'temperature_control eq true'], quantity: 2 },
  { text: 'PO 2029-118 | Little Acorns Nursery | 1 x air purifier with HEPA filter for a 35 m² playroom, quiet (under 40 dB) | max €450 | deliver: 3 Oak Street, Building B', lang: 'en', expect: '606', hard: ['hepa eq true', 'room_m2 gte 35', 'noise_db lte 40'], budget: 450 },
  { text: 'Dear supplier, for our science department please deliver 4 tablets with stylus support, 10 to 11 inch screen, Android. Our budget is £1,600 in total. Account code SCI-7. Address: Hillcrest Academy, 45 Station Road, Leeds LS1 4AB.', lang: 'en', expect: '4745', hard: ['stylus_support eq true', 'os eq android', 'screen_in gte 10', 'screen_in lte 11'], budget: 1600, cur: 'GBP', quantity: 4 },
  { text: 'Bistro order: one bean-to-cup coffee machine with milk frother for the front counter. Budget €1200. Delivery address: Bistro Nord, Quai 14, 4th door on the left — NOT the main restaurant.', lang: 'en', expect: '736', hard: ['machine_type eq bean-to-cup', 'milk_frother eq true'], budget: 1200 },
  // Corrections mid-text
  { text: 'running shoes for road, size 42 — no wait, 43, my last pair was tight. under 130', lang: 'en', expect: 'running-shoes', hard: ['terrain eq road', 'size_eu eq 43'], budget: 130 },
  { text: 'a yoga mat, budget 40, sorry, 50 — 6 mm thick, non slip', lang: 'en', expect: '3640', hard: ['thickness_mm ~ 6', 'non_slip eq true'], budget: 50 },
  { text: 'I need a 55 inch TV, actually make that 65 inch, OLED, max 2000', lang: 'en', expect: '404', hard: ['screen_in ~ 65', 'panel eq oled'], budget: 2000 },
  { text: 'black hair dryer — scratch that, any colour but black — ionic, at least 2000 W, under 120', lang: 'en', expect: '490', hard: ['color not-in black', 'ionic eq true', 'power_w gte 2000'], budget: 120 },
  { text: "a tent for 2 people... I mean 3, we're bringing my cousin. under 4 kg, max 300", lang: 'en', expect: '1022', hard: ['capacity_persons ~ 3', 'weight_kg lte 4'], budget: 300 },
  // Conditional budgets
  { text: 'Need an office chair. Up to 250, or 350 if it has a headrest. Lumbar support is a must.', lang: 'en', expect: '2045', hard: ['lumbar_support eq true'], budget: 350 },
  { text: "winter jacket, waterproof with a hood, size L, 200 max — 260 if it's Gore-Tex", lang: 'en', expect: '5598', hard: ['waterproof eq true', 'hood eq true', 'size ~ L'], budget: 260 },
  { text: "robot vacuum, up to 300 euros, 400 if it's really quiet — we have a baby", lang: 'en', expect: '619', hard: ['vacuum_type eq robot'], budget: 400 },
  { text: 'e-reader: €120, stretching to €160 if it is waterproof. Warm light needed.', lang: 'en', expect: '3539', hard: ['warm_light eq true'], budget: 160 },
  // Repeat orders described against a past purchase
  { text: 'same kettle as last time but the 1.7 L one — the 1.5 was too small for the office. glass again. under 60', lang: 'en', expect: '751', hard: ['capacity_l ~ 1.7', 'body eq glass'], budget: 60 },
  { text: 'Reorder: the dry dog food we had in January, Royal Canin, adult, large breed, but the bigger 15 kg bag this time. max 90', lang: 'en', expect: '3530', hard: ['maker in Royal Canin', 'food_form eq dry', 'life_stage eq adult', 'dog_size eq large', 'weight_kg ~ 15'], budget: 90 },
  { text: 'same running shoes as in May (trail, waterproof) but half a size up: 43.5 this time. max 160', lang: 'en', expect: 'running-shoes', hard: ['terrain eq trail', 'waterproof eq true', 'size_eu eq 43.5'], budget: 160 },
  { text: 'like the toothbrush I bought in the autumn — sonic, with a pressure sensor — but the pack of 2 this time. max 110', lang: 'en', expect: '527', hard: ['brush_type eq sonic', 'pressure_sensor eq true', 'pack_size ~ 2'], budget: 110 },
  // Accessibility and health needs
  { text: 'My mum has arthritis in both hands — she needs a light kettle that is easy to grip, 1 litre is plenty. Under 50.', lang: 'en', expect: '751', hard: ['capacity_l ~ 1'], budget: 50, who: 'mother' },
  { text: 'For my grandmother (88, low vision): a tablet with a big screen, at least 12 inches, under 500', lang: 'en', expect: '4745', hard: ['screen_in gte 12'], budget: 500, who: 'grandmother', age: 88 },
  { text: 'sensory-friendly headphones for my autistic son (6): over-ear, noise cancelling, under 150 — he hates the noise at the supermarket', lang: 'en', expect: 'headphones', hard: ['form eq over-ear', 'noise_cancelling eq true'], budget: 150, who: 'son', age: 6 },
  { text: 'I have a bad back (two slipped discs). Looking for a firm mattress, 160x200, max 900', lang: 'en', expect: '2696', hard: ['firmness eq firm', 'size ~ 160 x 200 cm'], budget: 900 },
  { text: "Asthma in the house — an air purifier with a HEPA filter; app control would help since I'm in a wheelchair and can't reach it easily. Max 300", lang: 'en', expect: '606', hard: ['hepa eq true', 'app_control ~ true'], budget: 300 },
  // Deadlines as events
  { text: 'need a cabin-size suitcase before my trip on the 14th, hard shell, max 200', lang: 'en', expect: '107', hard: ['cabin_size eq true', 'shell eq hard'], budget: 200, deadline: ['2029-03-13', '2029-03-14'] },
  { text: 'a cooperative board game as a wedding present, max 60, needed by the wedding Saturday', lang: 'en', expect: '1246', hard: ['game_type eq cooperative'], budget: 60, deadline: ['2029-03-09', '2029-03-10'] },
  { text: 'by the end of next week: a cordless drill-driver, 18 V, 2 batteries included, under 150', lang: 'en', expect: '2629', hard: ['drill_type eq drill-driver', 'cordless eq true', 'voltage_v ~ 18', 'batteries_included ~ 2'], budget: 150, deadline: ['2029-03-16', '2029-03-17', '2029-03-18'] },
  { text: 'my daughter starts at her new school on Monday the 19th — she needs a school backpack, waterproof, max 60', lang: 'en', expect: '100', hard: ['backpack_type eq school', 'waterproof eq true'], budget: 60, deadline: ['2029-03-18', '2029-03-19'], who: 'daughter' },
  { text: "my mum's 60th is this Sunday — a foldable ionic hair dryer for her, under 100", lang: 'en', expect: '490', hard: ['foldable eq true', 'ionic eq true'], budget: 100, deadline: ['2029-03-10', '2029-03-11'], who: 'mother', age: 60 },
  // Pasted markdown, tables, JSON and YAML
  { text: '| item | spec | max |\n|---|---|---|\n| laptop | 14", 16 GB RAM, 512 GB SSD | 1100 € |', lang: 'en', expect: '328', hard: ['screen_in ~ 14', 'ram_gb ~ 16', 'storage_gb ~ 512'], budget: 1100 },
  { text: '{"request": "wireless earbuds", "noise_cancelling": true, "max_price_eur": 180, "color": "white"}', lang: 'en', expect: 'headphones', hard: ['form eq in-ear', 'wireless eq true', 'noise_cancelling eq true', 'color in white'], budget: 180 },
  { text: '## Garden\n- [x] hose\n- [x] seeds\n- [ ] **lawn mower** — battery, cutting width at least 40 cm, for a 400 m² lawn\n\nBudget for the mower: 450 EUR', lang: 'en', expect: '694', hard: ['power_source eq battery', 'cutting_width_cm gte 40', 'lawn_area_m2 gte 400'], budget: 450 },
  { text: '```\nwant: stroller\ntype: compact\nfrom_birth: yes\nmax: 600 EUR\n```', lang: 'en', expect: '568', hard: ['stroller_type eq compact', 'from_birth eq true'], budget: 600 },
  // Negotiation asides
  { text: "I want the Dyson cordless stick vacuum — I know it lists at 550 but I won't pay more than 450", lang: 'en', expect: '619', hard: ['maker in Dyson', 'vacuum_type eq stick', 'cordless eq true'], budget: 450 },
  { text: "Espresso machine, 15 bar. Shops ask 300 for these, I'll go to 220 and not a cent more.", lang: 'en', expect: '736', hard: ['machine_type eq espresso', 'pressure_bar ~ 15'], budget: 220 },
  { text: "a 10 kg front loader washing machine — RRP is €800 but I've seen it for less, so cap it at 650", lang: 'en', expect: '2549', hard: ['capacity_kg ~ 10', 'loading eq front'], budget: 650 },
  // Comparisons as requests
  { text: 'like the Sony WH-1000XM5 but cheaper — over-ear, wireless, noise cancelling, under 250', lang: 'en', expect: 'headphones', hard: ['form eq over-ear', 'wireless eq true', 'noise_cancelling eq true'], budget: 250 },
  { text: "a speaker like my friend's JBL Charge, portable and waterproof (IP67), but cheaper than 150", lang: 'en', expect: '249', hard: ['portable eq true', 'water_resistance eq IP67'], budget: 150 },
  // Rent or buy, ending in a clear buy
  { text: "I've been renting an e-bike on a subscription at 89 a month and it adds up — I'd rather buy one: a city e-bike, size M, up to 2500", lang: 'en', expect: '1026', hard: ['bike_type eq city', 'electric eq true', 'size ~ M'], budget: 2500 },
  { text: 'Rent or buy a tent for one festival? Renting is 60 for the weekend, which is silly. OK, buying: a pop-up tent for 2, max 120', lang: 'en', expect: '1022', hard: ['setup eq pop-up', 'capacity_persons ~ 2'], budget: 120 },
  // Code-switching within one sentence (English-framed)
  { text: 'Hey, I need unos audífonos for the gym, in-ear, que sean waterproof, IPX7 if possible, under 100 bucks', lang: 'en', expect: 'headphones', hard: ['form eq in-ear', 'water_resistance ~ IPX7'], budget: 100, cur: 'USD' },
  { text: "I'm looking for une bouilloire with température réglable, 1.5 litres, pas trop chère, max 60 euros", lang: 'en', expect: '751', hard: ['temperature_control eq true', 'capacity_l ~ 1.5'], budget: 60 },
  { text: 'I need a new Staubsauger, a cordless one, beutellos please, budget max 250 Euro', lang: 'en', expect: '619', hard: ['cordless eq true', 'bagless eq true'], budget: 250 },
  { text: 'Hello po, looking for a yoga mat na non-slip, yung 6mm ang kapal, for my tita, budget 2000 pesos lang', lang: 'en', expect: '3640', hard: ['non_slip eq true', 'thickness_mm ~ 6'], budget: 2000, cur: 'PHP', who: 'aunt' },
  // Long rambling context with one wish buried in it
  { text: "So, long story. Last month our flat flooded — not badly, but the carpet's gone and half the kitchen stuff got wet: the toaster died, the router died, my partner's guitar amp somehow survived. The landlord is slow, insurance says 6-8 weeks, we've been living on takeaway and my sister lent us her microwave and a spare duvet. Anyway the one thing I can't live without is coffee in the morning and the machine is dead, so: a capsule coffee machine, nothing fancy, black, under 120. The rest can wait for the insurance.", lang: 'en', expect: '736', hard: ['machine_type eq capsule', 'color in black'], budget: 120 },
  { text: "Background: I work from home three days a week, the other two at the office in Rotterdam. My back has been complaining since January and my physio (great, 45 euros a session) says my chair is the problem. I tried a 30 euro cushion, useless. A colleague swears by her standing desk but I have no room. So: a chair with proper lumbar support and a headrest, fabric not mesh (mesh leaves marks on my legs in shorts), up to 500.", lang: 'en', expect: '2045', hard: ['lumbar_support eq true', 'headrest eq true', 'material in fabric', 'material not-in mesh'], budget: 500 },
  { text: "We're a family of five with two dogs and a cat who thinks she's a dog. Weekends we hike, the kids complain, I bribe them with chocolate. Last Sunday it rained and my youngest's jacket soaked through in ten minutes, he cried all the way back. So a rain jacket for him — he's 8 — waterproof, size XS, recycled materials if you can find them, max 70. The dogs were fine.", lang: 'en', expect: '5598', hard: ['jacket_type eq rain', 'waterproof eq true', 'size ~ XS', 'recycled_materials ~ true'], budget: 70, who: 'son', age: 8 },
  // French
  { text: 'Bonjour, pour le cabinet : bon de commande n° 58, centre de coût 12-B. Merci de livrer 2 bouilloires en inox, 1,7 L, d’ici le 15 mars. Adresse : 4 rue des Lilas, 2e étage. Budget total 120 €.', lang: 'fr', expect: '751', hard: ['body eq stainless steel', 'capacity_l ~ 1.7'], budget: 120, quantity: 2, deadline: ['2029-03-14', '2029-03-15'] },
  { text: 'Je cherche des chaussures de trail pour femme, pointure 39, euh non, 40, imperméables, 150 € max, 180 si ce sont des Salomon', lang: 'fr', expect: 'running-shoes', hard: ['terrain eq trail', 'gender in women', 'size_eu eq 40', 'waterproof eq true'], budget: 180 },
  // German
  { text: 'Bestellung für unser Büro: 1 x Monitor, 27 Zoll, 4K, höhenverstellbar, max. 450 € netto. Lieferadresse: Hauptstraße 17, 3. OG, 10115 Berlin, Kostenstelle 4711.', lang: 'de', expect: '305', hard: ['screen_in ~ 27', 'resolution eq 4k', 'height_adjustable eq true'], budget: 450 },
  { text: 'Für meinen Opa (79, Arthrose in den Fingern) suche ich ein Handy mit großem Bildschirm, mindestens 6,5 Zoll, Android, bis 300 Euro', lang: 'de', expect: '267', hard: ['screen_in gte 6.5', 'os eq android'], budget: 300, who: 'grandfather', age: 79 },
  // Spanish
  { text: 'Necesito una cafetera de cápsulas para la oficina, la misma que compramos el año pasado pero en rojo, máximo 150 €', lang: 'es', expect: '736', hard: ['machine_type eq capsule', 'color in red'], budget: 150 },
  { text: 'Mi hijo de 10 años tiene autismo y le molestan los ruidos: busco unos auriculares con cancelación de ruido que cubran toda la oreja, hasta 120 €', lang: 'es', expect: 'headphones', hard: ['noise_cancelling eq true', 'form eq over-ear'], budget: 120, who: 'son', age: 10 },
  // Czech
  { text: 'Hledám bezdrátová sluchátka do uší s potlačením hluku, do 3000 Kč', lang: 'cs', expect: 'headphones', hard: ['form eq in-ear', 'wireless eq true', 'noise_cancelling eq true'], budget: 3000, cur: 'CZK' },
  { text: 'Potřebuji stan pro 4 osoby, maximálně 5 kg, do 4 000 Kč, nejpozději do soboty', lang: 'cs', expect: '1022', hard: ['capacity_persons ~ 4', 'weight_kg lte 5'], budget: 4000, cur: 'CZK', deadline: ['2029-03-09', '2029-03-10'] },
  // Greek
  { text: 'Θέλω έναν βραστήρα 1,7 λίτρων με ρύθμιση θερμοκρασίας, μέχρι 70 ευρώ', lang: 'el', expect: '751', hard: ['capacity_l ~ 1.7', 'temperature_control eq true'], budget: 70 },
  { text: 'Ψάχνω παπούτσια για τρέξιμο σε δρόμο, νούμερο 44, όχι Asics, μέχρι 130 €', lang: 'el', expect: 'running-shoes', hard: ['terrain eq road', 'size_eu eq 44', 'maker not-in Asics'], budget: 130 },
  // Romanian
  { text: 'Caut o saltea fermă de 140x200, din spumă memory, până în 2500 de lei', lang: 'ro', expect: '2696', hard: ['firmness eq firm', 'size ~ 140 x 200 cm', 'mattress_type eq memory foam'], budget: 2500, cur: 'RON' },
  { text: 'Am nevoie de un aspirator robot fără sac pentru apartament, maxim 1200 lei, până la sfârșitul săptămânii viitoare', lang: 'ro', expect: '619', hard: ['vacuum_type eq robot', 'bagless eq true'], budget: 1200, cur: 'RON', deadline: ['2029-03-16', '2029-03-17', '2029-03-18'] },
  // Finnish
  { text: 'Etsin vedenpitävää vaellusreppua, 30 litraa, enintään 150 euroa', lang: 'fi', expect: '100', hard: ['waterproof eq true', 'backpack_type eq hiking', 'volume_l ~ 30'], budget: 150 },
  { text: 'Tarvitsen langattomat vastamelukuulokkeet, korvat peittävät, alle 250 euroa', lang: 'fi', expect: 'headphones', hard: ['wireless eq true', 'noise_cancelling eq true', 'form eq over-ear'], budget: 250 },
  // Norwegian
  { text: 'Jeg trenger en vanntett dunjakke med hette, størrelse L, maks 3000 kroner', lang: 'no', expect: '5598', hard: ['jacket_type eq down', 'waterproof eq true', 'hood eq true', 'size ~ L'], budget: 3000, cur: 'NOK' },
  { text: 'Vi ønsker oss en elektrisk tannbørste til sønnen vår på 7 år, maks 500 kr', lang: 'no', expect: '527', budget: 500, cur: 'NOK', who: 'son', age: 7 },
  // Vietnamese
  { text: 'Tôi cần mua một máy hút bụi không dây, dưới 5 triệu đồng', lang: 'vi', expect: '619', hard: ['cordless eq true'], budget: 5000000, cur: 'VND' },
  { text: 'Mua giúp tôi một ấm đun nước siêu tốc 1,7 lít bằng thép không gỉ, giá không quá 800.000 đồng', lang: 'vi', expect: '751', hard: ['capacity_l ~ 1.7', 'body eq stainless steel'], budget: 800000, cur: 'VND' },
  // Indonesian
  { text: 'Saya mau beli sepatu lari untuk trail, ukuran 42, maksimal Rp 2.000.000', lang: 'id', expect: 'running-shoes', hard: ['terrain eq trail', 'size_eu eq 42'], budget: 2000000, cur: 'IDR' },
  { text: 'Tolong carikan matras yoga anti slip, tebal 6 mm, untuk istri saya, maksimal 500 ribu rupiah', lang: 'id', expect: '3640', hard: ['non_slip eq true', 'thickness_mm ~ 6'], budget: 500000, cur: 'IDR', who: 'wife' },
  // Hebrew
  { text: 'אני מחפש אוזניות אלחוטיות עם ביטול רעשים, עד 1000 שקלים', lang: 'he', expect: 'headphones', hard: ['wireless eq true', 'noise_cancelling eq true'], budget: 1000, cur: 'ILS' },
  { text: 'צריך מכונת כביסה 8 קילו, פתח קדמי, עד 2500 ש״ח', lang: 'he', expect: '2549', hard: ['capacity_kg ~ 8', 'loading eq front'], budget: 2500, cur: 'ILS' },
  // Arabic
  { text: 'أبحث عن مكنسة كهربائية لاسلكية بدون كيس، بحد أقصى 300 يورو', lang: 'ar', expect: '619', hard: ['cordless eq true', 'bagless eq true'], budget: 300 },
  { text: 'أريد غلاية كهربائية سعة 1.7 لتر مع التحكم في درجة الحرارة لأمي، بسعر لا يزيد عن 200 درهم', lang: 'ar', expect: '751', hard: ['capacity_l ~ 1.7', 'temperature_control eq true'], budget: 200, cur: 'AED', who: 'mother' },
  // Requests a careful shop assistant could not act on: ask what the person wants
  { text: 'qpwoeiruty zmxncbv ,./,./ lkjlkj', lang: 'en', expect: 'ask:category' },
  { text: PASTED_BASE64_23, lang: 'en', expect: 'ask:category' },
  { text: PASTED_HEX_23, lang: 'en', expect: 'ask:category' },
  { text: 'hey 👋', lang: 'en', expect: 'ask:category' },
  { text: 'https://www.example-shop.eu/p/8841203?ref=mail&utm_source=newsletter&utm_campaign=spring29', lang: 'en', expect: 'ask:category' },
  { text: 'do you also deliver to Switzerland?', lang: 'en', expect: 'ask:category' },
  { text: "thanks, that's all for today", lang: 'en', expect: 'ask:category' },
  { text: 'PO #5520\nCost centre: 300-OPS\nQty: \nItem: \nDeliver to: 9 Canal Street, Manchester M1 3HE', lang: 'en', expect: 'ask:category' },
];
