import { describeBlindSet } from './describe-blind-set.ts';
import { UNSEEN_NOW_23, UNSEEN_REQUESTS_23 } from './unseen-requests23-table.ts';

// Eighty requests written blind (requests23, see the table's header: procurement e-mails and purchase orders with
// cost centres and delivery addresses, corrections mid-text, conditional budgets, repeat orders against a past
// purchase, accessibility and health needs, deadlines as events, pasted markdown/JSON/YAML, negotiation asides,
// comparisons, rent-or-buy musings, code-switching within a sentence, long rambles with one wish buried; 48 English
// requests, 2 each in French, German, Spanish, Czech, Greek and Romanian and in six languages not read before —
// Finnish, Norwegian, Vietnamese, Indonesian, Hebrew, Arabic — and 8 a careful shop assistant could not act on —
// keyboard mash, a pasted base64 blob, a pasted hex dump, "hey 👋", a product URL alone, a question with no product,
// a thank-you, a purchase order with an empty item line — where the butler must ask what the person wants), read at
// the table's own clock (Tuesday 6 March 2029).
// Measured once on main (0220d75) before any fix: 36/80 read right (rows failing per kind: category 16, hard 12,
// budget 12, recipient 8, language 5, currency 2, quantity 1, deadline 1; by language: English requests 27/48, French
// 0/2, German 0/2, Spanish 1/2, Czech 1/2, Greek 1/2, Romanian 0/2, Finnish, Norwegian, Vietnamese, Indonesian, Hebrew
// and Arabic 0/12 — refused as unsupported, read as Swedish, French or English; requests to ask about 6/8 — the
// keyboard mash and the delivery question are refused as unsupported instead of asked about). The measurement ran on
// 81 rows with a 4.1 KB hex dump: one extra English comparison row (it read right) was then dropped to make eighty,
// and the hex dump cut to 2.1 KB because reading the 4.1 KB one took 11 s of CPU (the 30 s test timeout under load);
// the 4.1 KB dump was asked about. Every row must read right but the ones listed in KNOWN_GAPS; their reasons are the
// judge's own findings at measurement time, not yet diagnosed. A gap that closes must be removed from the list.
// After reqfix40: a higher figure said on a condition is the ceiling ("up to 250, or 350 if it has a headrest",
// "150 € max, 180 si ce sont des Salomon"), its condition a wish: 41/80. The seller's price ("RRP is €800", "shops ask 300") is
// not the budget, "cap it at 650" and "I'll go to 220" are, and a price per period beside a purchase figure is not: 44/80. An
// address line's "2e étage" is an ordinal, not 2 €, so "Budget total 120 €" stands: 45/80.
// After reqfix50: the higher figure on a condition is a stretch only an offer meeting the condition may reach (the row's
// budget is the most paid: the stretch), so a condition the reader cannot check ("if it's Gore-Tex", "if it's really
// quiet") leaves the first ceiling, said so: those two rows are gaps again: 43/80.
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map<string, string>([
  ["Hi, St Brigid's Primary School here. Purchase order for the IT room: 2 x 27 inch monitor, USB-C, height adjustable. Total budget €900 incl. VAT. Invoice to: Finance Office, St Brigid's, Church Lane, Galway. Delivery before 20 March please.", "measured, not yet read right: [category] got unsupported: No brand you have connected sells office & chair mats (Google product taxonomy 6"],
  ["Dear supplier, for our science department please deliver 4 tablets with stylus support, 10 to 11 inch screen, Android. Our budget is £1,600 in total. Account code SCI-7. Address: Hillcrest Academy, 45 Station Road, Leeds LS1 4AB.", "measured, not yet read right: [category] got ask:category: Which do you mean: computer monitors or televisions?; [hard] missing stylus_support eq true; [hard] missing os eq android; [hard] missing screen_in gte 10; [hard] missing screen_in lte 11; [quantity] quantity undefined, expected 4"],
  ["winter jacket, waterproof with a hood, size L, 200 max — 260 if it's Gore-Tex", "measured, not yet read right: [budget] budget 20000 EUR, expected 26000 (Gore-Tex is not read as a checkable rule, so the 260 stretch is not applied)"],
  ["robot vacuum, up to 300 euros, 400 if it's really quiet — we have a baby", "measured, not yet read right: [budget] budget 30000 EUR, expected 40000 (\"really quiet\" is a wish with no value, no checkable rule, so the 400 stretch is not applied)"],
  ["Reorder: the dry dog food we had in January, Royal Canin, adult, large breed, but the bigger 15 kg bag this time. max 90", "measured, not yet read right: [hard] missing maker in Royal Canin"],
  ["For my grandmother (88, low vision): a tablet with a big screen, at least 12 inches, under 500", "measured, not yet read right: [recipient] recipient {\"gift\":false,\"who\":\"grandmother\"}, expected age 88"],
  ["I have a bad back (two slipped discs). Looking for a firm mattress, 160x200, max 900", "measured, not yet read right: [hard] missing size ~ 160 x 200 cm"],
  ["my daughter starts at her new school on Monday the 19th — she needs a school backpack, waterproof, max 60", "measured, not yet read right: [recipient] recipient undefined, expected daughter"],
  ["{\"request\": \"wireless earbuds\", \"noise_cancelling\": true, \"max_price_eur\": 180, \"color\": \"white\"}", "measured, not yet read right: [hard] missing color in white"],
  ["I want the Dyson cordless stick vacuum — I know it lists at 550 but I won't pay more than 450", "measured, not yet read right: [hard] missing maker in Dyson"],
  ["Hey, I need unos audífonos for the gym, in-ear, que sean waterproof, IPX7 if possible, under 100 bucks", "measured, not yet read right: [category] got unsupported: I can only shop for running shoes, headphones, coffee, bicycles, bicycle helmets"],
  ["I'm looking for une bouilloire with température réglable, 1.5 litres, pas trop chère, max 60 euros", "measured, not yet read right: [language] language fr, expected en"],
  ["I need a new Staubsauger, a cordless one, beutellos please, budget max 250 Euro", "measured, not yet read right: [category] got headphones; [hard] missing cordless eq true; [hard] missing bagless eq true"],
  ["Hello po, looking for a yoga mat na non-slip, yung 6mm ang kapal, for my tita, budget 2000 pesos lang", "measured, not yet read right: [currency] EUR, expected PHP; [recipient] recipient undefined, expected aunt"],
  ["Background: I work from home three days a week, the other two at the office in Rotterdam. My back has been complaining since January and my physio (great, 45 euros a session) says my chair is the problem. I tried a 30 euro cushion, useless. A colleague swears by her standing desk but I have no room. So: a chair with proper lumbar support and a headrest, fabric not mesh (mesh leaves marks on my legs in shorts), up to 500.", "measured, not yet read right: [budget] budget 3000 EUR, expected 50000"],
  ["We're a family of five with two dogs and a cat who thinks she's a dog. Weekends we hike, the kids complain, I bribe them with chocolate. Last Sunday it rained and my youngest's jacket soaked through in ten minutes, he cried all the way back. So a rain jacket for him — he's 8 — waterproof, size XS, recycled materials if you can find them, max 70. The dogs were fine.", "measured, not yet read right: [recipient] recipient undefined, expected son; [recipient] recipient undefined, expected age 8"],
  ["Bestellung für unser Büro: 1 x Monitor, 27 Zoll, 4K, höhenverstellbar, max. 450 € netto. Lieferadresse: Hauptstraße 17, 3. OG, 10115 Berlin, Kostenstelle 4711.", "measured, not yet read right: [hard] missing screen_in ~ 27; [hard] missing height_adjustable eq true; [language] language fr, expected de"],
  ["Für meinen Opa (79, Arthrose in den Fingern) suche ich ein Handy mit großem Bildschirm, mindestens 6,5 Zoll, Android, bis 300 Euro", "measured, not yet read right: [recipient] recipient {\"gift\":false,\"who\":\"grandfather\"}, expected age 79"],
  ["Mi hijo de 10 años tiene autismo y le molestan los ruidos: busco unos auriculares con cancelación de ruido que cubran toda la oreja, hasta 120 €", "measured, not yet read right: [hard] missing form eq over-ear; [recipient] recipient {\"gift\":false,\"ageYears\":10}, expected son"],
  ["Hledám bezdrátová sluchátka do uší s potlačením hluku, do 3000 Kč", "measured, not yet read right: [hard] missing form eq in-ear"],
  ["Ψάχνω παπούτσια για τρέξιμο σε δρόμο, νούμερο 44, όχι Asics, μέχρι 130 €", "measured, not yet read right: [hard] missing terrain eq road"],
  ["Caut o saltea fermă de 140x200, din spumă memory, până în 2500 de lei", "measured, not yet read right: [hard] missing size ~ 140 x 200 cm; [hard] missing mattress_type eq memory foam"],
  ["Am nevoie de un aspirator robot fără sac pentru apartament, maxim 1200 lei, până la sfârșitul săptămânii viitoare", "measured, not yet read right: [deadline] deadline none, expected 2029-03-16 or 2029-03-17 or 2029-03-18"],
  ["Etsin vedenpitävää vaellusreppua, 30 litraa, enintään 150 euroa", "measured, not yet read right: [category] got unsupported: I can only shop for running shoes, headphones, coffee, bicycles, bicycle helmets"],
  ["Tarvitsen langattomat vastamelukuulokkeet, korvat peittävät, alle 250 euroa", "measured, not yet read right: [category] got unsupported: I can only shop for running shoes, headphones, coffee, bicycles, bicycle helmets"],
  ["Jeg trenger en vanntett dunjakke med hette, størrelse L, maks 3000 kroner", "measured, not yet read right: [category] got unsupported: Read in Swedish; I answer in English. I can only shop for running shoes, headpho"],
  ["Vi ønsker oss en elektrisk tannbørste til sønnen vår på 7 år, maks 500 kr", "measured, not yet read right: [category] got ask:machine_type: Read in Swedish; I answer in English. Coffee Makers & Espresso Machines: bean-to; [currency] SEK, expected NOK; [recipient] recipient {\"gift\":false,\"ageYears\":7}, expected son; [language] language sv, expected no"],
  ["Tôi cần mua một máy hút bụi không dây, dưới 5 triệu đồng", "measured, not yet read right: [category] got unsupported: Aucune marque connectée ne vend la catégorie can & bottle sleeves (taxonomie pro"],
  ["Mua giúp tôi một ấm đun nước siêu tốc 1,7 lít bằng thép không gỉ, giá không quá 800.000 đồng", "measured, not yet read right: [category] got unsupported: Pour l’instant, je ne sais acheter que chaussures de running, casque audio, café"],
  ["Saya mau beli sepatu lari untuk trail, ukuran 42, maksimal Rp 2.000.000", "measured, not yet read right: [budget] budget none, expected 200000000; [language] language en, expected id"],
  ["Tolong carikan matras yoga anti slip, tebal 6 mm, untuk istri saya, maksimal 500 ribu rupiah", "measured, not yet read right: [hard] missing non_slip eq true; [budget] budget none, expected 50000000; [recipient] recipient undefined, expected wife; [language] language en, expected id"],
  ["אני מחפש אוזניות אלחוטיות עם ביטול רעשים, עד 1000 שקלים", "measured, not yet read right: [category] got unsupported: I can only shop for running shoes, headphones, coffee, bicycles, bicycle helmets"],
  ["צריך מכונת כביסה 8 קילו, פתח קדמי, עד 2500 ש״ח", "measured, not yet read right: [category] got unsupported: I can only shop for running shoes, headphones, coffee, bicycles, bicycle helmets"],
  ["أبحث عن مكنسة كهربائية لاسلكية بدون كيس، بحد أقصى 300 يورو", "measured, not yet read right: [category] got unsupported: I can only shop for running shoes, headphones, coffee, bicycles, bicycle helmets"],
  ["أريد غلاية كهربائية سعة 1.7 لتر مع التحكم في درجة الحرارة لأمي، بسعر لا يزيد عن 200 درهم", "measured, not yet read right: [category] got unsupported: I can only shop for running shoes, headphones, coffee, bicycles, bicycle helmets"],
  ["qpwoeiruty zmxncbv ,./,./ lkjlkj", "measured, not yet read right: [category] got unsupported: I can only shop for running shoes, headphones, coffee, bicycles, bicycle helmets"],
  ["do you also deliver to Switzerland?", "measured, not yet read right: [category] got unsupported: I can only shop for running shoes, headphones, coffee, bicycles, bicycle helmets"],
]);

describeBlindSet('requests23: eighty blind requests as purchase orders, corrections, conditional budgets, repeat orders, accessibility needs, event deadlines, pasted markdown and JSON, haggling, comparisons, rent-or-buy, code-switching and rambles, in thirteen languages, and eight to ask about (demo market)', UNSEEN_REQUESTS_23, KNOWN_GAPS, { rows: 80, french: 2, now: UNSEEN_NOW_23 });
