/**
 * Eighty requests (requests9: fifty in English, thirty in French) written by hand, blind, by a helper of session 25 on
 * 2026-12-06, before running any of them through the engine and without reading the need reader (`agent/`), its tests
 * or the earlier requests7/8 tables: only the catalogue data under `brand-agent/reference/data/` (category ids,
 * attribute names and values, makers) and the format of `unseen-requests-table.ts`. No row was changed after seeing how
 * it reads.
 *
 * Style, unlike sets 6–8: the category's usual noun is often missing ("something to heat water for green tea",
 * "something to push her around in"), the person describes a problem rather than a product ("my feet get soaked on
 * the morning run", "my gums bleed"), gifts name a recipient with an age and a budget, exclusions of colours, materials
 * and makers ("anything but beige", "pas en similicuir", "not iRobot"), comparatives ("quieter than our old Bosch",
 * "like my old road runners but squishier"), measures in other systems (lbs, sq ft, °F, inches) that must never be read
 * as money, long chatty messages with the need buried in them, and a few messages with two needs (the first-named is
 * expected). Six categories nobody sells (`unsupported`: travel mug, cool box, reading glasses, cat scratching post,
 * garment steamer, leather dress shoes) and four requests that cannot be answered without a question (`ask:category`:
 * a gift for a cyclist, something for children on rainy days, "un casque" for a boy, a warm evening drink).
 *
 * Conventions as in `unseen-requests-table.ts`: "around"/"environ" X is a budget of X plus ten per cent; a range is
 * its upper end; imperial measures get a rule only where the catalogue attribute is in that unit (inches) or the
 * conversion is exact (23 °F is -5 °C); otherwise the row only checks that the figure is not a budget.
 */
import type { UnseenRow } from './unseen-requests-table.ts';

export const UNSEEN_REQUESTS_9: readonly UnseenRow[] = [
  // Kitchen: kettles, blenders, coffee machines
  { text: 'two things for the new flat: something to heat water for green tea that stops at 80 degrees, and a stick vacuum. start with the first one, glass body if they make it', lang: 'en', expect: '751', hard: ['temperature_control eq true', 'body ~ glass'], budget: 0 },
  { text: 'is there a kettle that is quieter than a normal one? ours wakes the baby every morning. 1.7L, not plastic, up to €70', lang: 'en', expect: '751', hard: ['body not-in plastic', 'capacity_l ~ 1.7'], budget: 70 },
  { text: "un truc pour chauffer l'eau du thé à la bonne température (70 °C pour le vert), pas en plastique, 90 € max", lang: 'fr', expect: '751', hard: ['temperature_control eq true', 'body not-in plastic'], budget: 90 },
  { text: 'i want to make hot soup right in the jug you know the ones that heat up by themselves 1.4L or bigger 150 quid max', lang: 'en', expect: '505666', hard: ['heating eq true', 'jug_l gte 1.4'], budget: 150, cur: 'GBP' },
  { text: 'something that makes a proper flat white at home, no pods and no capsules, has to steam the milk, max $500', lang: 'en', expect: '736', hard: ['milk_frother eq true', 'machine_type not-in capsule', 'machine_type not-in pod'], budget: 500, cur: 'USD' },
  { text: 'machine a cafe qui moud les grains elle meme avec une buse vapeur pour le lait, tout sauf noire, jusqu a 700 eur', lang: 'fr', expect: '736', hard: ['grinder eq true', 'milk_frother eq true', 'color not-in black'], budget: 700 },
  // Coffee
  { text: "do you have beans that won't keep me up at night? medium roast, for the filter machine, around 15 euros", lang: 'en', expect: 'coffee', hard: ['decaf eq true', 'form eq beans', 'roast ~ medium'], budget: 16.5 },
  { text: 'need my morning fix: a kilo of whole beans, dark roast, fair trade, single origin (no blends), under 35 EUR', lang: 'en', expect: 'coffee', hard: ['form eq beans', 'fair_trade eq true', 'origin not-in blend', 'roast ~ dark', 'weight_g ~ 1000'], budget: 35 },
  { text: 'du café moulu pour ma cafetière italienne, 100 % arabica, bio, environ 12 € le paquet de 250 g', lang: 'fr', expect: 'coffee', hard: ['form eq ground', 'organic eq true', 'arabica_percent ~ 100', 'weight_g ~ 250'], budget: 13.2 },
  // Headphones
  { text: 'ok so my commute is 40 min each way on a train next to a guy who yells into his phone the whole time. I just want silence. wireless, nothing over-the-ear because I wear glasses, under 200€', lang: 'en', expect: 'headphones', hard: ['noise_cancelling eq true', 'wireless eq true', 'form not-in over-ear'], budget: 200 },
  { text: 'earbuds for my son (14) who loses everything so cheap pls, max 30 GBP, any colour but white', lang: 'en', expect: 'headphones', hard: ['form eq in-ear', 'color not-in white'], budget: 30, cur: 'GBP', who: 'son', age: 14 },
  { text: "un casque noise cancelling pour l'open space, wireless, qui tient 30 h, pas Bose, 250 balles", lang: 'fr', expect: 'headphones', hard: ['noise_cancelling eq true', 'wireless eq true', 'maker not-in Bose', 'battery_hours ~ 30'], budget: 250 },
  // Running shoes
  { text: "my feet get soaked on the morning run, it's all muddy trails round here. men's EU 43, under 150€", lang: 'en', expect: 'running-shoes', hard: ['waterproof eq true', 'terrain eq trail', 'gender eq men', 'size_eu eq 43'], budget: 150 },
  { text: "something like my old road runners but squishier, women's EU 40, vegan if possible, nothing orange", lang: 'en', expect: 'running-shoes', hard: ['gender eq women', 'size_eu eq 40', 'color not-in orange', 'terrain ~ road', 'cushioning ~ plush'], soft: ['vegan ~ true'], budget: 0 },
  { text: "running shoes for wide feet, US men's 10.5, zero drop like my Altras", lang: 'en', expect: 'running-shoes', hard: ['width eq wide', 'gender eq men', 'drop_mm ~ 0'], budget: 0 },
  { text: 'des baskets pour courir sur route, pointure 39, femme, amorti ferme, pas roses 😅 120 € max', lang: 'fr', expect: 'running-shoes', hard: ['terrain eq road', 'size_eu eq 39', 'gender eq women', 'color not-in pink', 'cushioning ~ firm'], budget: 120 },
  // Tools and garden
  { text: "I need to put up shelves on a concrete wall and my little screwdriver just won't go in. cordless, Makita or DeWalt, max 200€. oh and I'll need a new vacuum at some point too but that can wait", lang: 'en', expect: '2629', hard: ['cordless eq true', 'maker in Makita', 'maker in DeWalt'], budget: 200 },
  { text: "a drill that won't wreck my wrist, under 3 lbs, not yellow, £90", lang: 'en', expect: '2629', hard: ['color not-in yellow'], budget: 90, cur: 'GBP' },
  { text: 'pour monter des meubles et visser dans le bois, un truc sans fil avec deux batteries, pas Ryobi, moins de 150 €', lang: 'fr', expect: '2629', hard: ['cordless eq true', 'maker not-in Ryobi', 'batteries_included ~ 2'], budget: 150 },
  { text: "my back can't take pushing that thing across the lawn any more. 500 m² of grass, the neighbours complain about the noise, 1200 CHF tops", lang: 'en', expect: '694', hard: ['lawn_area_m2 ~ 500'], soft: ['noise_db lower'], budget: 1200, cur: 'CHF' },
  { text: 'ma pelouse fait 800 m2 et je ne veux plus y passer mes samedis : un robot qui tond tout seul, Husqvarna ou Gardena, 1500 € max', lang: 'fr', expect: '694', hard: ['robotic eq true', 'maker in Husqvarna', 'maker in Gardena', 'lawn_area_m2 ~ 800'], budget: 1500 },
  // Baby
  { text: 'our little one arrives in January and we fly a lot, so we need something to push her around in that folds small enough for the overhead bin, suitable from day one, max €450', lang: 'en', expect: '568', hard: ['from_birth eq true', 'cabin_size eq true'], budget: 450 },
  { text: 'twins on the way!! 🎉 need a way to walk both of them at once, anything but beige, under 900 dollars', lang: 'en', expect: '568', hard: ['stroller_type eq double', 'color not-in beige'], budget: 900, cur: 'USD', quantity: 1 },
  { text: "une poussette légère (moins de 7 kg) qu'on peut prendre en cabine, pour un bébé de 6 mois, budget 350 CHF", lang: 'fr', expect: '568', hard: ['weight_kg lte 7', 'cabin_size eq true'], budget: 350, cur: 'CHF' },
  // Toys and games
  { text: "gift for my nephew who's obsessed with cars and building things, he's 10, around £70", lang: 'en', expect: '3805', budget: 77, cur: 'GBP', who: 'nephew', age: 10 },
  { text: 'des Lego Star Wars pour mon neveu de 9 ans, entre 50 et 80 euros, livrés avant Noël 🎄', lang: 'fr', expect: '3805', hard: ['theme eq star wars'], budget: 80, who: 'nephew', age: 9, deadline: ['2026-12-24', '2026-12-25'] },
  { text: "something for game night with 7 adults that isn't a 3-hour strategy slog, max 30€", lang: 'en', expect: '1246', hard: ['max_players gte 7', 'game_type not-in strategy'], budget: 30 },
  { text: 'un jeu pour jouer à deux le soir avec ma femme, pas plus de 30 minutes, en français, moins de 25 €', lang: 'fr', expect: '1246', hard: ['language eq fr', 'play_minutes lte 30'], budget: 25 },
  { text: "jigsaw for grandma, her eyesight isn't great so not too many pieces, 500 max, something pretty like Monet", lang: 'en', expect: '2618', hard: ['pieces lte 500'], budget: 0, who: 'grandmother' },
  // Bikes and helmets
  { text: 'something with two wheels and a motor to get me up the hill to work, not a scooter, 2k max', lang: 'en', expect: '1026', hard: ['electric eq true'], budget: 2000 },
  { text: 'my 6 year old daughter outgrew her bike 🙄 she needs the next size up, 20 inch wheels i think, NOTHING PINK', lang: 'en', expect: '1026', hard: ['bike_type eq kids', 'wheel_size_in ~ 20'], budget: 0, who: 'daughter', age: 6 },
  { text: 'velo de ville electrique pour aller au boulot, roues 28 pouces, pas plus de 2 000 €', lang: 'fr', expect: '1026', hard: ['bike_type eq city', 'electric eq true', 'wheel_size_in ~ 28'], budget: 2000 },
  { text: 'something to protect my head on the road bike that weighs next to nothing, under 250 g, size M, anything but red or black', lang: 'en', expect: '1029', hard: ['weight_g lte 250', 'size eq M', 'color not-in red', 'color not-in black', 'helmet_type ~ road'], budget: 0 },
  { text: 'un casque de vélo pour mon fils de 7 ans, taille S, avec MIPS, 60 € max', lang: 'fr', expect: '1029', hard: ['mips eq true', 'size eq S'], budget: 60, who: 'son', age: 7 },
  // Furniture
  { text: "my lower back is killing me after 8 hours at the desk. need something to sit on that actually supports it, mesh so i don't sweat, €400 tops", lang: 'en', expect: '2045', hard: ['lumbar_support eq true', 'material eq mesh'], budget: 400 },
  { text: 'a desk chair for a big guy, 330 lbs, with a headrest and arms that move, no red', lang: 'en', expect: '2045', hard: ['headrest eq true', 'adjustable_armrests eq true', 'color not-in red'], budget: 0 },
  { text: 'siège pour le télétravail, je mesure 1m90 et je pèse 120 kg, avec appui-tête, pas en similicuir', lang: 'fr', expect: '2045', hard: ['max_load_kg gte 120', 'headrest eq true', 'material not-in leatherette'], budget: 0 },
  { text: "been sleeping on a rock-hard thing since 2019 and my shoulders hate me. want something softer to sleep on, 160 wide, at least 100 nights to try it", lang: 'en', expect: '2696', hard: ['trial_nights gte 100', 'width_cm ~ 160'], budget: 0 },
  // Appliances
  { text: "something that sucks up the dog hair from the carpts while I'm at work, I can't stand loud stuff, up to 400 EUR, not iRobot", lang: 'en', expect: '619', hard: ['vacuum_type eq robot', 'maker not-in iRobot'], soft: ['noise_db lower'], budget: 400 },
  { text: "mon aspirateur traîneau est trop lourd pour l'escalier, je voudrais un balai sans fil de moins de 3 kg qui tienne au moins 40 minutes, 300 € max", lang: 'fr', expect: '619', hard: ['vacuum_type eq stick', 'cordless eq true', 'weight_kg lte 3', 'runtime_min gte 40'], budget: 300 },
  { text: 'family of five, the laundry never stops. 9kg or more, quieter than our old Bosch which sounds like a jet taking off, not a top loader', lang: 'en', expect: '2549', hard: ['capacity_kg gte 9', 'loading not-in top'], soft: ['noise_db lower'], budget: 0, quantity: 1 },
  { text: 'un lave-linge plus silencieux que notre vieux Whirlpool, 8 kg, classe A, et pas Whirlpool justement, 600 € max', lang: 'fr', expect: '2549', hard: ['energy_class eq A', 'maker not-in Whirlpool', 'capacity_kg ~ 8'], soft: ['noise_db lower'], budget: 600 },
  { text: 'clean air for a 1,100 sq ft apartmnet, HEPA, app control, Philips or Levoit', lang: 'en', expect: '606', hard: ['hepa eq true', 'app_control eq true', 'maker in Philips', 'maker in Levoit'], budget: 0 },
  // Personal care
  { text: 'something to dry my hair that fits in a carry-on, folds up, with the ion thing, anything except Dyson, under 50 pounds', lang: 'en', expect: '490', hard: ['foldable eq true', 'ionic eq true', 'maker not-in Dyson'], budget: 50, cur: 'GBP' },
  { text: 'seche cheveux pour ma mere de 75 ans, leger (moins de 400 g), pas violet, 80 euros max', lang: 'fr', expect: '490', hard: ['weight_g lte 400', 'color not-in purple'], budget: 80, who: 'mother', age: 75 },
  { text: 'my gums bleed and the dentist says I brush too hard. is there one that warns you? a 2-pack for me and my wife, €120 max', lang: 'en', expect: '527', hard: ['pressure_sensor eq true', 'pack_size eq 2'], budget: 120, quantity: 1 },
  // Pet food
  { text: 'our 12-year-old lab is slowing down, what should he be eating? big bag of the dry stuff, no grain, about 26 lbs', lang: 'en', expect: '3530', hard: ['life_stage eq senior', 'food_form eq dry', 'grain_free eq true'], budget: 0 },
  { text: 'croquettes pour mon berger allemand de 8 ans, grand chien, sans cereales, sac de 14 kg, 80 € environ', lang: 'fr', expect: '3530', hard: ['dog_size eq large', 'grain_free eq true', 'food_form eq dry', 'weight_kg ~ 14'], budget: 88 },
  // Tech
  { text: "phone for my mum's 70th: iOS, 256 GB, the smaller 6.1 inch screen, has to arrive by Monday 14th", lang: 'en', expect: '267', hard: ['os eq ios', 'storage_gb ~ 256', 'screen_in ~ 6.1'], budget: 0, who: 'mother', age: 70, deadline: ['2026-12-14'] },
  { text: 'tel android 5g 256go 5000 mah mini, max 400e stp', lang: 'fr', expect: '267', hard: ['os eq android', 'five_g eq true', 'battery_mah gte 5000', 'storage_gb ~ 256'], budget: 400 },
  { text: 'for writing code on trains: 32 gigs of RAM, linux would be a plus, light (under 3.5 lb), 14 inch, max 1.8k €', lang: 'en', expect: '328', hard: ['ram_gb ~ 32', 'screen_in ~ 14'], soft: ['os ~ linux'], budget: 1800 },
  { text: 'ordi portable pour mon fils qui rentre en fac : clavier AZERTY, 16 Go de RAM, moins de 1,4 kg, 900 balles max', lang: 'fr', expect: '328', hard: ['keyboard_layout eq azerty', 'weight_kg lte 1.4', 'ram_gb ~ 16'], budget: 900, who: 'son' },
  { text: 'something to read novels in the bath with an amber light for bedtime, max 180 francs', lang: 'en', expect: '3539', hard: ['waterproof eq true', 'warm_light eq true'], budget: 180, cur: 'CHF' },
  { text: 'I want to sketch with a pen on the sofa, screen 12 inches or bigger, Windows or Android, 1000€', lang: 'en', expect: '4745', hard: ['stylus_support eq true', 'screen_in gte 12', 'os in windows', 'os in android'], budget: 1000 },
  { text: 'une tablette pour mamie (82 ans) pour regarder les photos des petits-enfants, grand écran, simple, moins de 250 €, pour le 20 décembre', lang: 'fr', expect: '4745', budget: 250, who: 'grandmother', age: 82, deadline: ['2026-12-20'] },
  { text: 'need: 2nd screen for my MacBook, single USB-C cable, 27 inch, sharp enough for photo editing (4K or 5K)', lang: 'en', expect: '305', hard: ['usb_c eq true', 'resolution in 4k', 'resolution in 5k', 'screen_in ~ 27'], budget: 0 },
  { text: 'big telly for the football, 65 inches at least, smooth 120Hz, not Samsung, £900', lang: 'en', expect: '404', hard: ['screen_in gte 65', 'maker not-in Samsung', 'refresh_hz ~ 120'], budget: 900, cur: 'GBP' },
  { text: "something to play music out loud at the beach for the whole group, doesn't mind sand or a splash, lasts all day (12h+), under 120€", lang: 'en', expect: '249', hard: ['portable eq true', 'battery_hours gte 12'], budget: 120 },
  { text: "something on my wrist that counts steps and has GPS but isn't a full-on watch, battery a week or more", lang: 'en', expect: '500009', hard: ['form eq band', 'gps eq true', 'battery_days gte 7'], budget: 0 },
  { text: "camera for my daughter's 16th birthday, the kind that prints the photo right away, pastel colour not white, around 100€", lang: 'en', expect: '152', hard: ['camera_type eq instant', 'color not-in white'], budget: 110, who: 'daughter', age: 16 },
  // Outdoor, travel, clothing, sport
  { text: "warm bag to sleep in at the campsite, rated to 23°F, synthetic fill because I'm allergic to feathers, under 3 lbs", lang: 'en', expect: '1020', hard: ['fill eq synthetic', 'comfort_temp_c ~ -5'], budget: 0 },
  { text: 'il me faut une tente pour deux personnes et deux sacs de couchage pour un trek en mars, on commence par la tente : autoportante, moins de 2 kg', lang: 'fr', expect: '1022', hard: ['freestanding eq true', 'weight_kg lte 2', 'capacity_persons ~ 2'], budget: 0, quantity: 1 },
  { text: 'rolling thing for a 2-week trip, checked in not cabin, 4 wheels, hard shell, no Samsonite, 300 dollars', lang: 'en', expect: '107', hard: ['cabin_size eq false', 'shell eq hard', 'maker not-in Samsonite', 'wheels ~ 4'], budget: 300, cur: 'USD' },
  { text: 'valise cabine souple 4 roues, moins de 2,8 kg, pas noire, il me la faut avant samedi', lang: 'fr', expect: '107', hard: ['cabin_size eq true', 'shell eq soft', 'weight_kg lte 2.8', 'color not-in black', 'wheels ~ 4'], budget: 0, deadline: ['2026-12-04', '2026-12-05'] },
  { text: "coat warm enough for -20 in Montreal, men's L, with a hood, no down (I'm vegan), under 400 USD", lang: 'en', expect: '5598', hard: ['gender eq male', 'size eq L', 'hood eq true', 'jacket_type not-in down'], budget: 400, cur: 'USD' },
  { text: 'fleece for my son (15), size S, green or navy, under 80€, by Friday', lang: 'en', expect: '5598', hard: ['jacket_type eq fleece', 'size eq S', 'color in green', 'color in navy'], budget: 80, who: 'son', age: 15, deadline: ['2026-12-04'] },
  { text: 'une veste imperméable pour ma femme, taille M, avec capuche, tout sauf rouge, en matière recyclée si possible, 200 € max', lang: 'fr', expect: '5598', hard: ['waterproof eq true', 'hood eq true', 'size eq M', 'color not-in red'], soft: ['recycled_materials ~ true'], budget: 200, who: 'wife' },
  { text: 'tapis de yoga épais (8 mm) pour mes genoux fragiles, en caoutchouc naturel, pas violet, 70 € max', lang: 'fr', expect: '3640', hard: ['material eq natural rubber', 'color not-in purple', 'thickness_mm ~ 8'], budget: 70 },
  { text: 'something hot and caffeine-free for the office kitchen, peppermint, in bags, no Lipton', lang: 'en', expect: '2073', hard: ['tea_type eq herbal', 'tea_form eq bags', 'caffeine_free eq true', 'maker not-in Lipton'], budget: 0 },
  { text: 'une douzaine de boîtes de rooibos en sachets pour offrir à ma tante, moins de 100 € au total', lang: 'fr', expect: '2073', hard: ['tea_type eq rooibos', 'tea_form eq bags'], budget: 100, quantity: 12, who: 'aunt' },
  // Nobody sells these
  { text: 'something to keep my coffee hot all day on the train, leak-proof, 500 ml', lang: 'en', expect: 'unsupported' },
  { text: "a thing to keep the beer cold at the campsite that runs off the car's 12V socket, 25 L", lang: 'en', expect: 'unsupported' },
  { text: 'reading glasses +1.5 for my dad, tortoiseshell frames, under 30 quid', lang: 'en', expect: 'unsupported' },
  { text: 'un truc pour que le chat arrête de griffer le canapé, pas en plastique', lang: 'fr', expect: 'unsupported' },
  { text: 'de quoi défroisser mes chemises sans sortir la table à repasser, vapeur, 1500 W', lang: 'fr', expect: 'unsupported' },
  { text: 'des chaussures de ville en cuir pour un mariage samedi, pointure 42', lang: 'fr', expect: 'unsupported' },
  // Cannot be answered without a question
  { text: 'present for my dad who cycles to work every day, max 60 quid, no idea what', lang: 'en', expect: 'ask:category', budget: 60, cur: 'GBP', who: 'father' },
  { text: "something to keep the kids busy on rainy afternoons, they're 5 and 9, about 40€", lang: 'en', expect: 'ask:category', budget: 44 },
  { text: 'un casque pour mon fils de 10 ans, moins de 50 €', lang: 'fr', expect: 'ask:category', budget: 50, who: 'son', age: 10 },
  { text: "quelque chose de chaud à boire le soir qui ne m'empêche pas de dormir, bio, environ 10 €", lang: 'fr', expect: 'ask:category', budget: 11 },
];
