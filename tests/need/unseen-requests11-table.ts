/**
 * Eighty requests written blind (requests11) by a helper of session 27 on 2026-12-06, before anyone ran them through the
 * engine: the writer read neither the need engine (`agent/`) nor its tests nor the earlier blind tables 7–10, only the
 * header, row format and first rows of `unseen-requests-table.ts` and the demo market's catalogue data
 * (`brand-agent/reference/data/`: category ids, attribute names and values). No row was adjusted after a reading.
 *
 * 50 English, 30 French (Belgian, Swiss and Québec French among them), as people type them on a phone or say them to a
 * voice assistant: several constraints in one breath, run-ons without punctuation, corrections mid-sentence ("size 42 no
 * wait 43", "cadre 54 euh non 56"), gifts with the recipient's tastes or age, products described by a problem ("my feet
 * get soaked") or by their parts without their name, comparisons with a named product ("like a nespresso but…"),
 * exclusions and allergies, eco/values constraints (fair trade, organic, vegan, recycled, PVC-free), number words
 * (septante, huitante, nonante, deux mille, a dozen, a hundred), ranges and "around"/"environ" (the figure plus ten per
 * cent), budgets written every usual way (£, $, CHF, balles, piasses, quid, bucks, 1.2k, ≤), measures that are never
 * prices (kg, cm, L, W, V, mAh, m², °C, dB, mm, h), EU/US shoe sizes, letter sizes, quantities, deadlines relative to
 * UNSEEN_NOW (Wednesday 2 December 2026), typos, dropped accents, emoji, and English mixed with French words.
 * All 38 categories of the market appear; 6 requests ask for things nobody sells, 4 are genuinely ambiguous.
 *
 * Same conventions as `unseen-requests-table.ts`: only the listed rules are checked; `~` where two readings are fair
 * (wish or floor); a deadline lists every date a fair reading could give ("next Tuesday": the 8th or the 15th).
 * US men's 10 is read as EU 44 (what the makers in the catalogue print); "bucks" is read as US dollars, "piasses" as
 * Canadian dollars, "francs" in Swiss French as CHF.
 */
import type { UnseenRow } from './unseen-requests-table.ts';

export const UNSEEN_REQUESTS_11: readonly UnseenRow[] = [
  // Running shoes
  { text: 'my feet get soaked every time i run in the woods need trail shoes that keep the water out size 42 no wait 43 under 170', lang: 'en', expect: 'running-shoes', hard: ['terrain eq trail', 'waterproof eq true', 'size_eu eq 43'], budget: 170 },
  { text: 'road running shoes for wide feet pls, mens US 10, recycled materials if poss, $120-160', lang: 'en', expect: 'running-shoes', hard: ['terrain eq road', 'width eq wide', 'gender eq men', 'size_eu eq 44'], soft: ['recycled_materials ~ true'], budget: 160, cur: 'USD' },
  { text: 'something like my old Speedcross but lighter, EU 42.5, not black this time', lang: 'en', expect: 'running-shoes', hard: ['size_eu eq 42.5', 'color not-in black'], soft: ['weight_g lower'], budget: 0 },
  { text: 'chaussures de running route pour femme, pointure 39, amorti max, vegan si possible, 150 € pour Noël', lang: 'fr', expect: 'running-shoes', hard: ['terrain eq road', 'gender eq women', 'size_eu eq 39', 'cushioning eq plush'], soft: ['vegan ~ true'], budget: 150, deadline: ['2026-12-24', '2026-12-25'] },
  // Headphones
  { text: 'noise cancelling earbuds that dont fall out when i run, sweat proof, 150 max', lang: 'en', expect: 'headphones', hard: ['form eq in-ear', 'noise_cancelling eq true'], budget: 150 },
  { text: 'over-ear headphnes for long flights, the kind that blocks the engine noise, 30h battery or more, anything but Bose, £200-250', lang: 'en', expect: 'headphones', hard: ['form eq over-ear', 'noise_cancelling eq true', 'battery_hours gte 30', 'maker not-in Bose'], budget: 250, cur: 'GBP' },
  { text: 'wired headphones for my son (12) he breaks every wireless pair, under 60 euros, by saturday', lang: 'en', expect: 'headphones', hard: ['wireless eq false'], budget: 60, who: 'son', age: 12, deadline: ['2026-12-05'] },
  { text: 'un casque sans fil à réduction de bruit pour mon fils de 14 ans qui joue en ligne, moins de cent euros', lang: 'fr', expect: 'headphones', hard: ['wireless eq true', 'noise_cancelling eq true'], budget: 100, who: 'son', age: 14 },
  // Coffee
  { text: 'need: coffee beans, 1kg, fairtrade + organic, medium roast, for my espresso machine, ≤ 35€', lang: 'en', expect: 'coffee', hard: ['form eq beans', 'weight_g ~ 1000', 'fair_trade eq true', 'organic eq true', 'roast eq medium', 'use ~ espresso'], budget: 35 },
  { text: 'decaf ground coffee for ma mère, she only has a filter machine, two 250g bags, around 20 euros', lang: 'en', expect: 'coffee', hard: ['form eq ground', 'decaf eq true', 'use ~ filter', 'weight_g ~ 250'], quantity: 2, who: 'mother', budget: 22 },
  { text: 'café en grains bio et équitable, 1 kg, torréfaction foncée pour l\'expresso, 30 € max', lang: 'fr', expect: 'coffee', hard: ['form eq beans', 'organic eq true', 'fair_trade eq true', 'weight_g ~ 1000', 'roast eq dark', 'use ~ espresso'], budget: 30 },
  // Kitchen
  { text: 'like a nespresso but one that does the milk too, red or black, under 200, can it come by friday?', lang: 'en', expect: '736', hard: ['machine_type eq capsule', 'milk_frother eq true', 'color in red', 'color in black'], budget: 200, deadline: ['2026-12-04'] },
  { text: 'machine a cafe a grain avec broyeur integre mais sans mousseur a lait (on boit noir), 400 € grand max, livree avant samedi', lang: 'fr', expect: '736', hard: ['machine_type eq bean-to-cup', 'grinder eq true', 'milk_frother eq false'], budget: 400, deadline: ['2026-12-04', '2026-12-05'] },
  { text: 'a kettle where I can set 80°C for my green tea, glass body, 1.7 l, max $70', lang: 'en', expect: '751', hard: ['temperature_control eq true', 'body eq glass', 'capacity_l ~ 1.7'], budget: 70, cur: 'USD' },
  { text: 'une bouiloire pour le thé avec réglage de température, en inox, septante euros max', lang: 'fr', expect: '751', hard: ['temperature_control eq true', 'body eq stainless steel'], budget: 70 },
  { text: 'the thing with a jug and blades that crushes ice for smoothies, 1200W or more, jug 1.5 L at least, under a hundred', lang: 'en', expect: '505666', hard: ['blender_type eq countertop', 'power_w gte 1200', 'jug_l gte 1.5'], budget: 100 },
  // Appliances
  { text: 'cordless stick vaccum for a small flat with a dog bagless at least 45 min runtime nothing heavier than 2.5 kg budget 300-350', lang: 'en', expect: '619', hard: ['vacuum_type eq stick', 'cordless eq true', 'bagless eq true', 'runtime_min gte 45', 'weight_kg lte 2.5'], budget: 350 },
  { text: 'Je cherche un aspirateur balai sans fil, pas de Dyson, pour huitante francs environ', lang: 'fr', expect: '619', hard: ['vacuum_type eq stick', 'cordless eq true', 'maker not-in Dyson'], budget: 88, cur: 'CHF' },
  { text: 'wahsing machine 8kg front loader, energy class A, 1400 rpm, white, delivered by next tuesday, max 700', lang: 'en', expect: '2549', hard: ['capacity_kg ~ 8', 'loading eq front', 'energy_class eq A', 'spin_rpm ~ 1400', 'color eq white'], budget: 700, deadline: ['2026-12-08', '2026-12-15'] },
  { text: 'lave-linge hublot 9 kg, silencieux (moins de 72 dB), classe A, livré d\'ici une semaine', lang: 'fr', expect: '2549', hard: ['loading eq front', 'capacity_kg ~ 9', 'noise_db lte 72', 'energy_class eq A'], budget: 0, deadline: ['2026-12-09'] },
  { text: 'my allergies are killing me at night, need something that cleans the air in a 20 m² bedroom, real HEPA, silent, under 250', lang: 'en', expect: '606', hard: ['hepa eq true', 'room_m2 ~ 20'], soft: ['noise_db lower'], budget: 250 },
  // Personal care
  { text: 'hair dryer I can take travelling, folds up, ionic for the frizz, at least 1800W, under €50', lang: 'en', expect: '490', hard: ['foldable eq true', 'ionic eq true', 'power_w gte 1800'], budget: 50 },
  { text: 'vous auriez un sèche-cheveux Dyson ou GHD pour ma femme ? moins de 400 €', lang: 'fr', expect: '490', hard: ['maker in Dyson', 'maker in GHD'], budget: 400, who: 'wife' },
  { text: 'electric toothbrush w/ a pressure sensor for my husband who scrubs way too hard, sonic, not Oral-B, 2-pack if they do one', lang: 'en', expect: '527', hard: ['pressure_sensor eq true', 'brush_type eq sonic', 'maker not-in Oral-B'], soft: ['pack_size ~ 2'], who: 'husband' },
  { text: 'brosse à dents électrique pour enfant de 6 ans avec appli, lot de 2 pour les jumeaux, 60 € les deux', lang: 'fr', expect: '527', hard: ['age_group eq kids', 'app eq true', 'pack_size eq 2'], quantity: 1, age: 6, budget: 60 },
  { text: 'yoga mat w/o PVC, natural rubber, 6 mm thick, extra long bc im 1m90, 80€', lang: 'en', expect: '3640', hard: ['pvc_free eq true', 'material eq natural rubber', 'thickness_mm ~ 6'], soft: ['length_cm higher'], budget: 80 },
  // Tools and garden
  { text: 'cordless drill to put up shelves n stuff, 18 V, comes with 2 batteries, 1.5 kg or lighter, under 150 GBP', lang: 'en', expect: '2629', hard: ['cordless eq true', 'voltage_v ~ 18', 'batteries_included ~ 2', 'weight_kg lte 1.5'], budget: 150, cur: 'GBP' },
  { text: 'perceuse visseuse sans fil 12V légère pour des petits travaux, une batterie ça suffit, max 90 balles', lang: 'fr', expect: '2629', hard: ['drill_type eq drill-driver', 'cordless eq true', 'voltage_v ~ 12'], budget: 90 },
  { text: 'mower for a tiny lawn like 50 m2, no petrol (hate the smell), under 150 quid', lang: 'en', expect: '694', hard: ['power_source not-in petrol', 'lawn_area_m2 ~ 50'], budget: 150, cur: 'GBP' },
  // Baby
  { text: 'travel stroller that fits in the overhead bin, usable from birth, under 7kg, for twins, no sorry just one baby 😅, 400€', lang: 'en', expect: '568', hard: ['cabin_size eq true', 'from_birth eq true', 'weight_kg lte 7', 'stroller_type ~ compact'], budget: 400 },
  { text: 'poussette pour courir avec bébé sur les chemins, moins de 12 kilos, budget 500 balles', lang: 'fr', expect: '568', hard: ['stroller_type eq jogging', 'weight_kg lte 12'], budget: 500 },
  // Toys and games
  { text: 'my nephew turns 9 and hes obsessed w star wars, a lego set between 500 and 800 pieces, 60 eur', lang: 'en', expect: '3805', hard: ['theme eq star wars', 'pieces gte 500', 'pieces lte 800', 'maker ~ LEGO'], budget: 60, who: 'nephew', age: 9 },
  { text: 'a co-op board game for 2 players, under an hour, in English, we hate party games', lang: 'en', expect: '1246', hard: ['game_type eq cooperative', 'play_minutes lte 60', 'language eq en'], budget: 0 },
  { text: 'jeu de société coopératif en français pour jouer à 4 avec les enfants de 7 et 10 ans, parties de 30 min environ', lang: 'fr', expect: '1246', hard: ['game_type eq cooperative', 'language eq fr', 'max_players gte 4'], budget: 0 },
  { text: '1000 piece puzzle for grandma, she\'s 80 and loves impressionist paintings 🧩 need it by the 20th', lang: 'en', expect: '2618', hard: ['pieces ~ 1000'], who: 'grandmother', age: 80, budget: 0, deadline: ['2026-12-19', '2026-12-20'] },
  // Bikes
  { text: 'ebike for commuting 15km each way hydraulic disc brakes frame size 54 to 56 max 2.5k', lang: 'en', expect: '1026', hard: ['electric eq true', 'brake_type eq hydraulic-disc', 'frame_size_cm gte 54', 'frame_size_cm lte 56'], budget: 2500 },
  { text: 'first pedal bike for my daughter, she\'s five, 16 inch wheels, no more than 250', lang: 'en', expect: '1026', hard: ['bike_type eq kids', 'wheel_size_in ~ 16'], budget: 250, who: 'daughter', age: 5 },
  { text: 'velo de route en carbone cadre 54 euh non 56 freins a disque hydrauliques deux mille euros maxi', lang: 'fr', expect: '1026', hard: ['bike_type eq road', 'frame_material eq carbon', 'frame_size_cm ~ 56', 'brake_type eq hydraulic-disc'], budget: 2000 },
  { text: 'bike helmet w/ a built-in light + MIPS, size L, black or grey, about 100 euros', lang: 'en', expect: '1029', hard: ['integrated_light eq true', 'mips eq true', 'size eq L', 'color in black', 'color in grey'], budget: 110 },
  { text: 'un casque de vélo pour ma fille, avec MIPS, taille S, à recevoir pour la Saint-Nicolas', lang: 'fr', expect: '1029', hard: ['mips eq true', 'size eq S'], who: 'daughter', budget: 0, deadline: ['2026-12-05', '2026-12-06'] },
  // Outdoor
  { text: 'a tent for two that packs small (under 2 kg) for bikepacking, 3 season, freestanding would be nice, need it before the 12th', lang: 'en', expect: '1022', hard: ['capacity_persons ~ 2', 'weight_kg lte 2', 'seasons ~ 3'], soft: ['freestanding ~ true'], budget: 0, deadline: ['2026-12-11', '2026-12-12'] },
  { text: 'tente quatre places pour camper en famille, montage rapide genre pop-up ou gonflable, 4000 mm minimum, environ 400 €', lang: 'fr', expect: '1022', hard: ['capacity_persons ~ 4', 'setup in pop-up', 'setup in inflatable', 'waterhead_mm gte 4000'], budget: 440 },
  { text: 'sleeping bag good down to -5°C, down fill, left-hand zip, as light as possible', lang: 'en', expect: '1020', hard: ['comfort_temp_c lte -5', 'fill eq down', 'zip_side eq left'], soft: ['weight_g lower'], budget: 0 },
  { text: 'sac de couchage synthétique pour ma nièce de 10 ans, température confort 5°C, pour une colo en février', lang: 'fr', expect: '1020', hard: ['fill eq synthetic', 'comfort_temp_c ~ 5'], who: 'niece', age: 10 },
  { text: 'sac à dos for a 3 day hike, ~40L, waterproof, under 1.5kg, around CHF 120', lang: 'en', expect: '100', hard: ['backpack_type eq hiking', 'volume_l ~ 40', 'waterproof eq true', 'weight_g lte 1500'], budget: 132, cur: 'CHF' },
  { text: 'sac à dos pour l\'école pour ma fille de 8 ans, imperméable, tout sauf rose 🙏, 40 euros max, d\'ici lundi', lang: 'fr', expect: '100', hard: ['backpack_type eq school', 'waterproof eq true', 'color not-in pink'], budget: 40, who: 'daughter', age: 8, deadline: ['2026-12-07'] },
  { text: 'carry on suitcase hard shell 4 wheels that fits easyjet cabin size, under 3kg, not black everyone has black, 150 max', lang: 'en', expect: '107', hard: ['cabin_size eq true', 'shell eq hard', 'wheels ~ 4', 'weight_kg lte 3', 'color not-in black'], budget: 150 },
  // Clothing
  { text: 'rain jacket with a hood, womens M, recycled fabric, anything but red, ≤ 200 €, need it tomorrow', lang: 'en', expect: '5598', hard: ['jacket_type eq rain', 'hood eq true', 'gender eq female', 'size eq M', 'recycled_materials eq true', 'color not-in red'], budget: 200, deadline: ['2026-12-03'] },
  { text: 'my dad always complains he is cold on walks, a warm fleece, XL, navy, Patagonia if poss, under 150 dollars', lang: 'en', expect: '5598', hard: ['jacket_type eq fleece', 'size eq XL', 'color eq navy'], soft: ['maker ~ Patagonia'], budget: 150, cur: 'USD', who: 'father' },
  { text: 'j\'me cherche un manteau chaud pour du -30 °C, une parka avec capuchon, grandeur L, pas plus que 500 piasses', lang: 'fr', expect: '5598', hard: ['jacket_type eq parka', 'hood eq true', 'size eq L'], budget: 500, cur: 'CAD' },
  // Tech
  { text: 'my phone dies by 2pm every day, want an android with 5000 mAh or more, 256GB, ideally one that\'s easy to repair, under 700', lang: 'en', expect: '267', hard: ['os eq android', 'battery_mah gte 5000', 'storage_gb ~ 256'], budget: 700 },
  { text: 'laptop for uni, light (<1.3 kg), fifteen hours battery or more, 16gb ram no actually make it 32, qwerty, max 1.2k GBP', lang: 'en', expect: '328', hard: ['weight_kg lte 1.3', 'battery_hours gte 15', 'ram_gb ~ 32', 'keyboard_layout eq qwerty'], budget: 1200, cur: 'GBP' },
  { text: 'ordi portable clavier azerty, 16 Go de RAM, SSD de 512 Go, pas de Chromebook, 900 euros environ', lang: 'fr', expect: '328', hard: ['keyboard_layout eq azerty', 'ram_gb ~ 16', 'storage_gb ~ 512', 'os not-in chromeos'], budget: 990 },
  { text: 'something like an ipad but not apple, with a pen for drawing, around 11 inch, 128 gigs, within 10 days, 500 max', lang: 'en', expect: '4745', hard: ['stylus_support eq true', 'screen_in ~ 11', 'storage_gb ~ 128', 'maker not-in Apple'], budget: 500, deadline: ['2026-12-12'] },
  { text: 'tablette Android d\'environ 10 pouces pour ma grand-mère de 82 ans, simple à utiliser, environ 200 €, pour son anniversaire le 18', lang: 'fr', expect: '4745', hard: ['os eq android', 'screen_in ~ 10'], budget: 220, who: 'grandmother', age: 82, deadline: ['2026-12-17', '2026-12-18'] },
  { text: '27 inch monitor for work + a bit of gaming, 165hz, usb-c to charge my laptop, height adjustable, 400 bucks', lang: 'en', expect: '305', hard: ['screen_in ~ 27', 'refresh_hz ~ 165', 'usb_c eq true', 'height_adjustable eq true'], budget: 400, cur: 'USD' },
  { text: 'tv for a small bedroom, 32 to 43 inch, doesn\'t need 4k, under 300, before christmas', lang: 'en', expect: '404', hard: ['screen_in gte 32', 'screen_in lte 43'], budget: 300, deadline: ['2026-12-23', '2026-12-24', '2026-12-25'] },
  { text: 'télé OLED 55 pouces avec HDMI 2.1 pour la PS5, budget 1 200 €', lang: 'fr', expect: '404', hard: ['panel eq oled', 'screen_in ~ 55', 'hdmi_2_1 eq true'], budget: 1200 },
  { text: 'do you have an e-reader I could give a colleague who reads in the bath? warm light, Kobo not Kindle, about 150 EUR', lang: 'en', expect: '3539', hard: ['waterproof eq true', 'warm_light eq true', 'store eq kobo'], budget: 165, who: 'colleague' },
  { text: 'a small appareil photo for travelling that films in 4K, none of that interchangeable lens stuff, under 800 euros', lang: 'en', expect: '152', hard: ['camera_type eq compact', 'video_4k eq true'], budget: 800 },
  { text: 'appareil photo hybride plein format avec un objectif fourni, environ 2000 balles', lang: 'fr', expect: '152', hard: ['camera_type eq mirrorless', 'sensor eq full-frame', 'kit_lens eq true'], budget: 2200 },
  { text: 'do you have a speaker for the pool?? fully waterproof IP67, 12h battery minimum, not JBL, 100 max, for my best friend\'s bday', lang: 'en', expect: '249', hard: ['portable eq true', 'water_resistance eq IP67', 'battery_hours gte 12', 'maker not-in JBL'], budget: 100, who: 'friend' },
  { text: 'fitness watch with gps so i can leave my phone at home on runs, battery a week or more, 5 ATM, 200-250€, by this weekend', lang: 'en', expect: '500009', hard: ['form eq watch', 'gps eq true', 'battery_days gte 7', 'water_atm ~ 5'], budget: 250, deadline: ['2026-12-05', '2026-12-06'] },
  // Furniture
  { text: 'my back hurts after 8h at the desk. chair with lumbar support + headrest, mesh, 300 max', lang: 'en', expect: '2045', hard: ['lumbar_support eq true', 'headrest eq true', 'material eq mesh'], budget: 300 },
  { text: 'chaise de bureau pour mon mari qui fait 130 kg, accoudoirs réglables, garantie 5 ans minimum, moins de 600 €, avant la fin du mois', lang: 'fr', expect: '2045', hard: ['max_load_kg gte 130', 'adjustable_armrests eq true', 'warranty_years gte 5'], budget: 600, who: 'husband', deadline: ['2026-12-30', '2026-12-31'] },
  { text: 'mattress 160x200, firm, I\'m allergic to latex so none of that, 100 night trial at least, 600-800 €', lang: 'en', expect: '2696', hard: ['width_cm ~ 160', 'firmness eq firm', 'mattress_type not-in latex', 'trial_nights gte 100'], budget: 800 },
  { text: 'matelat ressorts ensachés 140x200, plutôt ferme, 200 nuits d\'essai, autour de 700 €', lang: 'fr', expect: '2696', hard: ['mattress_type eq pocket spring', 'width_cm ~ 140', 'trial_nights gte 200', 'firmness ~ firm'], budget: 770 },
  // Pet and tea
  { text: 'wet food for my old chihuahua (she\'s 13!!), small tins, a dozen of them, grain free pls', lang: 'en', expect: '3530', hard: ['food_form eq wet', 'dog_size eq small', 'life_stage eq senior', 'grain_free eq true'], quantity: 12 },
  { text: 'croquettes pour chiot de petite race, sans céréales, deux sacs de 3 kg, attention il est allergique au poulet', lang: 'fr', expect: '3530', hard: ['food_form eq dry', 'life_stage eq puppy', 'dog_size eq small', 'grain_free eq true', 'weight_kg ~ 3'], quantity: 2, noted: 'poulet' },
  { text: 'herbal tea bags, caffeine free and organic, for my sister who\'s pregnant, three boxes', lang: 'en', expect: '2073', hard: ['tea_type eq herbal', 'tea_form eq bags', 'caffeine_free eq true', 'organic eq true'], who: 'sister' },
  // Nobody sells these
  { text: 'do u guys sell cat litter? the clumping kind, 10L bag', lang: 'en', expect: 'unsupported' },
  { text: 'isofix car seat for my 1 year old, rear facing, max 250', lang: 'en', expect: 'unsupported' },
  { text: 'a soprano ukulele for my niece who wants to learn, under $80', lang: 'en', expect: 'unsupported' },
  { text: 'micro-ondes avec grill 25 L, pas trop cher', lang: 'fr', expect: 'unsupported' },
  { text: 'des pneus hiver 205/55 R16 pour ma voiture, nonante euros pièce maximum', lang: 'fr', expect: 'unsupported' },
  { text: 'mon café refroidit trop vite au bureau, il me faudrait un mug isotherme qui passe au lave-vaisselle', lang: 'fr', expect: 'unsupported' },
  // Genuinely ambiguous
  { text: 'my dad\'s really into hiking can you find him something nice under 60 quid', lang: 'en', expect: 'ask:category', budget: 60, cur: 'GBP', who: 'father' },
  { text: 'want a bike, about 800 euros, nothing fancy, no idea which kind', lang: 'en', expect: 'ask:bike_type', budget: 880 },
  { text: 'Un écran pas trop grand, environ 300 €, livré avant vendredi svp', lang: 'fr', expect: 'ask:category', budget: 330, deadline: ['2026-12-03', '2026-12-04'] },
  { text: 'un truc pour écouter de la musique pour mon frère, max 100 balles', lang: 'fr', expect: 'ask:category', budget: 100, who: 'brother' },
];
