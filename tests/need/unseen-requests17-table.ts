/**
 * Eighty requests written by hand and blind (requests17) by a helper of session 33 on 2026-12-07, before anyone ran
 * them through the engine: the writer did not open `agent/`, the need tests other than the first fifteen lines of
 * `unseen-requests16.test.ts`, the judge beyond its exports, or the rows of tables 7 to 16; read only the demo market's
 * catalogue data (`brand-agent/reference/data/`: category ids, attribute names, units and values, makers), the header
 * and `UnseenRow` of the first table, the headers of tables 13 to 16 and `protocol/need-brief.ts`; and changed no row
 * after seeing how it reads.
 *
 * Written as requests that lean on context and on other units: imperial and other measures ("under 3.3 lbs", "a 30 lb
 * bag", "14 oz", "3 pints", "5,400 sq ft", "430 sq ft", "74 inches long", "23°F", "US size 10", "UK 6", "6'3" and 250
 * lbs", "10 feet from the wall"), sometimes converted by the person ("under 6.6 lbs (3 kg)", "2.2 lb bag (so a kilo)",
 * "so EU 44") and sometimes not; Franglais and English with French words ("un casque noise cancelling pas trop cher",
 * "un laptop", "des running", "le multipoint pour passer du laptop au phone", "amorti max"); messages that quote or
 * forward someone else ("my husband says: "…"", "my wife wrote: "…"", "ma sœur m'a écrit « … »", "mon frère m'a envoyé
 * « … »", a colleague's pasted advice, a boss's "no De'Longhi"); replies that only make sense with an earlier sentence
 * of the same message ("the first one we bought was 7 kg… so the same type but bigger", "the first one broke in the
 * wind, so the same but bigger", "the same screen size", "4 places, bon, disons 5"); budgets as totals for several
 * items ("150 EUR for both", "90 € pour les trois", "16 € les deux"), per month ("€25 a month over 24 months", "£70 a
 * month" for a bag that lasts a month), "including delivery", "livraison comprise", "tout compris", "tops", "no more
 * than", "maxi", "pas plus de", "between X and Y", "from X to Y", "entre … et …", "jusqu'à", "genre 30-40";
 * requirements through a use case ("for running marathons in the rain", "pour un studio de 20 m²", "for a 6-hour
 * flight", "for the bath", "we fly a lot", "we'll be 8 around the table"); negated wishes ("I don't mind the colour but
 * NOT white", "any colour but navy", "anything but Dyson", "pas blanc (ça se voit trop)", "pas Apple"); dates written
 * many ways ("the 18th", "le 18/12", "Dec 18", "by the 22nd", "before Xmas", "avant le réveillon", "pour Noël", "for
 * Christmas Eve", "avant le 24/12", "ce week-end", "d'ici une semaine"); makers with an apostrophe, a hyphen or several
 * words, or typed in lower case ("De'Longhi", "delonghi", "Arc'teryx", "hill's", "black+decker", "Oral-B",
 * "la-sportiva", "inov-8", "michele wilson", "days of wonder", "Ultimate Ears", "Palais des Thés", "Mariage Frères",
 * "fjällräven", "sony or jabra", "woom"); recipients with size or age; quantities.
 * 50 English, 30 French; every category of the demo market (35 open-market ids plus coffee, headphones, running-shoes),
 * 6 requests for things nobody sells (space heater, stand mixer, snow boots, thermos, heat-pump dryer, ski helmet), 4
 * ambiguous ones ("the first one broke, so the same but bigger" with no product named, a bike of no type, a sister's
 * "un truc… qui fasse moins de bruit", an office coffee machine of no type).
 *
 * Conventions as in `unseen-requests-table.ts` and tables 13 to 16: "about"/"around"/"environ" on a price is the figure
 * plus ten per cent; a range ("between", "from… to", "entre… et", "€700-€900", "£90-£130") keeps its top; a restated
 * figure keeps the last statement; "by <day>" is that day, "before <day>"/"avant <day>" that day or the one before;
 * "pour Noël"/"before Xmas"/"by Christmas" accept the 24th and the 25th; "le réveillon"/"Christmas Eve" is the 24th, so
 * "avant le réveillon"/"for Christmas Eve" accept the 23rd and the 24th; "a birthday on the 18th" accepts the 17th and
 * the 18th. A per-item price with a quantity is kept per item. NEW here: a total for several items ("150 EUR for both",
 * "90 € pour les trois") is divided by the quantity, so `budget` stays per item as in the earlier tables; a monthly
 * figure for something bought once ("€25 a month over 24 months") is the total it makes (600); a monthly figure for a
 * bag that lasts a month is the budget of the bag; "including delivery"/"livraison comprise"/"tout compris" changes
 * nothing (the figure is the budget). "$"/"bucks"/"dollars" are USD, "£"/"quid" GBP, "balles" and a bare figure EUR. A
 * wish called "would be nice", "if possible", "de préférence", "si possible" is soft (a soft boolean is `attr equals
 * true`, a preferred maker `maker ~ X`); something "not needed", that "is fine" or "ça va aussi" is no rule; something
 * they do not want is a hard exclusion. "Makita or DeWalt" is two `maker in` rules, one value each. A maker typed in
 * lower case or without its apostrophe is expected under the catalogue's spelling ("delonghi" is `De'Longhi`,
 * "Arc'teryx" is the catalogue's `Arc’teryx` with a typographic apostrophe, "hill's" is `Hill's Science Plan`). Body
 * measures (a person's height and weight, a head's circumference, a room's distance to the sofa) are never rules.
 *
 * Units: a figure is converted only where the catalogue's attribute has a unit (kg, g, l, cm, m², °C, in), with 1 lb =
 * 0.4536 kg, 1 oz = 28.35 g, 1 UK pint = 0.568 l (the person writes in pounds sterling), 1 inch = 2.54 cm, 1 sq ft =
 * 0.0929 m², °C = (°F − 32) × 5/9, then rounded to the catalogue's precision: kg and l to one decimal, g, cm, m² and °C
 * to a whole number (3.3 lb: `weight_kg ~ 1.5`; 6 lb: 2.7; 6.5 lb: 2.9; 2 lbs: 0.9; 15 lbs: 6.8; 30 lb: 13.6; 1.5 lb:
 * `weight_g ~ 680`; 14 oz: 397; 74 inches: `length_cm ~ 188`; 430 sq ft: `room_m2 ~ 40`; 5,400 sq ft: 502; 3 UK pints:
 * `capacity_l ~ 1.7`; 23°F: `comfort_temp_c ~ -5`). A converted figure is always written under `~` (the engine may keep
 * the bound or the wish, and may round otherwise); a figure the person converted themselves is kept as they wrote it in
 * the catalogue's unit. Shoe sizes are the EU size the person or the usual chart gives (US men's 10 = EU 44, UK women's
 * 6 = EU 39), hard, since `size_eu` has no unit to convert into. Where two readings are fair the rule uses `~` or is
 * left out (a litre count, "about 25 L", "men's", a store read as `store` or `maker`, "for espresso" when beans made
 * for both also serve, "rose" or "vert menthe" beside the catalogue's "blossom pink" and "mint green").
 */
import type { UnseenRow } from './unseen-requests-table.ts';

/**
 * Tuesday 15 December 2026, 09:30 UTC: "by Thursday" is 17 December, "by Friday"/"by the 18th"/"le 18/12"/"Dec 18" 18
 * December, "ce week-end" 19–20 December, "before the 20th" 19–20 December, "by Monday" 21 December, "by the 22nd" and
 * "d'ici une semaine" 22 December, "avant le 24/12", "avant le réveillon" and "for Christmas Eve" 23–24 December, "pour
 * Noël"/"before Xmas"/"by Christmas" 24–25 December. Pass it to `judgeBlindSet` as set 16's test passes its own.
 */
export const UNSEEN_NOW_17 = new Date('2026-12-15T09:30:00Z');

export const UNSEEN_REQUESTS_17: readonly UnseenRow[] = [
  // Kitchen: kettles, blenders, coffee machines, coffee
  { text: 'My kettle only holds about a pint and a half and we drink a lot of tea, so I want a bigger one, 3 pints or so. Anything but red. £70 tops including delivery.', lang: 'en', expect: '751', hard: ['color not-in red'], soft: ['capacity_l ~ 1.7'], budget: 70, cur: 'GBP' },
  { text: 'ma mère m\'a écrit « une bouilloire en inox qui chauffe à 70° pour le thé vert, surtout pas en plastique » — c\'est pour elle, budget entre 40 et 80 €', lang: 'fr', expect: '751', hard: ['body eq stainless steel', 'temperature_control eq true'], budget: 80, who: 'mother' },
  { text: 'Blender for smoothies. My sister\'s NutriBullet is too small (it does like 20 oz), I want a countertop one with a jug of at least 2 litres (64 fl oz), 1000 W or more, from $100 to $180', lang: 'en', expect: '505666', hard: ['blender_type eq countertop', 'power_w gte 1000', 'jug_l ~ 2'], budget: 180, cur: 'USD' },
  { text: 'un mixeur plongeant pas trop cher, genre 30-40 balles maxi, pas Moulinex (le dernier a lâché au bout de 3 mois)', lang: 'fr', expect: '505666', hard: ['blender_type eq hand', 'maker not-in Moulinex'], budget: 40 },
  { text: 'Coffee machine for the office: we\'re 12 people so the tank should be big, 2 litres or more; bean-to-cup with a milk frother. Total budget 900 EUR including delivery. My boss wrote: "no De\'Longhi, we had three"', lang: 'en', expect: '736', hard: ['machine_type eq bean-to-cup', 'milk_frother eq true', 'water_tank_l ~ 2', 'maker not-in De\'Longhi'], budget: 900 },
  { text: 'une machine à capsules pour ma grand-mère de 82 ans, simple, noire ou rouge, pas plus de 120 € livraison comprise, livrée avant le réveillon', lang: 'fr', expect: '736', hard: ['machine_type eq capsule', 'color in black', 'color in red'], budget: 120, deadline: ['2026-12-23', '2026-12-24'], who: 'grandmother', age: 82 },
  { text: 'coffee beans: a 2.2 lb bag (so a kilo) of medium roast, organic, for espresso, about 30 quid', lang: 'en', expect: 'coffee', hard: ['form eq beans', 'roast eq medium', 'organic eq true', 'use ~ espresso', 'weight_g ~ 1000'], budget: 33, cur: 'GBP' },
  { text: 'du café moulu décaféiné pour ma cafetière filtre, 2 paquets de 250 g, entre 8 et 12 € le paquet, pas du Bargain Beans', lang: 'fr', expect: 'coffee', hard: ['form eq ground', 'decaf eq true', 'use ~ filter', 'weight_g ~ 250', 'maker not-in Bargain Beans'], budget: 12, quantity: 2 },

  // Tools and garden: drills, lawn mowers
  { text: 'My husband says: "a cordless drill-driver, 18V, with two batteries, and it must be Makita or DeWalt, I already have their chargers". Keep it between 150 and 250 euros.', lang: 'en', expect: '2629', hard: ['drill_type eq drill-driver', 'cordless eq true', 'voltage_v eq 18', 'batteries_included ~ 2', 'maker in Makita', 'maker in DeWalt'], budget: 250 },
  { text: 'Robot mower for a lawn of about 5,400 sq ft, quiet — under 60 dB if possible — £1,200 max', lang: 'en', expect: '694', hard: ['robotic eq true', 'lawn_area_m2 ~ 502'], soft: ['noise_db ~ 60'], budget: 1200, cur: 'GBP' },
  { text: 'une tondeuse à batterie autotractée, largeur de coupe 40 cm ou plus, pour 600 m² de pelouse, Stihl ou husqvarna, entre 400 et 700 €', lang: 'fr', expect: '694', hard: ['power_source eq battery', 'self_propelled eq true', 'cutting_width_cm gte 40', 'lawn_area_m2 ~ 600', 'maker in Stihl', 'maker in Husqvarna'], budget: 700 },

  // Home appliances: vacuums, washing machines, air purifiers, hair dryers, toothbrushes
  { text: 'Cordless stick vacuum for my mum, she\'s 74 and has a bad wrist, so under 6.6 lbs (3 kg). She says "anything but Dyson, too heavy". Runtime at least 45 minutes. No more than €350.', lang: 'en', expect: '619', hard: ['vacuum_type eq stick', 'cordless eq true', 'weight_kg ~ 3', 'runtime_min gte 45', 'maker not-in Dyson'], budget: 350, who: 'mother', age: 74 },
  { text: 'Handheld vac for the car, cordless, under 2 lbs, black+decker is fine, €60 max', lang: 'en', expect: '619', hard: ['vacuum_type eq handheld', 'cordless eq true', 'weight_kg ~ 0.9'], budget: 60 },
  { text: 'un aspirateur robot pour un appart de 45 m² avec un chat, sans sac, pas blanc (ça se voit trop), 300 € maxi', lang: 'fr', expect: '619', hard: ['vacuum_type eq robot', 'bagless eq true', 'color not-in white'], budget: 300 },
  { text: 'Washing machine: the first one we bought was 7 kg and too small for a family of five, so the same type (front loader) but bigger, 9 or 10 kg, energy class A, between 500 and 800 euros, delivered by the 18th', lang: 'en', expect: '2549', hard: ['loading eq front', 'capacity_kg ~ 9', 'energy_class eq A'], budget: 800, deadline: ['2026-12-18'] },
  { text: 'Air purifier for a 430 sq ft bedroom, true HEPA, whisper quiet at night (below 25 dB), $250 tops', lang: 'en', expect: '606', hard: ['hepa eq true', 'room_m2 ~ 40', 'noise_db ~ 25'], budget: 250, cur: 'USD' },
  { text: 'purificateur d\'air pour un studio de 20 m², contrôlable depuis le téléphone, Xiaomi de préférence, environ 150 €', lang: 'fr', expect: '606', hard: ['room_m2 ~ 20', 'app_control eq true'], soft: ['maker ~ Xiaomi'], budget: 165 },
  { text: 'Hair dryer for a trip to the US — my friend wrote "get one that folds, ionic, and not over a pound", so foldable, ionic, under 450 g; €80 max', lang: 'en', expect: '490', hard: ['foldable eq true', 'ionic eq true', 'weight_g ~ 450'], budget: 80 },
  { text: 'Electric toothbrushes x2, one for me and one for my husband, with a pressure sensor, 150 EUR for both', lang: 'en', expect: '527', hard: ['pressure_sensor eq true'], budget: 75, quantity: 2 },
  { text: 'une brosse à dents électrique pour mon fils de 7 ans, une Oral-B ou une philips, autonomie d\'au moins 2 semaines, max 40 €', lang: 'fr', expect: '527', hard: ['age_group eq kids', 'maker in Oral-B', 'maker in Philips', 'battery_days gte 14'], budget: 40, who: 'son', age: 7 },

  // Furniture: office chairs, mattresses
  { text: 'Office chair for long days. I\'m 6\'3" and 250 lbs, so it needs to take at least 120 kg (their spec sheets are in kilos), mesh back, headrest, lumbar support, no more than 600 euros', lang: 'en', expect: '2045', hard: ['max_load_kg gte 120', 'material eq mesh', 'headrest eq true', 'lumbar_support eq true'], budget: 600 },
  { text: 'Mattress for a queen bed — we live in Europe now so I guess that\'s 160 x 200 cm. Medium firmness, memory foam, at least 100 trial nights, €700-€900', lang: 'en', expect: '2696', hard: ['size ~ 160 x 200 cm', 'firmness eq medium', 'mattress_type eq memory foam', 'trial_nights gte 100'], budget: 900 },
  { text: 'matelas 90x190 pour le lit de mon neveu de 12 ans… ah non, ma sœur me dit « c\'est du 90x200 » — mi-ferme, en latex, pas plus de 400 €', lang: 'fr', expect: '2696', hard: ['size ~ 90 x 200 cm', 'firmness eq medium', 'mattress_type eq latex'], budget: 400, who: 'nephew', age: 12 },

  // Tech: laptops, phones, tablets, e-readers, monitors, televisions, cameras
  { text: 'Laptop: my old 15.6" one is too heavy to carry on the train, so the same screen size or a bit smaller but under 3.3 lbs, 16 GB RAM, macOS or Windows, between $900 and $1,300', lang: 'en', expect: '328', hard: ['weight_kg ~ 1.5', 'ram_gb ~ 16', 'os in macos', 'os in windows'], budget: 1300, cur: 'USD' },
  { text: 'un laptop pour ma fille qui part en fac, clavier azerty obligatoire, 512 Go, autonomie 12 h minimum, pas Apple, 800 € maxi livraison incluse, avant le 24/12', lang: 'fr', expect: '328', hard: ['keyboard_layout eq azerty', 'storage_gb ~ 512', 'battery_hours gte 12', 'maker not-in Apple'], budget: 800, deadline: ['2026-12-23', '2026-12-24'], who: 'daughter' },
  { text: 'Phone: I can do €25 a month over 24 months, so that\'s the budget. Android, 5G, 256 GB, a battery of 5000 mAh or more. Not Samsung.', lang: 'en', expect: '267', hard: ['os eq android', 'five_g eq true', 'storage_gb ~ 256', 'battery_mah gte 5000', 'maker not-in Samsung'], budget: 600 },
  { text: 'ma femme veut « le même iPhone que toi mais avec un plus grand écran » ; le mien fait 6,1 pouces, donc un 6,7, 256 Go, pas plus de 1 300 €', lang: 'fr', expect: '267', hard: ['screen_in ~ 6.7', 'storage_gb ~ 256'], soft: ['maker ~ Apple'], budget: 1300, who: 'wife' },
  { text: 'Tablet for a 6-hour flight with the kids: big screen (11 inches or more), 128 GB so we can download films, cellular not needed, £400 max, by Friday', lang: 'en', expect: '4745', hard: ['screen_in gte 11', 'storage_gb ~ 128'], budget: 400, cur: 'GBP', deadline: ['2026-12-18'] },
  { text: 'une tablette android pour mon père (78 ans), écran de 10 pouces minimum, pas Amazon, entre 200 et 300 €, pour Noël', lang: 'fr', expect: '4745', hard: ['os eq android', 'screen_in gte 10', 'maker not-in Amazon'], budget: 300, deadline: ['2026-12-24', '2026-12-25'], who: 'father', age: 78 },
  { text: 'E-reader for the bath: waterproof obviously, warm light, 7 inch screen or so, Kobo because my library lends through it, $200 max', lang: 'en', expect: '3539', hard: ['waterproof eq true', 'warm_light eq true', 'screen_in ~ 7', 'store ~ kobo'], budget: 200, cur: 'USD' },
  { text: 'A Kindle for my mum. She wrote: "I want to read in bed without the lamp, and on the bus, a 6 inch screen is fine". So warm light. £90-£130, before the 20th', lang: 'en', expect: '3539', hard: ['warm_light eq true', 'store ~ kindle'], budget: 130, cur: 'GBP', deadline: ['2026-12-19', '2026-12-20'], who: 'mother' },
  { text: 'Monitor: 27", USB-C so my MacBook charges from it, height-adjustable. My colleague\'s advice, pasted: "go QHD, 4K is wasted at 27 for spreadsheets". Up to 450 euros.', lang: 'en', expect: '305', hard: ['screen_in eq 27', 'usb_c eq true', 'height_adjustable eq true', 'resolution ~ qhd'], budget: 450 },
  { text: 'TV for a living room where the sofa is 10 feet from the wall — the rule of thumb says 65 inches then. OLED, HDMI 2.1 for the PS5, 1,500 to 2,000 euros', lang: 'en', expect: '404', hard: ['screen_in ~ 65', 'panel eq oled', 'hdmi_2_1 eq true'], budget: 2000 },
  { text: 'Camera for my daughter\'s photography course (she\'s 17): mirrorless, APS-C, with the kit lens, 4K video, body under 1.1 lb (500 g), €1,000-€1,200', lang: 'en', expect: '152', hard: ['camera_type eq mirrorless', 'sensor eq aps-c', 'kit_lens eq true', 'video_4k eq true', 'weight_g ~ 500'], budget: 1200, who: 'daughter', age: 17 },
  { text: 'un appareil photo instantané pour l\'anniversaire de ma nièce (10 ans), vert menthe, pas plus de 100 balles, livré le 18/12 au plus tard', lang: 'fr', expect: '152', hard: ['camera_type eq instant', 'color ~ mint green'], budget: 100, deadline: ['2026-12-18'], who: 'niece', age: 10 },

  // Audio and wearables: speakers, headphones, activity trackers
  { text: 'Portable speaker for the beach, IP67, 12+ hours of battery, under 1.5 lb, JBL or Ultimate Ears, $150 tops', lang: 'en', expect: '249', hard: ['portable eq true', 'water_resistance eq IP67', 'battery_hours gte 12', 'weight_g ~ 680', 'maker in JBL', 'maker in Ultimate Ears'], budget: 150, cur: 'USD' },
  { text: 'Noise cancelling headphones for a 6-hour flight (and the way back), over-ear, the battery has to last the round trip so 20 h at least. I don\'t mind the colour but NOT white. €250 tops.', lang: 'en', expect: 'headphones', hard: ['noise_cancelling eq true', 'form eq over-ear', 'battery_hours gte 20', 'color not-in white'], budget: 250 },
  { text: 'Earbuds for running marathons in the rain: in-ear, IPX7 not IPX4, sony or jabra, between 100 and 180 dollars', lang: 'en', expect: 'headphones', hard: ['form eq in-ear', 'water_resistance eq IPX7', 'maker in Sony', 'maker in Jabra'], budget: 180, cur: 'USD' },
  { text: 'un casque noise cancelling pas trop cher, 100 balles maxi, sans fil évidemment, avec le multipoint pour passer du laptop au phone', lang: 'fr', expect: 'headphones', hard: ['noise_cancelling eq true', 'wireless eq true', 'multipoint eq true'], budget: 100 },
  { text: 'Running watch: GPS, battery of 2 weeks or more, water resistant to 5 ATM (50 m), black, Garmin or Coros, £300 max, needs to arrive by Dec 18', lang: 'en', expect: '500009', hard: ['form eq watch', 'gps eq true', 'battery_days gte 14', 'water_atm ~ 5', 'color eq black', 'maker in Garmin', 'maker in Coros'], budget: 300, cur: 'GBP', deadline: ['2026-12-18'] },
  { text: 'un bracelet connecté pour ma mère qui marche tous les jours, simple, pas besoin de GPS, étanche pour la piscine (5 ATM), entre 40 et 70 €', lang: 'fr', expect: '500009', hard: ['form eq band', 'water_atm ~ 5'], budget: 70, who: 'mother' },

  // Running shoes (reference market)
  { text: 'Trail running shoes, US size 10 (men\'s), so EU 44, waterproof for the UK winter, drop 8 mm or less, $160 max', lang: 'en', expect: 'running-shoes', hard: ['terrain eq trail', 'size_eu eq 44', 'waterproof eq true', 'drop_mm lte 8', 'gender ~ men'], budget: 160, cur: 'USD' },
  { text: 'My wife wrote: "road shoes, UK 6, plush cushioning, anything but blue, under £120". UK 6 in women\'s is an EU 39.', lang: 'en', expect: 'running-shoes', hard: ['terrain eq road', 'size_eu eq 39', 'cushioning eq plush', 'color not-in blue', 'gender ~ women'], budget: 120, cur: 'GBP', who: 'wife' },
  { text: 'des running pour le marathon de Paris en avril, pointure 42,5, amorti max, vegan si possible, pas plus de 170 €', lang: 'fr', expect: 'running-shoes', hard: ['terrain ~ road', 'size_eu eq 42.5', 'cushioning eq plush'], soft: ['vegan equals true'], budget: 170 },
  { text: 'mon frère m\'a envoyé « pointure 45, trail, la-sportiva ou inov-8, drop 4 mm max » — c\'est pour Noël, entre 120 et 160 €', lang: 'fr', expect: 'running-shoes', hard: ['terrain eq trail', 'size_eu eq 45', 'maker in La Sportiva', 'maker in Inov-8', 'drop_mm lte 4'], budget: 160, deadline: ['2026-12-24', '2026-12-25'], who: 'brother' },

  // Outdoor and travel: tents, sleeping bags, backpacks, suitcases, jackets
  { text: 'Tent: the first one broke in the wind. It was a 2-person pop-up; now we are three, so the same but bigger, with poles this time, 4000 mm waterhead, under 6.5 lb, €350 tops', lang: 'en', expect: '1022', hard: ['capacity_persons ~ 3', 'setup eq poles', 'waterhead_mm gte 4000', 'weight_kg ~ 2.9'], budget: 350 },
  { text: 'tente familiale 4 places, bon, disons 5 avec le chien, montage gonflable, Coleman ou vango, jusqu\'à 600 €, livrée ce week-end', lang: 'fr', expect: '1022', hard: ['capacity_persons ~ 5', 'setup eq inflatable', 'maker in Coleman', 'maker in Vango'], budget: 600, deadline: ['2026-12-19', '2026-12-20'] },
  { text: 'Sleeping bag rated to 23°F, down, mummy, under a kilo if they make one, otherwise as light as possible, right-hand zip so it joins my partner\'s, £250-£300', lang: 'en', expect: '1020', hard: ['comfort_temp_c ~ -5', 'fill eq down', 'shape eq mummy', 'zip_side eq right'], soft: ['weight_g ~ 1000'], budget: 300, cur: 'GBP' },
  { text: 'Backpack for work: it has to take my 15.6" laptop, about 25 L, waterproof since I cycle in the rain, not black — everyone has black — €80 to €130', lang: 'en', expect: '100', hard: ['laptop_in ~ 15.6', 'volume_l ~ 25', 'waterproof eq true', 'color not-in black'], budget: 130 },
  { text: 'un sac à dos de rando de 40 litres pour ma copine, moins de 1,5 kg, fjällräven ou deuter, entre 100 et 180 €', lang: 'fr', expect: '100', hard: ['backpack_type eq hiking', 'volume_l ~ 40', 'weight_g lte 1500', 'maker in Fjällräven', 'maker in Deuter'], budget: 180, who: 'girlfriend' },
  { text: 'Cabin suitcase that fits the 55 x 40 x 20 cm rule (22 x 16 x 8 inches for the US flight), 4 wheels, hard shell, under 6 lb, $250 max including shipping, by Monday', lang: 'en', expect: '107', hard: ['cabin_size eq true', 'wheels eq 4', 'shell eq hard', 'weight_kg ~ 2.7'], budget: 250, cur: 'USD', deadline: ['2026-12-21'] },
  { text: 'Rain jacket for hiking in Scotland, waterproof with a hood, men\'s large, under 14 oz, any colour but navy (my brother has navy), £200 tops; Arc\'teryx would be nice', lang: 'en', expect: '5598', hard: ['jacket_type eq rain', 'waterproof eq true', 'hood eq true', 'size eq L', 'gender ~ male', 'weight_g ~ 397', 'color not-in navy'], soft: ['maker ~ Arc’teryx'], budget: 200, cur: 'GBP' },
  { text: 'une doudoune pour ma femme, taille M, coupe femme, matières recyclées de préférence, pas de canada goose, 250 € maxi', lang: 'fr', expect: '5598', hard: ['jacket_type eq down', 'size eq M', 'gender ~ female', 'maker not-in Canada Goose'], soft: ['recycled_materials equals true'], budget: 250, who: 'wife' },

  // Bikes and helmets
  { text: 'Road bike for my son — he\'s 5\'10" and the size chart says a 54 cm frame; aluminium is fine, carbon not needed, disc brakes, no more than $1,500', lang: 'en', expect: '1026', hard: ['bike_type eq road', 'frame_size_cm ~ 54', 'brake_type in mechanical-disc', 'brake_type in hydraulic-disc'], budget: 1500, cur: 'USD', who: 'son' },
  { text: 'A kids\' bike with 20 inch wheels for my nephew, he\'s 7 and about 4 feet tall, woom if possible, €400 tops, before Xmas', lang: 'en', expect: '1026', hard: ['bike_type eq kids', 'wheel_size_in eq 20'], soft: ['maker ~ Woom'], budget: 400, deadline: ['2026-12-24', '2026-12-25'], who: 'nephew', age: 7 },
  { text: 'un vélo de ville électrique pour aller au boulot (12 km aller), gazelle de préférence, pas plus de 2 500 € tout compris, d\'ici une semaine', lang: 'fr', expect: '1026', hard: ['bike_type eq city', 'electric eq true'], soft: ['maker ~ Gazelle'], budget: 2500, deadline: ['2026-12-22'] },
  { text: 'Bike helmet for my commute in the dark: integrated rear light, MIPS would be nice, size M (my head is 22 inches round, about 56 cm), not white, under €90', lang: 'en', expect: '1029', hard: ['integrated_light eq true', 'size eq M', 'color not-in white'], soft: ['mips equals true'], budget: 90 },
  { text: 'casque vélo pour ma fille de 4 ans, taille XS, rose, maxi 40 €', lang: 'fr', expect: '1029', hard: ['helmet_type ~ kids', 'size eq XS', 'color ~ pink'], budget: 40, who: 'daughter', age: 4 },

  // Sport: yoga mats
  { text: 'Yoga mat: I\'m 6\'2" so it needs to be at least 74 inches long, PVC-free, 5 mm or so, $120 max', lang: 'en', expect: '3640', hard: ['length_cm ~ 188', 'pvc_free eq true', 'thickness_mm ~ 5'], budget: 120, cur: 'USD' },

  // Pets and tea
  { text: 'Dog food: a 30 lb bag of dry food for our lab (she\'s 5, a large dog), grain free if possible. One bag lasts a month and I budget £70 a month for it.', lang: 'en', expect: '3530', hard: ['food_form eq dry', 'dog_size eq large', 'weight_kg ~ 13.6'], soft: ['grain_free equals true'], budget: 70, cur: 'GBP' },
  { text: 'croquettes chiot pour un petit chien, 3 sacs de 3 kg, 90 € pour les trois, hill\'s ou royal canin', lang: 'fr', expect: '3530', hard: ['food_form eq dry', 'life_stage eq puppy', 'dog_size eq small', 'weight_kg ~ 3', 'maker in Hill\'s Science Plan', 'maker in Royal Canin'], budget: 30, quantity: 3 },
  { text: 'Loose-leaf green tea, organic, a 100 g tin (3.5 oz), Mariage Frères or Palais des Thés, no more than $40', lang: 'en', expect: '2073', hard: ['tea_type eq green', 'tea_form eq loose', 'organic eq true', 'weight_g ~ 100', 'maker in Mariage Frères', 'maker in Palais des Thés'], budget: 40, cur: 'USD' },
  { text: 'des infusions sans théine en sachets pour ma sœur qui est enceinte, 2 boîtes, 16 € les deux', lang: 'fr', expect: '2073', hard: ['tea_type ~ herbal', 'caffeine_free eq true', 'tea_form eq bags'], budget: 8, quantity: 2, who: 'sister' },

  // Toys and games: construction sets, board games, puzzles
  { text: 'LEGO for my niece who turns 9 on the 18th: Friends theme, 500 to 1,000 pieces, "nothing Star Wars" says her mum, €50-€80', lang: 'en', expect: '3805', hard: ['theme eq friends', 'pieces gte 500', 'pieces lte 1000'], budget: 80, deadline: ['2026-12-17', '2026-12-18'], who: 'niece', age: 9 },
  { text: 'A Duplo set for my grandson who\'s 2, no more than 40 bucks, by Thursday', lang: 'en', expect: '3805', hard: ['theme eq duplo'], budget: 40, cur: 'USD', deadline: ['2026-12-17'], who: 'grandson', age: 2 },
  { text: 'un Technic pour mon mari (il a 45 ans mais bon), plus de 1 000 pièces, entre 100 et 200 €', lang: 'fr', expect: '3805', hard: ['theme eq technic', 'pieces gte 1000'], budget: 200, who: 'husband', age: 45 },
  { text: 'Board game for Christmas Eve: we\'ll be 8 around the table, ages 10 to 80, party or cooperative, under 45 minutes, in French because grandma doesn\'t speak English, €40 tops', lang: 'en', expect: '1246', hard: ['max_players gte 8', 'min_age lte 10', 'game_type in party', 'game_type in cooperative', 'play_minutes lte 45', 'language eq fr'], budget: 40, deadline: ['2026-12-23', '2026-12-24'] },
  { text: 'un jeu de stratégie à 2 joueurs pour mon copain, en anglais ça va aussi, rien de chez days of wonder (on les a tous), 60 € maxi', lang: 'fr', expect: '1246', hard: ['game_type eq strategy', 'min_players ~ 2', 'maker not-in Days of Wonder'], budget: 60, who: 'boyfriend' },
  { text: 'A 1000-piece jigsaw for my dad, he\'s 81 and loves Monet; wooden if possible; Ravensburger or michele wilson; £40-£60', lang: 'en', expect: '2618', hard: ['pieces ~ 1000', 'maker in Ravensburger', 'maker in Michele Wilson'], soft: ['puzzle_material ~ wood'], budget: 60, cur: 'GBP', who: 'father', age: 81 },

  // Baby: strollers
  { text: 'Stroller: we fly a lot, so it has to fold to cabin size, usable from birth, under 15 lbs, Babyzen or Cybex, $500 max, by the 22nd', lang: 'en', expect: '568', hard: ['cabin_size eq true', 'from_birth eq true', 'weight_kg ~ 6.8', 'maker in Babyzen', 'maker in Cybex'], budget: 500, cur: 'USD', deadline: ['2026-12-22'] },

  // Nobody sells these
  { text: 'A space heater for a 200 sq ft home office, 1500 W, under $80', lang: 'en', expect: 'unsupported', budget: 80, cur: 'USD' },
  { text: 'My wife says: "a stand mixer, KitchenAid, 5 quart, the red one". Up to £450.', lang: 'en', expect: 'unsupported', budget: 450, cur: 'GBP', who: 'wife' },
  { text: 'Snow boots for my son, US kids size 2 (EU 33), waterproof down to -4°F, €70 max', lang: 'en', expect: 'unsupported', budget: 70, who: 'son' },
  { text: 'A 1.5 litre thermos (about 50 fl oz) for the fishing trip, stainless, $35 tops', lang: 'en', expect: 'unsupported', budget: 35, cur: 'USD' },
  { text: 'un sèche-linge pompe à chaleur de 8 kg, classe A++, entre 500 et 700 €', lang: 'fr', expect: 'unsupported', budget: 700 },
  { text: 'un casque de ski pour ma fille de 10 ans, taille S, 60 € maxi', lang: 'fr', expect: 'unsupported', budget: 60, who: 'daughter', age: 10 },

  // Ambiguous: the butler must ask
  { text: 'The first one broke after a month, so the same but bigger please — under 100 euros', lang: 'en', expect: 'ask:category', budget: 100 },
  { text: 'A bike for my wife, she\'s 5\'5" (165 cm), about €800, by Christmas', lang: 'en', expect: 'ask:bike_type', budget: 880, deadline: ['2026-12-24', '2026-12-25'], who: 'wife' },
  { text: 'ma sœur m\'a écrit « il me faut un truc pour mon appart de 30 m², qui fasse moins de bruit que l\'ancien » — 200 € maxi, c\'est pour elle', lang: 'fr', expect: 'ask:category', budget: 200, who: 'sister' },
  { text: 'une machine à café pour le bureau, entre 150 et 300 €, pas de delonghi', lang: 'fr', expect: 'ask:machine_type', hard: ['maker not-in De\'Longhi'], budget: 300 },
];
