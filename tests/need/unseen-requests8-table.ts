/**
 * Eighty requests (requests8) written blind by a helper of session 24 on 2026-12-05, before anyone ran them through the
 * engine: the writer did not open `agent/`, the need tests, the judge, the requests7 table or any taxonomy matcher, read
 * only the demo market's catalogue data (`brand-agent/reference/data/`: category ids, attribute names and values, makers)
 * and the format of `unseen-requests-table.ts`, and changed no row after seeing how the engine reads it.
 *
 * Fifty in English, thirty in French, over the 35 open-market categories plus coffee, headphones and running shoes; six
 * categories nobody sells and four requests that are genuinely ambiguous. Styles that earlier sets use little:
 * voice-dictated run-ons without punctuation, text-message shorthand ("pr", "w/", "pls", "env."), lists ("need: …"),
 * questions ("do you have…?"), comparisons with something owned, negations and exclusions, number words ("a tent for
 * two", "deux semaines", "twelve", "three grand"), ranges and "around"/"environ" (read as the figure plus ten per cent),
 * EUR / USD / GBP / CHF with symbols before or after and slang ("quid", "bucks", "balles", "40e"), measures that are
 * never prices (kg, g, cm, mm, L, W, V, mAh, m², °C, dB, Hz, inches), EU shoe sizes and clothing letters (a US shoe size
 * is left unchecked: two conversions are fair), recipients with ages, deadlines relative to UNSEEN_NOW (Wednesday
 * 2 December 2026), typos, French without accents, emoji, French and English mixed.
 *
 * Same conventions as `unseen-requests-table.ts`: only the listed rules are checked, "attribute ~ value" where the
 * reading may be a wish or a limit; `budget` in major units of `cur` (default EUR; 0: no budget stated).
 */
import type { UnseenRow } from './unseen-requests-table.ts';

export const UNSEEN_REQUESTS_8: readonly UnseenRow[] = [
  // Kettles, blenders, coffee machines
  { text: 'need a kettle that does different temps for green tea glass or steel whatever just not plastic under 70 quid', lang: 'en', expect: '751', hard: ['temperature_control eq true', 'body not-in plastic'], budget: 70, cur: 'GBP' },
  { text: 'bouilloire petite contenance 0,9 L pr le bureau, blanche, 40e max', lang: 'fr', expect: '751', hard: ['capacity_l ~ 0.9', 'color eq white'], budget: 40 },
  { text: 'do you have a blender that can heat soup? 2 litre jug if possible, budget around €150', lang: 'en', expect: '505666', hard: ['heating eq true'], soft: ['jug_l ~ 2'], budget: 165 },
  { text: 'blender individuel pour mes smoothies au boulot, pas Moulinex, env. 60 €', lang: 'fr', expect: '505666', hard: ['blender_type eq personal', 'maker not-in Moulinex'], budget: 66 },
  { text: 'filter coffee maker with a 1.25 L water tank, shipped by the 10th, USD 300 max', lang: 'en', expect: '736', hard: ['machine_type eq filter', 'water_tank_l ~ 1.25'], budget: 300, cur: 'USD', deadline: ['2026-12-10'] },
  { text: 'machine a cafe a dosettes pas chere, rouge ou bleue, moins de 90 euros', lang: 'fr', expect: '736', hard: ['machine_type eq pod', 'color in red', 'color in blue'], budget: 90 },
  // Coffee
  { text: 'need: decaf espresso beans, organic, 1kg bags x2', lang: 'en', expect: 'coffee', hard: ['form eq beans', 'decaf eq true', 'organic eq true', 'weight_g ~ 1000'], quantity: 2, budget: 0 },
  { text: 'café moulu pour cafetière filtre, torréfaction claire, origine Éthiopie, paquet de 500 g', lang: 'fr', expect: 'coffee', hard: ['form eq ground', 'roast eq light', 'origin eq Ethiopia', 'weight_g ~ 500', 'use ~ filter'], budget: 0 },
  { text: 'coffee beans that are fair trade AND 100% arabica, medium roast, no more than 15 euros a bag', lang: 'en', expect: 'coffee', hard: ['form eq beans', 'fair_trade eq true', 'arabica_percent ~ 100', 'roast eq medium'], budget: 15 },
  // Headphones
  { text: 'noise cancelling over-ear hedphones w/ LDAC, 30h+ battery, sub £250', lang: 'en', expect: 'headphones', hard: ['form eq over-ear', 'noise_cancelling eq true', 'codec_ldac eq true', 'battery_hours gte 30'], budget: 250, cur: 'GBP' },
  { text: "écouteurs sans fil pour courir, résistants à l'eau IPX7, pas Apple, 100 balles", lang: 'fr', expect: 'headphones', hard: ['form eq in-ear', 'wireless eq true', 'water_resistance eq IPX7', 'maker not-in Apple'], budget: 100 },
  { text: 'headphones like my old Sony ones but lighter, under 200 g, and they must connect to my laptop and phone at the same time', lang: 'en', expect: 'headphones', hard: ['weight_g lte 200', 'multipoint eq true'], budget: 0 },
  { text: 'casque bluetooth on-ear pour mon fils de 14 ans, budget 60€', lang: 'fr', expect: 'headphones', hard: ['form eq on-ear', 'wireless eq true'], budget: 60, who: 'son', age: 14 },
  // Running shoes
  { text: "trail running shoes, waterproof, men's EU 44, under 140€", lang: 'en', expect: 'running-shoes', hard: ['terrain eq trail', 'waterproof eq true', 'gender eq men', 'size_eu eq 44'], budget: 140 },
  { text: 'looking for wide road running shoes size 42.5 for my husband plush cushioning and zero drop if possible', lang: 'en', expect: 'running-shoes', hard: ['terrain eq road', 'width eq wide', 'size_eu eq 42.5', 'cushioning ~ plush'], soft: ['drop_mm ~ 0'], who: 'husband' },
  { text: 'chaussures de running femme pointure 39, vegan, pas roses 😅', lang: 'fr', expect: 'running-shoes', hard: ['gender eq women', 'size_eu eq 39', 'vegan eq true', 'color not-in pink'] },
  { text: "US 10 men's road running shoes with a firm ride, $130 max", lang: 'en', expect: 'running-shoes', hard: ['terrain eq road', 'gender eq men', 'cushioning ~ firm'], budget: 130, cur: 'USD' },
  // Drills and mowers
  { text: 'SDS drill for concrete walls, corded is fine, max one hundred and fifty euros', lang: 'en', expect: '2629', hard: ['drill_type eq sds'], budget: 150 },
  { text: 'visseuse 12V compacte avec une batterie, environ 80€', lang: 'fr', expect: '2629', hard: ['voltage_v ~ 12', 'batteries_included ~ 1'], budget: 88 },
  { text: 'push reel mower no engine no battery for a tiny 50 m2 lawn', lang: 'en', expect: '694', hard: ['power_source eq manual', 'lawn_area_m2 ~ 50'], budget: 0 },
  { text: 'tondeuse robot pour 1000m², Husqvarna ou Stihl, livrée avant le 15', lang: 'fr', expect: '694', hard: ['robotic eq true', 'lawn_area_m2 ~ 1000', 'maker in Husqvarna', 'maker in Stihl'], deadline: ['2026-12-14', '2026-12-15'], budget: 0 },
  // Baby
  { text: 'strolller that fits in the overhead bin, suitable from birth, under 6.5kg', lang: 'en', expect: '568', hard: ['cabin_size eq true', 'from_birth eq true', 'weight_kg lte 6.5'], budget: 0 },
  { text: 'poussette double pour des jumeaux, beige ou grise, 700 € max', lang: 'fr', expect: '568', hard: ['stroller_type eq double', 'color in beige', 'color in grey'], budget: 700 },
  { text: 'two electric toothbrushes for the kids (6 and 9), an app would be nice', lang: 'en', expect: '527', hard: ['age_group eq kids'], soft: ['app ~ true'], quantity: 2, budget: 0 },
  // Toys and games
  { text: 'Lego Star Wars for an adult fan, 1000+ pieces, ~200 bucks', lang: 'en', expect: '3805', hard: ['theme eq star wars', 'pieces gte 1000'], budget: 220, cur: 'USD' },
  { text: 'un Playmobil pour ma fille de quatre ans, pour Noël', lang: 'fr', expect: '3805', hard: ['maker eq Playmobil'], who: 'daughter', age: 4, deadline: ['2026-12-24', '2026-12-25'] },
  { text: 'jeu de stratégie à deux, en anglais svp, env 50 balles', lang: 'fr', expect: '1246', hard: ['game_type eq strategy', 'language eq en'], budget: 55 },
  { text: 'dinosaur jigsaw puzzle for a five year old', lang: 'en', expect: '2618', hard: ['motif ~ Dinosaurs'], age: 5, budget: 0 },
  // Bikes and helmets
  { text: 'gravel bike, carbon frame, size M, hydraulic discs, under three grand', lang: 'en', expect: '1026', hard: ['bike_type eq gravel', 'frame_material eq carbon', 'size eq M', 'brake_type eq hydraulic-disc'], budget: 3000 },
  { text: 'vélo de ville électrique pour ma mère qui a 65 ans, pas trop lourd, 2000€ max', lang: 'fr', expect: '1026', hard: ['bike_type eq city', 'electric eq true'], soft: ['weight_kg lower'], budget: 2000, who: 'mother', age: 65 },
  { text: 'kids bike w/ 20 inch wheels for my grandson hes 7 needs to arrive by next Friday', lang: 'en', expect: '1026', hard: ['bike_type eq kids', 'wheel_size_in ~ 20'], who: 'grandson', age: 7, deadline: ['2026-12-11'] },
  { text: 'road cycling helmet with MIPS, under 300 g, white, size L', lang: 'en', expect: '1029', hard: ['helmet_type eq road', 'mips eq true', 'weight_g lte 300', 'color eq white', 'size eq L'], budget: 0 },
  { text: 'casque de vélo enfant taille S rose 30€', lang: 'fr', expect: '1029', hard: ['helmet_type eq kids', 'size eq S', 'color eq pink'], budget: 30 },
  // Furniture
  { text: 'office chair in mesh, no leatherette, warranty of 5 years or more, <400€', lang: 'en', expect: '2045', hard: ['material eq mesh', 'warranty_years gte 5'], budget: 400 },
  { text: "latex matress 90x200 for my son's bed, soft, with a long trial like 365 nights", lang: 'en', expect: '2696', hard: ['mattress_type eq latex', 'firmness eq soft', 'width_cm ~ 90', 'trial_nights ~ 365'], who: 'son', budget: 0 },
  { text: 'matelas hybride 180x200 ferme, epaisseur 25 cm minimum', lang: 'fr', expect: '2696', hard: ['mattress_type eq hybrid', 'firmness eq firm', 'width_cm ~ 180', 'thickness_cm gte 25'], budget: 0 },
  // Air and cleaning
  { text: 'air purifier for an 80 m² open plan room, app control, under 25 dB on low, 400-500 CHF', lang: 'en', expect: '606', hard: ['room_m2 gte 80', 'app_control eq true', 'noise_db lte 25'], budget: 500, cur: 'CHF' },
  { text: 'purificateur HEPA pr chambre de bébé 15m2, silencieux', lang: 'fr', expect: '606', hard: ['hepa eq true', 'room_m2 gte 15'], soft: ['noise_db lower'], budget: 0 },
  { text: 'robot vacuum, Roborock or iRobot only, runs at least 2 hours, under €600', lang: 'en', expect: '619', hard: ['vacuum_type eq robot', 'maker in Roborock', 'maker in iRobot', 'runtime_min gte 120'], budget: 600 },
  { text: 'handheld vacum for the car under 1 kg 80$', lang: 'en', expect: '619', hard: ['vacuum_type eq handheld', 'weight_kg lte 1'], budget: 80, cur: 'USD' },
  { text: 'washer 10kg 1600 spin, quiet (72 dB or less), Miele or Bosch, delivered within a week', lang: 'en', expect: '2549', hard: ['capacity_kg ~ 10', 'spin_rpm ~ 1600', 'noise_db lte 72', 'maker in Miele', 'maker in Bosch'], deadline: ['2026-12-09'], budget: 0 },
  { text: 'lave linge hublot 8 kg classe énergétique B ou mieux, 600e', lang: 'fr', expect: '2549', hard: ['loading eq front', 'capacity_kg ~ 8', 'energy_class in A', 'energy_class in B'], budget: 600 },
  // Personal care
  { text: 'a Dyson hair dryer as a gift for my wife, max 450 €', lang: 'en', expect: '490', hard: ['maker eq Dyson'], budget: 450, who: 'wife' },
  { text: 'seche cheveux ionique 2200W avec au moins 3 reglages de chaleur, moins de 50€', lang: 'fr', expect: '490', hard: ['ionic eq true', 'power_w ~ 2200', 'heat_settings gte 3'], budget: 50 },
  // Dog food
  { text: 'wet food for a large breed puppy, Rinti if you have it', lang: 'en', expect: '3530', hard: ['food_form eq wet', 'life_stage eq puppy', 'dog_size ~ large', 'maker ~ Rinti'], budget: 0 },
  { text: 'croquettes chien senior grande race 15kg, 30% de protéines minimum, 80 € max', lang: 'fr', expect: '3530', hard: ['food_form eq dry', 'life_stage eq senior', 'dog_size ~ large', 'weight_kg ~ 15', 'protein_percent gte 30'], budget: 80 },
  // Phones, laptops, screens
  { text: 'Fairphone or Pixel, 256 GB, 5G, not black, £500 max', lang: 'en', expect: '267', hard: ['maker in Fairphone', 'maker in Google', 'storage_gb ~ 256', 'five_g eq true', 'color not-in black'], budget: 500, cur: 'GBP' },
  { text: 'phone with a huge battery 5000mAh or more and a 6.7 inch screen around 350$', lang: 'en', expect: '267', hard: ['battery_mah gte 5000', 'screen_in ~ 6.7'], budget: 385, cur: 'USD' },
  { text: 'linux laptop with 32GB RAM and a qwerty keyboard, up to 2000 EUR', lang: 'en', expect: '328', hard: ['os eq linux', 'ram_gb ~ 32', 'keyboard_layout eq qwerty'], budget: 2000 },
  { text: "PC portable léger, moins d'1,3 kg, 15h d'autonomie minimum, 16 Go de RAM, azerty", lang: 'fr', expect: '328', hard: ['weight_kg lte 1.3', 'battery_hours gte 15', 'ram_gb ~ 16', 'keyboard_layout eq azerty'], budget: 0 },
  { text: '24 inch gaming monitor 240Hz with a height adjustable stand', lang: 'en', expect: '305', hard: ['screen_in ~ 24', 'refresh_hz ~ 240', 'height_adjustable eq true'], budget: 0 },
  { text: 'tele mini-led 75 pouces 144 Hz pour le salon, livree avant Noel, 1500€', lang: 'fr', expect: '404', hard: ['panel eq mini-led', 'screen_in ~ 75', 'refresh_hz ~ 144'], budget: 1500, deadline: ['2026-12-24', '2026-12-25'] },
  { text: 'android tablet my 10-year-old daughter can draw on with a stylus, 64GB, under 250 dollars', lang: 'en', expect: '4745', hard: ['os eq android', 'stylus_support eq true', 'storage_gb ~ 64'], budget: 250, cur: 'USD', who: 'daughter', age: 10 },
  { text: 'tablet 13 inch 256 Go avec 4G svp', lang: 'fr', expect: '4745', hard: ['screen_in ~ 13', 'storage_gb ~ 256', 'cellular eq true'], budget: 0 },
  { text: 'do you have a waterproof Kindle with a 7 inch screen and 32GB?', lang: 'en', expect: '3539', hard: ['store eq kindle', 'waterproof eq true', 'screen_in ~ 7', 'storage_gb ~ 32'], budget: 0 },
  { text: 'instant camera for a friend turning 30, pastel blue or mint green, under 100 CHF', lang: 'en', expect: '152', hard: ['camera_type eq instant', 'color in pastel blue', 'color in mint green'], budget: 100, cur: 'CHF', who: 'friend', age: 30 },
  { text: 'appareil photo compact capteur 1 pouce avec video 4K, 800€', lang: 'fr', expect: '152', hard: ['camera_type eq compact', 'sensor eq 1-inch', 'video_4k eq true'], budget: 800 },
  { text: 'wifi speaker with a voice assistant for the living room, it stays plugged in, Sonos preferred', lang: 'en', expect: '249', hard: ['wifi eq true', 'voice_assistant eq true'], soft: ['maker ~ Sonos'], budget: 0 },
  { text: 'fitness band not a watch, 14+ days battery, swimproof 5 ATM, under 60 quid', lang: 'en', expect: '500009', hard: ['form eq band', 'battery_days gte 14', 'water_atm ~ 5'], budget: 60, cur: 'GBP' },
  // Outdoor, travel, clothing, sport
  { text: 'school backpack for a 9 year old navy or green under 1 kg', lang: 'en', expect: '100', hard: ['backpack_type eq school', 'color in navy', 'color in green', 'weight_g lte 1000'], age: 9, budget: 0 },
  { text: 'sac de rando 55 litres pour un trek de plusieurs jours, Osprey ou Deuter', lang: 'fr', expect: '100', hard: ['backpack_type eq hiking', 'volume_l ~ 55', 'maker in Osprey', 'maker in Deuter'], budget: 0 },
  { text: 'summer sleeping bag, comfort 15°C, rectangular, synthetic fill, left zip', lang: 'en', expect: '1020', hard: ['comfort_temp_c ~ 15', 'shape eq rectangular', 'fill eq synthetic', 'zip_side eq left'], budget: 0 },
  { text: "sac de couchage en duvet taille long pour quelqu'un d'1m95, confort 0°C", lang: 'fr', expect: '1020', hard: ['fill eq down', 'size eq long', 'comfort_temp_c lte 0'], budget: 0 },
  { text: 'a tent for two, ultralight, under 1.5 kg, 3 season is enough', lang: 'en', expect: '1022', hard: ['capacity_persons ~ 2', 'weight_kg lte 1.5'], budget: 0 },
  { text: "tente familiale gonflable 5 personnes, colonne d'eau 3000 mm minimum", lang: 'fr', expect: '1022', hard: ['setup eq inflatable', 'capacity_persons ~ 5', 'waterhead_mm gte 3000'], budget: 0 },
  { text: 'large checked suitcase around 100 L polycarbonate 4 spinner wheels Samsonite and not over 5kg empty', lang: 'en', expect: '107', hard: ['cabin_size eq false', 'material eq polycarbonate', 'wheels ~ 4', 'maker eq Samsonite', 'weight_kg lte 5'], budget: 0 },
  { text: "men's parka, size XXL, waterproof, black or navy, under 400 pounds, by Friday", lang: 'en', expect: '5598', hard: ['jacket_type eq parka', 'gender eq male', 'size eq XXL', 'waterproof eq true', 'color in black', 'color in navy'], budget: 400, cur: 'GBP', deadline: ['2026-12-04'] },
  { text: 'polaire femme en matière recyclée taille M', lang: 'fr', expect: '5598', hard: ['jacket_type eq fleece', 'gender eq female', 'size eq M', 'recycled_materials eq true'], budget: 0 },
  { text: 'natural rubber yoga mat, extra long (185 cm or more), any colour but black', lang: 'en', expect: '3640', hard: ['material eq natural rubber', 'length_cm gte 185', 'color not-in black'], budget: 0 },
  { text: 'loose leaf rooibos, 100 g tin, Dammann Frères or Mariage Frères', lang: 'en', expect: '2073', hard: ['tea_type eq rooibos', 'tea_form eq loose', 'weight_g ~ 100', 'maker in Dammann Frères', 'maker in Mariage Frères'], budget: 0 },
  // Categories nobody sells
  { text: 'winter tyres 205/55 R16, set of 4, before the cold snap', lang: 'en', expect: 'unsupported' },
  { text: 'une bouteille de champagne brut pour le réveillon, 40€', lang: 'fr', expect: 'unsupported' },
  { text: 'built-in dishwasher 60 cm wide, quiet, under 500 €', lang: 'en', expect: 'unsupported' },
  { text: 'arbre à chat pour deux chats, 1m50 de haut', lang: 'fr', expect: 'unsupported' },
  { text: 'perfume for my mum, something floral, 50 ml', lang: 'en', expect: 'unsupported' },
  { text: '3-seater sofa in grey velvet 🛋️', lang: 'en', expect: 'unsupported' },
  // Genuinely ambiguous
  { text: 'un casque pas trop cher pour mon fils', lang: 'fr', expect: 'ask:category', who: 'son' },
  { text: 'smth for my coffee corner ~50€', lang: 'en', expect: 'ask:category', budget: 55 },
  { text: 'what would you get a 12 year old boy for xmas? 40 quid', lang: 'en', expect: 'ask:category', budget: 40, cur: 'GBP', age: 12 },
  { text: 'I need a new bike, around 900 euros', lang: 'en', expect: 'ask:bike_type', budget: 990 },
];
