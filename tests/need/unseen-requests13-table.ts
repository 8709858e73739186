/**
 * Eighty requests written by hand and blind (requests13) by a helper of session 29 on 2026-12-06, before anyone ran them
 * through the engine: the writer did not open `agent/`, the need tests other than `unseen-requests12.test.ts`, the judge
 * beyond its exports and the clock it reads, or the rows of tables 7 to 11; read only the demo market's catalogue data
 * (`brand-agent/reference/data/`: category ids, attribute names and values, makers), the header of the first table, the
 * first rows of table 12 and, for the syntax of `in` rules, the in/not-in rule strings of tables 1 and 12; and changed
 * no row after seeing how it reads.
 *
 * Written the way people type on a phone: short chat messages and search-box queries, no capitals, abbreviations
 * ("w/", "w/o", "pls", "approx", "max.", "min", "pr", "ppl", "yo", "tel"), symbols for bounds ("<", "≤", "≥", "+"),
 * typos ("headphnes", "wahsing", "vaccum", "matress"), French without accents ("machine a cafe", "etanches", "velo",
 * "sans cereales"), emoji, a few voice-dictated run-on sentences with fillers and figures in words ("um so I need…",
 * "like a twelve kilo bag or so"), and budgets written
 * every way a shop's search box sees them: "200e", "€350,-", "600.-", "EUR150", "1.299 €", "1,299.00 USD", "$1200",
 * "2k", "1.5k", "a hundred and fifty bucks", "pas plus de 250 balles", "≤ £150", ranges ("400-500€", "€250-300").
 * Negations ("no X", "w/o", "anything but", "not a", "sans", "pas de", "pas"), comparatives on attributes that exist
 * ("lighter than 1.4 kg", "quieter than 25 dB", "≥ 3000mm"), sizes (EU, frame cm, S/M/L, 160x200), recipients with ages
 * ("for my nephew 5yo", "pour ma fille de 8 ans"), quantities ("x2", "3 of them", "2 sacs"), deadlines relative to
 * `UNSEEN_NOW_13`, and other products named in passing (the car seat already bought, the mower's batteries, the
 * vacuum that does not cope, the PS5).
 * 50 English, 30 French; every category of the demo market (35 open-market ids plus coffee, headphones, running-shoes),
 * 6 requests for things nobody sells (snow blower, car seat, sewing machine, brush heads, winter tyres, dishwasher),
 * 4 ambiguous ones (two gifts and one "idk" with no clear category, one bike with no type).
 *
 * Conventions as in `unseen-requests-table.ts`: "approx"/"~"/"environ" is the figure plus ten per cent; a range
 * keeps its top; "by <day>" is that day, "before <day>" that day or the one before; "pour noel" accepts the 24th and the
 * 25th; a per-item price with a quantity is kept per item; "bucks" and "$" are USD; a bare figure ("≤ 900", "600.-") is
 * in the default EUR. "in" rules carry one value each ("black or navy": `color in black`, `color in navy`). Where two
 * readings are fair the rule uses `~` or is left out (a "9kg" capacity, "160x200" as `size`, "8mm" thickness).
 */
import type { UnseenRow } from './unseen-requests-table.ts';

/**
 * Thursday 3 December 2026, 10:00 UTC: "tomorrow" is 4 December, "by monday" 7 December, "this weekend" 5–6 December.
 * NB: `judgeBlindSet` reads every table against the first table's `UNSEEN_NOW` (Wednesday 2 December); this table's
 * relative deadlines are written against this constant instead.
 */
export const UNSEEN_NOW_13 = new Date('2026-12-03T10:00:00Z');

export const UNSEEN_REQUESTS_13: readonly UnseenRow[] = [
  // Kitchen: kettles, blenders, coffee machines
  { text: "um so I need a kettle, like, one that's not plastic cos it smells, and uh with temperature control for my tea, seventy euros maybe", lang: 'en', expect: '751', hard: ['body not-in plastic', 'temperature_control eq true'], budget: 70 },
  { text: 'bouilloire inox 1,7l pas de russell hobbs max 50e', lang: 'fr', expect: '751', hard: ['body eq stainless steel', 'maker not-in Russell Hobbs'], soft: ['capacity_l ~ 1.7'], budget: 50 },
  { text: 'hand blender w/ at least 800w, <40€, not braun pls', lang: 'en', expect: '505666', hard: ['blender_type eq hand', 'power_w gte 800', 'maker not-in Braun'], budget: 40 },
  { text: 'blender chauffant pr soupes min 1200 W EUR150 max', lang: 'fr', expect: '505666', hard: ['heating eq true', 'power_w gte 1200'], budget: 150 },
  { text: 'machine a cafe broyeur grain avec mousseur a lait, 1 299 € max svp', lang: 'fr', expect: '736', hard: ['machine_type eq bean-to-cup', 'grinder eq true', 'milk_frother eq true'], budget: 1299 },
  { text: 'capsule coffee machine red or white ~100e need it by monday 🙏', lang: 'en', expect: '736', hard: ['machine_type eq capsule', 'color in red', 'color in white'], budget: 110, deadline: ['2026-12-07'] },
  // Coffee (reference market)
  { text: 'ground coffee for espresso dark roast 500g fair trade pls, 3 packs, max 15e each', lang: 'en', expect: 'coffee', hard: ['form eq ground', 'use ~ espresso', 'roast eq dark', 'weight_g ~ 500', 'fair_trade eq true'], budget: 15, quantity: 3 },
  { text: 'cafe en grain colombie 1kg pas decaf, moins de 30 balles', lang: 'fr', expect: 'coffee', hard: ['form eq beans', 'origin eq Colombia', 'weight_g ~ 1000', 'decaf eq false'], budget: 30 },
  // Headphones (reference market)
  { text: 'wireless noise cancelling over ear headphnes w/ multipoint & ldac, EUR 250 max, anything but sony', lang: 'en', expect: 'headphones', hard: ['form eq over-ear', 'wireless eq true', 'noise_cancelling eq true', 'multipoint eq true', 'codec_ldac eq true', 'maker not-in Sony'], budget: 250 },
  { text: 'ecouteurs intra sans fil etanches ipx7 pr courir, 100€ max, demain si possible', lang: 'fr', expect: 'headphones', hard: ['form eq in-ear', 'wireless eq true', 'water_resistance eq IPX7'], budget: 100, deadline: ['2026-12-04'] },
  // Running shoes (reference market)
  { text: 'womens trail running shoes size 39 waterproof < 160 eur 🏃‍♀️', lang: 'en', expect: 'running-shoes', hard: ['terrain eq trail', 'gender eq women', 'size_eu eq 39', 'waterproof eq true'], budget: 160 },
  { text: 'chaussures de course sur route homme pointure 42,5 drop 8mm max, vegan svp, environ 140 €', lang: 'fr', expect: 'running-shoes', hard: ['terrain eq road', 'gender eq men', 'size_eu eq 42.5', 'drop_mm lte 8', 'vegan ~ true'], budget: 154 },
  // Outdoor: backpacks, sleeping bags, tents
  { text: 'backpack that fits my 15.6" laptop + a water bottle, waterproof, black, 100 bucks max', lang: 'en', expect: '100', hard: ['laptop_in ~ 15.6', 'waterproof eq true', 'color eq black'], budget: 100, cur: 'USD' },
  { text: 'sac a dos rando 40L min, moins d 1kg, pas quechua, 120€ max', lang: 'fr', expect: '100', hard: ['backpack_type eq hiking', 'volume_l gte 40', 'weight_g lte 1000', 'maker not-in Quechua'], budget: 120 },
  { text: 'down sleeping bag comfort -5°C or lower, <1kg pls, approx €300', lang: 'en', expect: '1020', hard: ['fill eq down', 'comfort_temp_c lte -5', 'weight_g lte 1000'], budget: 330 },
  { text: 'sac de couchage synthetique pour ma fille de 8 ans, 40 balles', lang: 'fr', expect: '1020', hard: ['fill eq synthetic', 'age_group ~ kids'], budget: 40, who: 'daughter', age: 8 },
  { text: '4 person tent quick setup (pop up or inflatable) waterhead ≥ 3000mm max 600€', lang: 'en', expect: '1022', hard: ['capacity_persons ~ 4', 'setup in pop-up', 'setup in inflatable', 'waterhead_mm gte 3000'], budget: 600 },
  { text: "ok so um we need a tent for two for hiking like really light under two kilos and uh freestanding and yeah not msr and like four hundred fifty dollars", lang: 'en', expect: '1022', hard: ['capacity_persons ~ 2', 'weight_kg lte 2', 'freestanding eq true', 'maker not-in MSR'], budget: 450, cur: 'USD' },
  // Bikes and helmets
  { text: 'electric city bike w/ hydraulic disc brakes size M 2k max', lang: 'en', expect: '1026', hard: ['bike_type eq city', 'electric eq true', 'brake_type eq hydraulic-disc', 'size eq M'], budget: 2000 },
  { text: 'velo route carbone cadre 56 cm max 1 800€ livre avant noel', lang: 'fr', expect: '1026', hard: ['bike_type eq road', 'frame_material eq carbon', 'frame_size_cm eq 56'], budget: 1800, deadline: ['2026-12-24', '2026-12-25'] },
  { text: 'kids bike 16 inch for my nephew 5yo 🚲 no white, under 250', lang: 'en', expect: '1026', hard: ['bike_type eq kids', 'wheel_size_in eq 16', 'color not-in white'], budget: 250, who: 'nephew', age: 5 },
  { text: 'mips road helmet size M lighter than 300g, white or black, ≤ £150', lang: 'en', expect: '1029', hard: ['helmet_type eq road', 'mips eq true', 'size eq M', 'weight_g lte 300', 'color in white', 'color in black'], budget: 150, cur: 'GBP' },
  { text: 'casque velo urbain avec lumiere integree taille L 80€ max', lang: 'fr', expect: '1029', hard: ['helmet_type eq urban', 'integrated_light eq true', 'size eq L'], budget: 80 },
  // Travel: suitcases
  { text: 'cabin size hard shell suitcase 4 wheels polycarbonate <3kg 200e, need it before i fly out tuesday ✈️', lang: 'en', expect: '107', hard: ['cabin_size eq true', 'shell eq hard', 'wheels eq 4', 'material eq polycarbonate', 'weight_kg lte 3'], budget: 200, deadline: ['2026-12-07', '2026-12-08'] },
  { text: 'big check-in suitcase approx 100L, soft shell ok, anything but samsonite, max. 300€', lang: 'en', expect: '107', hard: ['cabin_size ~ false', 'maker not-in Samsonite'], soft: ['volume_l ~ 100'], budget: 300 },
  // Games: board games, puzzles, construction sets
  { text: 'party game that works w/ 8 ppl or more, in english, <25€, x2 (one is a gift)', lang: 'en', expect: '1246', hard: ['game_type eq party', 'max_players gte 8', 'language eq en'], budget: 25, quantity: 2 },
  { text: 'jeu de societe strategie en francais parties de 60 min max pas de hasbro 50 e', lang: 'fr', expect: '1246', hard: ['game_type eq strategy', 'language eq fr', 'play_minutes lte 60', 'maker not-in Hasbro'], budget: 50 },
  { text: '1000 pc jigsaw puzzle, wooden, for adults, max 45 EUR', lang: 'en', expect: '2618', hard: ['pieces eq 1000', 'puzzle_material eq wood', 'age_group eq adult'], budget: 45 },
  { text: 'lego technic 1000+ pcs for my son 10yo under 120 EUR by the 18th', lang: 'en', expect: '3805', hard: ['theme eq technic', 'pieces gte 1000'], budget: 120, who: 'son', age: 10, deadline: ['2026-12-18'] },
  { text: 'lego duplo pour mon neveu 2 ans, pas de playmobil svp, 40€ max, livre pour noel 🎄', lang: 'fr', expect: '3805', hard: ['theme eq duplo', 'maker not-in Playmobil'], budget: 40, who: 'nephew', age: 2, deadline: ['2026-12-24', '2026-12-25'] },
  // Cameras
  { text: 'mirrorless full frame w/ 4k video, body only, 1,299.00 USD max', lang: 'en', expect: '152', hard: ['camera_type eq mirrorless', 'sensor eq full-frame', 'video_4k eq true', 'kit_lens eq false'], budget: 1299, cur: 'USD' },
  { text: 'appareil photo instantane pour ma niece de 12 ans, rose, 100€ max', lang: 'fr', expect: '152', hard: ['camera_type eq instant', 'color ~ blossom pink'], budget: 100, who: 'niece', age: 12 },
  // Office: chairs, monitors, laptops
  { text: 'office chair w/ lumbar support + headrest, mesh, holds 130kg+, not ikea, 400-500€, this weekend if poss', lang: 'en', expect: '2045', hard: ['lumbar_support eq true', 'headrest eq true', 'material eq mesh', 'max_load_kg gte 130', 'maker not-in Ikea'], budget: 500, deadline: ['2026-12-05', '2026-12-06'] },
  { text: 'fauteuil de bureau accoudoirs reglables, garantie min 5 ans, tissu gris, €350,-', lang: 'fr', expect: '2045', hard: ['adjustable_armrests eq true', 'warranty_years gte 5', 'material eq fabric', 'color eq grey'], budget: 350 },
  { text: '27" 4k monitor usb-c height adjustable ips max €450', lang: 'en', expect: '305', hard: ['screen_in eq 27', 'resolution eq 4k', 'usb_c eq true', 'height_adjustable eq true', 'panel eq ips'], budget: 450 },
  { text: 'gaming monitor 24in 240hz+ full hd, anything but a va panel, 300e', lang: 'en', expect: '305', hard: ['screen_in eq 24', 'refresh_hz gte 240', 'resolution eq full-hd', 'panel not-in va'], budget: 300 },
  { text: 'lightweight laptop 16gb ram 512gb ssd lighter than 1.4 kg, 15h+ battery, windows or linux not macos, $1200 max', lang: 'en', expect: '328', hard: ['ram_gb ~ 16', 'storage_gb ~ 512', 'weight_kg lte 1.4', 'battery_hours gte 15', 'os in windows', 'os in linux'], budget: 1200, cur: 'USD' },
  { text: 'pc portable clavier azerty 14 pouces 32go ram, pas de chromebook, 1.299 €', lang: 'fr', expect: '328', hard: ['keyboard_layout eq azerty', 'screen_in ~ 14', 'ram_gb ~ 32', 'os not-in chromeos'], budget: 1299 },
  // Tea
  { text: 'organic loose green tea 100g, not flavoured, 3 of them, <€15 each', lang: 'en', expect: '2073', hard: ['tea_type eq green', 'tea_form eq loose', 'organic eq true', 'weight_g ~ 100', 'flavoured eq false'], budget: 15, quantity: 3 },
  { text: 'tisane sans theine en sachets pour ma grand mere (elle a deja une bouilloire), bio si possible, 10 balles max', lang: 'fr', expect: '2073', hard: ['tea_type eq herbal', 'tea_form eq bags', 'caffeine_free eq true'], soft: ['organic ~ true'], budget: 10, who: 'grandmother' },
  // Audio and TV: speakers, televisions
  { text: 'waterproof bluetooth speaker IP67 battery 15h+ no jbl, under a hundred and fifty bucks', lang: 'en', expect: '249', hard: ['water_resistance eq IP67', 'battery_hours gte 15', 'maker not-in JBL'], budget: 150, cur: 'USD' },
  { text: 'enceinte wifi avec assistant vocal pr la cuisine, pas besoin de batterie, blanche, ~200e', lang: 'fr', expect: '249', hard: ['wifi eq true', 'voice_assistant eq true', 'color eq white'], budget: 220 },
  { text: '55 inch oled tv 120hz hdmi 2.1 for the ps5, max 1.5k, not lg', lang: 'en', expect: '404', hard: ['screen_in eq 55', 'panel eq oled', 'refresh_hz gte 120', 'hdmi_2_1 eq true', 'maker not-in LG'], budget: 1500 },
  // Appliances: washing machines, vacuums, air purifiers, hair dryers
  { text: 'wahsing machine 9kg front load energy class A ≤ 74 dB not samsung or lg, 800€ max, delivered by wed', lang: 'en', expect: '2549', hard: ['capacity_kg ~ 9', 'loading eq front', 'energy_class eq A', 'noise_db lte 74', 'maker not-in Samsung', 'maker not-in LG'], budget: 800, deadline: ['2026-12-09'] },
  { text: 'robot vaccum bagless, quiet <65 dB, not irobot, 400e max, need it before the 12th', lang: 'en', expect: '619', hard: ['vacuum_type eq robot', 'bagless eq true', 'noise_db lte 65', 'maker not-in iRobot'], budget: 400, deadline: ['2026-12-11', '2026-12-12'] },
  { text: 'aspirateur traineau filaire avec sac, silencieux moins de 70 dB, 150 balles, livre dans 3 jours max', lang: 'fr', expect: '619', hard: ['vacuum_type eq canister', 'cordless eq false', 'bagless eq false', 'noise_db lte 70'], budget: 150, deadline: ['2026-12-06'] },
  { text: "air purifier w/ hepa for a 40m2 living room (my vacuum doesn't cut it for the dust), quieter than 25 dB, app control, max €300, in 10 days max", lang: 'en', expect: '606', hard: ['hepa eq true', 'room_m2 gte 40', 'noise_db lte 25', 'app_control eq true'], budget: 300, deadline: ['2026-12-13'] },
  { text: "ionic foldable hair dryer for travel 2000w min < €60 no dyson obviously lol, it's for my gf", lang: 'en', expect: '490', hard: ['ionic eq true', 'foldable eq true', 'power_w gte 2000', 'maker not-in Dyson'], budget: 60, who: 'girlfriend' },
  // Phones, tablets, e-readers, activity trackers
  { text: 'android phone 5g 256gb 5000mah+ no samsung, black, ≤ 500€', lang: 'en', expect: '267', hard: ['os eq android', 'five_g eq true', 'storage_gb ~ 256', 'battery_mah gte 5000', 'maker not-in Samsung', 'color eq black'], budget: 500 },
  { text: "tel android pas cher ecran 6,7 pouces 128 go, pas plus de 250 balles, livre d'ici samedi", lang: 'fr', expect: '267', hard: ['os eq android', 'screen_in ~ 6.7', 'storage_gb ~ 128'], budget: 250, deadline: ['2026-12-05'] },
  { text: 'tablet w/ stylus support + cellular, 11in, 256gb, ≤ 900', lang: 'en', expect: '4745', hard: ['stylus_support eq true', 'cellular eq true', 'screen_in ~ 11', 'storage_gb ~ 256'], budget: 900 },
  { text: 'tablette android pr mon fils de 9 ans, 64go min, pas amazon, 200e max', lang: 'fr', expect: '4745', hard: ['os eq android', 'storage_gb gte 64', 'maker not-in Amazon'], budget: 200, who: 'son', age: 9 },
  { text: 'kindle w/ warm light + waterproof, 7 inch, approx €200, gift for my mum 🎁', lang: 'en', expect: '3539', hard: ['store eq kindle', 'warm_light eq true', 'waterproof eq true', 'screen_in ~ 7'], budget: 220, who: 'mother' },
  { text: 'gps running watch 14+ days battery 5 atm, not garmin or polar, €250-300', lang: 'en', expect: '500009', hard: ['form eq watch', 'gps eq true', 'battery_days gte 14', 'water_atm ~ 5', 'maker not-in Garmin', 'maker not-in Polar'], budget: 300 },
  { text: 'fitness band not a watch, w/ heart rate, for my dad, $50 max', lang: 'en', expect: '500009', hard: ['form eq band', 'heart_rate eq true'], budget: 50, cur: 'USD', who: 'father' },
  // Care: toothbrushes, yoga mats
  { text: 'sonic toothbrush w/ pressure sensor w/o app, 2 pack, approx €100, within a week', lang: 'en', expect: '527', hard: ['brush_type eq sonic', 'pressure_sensor eq true', 'app ~ false', 'pack_size eq 2'], budget: 110, deadline: ['2026-12-10'] },
  { text: 'brosse a dent electrique enfant oscillante pour ma fille 6 ans rose ou bleue max 35e', lang: 'fr', expect: '527', hard: ['age_group eq kids', 'brush_type eq oscillating', 'color in pink', 'color in blue'], budget: 35, who: 'daughter', age: 6 },
  { text: 'yoga mat pvc free, natural rubber, non slip, ≤ €90 🧘', lang: 'en', expect: '3640', hard: ['pvc_free eq true', 'material eq natural rubber', 'non_slip eq true'], budget: 90 },
  { text: 'thick yoga mat 8mm for my mom, lighter than 2kg, purple pls, 50e', lang: 'en', expect: '3640', hard: ['weight_kg lte 2', 'color eq purple'], soft: ['thickness_mm ~ 8'], budget: 50, who: 'mother' },
  // Clothes: coats and jackets
  { text: "mens down jacket w/ hood size XL recycled, black or navy, 250€ max, anything but canada goose", lang: 'en', expect: '5598', hard: ['jacket_type eq down', 'gender eq male', 'hood eq true', 'size eq XL', 'recycled_materials eq true', 'color in black', 'color in navy', 'maker not-in Canada Goose'], budget: 250 },
  { text: 'veste de pluie femme impermeable taille M a capuche, pas de gore-tex (trop cher), 120e', lang: 'fr', expect: '5598', hard: ['jacket_type eq rain', 'gender eq female', 'waterproof eq true', 'size eq M', 'hood eq true', 'material not-in Gore-Tex'], budget: 120 },
  // Baby: strollers
  { text: 'compact stroller cabin size, from birth, under 7kg, not babyzen, €450 max (we already have the car seat)', lang: 'en', expect: '568', hard: ['stroller_type eq compact', 'cabin_size eq true', 'from_birth eq true', 'weight_kg lte 7', 'maker not-in Babyzen'], budget: 450 },
  // Bedroom: mattresses
  { text: 'memory foam matress 160x200 medium, 100 night trial min, approx 700e', lang: 'en', expect: '2696', hard: ['mattress_type eq memory foam', 'size ~ 160 x 200 cm', 'firmness eq medium', 'trial_nights gte 100'], budget: 770 },
  { text: 'matelas 90x200 ferme pour mon fils, pas ikea, 1 an d essai (365 nuits), max 400€', lang: 'fr', expect: '2696', hard: ['size ~ 90 x 200 cm', 'firmness eq firm', 'trial_nights gte 365', 'maker not-in Ikea'], budget: 400, who: 'son' },
  // Pets: dog food
  { text: "okay so my dog is a senior lab big boy and he needs grain free dry food like a twelve kilo bag or so and uh under eighty euros please", lang: 'en', expect: '3530', hard: ['food_form eq dry', 'grain_free eq true', 'life_stage eq senior', 'dog_size eq large', 'weight_kg ~ 12'], budget: 80 },
  { text: 'croquettes chiot petite race sans cereales 3kg, pas de pedigree, 2 sacs, 40e max le sac, pour lundi', lang: 'fr', expect: '3530', hard: ['food_form eq dry', 'life_stage eq puppy', 'dog_size eq small', 'grain_free eq true', 'weight_kg ~ 3', 'maker not-in Pedigree'], budget: 40, quantity: 2, deadline: ['2026-12-07'] },
  // DIY and garden: drills, lawn mowers
  { text: 'cordless hammer drill 18v w/ 2 batteries, at least 60 Nm, not black+decker, €199', lang: 'en', expect: '2629', hard: ['drill_type eq hammer-drill', 'cordless eq true', 'voltage_v eq 18', 'batteries_included ~ 2', 'torque_nm gte 60', 'maker not-in Black+Decker'], budget: 199 },
  { text: "visseuse a choc makita 18v sans batterie (j'ai deja celles de ma tondeuse), max 150e", lang: 'fr', expect: '2629', hard: ['drill_type eq impact-driver', 'maker in Makita', 'voltage_v eq 18', 'batteries_included eq 0'], budget: 150 },
  { text: "um yeah hi so I need one of those robot mowers for my lawn it's about five hundred square meters and I don't want to spend more than a thousand euros", lang: 'en', expect: '694', hard: ['robotic eq true', 'lawn_area_m2 ~ 500'], budget: 1000 },
  { text: 'tondeuse sur batterie autotractee largeur de coupe 40 cm min, pas einhell, 600.-', lang: 'fr', expect: '694', hard: ['power_source eq battery', 'self_propelled eq true', 'cutting_width_cm gte 40', 'maker not-in Einhell'], budget: 600 },
  // Things nobody sells
  { text: 'snow blower gas powered <1500 usd ❄️', lang: 'en', expect: 'unsupported' },
  { text: 'isofix car seat that fits my cybex stroller, baby is 9 months, ≤ €300', lang: 'en', expect: 'unsupported' },
  { text: "um hi yeah I'm looking for a uh sewing machine for my wife like a beginner one nothing fancy maybe two hundred quid", lang: 'en', expect: 'unsupported' },
  { text: 'replacement brush heads for oral-b x8 pls, max 25€', lang: 'en', expect: 'unsupported' },
  { text: 'pneus hiver 205/55 r16 x4 pas plus de 400 balles', lang: 'fr', expect: 'unsupported' },
  { text: 'lave vaisselle encastrable 45cm silencieux max 600e', lang: 'fr', expect: 'unsupported' },
  // Ambiguous: no clear category, or a bike with no type
  { text: 'something for my dad he likes cycling, ~50€', lang: 'en', expect: 'ask:category', budget: 55, who: 'father' },
  { text: 'headphones or a speaker idk, for the gym, max 80', lang: 'en', expect: 'ask:category', budget: 80 },
  { text: 'un cadeau pour ma soeur qui fait du yoga et du camping, 60 balles', lang: 'fr', expect: 'ask:category', budget: 60, who: 'sister' },
  { text: 'je veux un velo pas trop cher genre 500 balles', lang: 'fr', expect: 'ask:bike_type', budget: 500 },
];
