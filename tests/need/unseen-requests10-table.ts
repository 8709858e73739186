/**
 * Eighty requests written by hand (requests10) by a helper of session 26 on 2026-12-06, blind: before running any of
 * them through the engine, without reading the need reader (`agent/`), its tests, the judge or the earlier sets 7–9,
 * and no row was changed after seeing how it reads. Only the catalogue data of the demo market
 * (`brand-agent/reference/data/`) was read, to take category ids, attribute names and values from it.
 *
 * Fifty English, thirty French, written the way people type into a shopping assistant months after launch: follow-up
 * first messages ("same as last time but…", "reorder…"), delivery and returns stated as needs ("must arrive before the
 * 24th", "livré pour le 24", "free returns pls"), products named by their use only ("something to boil water",
 * "de quoi tondre"), model-like names ("a 27 inch 4k screen", "a 12V drill"), plural quantities and per-unit budgets
 * ("max 15 each", "120 € les deux", "$140 a pair"), monthly budgets, "ish" / "tops" / "grand max", prices written
 * "1 200 €", "€1,200", "1,200$", "CHF 250.-", Belgian and Swiss numbers (septante, nonante) and francs, Québec words
 * (magasiner, « bas » for socks, « ma blonde »), abbreviations (w/, w/o, pcs, qty, approx, mini), exclusions ("no
 * wool", "not from Amazon", "ni Einhell ni Ryobi", "pas en plastique"), number words, measures that are never prices
 * (kg, g, cm, L, W, V, mAh, m², °C, dB, Hz, mm, inches), EU/US shoe sizes, clothing letters, recipients with ages,
 * voice-dictated run-ons, text-message shorthand, typos, dropped French accents, emoji, a little FR/EN mixing.
 * 38 categories of the demo market (every one at least once), 6 requests for things nobody sells (four of them
 * lure towards a sold category: cat kibble, descaling a kettle, AA batteries in mAh, car tyres in inches), and 4
 * genuinely ambiguous ones (no earlier message to follow up, a "screen" that may be a monitor or a TV, headphones or
 * a speaker, "un truc pour le café" that may be beans or a machine).
 *
 * Conventions as in the earlier sets: "around / approx / ~ / -ish / environ / autour de / une vingtaine" is the figure
 * plus ten per cent; "tops / max / grand max" is the figure. A per-unit budget is read as the total for the units asked
 * ("qty 2 … $80 each" is 160 USD for 2); "120 € les deux" is 120 EUR for 2. A monthly budget for a purchase is the
 * budget of that purchase. "before the 18th" accepts the 17th or the 18th; "before xmas" the 24th or the 25th.
 */
import type { UnseenRow } from './unseen-requests-table.ts';

export const UNSEEN_REQUESTS_10: readonly UnseenRow[] = [
  // Kitchen: kettles, blenders, coffee machines
  { text: 'something to boil water for green tea at 80°C, 1.7L, glass if possible, under 70 quid', lang: 'en', expect: '751', hard: ['temperature_control ~ true'], soft: ['capacity_l ~ 1.7', 'body ~ glass'], budget: 70, cur: 'GBP' },
  { text: 'bouilloire pas en plastique, 1,5 l, septante euros grand max, livree avant samedi', lang: 'fr', expect: '751', hard: ['body not-in plastic', 'capacity_l ~ 1.5'], budget: 70, deadline: ['2026-12-04', '2026-12-05'] },
  { text: 'personal blender for my protein shakes, at least 800W, 2 cups incl., $60 tops', lang: 'en', expect: '505666', hard: ['blender_type eq personal', 'power_w gte 800'], budget: 60, cur: 'USD', quantity: 1 },
  { text: 'blender chauffant pour faire des soupes, bol de 1,75 L minimum, environ 150 €', lang: 'fr', expect: '505666', hard: ['heating eq true', 'jug_l gte 1.75'], budget: 165 },
  { text: 'bean to cup machine w/o milk frother (I drink it black), approx 2L tank, 500ish', lang: 'en', expect: '736', hard: ['machine_type eq bean-to-cup', 'milk_frother eq false', 'water_tank_l ~ 2'], budget: 550 },
  { text: 'machine a dosettes pour le bureau, pas rouge, 90 balles max', lang: 'fr', expect: '736', hard: ['machine_type eq pod', 'color not-in red'], budget: 90 },
  // Coffee and tea
  { text: '2 bags of decaf beans, 500g each, organic, max 15 each', lang: 'en', expect: 'coffee', hard: ['form eq beans', 'decaf eq true', 'organic eq true', 'weight_g ~ 500'], budget: 30, quantity: 2 },
  { text: 'café moulu pour cafetiere filtre, bio et équitable, paquet d\'1 kg, une vingtaine d\'euros', lang: 'fr', expect: 'coffee', hard: ['form eq ground', 'organic eq true', 'fair_trade eq true', 'weight_g ~ 1000'], budget: 22 },
  { text: 'okay so I need coffee beans for my espresso machine the dark roast kind one kilo bag hundred percent arabica from ethiopia or colombia and my budget is about thirty euros a month', lang: 'en', expect: 'coffee', hard: ['form eq beans', 'roast eq dark', 'arabica_percent ~ 100', 'origin in Ethiopia', 'origin in Colombia', 'weight_g ~ 1000'], budget: 33 },
  { text: 'vous avez du thé vert en vrac bio ? sans arôme ajouté, 100 g', lang: 'fr', expect: '2073', hard: ['tea_type eq green', 'tea_form eq loose', 'organic eq true', 'flavoured eq false', 'weight_g ~ 100'], budget: 0 },
  { text: 'caffeine free herbal tea bags for my pregnant wife, pack of 6 is ok, ~£20', lang: 'en', expect: '2073', hard: ['tea_type eq herbal', 'tea_form eq bags', 'caffeine_free eq true', 'pack_size ~ 6'], budget: 22, cur: 'GBP', quantity: 1, who: 'wife' },
  // Tools and garden
  { text: 'a 12V drill to hang some shelves, light, 1 battery is enough, under 80', lang: 'en', expect: '2629', hard: ['voltage_v ~ 12'], soft: ['weight_kg lower'], budget: 80, quantity: 1 },
  { text: 'perforateur SDS pour percer du beton, ni Einhell ni Ryobi, 200 € grand max, d\'ici lundi', lang: 'fr', expect: '2629', hard: ['drill_type eq sds', 'maker not-in Einhell', 'maker not-in Ryobi'], budget: 200, deadline: ['2026-12-07'] },
  { text: 'impact driver 18V w/ 2 batteries, Makita or DeWalt, CHF 250.-', lang: 'en', expect: '2629', hard: ['drill_type eq impact-driver', 'voltage_v ~ 18', 'batteries_included ~ 2', 'maker in Makita', 'maker in DeWalt'], budget: 250, cur: 'CHF', quantity: 1 },
  { text: 'robot mower approx 500 m² lawn must be quiet not Worx 1,200$ max', lang: 'en', expect: '694', hard: ['robotic eq true', 'lawn_area_m2 ~ 500', 'maker not-in Worx'], soft: ['noise_db lower'], budget: 1200, cur: 'USD' },
  { text: 'de quoi tondre une petite pelouse de 50 m² derrière la maison, sans moteur ni batterie', lang: 'fr', expect: '694', hard: ['power_source eq manual', 'lawn_area_m2 ~ 50'], budget: 0 },
  // Baby and care
  { text: 'poussette canne qui passe en cabine, moins de 7 kg, 250 € environ', lang: 'fr', expect: '568', hard: ['stroller_type ~ compact', 'cabin_size eq true', 'weight_kg lte 7'], budget: 275 },
  { text: 'full size pram from birth, navy or grey, for my daughter\'s first baby 🍼 needs to be there by the 20th', lang: 'en', expect: '568', hard: ['stroller_type eq full-size', 'from_birth eq true', 'color in navy', 'color in grey'], budget: 0, deadline: ['2026-12-20'] },
  { text: '2 sonic toothbrushes w/ pressure sensor, one for me one for my husband, max 50 each', lang: 'en', expect: '527', hard: ['brush_type eq sonic', 'pressure_sensor eq true'], budget: 100 },
  { text: 'brosse a dents electrique pour mon fils de 6 ans, oscillante, autour de 30 €', lang: 'fr', expect: '527', hard: ['age_group eq kids', 'brush_type eq oscillating'], budget: 33, who: 'son', age: 6 },
  { text: 'foldable ionic hairdryer for travelling, 1800W at least, under 60 pounds', lang: 'en', expect: '490', hard: ['foldable eq true', 'ionic eq true', 'power_w gte 1800'], budget: 60, cur: 'GBP' },
  // Toys and games
  { text: 'lego star wars for my 8yo nephew ✨ 40-60 dollars, must arrive before the 24th', lang: 'en', expect: '3805', hard: ['theme eq star wars'], budget: 60, cur: 'USD', who: 'nephew', age: 8, deadline: ['2026-12-23', '2026-12-24'] },
  { text: 'un Duplo pour ma petite-fille qui a 2 ans, pas plus de 40 €', lang: 'fr', expect: '3805', hard: ['theme eq duplo'], budget: 40, who: 'granddaughter', age: 2 },
  { text: 'party game for 8+ players, in english, approx 30 min per game, ~25€', lang: 'en', expect: '1246', hard: ['game_type eq party', 'max_players gte 8', 'language eq en', 'play_minutes ~ 30'], budget: 27.5 },
  { text: 'jeu de société coopératif pour jouer à deux avec ma blonde, en français, max septante francs', lang: 'fr', expect: '1246', hard: ['game_type eq cooperative', 'min_players ~ 2', 'language eq fr'], budget: 70, cur: 'CHF' },
  { text: '1500 pcs puzzle for my grandpa, he loves castles, under 25 GBP', lang: 'en', expect: '2618', hard: ['pieces ~ 1500'], budget: 25, cur: 'GBP', who: 'grandfather' },
  // Bikes and helmets
  { text: 'gravel bike, hydraulic disc brakes, 56 frame, carbon if I can get it under 2k otherwise alu, 2,000 EUR max', lang: 'en', expect: '1026', hard: ['bike_type eq gravel', 'brake_type eq hydraulic-disc', 'frame_size_cm ~ 56'], budget: 2000 },
  { text: 'vélo pour mon fils de 7 ans, roues 20 pouces, pas électrique, 300 € max', lang: 'fr', expect: '1026', hard: ['bike_type ~ kids', 'wheel_size_in ~ 20', 'electric eq false'], budget: 300, who: 'son', age: 7 },
  { text: 'looking for an electric bike to commute to work city style with disc brakes around two and a half thousand euros', lang: 'en', expect: '1026', hard: ['bike_type eq city', 'electric eq true'], budget: 2750 },
  { text: 'bike helmet w MIPS + built in rear light, sz M, no black pls cant see me at nite 🚲', lang: 'en', expect: '1029', hard: ['mips eq true', 'integrated_light eq true', 'size ~ M', 'color not-in black'], budget: 0 },
  { text: 'casque de vélo enfant taille S en rose pour ma nièce, nonante francs max', lang: 'fr', expect: '1029', hard: ['helmet_type ~ kids', 'size ~ S', 'color ~ pink'], budget: 90, cur: 'CHF', who: 'niece' },
  // Outdoor and travel
  { text: 'waterproof laptop backpack for a 15.6" laptop, 20-25L, anything but black plz', lang: 'en', expect: '100', hard: ['backpack_type eq laptop', 'waterproof eq true', 'laptop_in ~ 15.6', 'color not-in black'], budget: 0 },
  { text: 'sac à dos de rando 40 L pour ma fille, léger (moins d\'1 kg), 120 € max', lang: 'fr', expect: '100', hard: ['backpack_type eq hiking', 'volume_l ~ 40', 'weight_g lte 1000'], budget: 120, who: 'daughter' },
  { text: 'cabin suitcase, hard shell, 4 wheels, has to fit ryanair/easyjet, under €150 and arrive before the 18th', lang: 'en', expect: '107', hard: ['cabin_size eq true', 'shell eq hard', 'wheels ~ 4'], budget: 150, quantity: 1, deadline: ['2026-12-17', '2026-12-18'] },
  { text: 'valise soute environ 100 litres, coque souple, pas Samsonite, livraison gratuite svp', lang: 'fr', expect: '107', hard: ['cabin_size ~ false', 'volume_l ~ 100', 'shell eq soft', 'maker not-in Samsonite'], budget: 0 },
  { text: 'down sleping bag, comfort 0°C or colder, under 1 kg, left zip, 300ish', lang: 'en', expect: '1020', hard: ['fill eq down', 'comfort_temp_c lte 0', 'weight_g lte 1000', 'zip_side eq left'], budget: 330 },
  { text: 'a tent for two like my old quechua but lighter, under 2 kg, freestanding, 3 seasons is plenty, £400 max', lang: 'en', expect: '1022', hard: ['capacity_persons ~ 2', 'weight_kg lte 2', 'freestanding eq true', 'seasons ~ 3'], budget: 400, cur: 'GBP', quantity: 1 },
  { text: 'tente familiale 5 places gonflable, max 1 200 €', lang: 'fr', expect: '1022', hard: ['capacity_persons ~ 5', 'setup eq inflatable'], budget: 1200, quantity: 1 },
  // Clothing
  { text: 'womens rain jacket w/ hood size L, recycled materials if poss, must arrive by Friday', lang: 'en', expect: '5598', hard: ['jacket_type eq rain', 'hood eq true', 'gender ~ female', 'size ~ L', 'recycled_materials ~ true'], budget: 0, deadline: ['2026-12-04'] },
  { text: 'doudoune homme taille XL noire pour mon papa, sans fourrure', lang: 'fr', expect: '5598', hard: ['jacket_type eq down', 'gender ~ male', 'size ~ XL', 'color ~ black'], budget: 0, who: 'father' },
  { text: 'qty 2 fleece jackets, size M, green or navy, no wool, $80 each', lang: 'en', expect: '5598', hard: ['jacket_type eq fleece', 'size ~ M', 'color in green', 'color in navy'], budget: 160, cur: 'USD', quantity: 2 },
  // Sport
  { text: 'yoga mat - 6mm - pvc free - non slip - 180cm+ - max 40€', lang: 'en', expect: '3640', hard: ['thickness_mm ~ 6', 'pvc_free eq true', 'non_slip eq true', 'length_cm gte 180'], budget: 40 },
  { text: 'tapis de yoga en caoutchouc naturel 4 mm, pas violet, pour ma soeur, environ 70 €', lang: 'fr', expect: '3640', hard: ['material ~ natural rubber', 'thickness_mm ~ 4', 'color not-in purple'], budget: 77, who: 'sister' },
  { text: 'running watch w/ built-in GPS, 2 weeks battery min, 5 ATM, not Huawei, $250 tops', lang: 'en', expect: '500009', hard: ['form eq watch', 'gps eq true', 'battery_days gte 14', 'water_atm ~ 5', 'maker not-in Huawei'], budget: 250, cur: 'USD' },
  { text: 'trail running shoes waterproof EU 42.5 wide fit mens under 150', lang: 'en', expect: 'running-shoes', hard: ['terrain eq trail', 'waterproof eq true', 'size_eu ~ 42.5', 'width eq wide', 'gender eq men'], budget: 150 },
  { text: '2 paires de chaussures de running route femme pointure 39 amorti moelleux vegan, 120 € les deux', lang: 'fr', expect: 'running-shoes', hard: ['terrain eq road', 'gender eq women', 'size_eu ~ 39', 'cushioning ~ plush', 'vegan eq true'], budget: 120, quantity: 2 },
  { text: 'same running shoes as last time (Brooks, US 10 men) but the wide version, $140 a pair', lang: 'en', expect: 'running-shoes', hard: ['maker ~ Brooks', 'gender eq men', 'size_eu ~ 44', 'width eq wide'], budget: 140, cur: 'USD', quantity: 1 },
  // Pet
  { text: 'grain free kibble for a big senior dog (a labrador), max 90', lang: 'en', expect: '3530', hard: ['food_form eq dry', 'grain_free eq true', 'dog_size eq large', 'life_stage eq senior'], budget: 90 },
  { text: 'reorder the puppy food from last month but the big 15 kg bag this time, dry, grain free', lang: 'en', expect: '3530', hard: ['food_form eq dry', 'life_stage eq puppy', 'grain_free eq true', 'weight_kg ~ 15'], budget: 0, quantity: 1 },
  // Home appliances
  { text: 'air purifier true HEPA for a 40m² bedroom, quiet (under 25 dB), app ok but not needed', lang: 'en', expect: '606', hard: ['hepa eq true', 'room_m2 ~ 40', 'noise_db lte 25'], budget: 0 },
  { text: 'purificateur d\'air pour une pièce de 50 m², contrôlable par appli, pas Xiaomi', lang: 'fr', expect: '606', hard: ['room_m2 ~ 50', 'app_control eq true', 'maker not-in Xiaomi'], budget: 0 },
  { text: 'something like my old Dyson stick but lighter (under 2.5kg) and a longer battery, 45 min+, 300 EUR ish', lang: 'en', expect: '619', hard: ['vacuum_type eq stick', 'weight_kg lte 2.5', 'runtime_min gte 45'], budget: 330 },
  { text: 'aspirateur robot pour un appart de 60 m2, pas iRobot, 400 € grand max, livré pour le 24', lang: 'fr', expect: '619', hard: ['vacuum_type eq robot', 'maker not-in iRobot'], budget: 400, deadline: ['2026-12-24'] },
  { text: 'washing machne 8kg, energy class A, 1400 rpm, front loader, delivered before xmas, approx 600 quid', lang: 'en', expect: '2549', hard: ['capacity_kg ~ 8', 'energy_class eq A', 'spin_rpm ~ 1400', 'loading eq front'], budget: 660, cur: 'GBP', deadline: ['2026-12-24', '2026-12-25'] },
  // Furniture and sleep
  { text: 'memory foam mattress 160x200, medium firmness, at least a 100 night trial, under 800', lang: 'en', expect: '2696', hard: ['mattress_type eq memory foam', 'width_cm ~ 160', 'firmness eq medium', 'trial_nights gte 100'], budget: 800 },
  { text: 'matelas ressorts ensachés 140x200 ferme épaisseur 25 cm mini, 600 € grand max', lang: 'fr', expect: '2696', hard: ['mattress_type eq pocket spring', 'width_cm ~ 140', 'firmness eq firm', 'thickness_cm gte 25'], budget: 600 },
  { text: 'need: office chair, lumbar support, headrest, mesh back, takes 120kg+, under 500', lang: 'en', expect: '2045', hard: ['lumbar_support eq true', 'headrest eq true', 'max_load_kg gte 120', 'material ~ mesh'], budget: 500 },
  // Tech
  { text: '55" oled tv w/ hdmi 2.1 for my ps5, 120hz, €1,200 max', lang: 'en', expect: '404', hard: ['screen_in ~ 55', 'panel eq oled', 'hdmi_2_1 eq true', 'refresh_hz gte 120'], budget: 1200 },
  { text: 'a 27 inch 4k screen w/ usb-c for my macbook, height adjustable stand, ~400€', lang: 'en', expect: '305', hard: ['screen_in ~ 27', 'resolution eq 4k', 'usb_c eq true', 'height_adjustable eq true'], budget: 440 },
  { text: 'ecran PC 24 pouces 165 Hz dalle IPS pour gamer, 200 € max', lang: 'fr', expect: '305', hard: ['screen_in ~ 24', 'refresh_hz gte 165', 'panel eq ips'], budget: 200 },
  { text: 'laptop for uni: 16GB RAM min, 512GB SSD, qwerty, under 1.5kg, 900ish', lang: 'en', expect: '328', hard: ['ram_gb gte 16', 'storage_gb gte 512', 'keyboard_layout eq qwerty', 'weight_kg lte 1.5'], budget: 990 },
  { text: 'android phone, 5G, 256GB, battery 5000mAh+, no Samsung, need it within a week, 400 GBP', lang: 'en', expect: '267', hard: ['os eq android', 'five_g eq true', 'storage_gb ~ 256', 'battery_mah gte 5000', 'maker not-in Samsung'], budget: 400, cur: 'GBP', deadline: ['2026-12-09'] },
  { text: 'iPhone 128 Go pour mon ado de 15 ans, bleu de préférence, 700 € max', lang: 'fr', expect: '267', hard: ['os eq ios', 'storage_gb ~ 128', 'color ~ blue'], budget: 700, age: 15 },
  { text: 'tablet for drawing w/ stylus support, ~11 inch, 128GB, not from Amazon, $500', lang: 'en', expect: '4745', hard: ['stylus_support eq true', 'screen_in ~ 11', 'storage_gb ~ 128', 'maker not-in Amazon'], budget: 500, cur: 'USD' },
  { text: 'do you sell e-readers that aren\'t kindles? waterproof w/ warm light, ~7 inch', lang: 'en', expect: '3539', hard: ['waterproof eq true', 'warm_light eq true', 'screen_in ~ 7'], budget: 0 },
  { text: 'mirrorless full frame w/ kit lens and 4k video, free returns pls, approx 1500€', lang: 'en', expect: '152', hard: ['camera_type eq mirrorless', 'sensor eq full-frame', 'kit_lens eq true', 'video_4k eq true'], budget: 1650 },
  { text: 'appareil photo instantané pour ma nièce de 12 ans, septante euros', lang: 'fr', expect: '152', hard: ['camera_type eq instant'], budget: 70, who: 'niece', age: 12 },
  { text: 'portable speaker for the pool, IP67, 12h+ battery, no Amazon/Alexa stuff, £100', lang: 'en', expect: '249', hard: ['portable eq true', 'water_resistance eq IP67', 'battery_hours gte 12'], budget: 100, cur: 'GBP' },
  { text: 'over-ear headphones w/ ANC + multipoint, 30h battery minimum, not Bose, 300$', lang: 'en', expect: 'headphones', hard: ['form eq over-ear', 'noise_cancelling eq true', 'multipoint eq true', 'battery_hours gte 30', 'maker not-in Bose'], budget: 300, cur: 'USD' },
  { text: 'écouteurs true wireless pour le sport, étanches IPX7, moins de 80 €', lang: 'fr', expect: 'headphones', hard: ['form eq in-ear', 'wireless eq true', 'water_resistance eq IPX7'], budget: 80 },
  // Nobody sells these
  { text: 'a dozen rechargeable AA batteries 2500mAh or more under 25 quid', lang: 'en', expect: 'unsupported', budget: 25, cur: 'GBP' },
  { text: 'do you have something for descaling? my kettle and coffee machine are full of limescale', lang: 'en', expect: 'unsupported' },
  { text: '4 winter tyres 205/55 R16 for my car, fitted, approx £320', lang: 'en', expect: 'unsupported' },
  { text: 'une douzaine de bougies parfumées sans paraffine, 40 € grand max', lang: 'fr', expect: 'unsupported', budget: 40 },
  { text: 'croquettes pour chat sterilise sans cereales, sac de 4 kg', lang: 'fr', expect: 'unsupported' },
  { text: 'je magasine des bas chauds pour l\'hiver, 3 paires, pas en laine svp', lang: 'fr', expect: 'unsupported' },
  // Genuinely ambiguous: the butler must ask what is meant
  { text: 'same as last time but in blue pls 🙏', lang: 'en', expect: 'ask:category' },
  { text: 'need a new screen for gaming 4k 120hz max 700', lang: 'en', expect: 'ask:category', budget: 700 },
  { text: 'headphones or a speaker for my son\'s room, he\'s 14, under 100', lang: 'en', expect: 'ask:category', budget: 100, who: 'son', age: 14 },
  { text: 'un truc pour le cafe au bureau, budget 200 balles', lang: 'fr', expect: 'ask:category', budget: 200 },
];
