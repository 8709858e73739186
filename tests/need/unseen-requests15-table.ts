/**
 * Eighty requests written by hand and blind (requests15) by a helper of session 31 on 2026-12-06, before anyone ran them
 * through the engine: the writer did not open `agent/`, the need tests other than the first twelve lines of
 * `unseen-requests14.test.ts` and `unseen-requests13.test.ts`, the judge beyond its exports, or the rows of tables 7 to
 * 14; read only the demo market's catalogue data (`brand-agent/reference/data/`: category ids, attribute names and
 * values, makers), the header of the first table, the headers of tables 13 and 14 and, for the soft directions, the
 * `direction` line of `protocol/need-brief.ts`; and changed no row after seeing how it reads.
 *
 * Written as structured and spoken-aloud requests: shopping lists pasted with line breaks, bullets and dashes
 * ("- size: 43\n- budget: 150€"), form-like notes ("Must have:", "Nice to have:", "Avoid:", "Don't need:", French
 * "Capacité :", "Éviter :"), questions instead of orders ("do you know a good…?", "what would you get for…?", "is there
 * a… that…?"), requests built on a named product ("something like my Bose QC35 but cheaper", "like the Fujifilm X100V",
 * "le même iPhone que l'an dernier", "comme le Roomba de ma sœur", "same as last time but in blue"), voice-assistant
 * transcripts with no punctuation, fillers ("uh", "euh", "okay so") and numbers spoken ("one hundred and twenty",
 * "cent cinquante", "quarante-deux", "fifty six centimetre", "one point five kilo", "mille deux cents"), non-native
 * English ("he have 14 years", "same like my neighbour") and Franglais in one request ("des earbuds… avec noise
 * cancelling", "un laptop… budget around 700 balles"), units written every way (mm, cm, inch, `"`, kg, g, lb, L,
 * litres, cl, W, watts, mAh, Go, GB, Nm, dB, m², °C, rpm, ATM), comparisons and ranges in words ("at least",
 * "no smaller than", "or more", "or bigger", "quieter than", "pas moins de", "au moins", "entre… et…", "between… and…"),
 * several items named where only one is wanted (the tent and sleeping bag already bought, the PS5 the TV is for), and
 * the same attribute stated twice with the later one winning ("size: 43 … size: actually 43.5", "6mm… no, make it
 * 4mm", "bleu… non, noir finalement", "L… actually XL", "5 degrés… non, plutôt 0").
 * 50 English, 30 French; every category of the demo market (35 open-market ids plus coffee, headphones, running-shoes),
 * 6 requests for things nobody sells (air fryer, dehumidifier, electric guitar, games console, sofa bed, bread maker),
 * 4 ambiguous ones (a present for an outdoorsy 12-year-old, "the same as last time but in blue", a tablet or an
 * e-reader "peu importe", a speaker or headphones on a gift list).
 *
 * Conventions as in `unseen-requests-table.ts` and tables 13 and 14: "about"/"around"/"or so"/"environ" is the figure
 * plus ten per cent; a range keeps its top; a restated attribute keeps the last statement; "by <day>" is that day,
 * "before <day>" that day or the one before; "pour Noël" accepts the 24th and the 25th; a per-item price with a
 * quantity is kept per item; "$", "bucks" and "USD" are USD, "£" is GBP, "balles" and a bare figure are EUR. A wish
 * called optional, nice to have, "if possible", "de préférence" or "would be nice" is soft; something they "don't
 * need", "don't care" about, that "is fine" or "is ok" or "ça va" is no rule at all; something to "avoid", "not X",
 * "pas de X" is a hard exclusion. "in" rules carry one value each. A figure in pounds (lb) is written as the kilograms
 * it converts to under `~` (3.3 lb: `weight_kg ~ 1.5`). Where two readings are fair the rule uses `~` (a litre count,
 * "9 kg", "100g tin", a screen size stated as the wanted size, "IPX4 minimum", "quieter than 25 dB", "men's",
 * "a bed of 90", a maker the person prefers or a product line they name: "iPhone", "Kobo de préférence").
 */
import type { UnseenRow } from './unseen-requests-table.ts';

/**
 * Monday 7 December 2026, 09:00 UTC: "tomorrow" is 8 December, "by Wednesday" 9 December, "before Thursday" 9–10
 * December, "by Friday" 11 December, "avant vendredi" 10–11 December, "samedi"/"by Saturday" 12 December. Pass it to
 * `judgeBlindSet` as set 13's test passes its own.
 */
export const UNSEEN_NOW_15 = new Date('2026-12-07T09:00:00Z');

export const UNSEEN_REQUESTS_15: readonly UnseenRow[] = [
  // Kitchen: kettles, blenders, coffee machines
  { text: 'Kettle\n- Must have: temperature control\n- Body: anything but plastic\n- Nice to have: 1.7 litres\n- Budget: 80€', lang: 'en', expect: '751', hard: ['temperature_control eq true', 'body not-in plastic'], soft: ['capacity_l ~ 1.7'], budget: 80 },
  { text: 'Bouilloire\nCapacité : 1,5 L minimum\nPuissance : au moins 2000 W\nÉviter : Russell Hobbs\nBudget : entre 40 et 60 €', lang: 'fr', expect: '751', hard: ['capacity_l gte 1.5', 'power_w gte 2000', 'maker not-in Russell Hobbs'], budget: 60 },
  { text: 'uh hey can you find me a blender uh the big one you put on the counter for smoothies at least one thousand watts and uh under one hundred and twenty euros', lang: 'en', expect: '505666', hard: ['blender_type eq countertop', 'power_w gte 1000'], budget: 120 },
  { text: 'je cherche un hand blender, something light, pas de Braun, max quarante-cinq euros', lang: 'fr', expect: '505666', hard: ['blender_type eq hand', 'maker not-in Braun'], budget: 45 },
  { text: 'Something like my old Nespresso but in red this time\n- capsules\n- milk frother would be nice\n- max €150', lang: 'en', expect: '736', hard: ['machine_type eq capsule', 'color eq red'], soft: ['milk_frother ~ true'], budget: 150 },
  { text: 'Machine à café filtre\n- réservoir : pas moins de 150 cl\n- couleur : noire\n- budget : cent cinquante euros max\n- livraison avant vendredi', lang: 'fr', expect: '736', hard: ['machine_type eq filter', 'water_tank_l gte 1.5', 'color eq black'], budget: 150, deadline: ['2026-12-10', '2026-12-11'] },

  // Coffee, headphones, running shoes (the reference market)
  { text: 'Coffee order:\n- beans, not ground\n- 1 kg bag x2\n- organic is a must, fair trade nice to have\n- medium roast\n- no more than 30€ per bag', lang: 'en', expect: 'coffee', hard: ['form eq beans', 'organic eq true', 'roast eq medium', 'weight_g ~ 1000'], soft: ['fair_trade ~ true'], quantity: 2, budget: 30 },
  { text: 'du café moulu pour cafetière filtre, 100 % arabica, décaféiné svp, paquet de 500 g, moins de quinze euros', lang: 'fr', expect: 'coffee', hard: ['form eq ground', 'use ~ filter', 'arabica_percent ~ 100', 'decaf eq true', 'weight_g ~ 500'], budget: 15 },
  { text: "uh coffee beans for espresso uh dark roast from uh Ethiopia or Kenya I don't mind twenty five euros", lang: 'en', expect: 'coffee', hard: ['form eq beans', 'use ~ espresso', 'roast eq dark', 'origin in Ethiopia', 'origin in Kenya'], budget: 25 },
  { text: 'something like my Bose QC35 but cheaper: over-ear, noise cancelling, wireless, under 200 euros', lang: 'en', expect: 'headphones', hard: ['form eq over-ear', 'noise_cancelling eq true', 'wireless eq true'], budget: 200 },
  { text: 'des earbuds in-ear avec noise cancelling, IPX4 minimum parce que je cours avec, pas de Apple, budget 150 balles', lang: 'fr', expect: 'headphones', hard: ['form eq in-ear', 'noise_cancelling eq true', 'water_resistance ~ IPX4', 'maker not-in Apple'], budget: 150 },
  { text: 'Do you know good headphones for the office?\nMust have: multipoint\nNice to have: battery at least 30 hours\nAvoid: on-ear, they hurt my ears\nBudget: 250 USD', lang: 'en', expect: 'headphones', hard: ['multipoint eq true', 'form not-in on-ear'], soft: ['battery_hours ~ 30'], budget: 250, cur: 'USD' },
  { text: 'I search headphone wireless for my son, he have 14 years, not too heavy maximum 250 gram, color blue if possible, price not more 80 euro', lang: 'en', expect: 'headphones', hard: ['wireless eq true', 'weight_g lte 250'], soft: ['color ~ blue'], budget: 80, who: 'son', age: 14 },
  { text: 'Running shoes\n- size: 43\n- terrain: trail\n- waterproof: yes\n- budget: 150€\n- size: actually 43.5, my feet swell on long runs', lang: 'en', expect: 'running-shoes', hard: ['size_eu eq 43.5', 'terrain eq trail', 'waterproof eq true'], budget: 150 },
  { text: "euh des chaussures de running pour la route euh taille quarante-deux euh avec beaucoup d'amorti et euh pas plus de cent trente euros", lang: 'fr', expect: 'running-shoes', hard: ['terrain eq road', 'size_eu eq 42', 'cushioning ~ plush'], budget: 130 },
  { text: "what would you get for a runner with wide feet? women's size 39, road, drop no more than 6 mm, vegan if possible, under $180", lang: 'en', expect: 'running-shoes', hard: ['width eq wide', 'gender eq women', 'size_eu eq 39', 'terrain eq road', 'drop_mm lte 6'], soft: ['vegan ~ true'], budget: 180, cur: 'USD' },

  // Outdoor: backpacks, sleeping bags, tents, coats
  { text: 'Already got the tent and the sleeping bag, so now just the backpack:\n- hiking\n- 40 L or bigger\n- under 1.5kg\n- budget 150', lang: 'en', expect: '100', hard: ['backpack_type eq hiking', 'volume_l gte 40', 'weight_g lte 1500'], budget: 150 },
  { text: "un sac à dos pour l'école pour ma fille de 9 ans, étanche, rose ou rouge, pas plus de 50 €", lang: 'fr', expect: '100', hard: ['backpack_type eq school', 'waterproof eq true', 'color in pink', 'color in red'], budget: 50, who: 'daughter', age: 9 },
  { text: 'Sleeping bag\nComfort temp: -5°C or lower\nFill: down\nShape: mummy\nWeight: max 1 kg\nBudget: 400 EUR', lang: 'en', expect: '1020', hard: ['comfort_temp_c lte -5', 'fill eq down', 'shape eq mummy', 'weight_g lte 1000'], budget: 400 },
  { text: 'sac de couchage pour mon fils (7 ans) pour un camp scout, synthétique, confort 5 degrés… non, plutôt 0 degré, budget soixante euros', lang: 'fr', expect: '1020', hard: ['fill eq synthetic', 'comfort_temp_c lte 0'], budget: 60, who: 'son', age: 7 },
  { text: 'is there a tent for 4 people that sets up in seconds? pop-up, waterhead at least 3000 mm, around two hundred euros', lang: 'en', expect: '1022', hard: ['capacity_persons ~ 4', 'setup eq pop-up', 'waterhead_mm gte 3000'], budget: 220 },
  { text: 'Tente 2 places pour la rando\n- poids : moins de 2 kg\n- 4 saisons si possible\n- autoportante\n- budget : entre 400 et 600 €', lang: 'fr', expect: '1022', hard: ['capacity_persons ~ 2', 'weight_kg lte 2', 'freestanding eq true'], soft: ['seasons ~ 4'], budget: 600 },
  { text: "Rain jacket\n- waterproof (obviously)\n- hood\n- men's L… actually XL, I wear a fleece underneath\n- recycled materials would be nice\n- not red\n- budget 200", lang: 'en', expect: '5598', hard: ['jacket_type eq rain', 'waterproof eq true', 'hood eq true', 'gender ~ male', 'size eq XL', 'color not-in red'], soft: ['recycled_materials ~ true'], budget: 200 },
  { text: 'une doudoune pour femme, taille S, noire ou bleu marine, moins de trois cents euros, pas de Canada Goose', lang: 'fr', expect: '5598', hard: ['jacket_type eq down', 'gender ~ female', 'size eq S', 'color in black', 'color in navy', 'maker not-in Canada Goose'], budget: 300 },

  // Bikes and helmets
  { text: 'Bike for commuting:\n- city bike\n- electric: yes\n- frame size M\n- hydraulic disc brakes would be nice\n- budget: two thousand five hundred euros max', lang: 'en', expect: '1026', hard: ['bike_type eq city', 'electric eq true', 'size eq M'], soft: ['brake_type ~ hydraulic-disc'], budget: 2500 },
  { text: 'un vélo pour mon neveu de 6 ans, roues de 16 ou 20 pouces, pas plus de 250 €, pour Noël', lang: 'fr', expect: '1026', hard: ['bike_type eq kids', 'wheel_size_in in 16', 'wheel_size_in in 20'], budget: 250, who: 'nephew', age: 6, deadline: ['2026-12-24', '2026-12-25'] },
  { text: 'okay so uh gravel bike carbon frame uh fifty six centimetre frame and uh less than nine kilos budget uh three thousand', lang: 'en', expect: '1026', hard: ['bike_type eq gravel', 'frame_material eq carbon', 'frame_size_cm eq 56', 'weight_kg lte 9'], budget: 3000 },
  { text: 'Helmet for my road bike.\nMust have: MIPS\nNice to have: under 300 g\nSize: L\nAvoid: white (shows the dirt)\nBudget: €120', lang: 'en', expect: '1029', hard: ['helmet_type eq road', 'mips eq true', 'size eq L', 'color not-in white'], soft: ['weight_g ~ 300'], budget: 120 },

  // Travel: suitcases
  { text: 'Cabin suitcase\n- hard shell\n- 4 wheels\n- max 55 cm high\n- under 3 kg\n- Budget: £200', lang: 'en', expect: '107', hard: ['cabin_size eq true', 'shell eq hard', 'wheels eq 4', 'height_cm lte 55', 'weight_kg lte 3'], budget: 200, cur: 'GBP' },

  // Games, puzzles, construction sets
  { text: 'what would you get for a family game night? 5 players, kids aged 8 and 11, under an hour, max €40', lang: 'en', expect: '1246', hard: ['max_players gte 5', 'min_age lte 8', 'play_minutes lte 60'], budget: 40 },
  { text: 'do you know a good 1000-piece puzzle? Van Gogh Starry Night or a world map, cardboard is fine, twenty euros or so', lang: 'en', expect: '2618', hard: ['pieces eq 1000', 'motif in Van Gogh Starry Night', 'motif in World Map'], budget: 22 },
  { text: "puzzle en bois pour adulte, pas moins de 500 pièces, pour l'anniversaire de ma mère samedi, budget 60 €", lang: 'fr', expect: '2618', hard: ['puzzle_material eq wood', 'age_group eq adult', 'pieces gte 500'], budget: 60, who: 'mother', deadline: ['2026-12-12'] },
  { text: "LEGO for my nephew, he's turning 9: Technic or Ninjago, at least 500 pieces, under 60€, by Saturday", lang: 'en', expect: '3805', hard: ['maker eq LEGO', 'theme in technic', 'theme in ninjago', 'pieces gte 500'], budget: 60, who: 'nephew', age: 9, deadline: ['2026-12-12'] },
  { text: "le set LEGO Star Wars d'au moins 1000 pièces pour mon mari (42 ans), pas plus de 150 €", lang: 'fr', expect: '3805', hard: ['maker eq LEGO', 'theme eq star wars', 'pieces gte 1000'], budget: 150, who: 'husband', age: 42 },

  // Tech: cameras, phones, monitors, laptops, tablets, e-readers, TVs, speakers, trackers
  { text: 'Something like the Fujifilm X100V but cheaper\n- compact or mirrorless\n- at least 24 MP\n- 4K video\n- under 1,000 euros', lang: 'en', expect: '152', hard: ['camera_type in compact', 'camera_type in mirrorless', 'megapixels gte 24', 'video_4k eq true'], budget: 1000 },
  { text: 'appareil photo instantané pour ma nièce de 12 ans, rose ou bleu pastel, moins de cent euros', lang: 'fr', expect: '152', hard: ['camera_type eq instant', 'color in blossom pink', 'color in pastel blue'], budget: 100, who: 'niece', age: 12 },
  { text: 'Phone:\n- Android\n- 5G\n- at least 256 GB\n- battery 5000 mAh or more\n- screen no smaller than 6.5"\n- Budget: $600', lang: 'en', expect: '267', hard: ['os eq android', 'five_g eq true', 'storage_gb gte 256', 'battery_mah gte 5000', 'screen_in gte 6.5'], budget: 600, cur: 'USD' },
  { text: "le même iPhone que l'an dernier mais en 512 Go, couleur bleu… non, noir finalement, moins de 1300 €", lang: 'fr', expect: '267', hard: ['maker ~ Apple', 'storage_gb eq 512', 'color eq black'], budget: 1300 },
  { text: 'is there a 27" 4K monitor with USB-C that I can raise? IPS, 60 Hz is fine, under 450 €', lang: 'en', expect: '305', hard: ['screen_in ~ 27', 'resolution eq 4k', 'usb_c eq true', 'height_adjustable eq true', 'panel eq ips'], budget: 450 },
  { text: "Laptop for uni:\n- 16GB RAM minimum\n- 512GB SSD\n- under 3.3 lb\n- battery 12h+\n- AZERTY keyboard (I'm in Brussels)\n- budget: 1200 €", lang: 'en', expect: '328', hard: ['ram_gb gte 16', 'storage_gb ~ 512', 'weight_kg ~ 1.5', 'battery_hours gte 12', 'keyboard_layout eq azerty'], budget: 1200 },
  { text: 'un laptop pour mon père (68 ans), Windows, écran 15 pouces minimum, pas besoin de plus de 8 Go de RAM, budget around 700 balles', lang: 'fr', expect: '328', hard: ['os eq windows', 'screen_in gte 15'], budget: 770, who: 'father', age: 68 },
  { text: 'Tablet for drawing:\n- stylus support: must\n- 11 inch or bigger\n- 128 GB or 256 GB\n- Nice to have: cellular\n- Avoid: Amazon\n- Budget: €800', lang: 'en', expect: '4745', hard: ['stylus_support eq true', 'screen_in gte 11', 'storage_gb in 128', 'storage_gb in 256', 'maker not-in Amazon'], soft: ['cellular ~ true'], budget: 800 },
  { text: 'une tablette Android pour ma grand-mère de 80 ans, grand écran (au moins 10 pouces), moins de 200 €', lang: 'fr', expect: '4745', hard: ['os eq android', 'screen_in gte 10'], budget: 200, who: 'grandmother', age: 80 },
  { text: 'what would you get for reading in the bath? waterproof e-reader with warm light, 7 inch, not a Kindle, about €200', lang: 'en', expect: '3539', hard: ['waterproof eq true', 'warm_light eq true', 'screen_in ~ 7', 'store not-in kindle'], budget: 220 },
  { text: 'liseuse couleur, au moins 32 Go, Kobo de préférence, moins de 250 €', lang: 'fr', expect: '3539', hard: ['color_screen eq true', 'storage_gb gte 32', 'maker ~ Kobo'], budget: 250 },
  { text: 'TV\nScreen: at least 55"\nPanel: OLED\nHDMI 2.1: must (it is for the PS5)\nBudget: 1,500€', lang: 'en', expect: '404', hard: ['screen_in gte 55', 'panel eq oled', 'hdmi_2_1 eq true'], budget: 1500 },
  { text: 'euh une télé de quarante-trois pouces euh pour la chambre euh pas plus de trois cents euros euh LED ça va', lang: 'fr', expect: '404', hard: ['screen_in ~ 43'], budget: 300 },
  { text: 'is there a portable speaker that survives the pool? IP67, at least 12 hours of battery, not JBL, 100 bucks', lang: 'en', expect: '249', hard: ['portable eq true', 'water_resistance eq IP67', 'battery_hours gte 12', 'maker not-in JBL'], budget: 100, cur: 'USD' },
  { text: 'euh une enceinte wifi avec assistant vocal pour le salon euh blanche euh deux cents euros max', lang: 'fr', expect: '249', hard: ['wifi eq true', 'voice_assistant eq true', 'color eq white'], budget: 200 },
  { text: "Fitness watch for my wife's birthday (she's 35): GPS, battery at least 10 days, water resistant to 5 ATM, around 250 euros, before Thursday", lang: 'en', expect: '500009', hard: ['form eq watch', 'gps eq true', 'battery_days gte 10', 'water_atm ~ 5'], budget: 275, who: 'wife', age: 35, deadline: ['2026-12-09', '2026-12-10'] },
  { text: 'un fitness tracker, un bracelet genre Fitbit, pas une montre, batterie pas moins de 7 jours, budget cinquante euros', lang: 'fr', expect: '500009', hard: ['form eq band', 'battery_days gte 7'], budget: 50 },

  // Home: chairs, mattresses, washing machines, vacuums, air purifiers, mowers, drills
  { text: "Office chair.\nMust have: lumbar support, adjustable armrests, holds 130 kg+ (I'm a big guy)\nNice to have: headrest\nDon't need: leather\nBudget: up to 600", lang: 'en', expect: '2045', hard: ['lumbar_support eq true', 'adjustable_armrests eq true', 'max_load_kg gte 130'], soft: ['headrest ~ true'], budget: 600 },
  { text: 'une chaise de bureau en mesh, with a headrest, garantie au moins 5 ans, pas Ikea, budget quatre cents euros', lang: 'fr', expect: '2045', hard: ['material eq mesh', 'headrest eq true', 'warranty_years gte 5', 'maker not-in Ikea'], budget: 400 },
  { text: 'Mattress\nSize: 160 x 200\nFirmness: firm\nType: memory foam or latex\nNice to have: 100+ nights trial\nBudget: 900 EUR', lang: 'en', expect: '2696', hard: ['size eq 160 x 200 cm', 'firmness eq firm', 'mattress_type in memory foam', 'mattress_type in latex'], soft: ['trial_nights ~ 100'], budget: 900 },
  { text: 'euh un matelas pour un lit de quatre-vingt-dix euh à ressorts ensachés euh ferme mais pas trop donc medium euh quatre cents euros', lang: 'fr', expect: '2696', hard: ['width_cm ~ 90', 'mattress_type eq pocket spring', 'firmness eq medium'], budget: 400 },
  { text: 'Washing machine\n- front loader\n- 9 kg\n- 1400 rpm minimum\n- quieter than 73 dB\n- energy class A\n- budget €700\n- delivered by Friday please, the old one flooded the kitchen', lang: 'en', expect: '2549', hard: ['loading eq front', 'capacity_kg ~ 9', 'spin_rpm gte 1400', 'noise_db ~ 73', 'energy_class eq A'], budget: 700, deadline: ['2026-12-11'] },
  { text: 'un aspirateur robot comme le Roomba de ma sœur mais moins bruyant, 65 dB maximum, budget 350 €', lang: 'fr', expect: '619', hard: ['vacuum_type eq robot', 'noise_db lte 65'], budget: 350 },
  { text: 'Air purifier\n- room: 40 m² (bedroom)\n- HEPA\n- quieter than 25 dB at night\n- app control: nice to have\n- budget: between 150 and 250', lang: 'en', expect: '606', hard: ['room_m2 gte 40', 'hepa eq true', 'noise_db ~ 25'], soft: ['app_control ~ true'], budget: 250 },
  { text: 'Lawn mower for a 500 m² lawn\n- battery powered\n- self-propelled would be nice\n- Budget: €600', lang: 'en', expect: '694', hard: ['power_source eq battery', 'lawn_area_m2 gte 500'], soft: ['self_propelled ~ true'], budget: 600 },
  { text: 'une tondeuse robot pour 800 m², pas plus de 60 dB, mille deux cents euros max', lang: 'fr', expect: '694', hard: ['robotic eq true', 'lawn_area_m2 gte 800', 'noise_db lte 60'], budget: 1200 },
  { text: 'Cordless drill\n- 18V\n- hammer drill\n- 2 batteries included\n- torque: at least 50 Nm\n- not Black+Decker\n- budget: 180€', lang: 'en', expect: '2629', hard: ['cordless eq true', 'voltage_v eq 18', 'drill_type eq hammer-drill', 'batteries_included eq 2', 'torque_nm gte 50', 'maker not-in Black+Decker'], budget: 180 },
  { text: 'i need the drill same like my neighbour Makita but no so heavy, under one point five kilo, twelve volt is ok, hundred euro', lang: 'en', expect: '2629', hard: ['weight_kg lte 1.5'], budget: 100 },

  // Care, baby, pets, tea, sport
  { text: 'hair dryer, at least 2000 watts, ionic, foldable for travel, not Dyson (too pricey), 60 euros', lang: 'en', expect: '490', hard: ['power_w gte 2000', 'ionic eq true', 'foldable eq true', 'maker not-in Dyson'], budget: 60 },
  { text: 'sèche-cheveux\n- ionique : oui\n- poids : 400 g max\n- couleur : noir\n- budget : cent euros', lang: 'fr', expect: '490', hard: ['ionic eq true', 'weight_g lte 400', 'color eq black'], budget: 100 },
  { text: "Electric toothbrush x2 (one for me, one for my husband)\n- sonic\n- pressure sensor\n- app: don't care\n- max €70 each", lang: 'en', expect: '527', hard: ['brush_type eq sonic', 'pressure_sensor eq true'], quantity: 2, budget: 70 },
  { text: 'brosse à dents électrique pour mon fils de 6 ans, oscillante, pas plus de 30 €', lang: 'fr', expect: '527', hard: ['brush_type eq oscillating', 'age_group eq kids'], budget: 30, who: 'son', age: 6 },
  { text: 'is there a compact stroller that fits in an overhead bin? usable from birth, under 7 kg, max 450', lang: 'en', expect: '568', hard: ['stroller_type eq compact', 'cabin_size eq true', 'from_birth eq true', 'weight_kg lte 7'], budget: 450 },
  { text: 'Dog food order\n- dry kibble\n- puppy\n- large breed\n- grain free: nice to have\n- 15kg bag\n- 2 bags\n- max 80€ a bag', lang: 'en', expect: '3530', hard: ['food_form eq dry', 'life_stage eq puppy', 'dog_size eq large', 'weight_kg ~ 15'], soft: ['grain_free ~ true'], quantity: 2, budget: 80 },
  { text: 'Tea list:\n- green tea, loose leaf\n- organic\n- 100g tin\n- 3 of them\n- around 15€ each', lang: 'en', expect: '2073', hard: ['tea_type eq green', 'tea_form eq loose', 'organic eq true', 'weight_g ~ 100'], quantity: 3, budget: 16.5 },
  { text: "Yoga mat:\n- thickness: 6mm… no, make it 4mm, it's for travel\n- PVC-free\n- non-slip\n- under 1.5 kg\n- budget 90", lang: 'en', expect: '3640', hard: ['thickness_mm ~ 4', 'pvc_free eq true', 'non_slip eq true', 'weight_kg lte 1.5'], budget: 90 },

  // Things nobody sells
  { text: 'Do you know a good air fryer? 5 litres at least, under 100€', lang: 'en', expect: 'unsupported' },
  { text: 'un déshumidificateur pour la cave, 20 L par jour, moins de 250 €', lang: 'fr', expect: 'unsupported' },
  { text: "uh hey find me an electric guitar uh a Fender or something uh for my son he's fifteen three hundred euros", lang: 'en', expect: 'unsupported' },
  { text: 'Is there a PS5 bundle with two controllers? Needed by Friday', lang: 'en', expect: 'unsupported' },
  { text: 'Canapé-lit\n- 3 places\n- gris\n- budget : 800 €', lang: 'fr', expect: 'unsupported' },
  { text: 'a machine à pain, a bread maker, for a 1 kg loaf, max 120', lang: 'en', expect: 'unsupported' },

  // Ambiguous: the butler must ask or say what it assumed
  { text: "what would you get for a 12-year-old who's into the outdoors? max 80 euros", lang: 'en', expect: 'ask:category' },
  { text: 'the same as last time but in blue', lang: 'en', expect: 'ask:category' },
  { text: 'une tablette ou une liseuse, peu importe, pour lire au lit, moins de 200 €', lang: 'fr', expect: 'ask:category' },
  { text: 'Gift list\n- a speaker or headphones for Tom (16)\n- budget: 100€', lang: 'en', expect: 'ask:category' },
];
