/**
 * Eighty-three requests written by hand before running them through the engine (requests6), over the demo market the CLI
 * connects to by default, outside running shoes / headphones / coffee: kitchen, tools, garden, baby, toys, bikes,
 * furniture, appliances, care, pet food, tech, outdoor, tea, and categories nobody sells. English and French, typos,
 * mixed currencies, ranges, "k" thousands, decimal commas, measures that are never prices, deadlines, gifts, negations.
 *
 * Rules are "attribute op value" (hard: eq, neq, lte, gte, in, not-in), "attribute direction [value]" (soft), or
 * "attribute ~ value" (any hard or soft rule on the attribute with that value: the reading of "40 L" may be a wish or a
 * floor). Only the listed rules are checked. `budget` is in major units of `cur` (default EUR; 0: no budget);
 * `deadline` the accepted delivery dates (UTC, YYYY-MM-DD); `who`/`age` the recipient (`who` in the engine's canonical English word: "dad" is father); `noted` a word the butler must
 * say back (assumption, not-understood note or question) because the request is ambiguous or partly unreadable.
 */
export interface UnseenRow {
  readonly text: string;
  /** The language the answer is expected in: the request's own (ISO 639-1). */
  readonly lang: 'en' | 'fr' | 'es' | 'it' | 'de' | 'nl' | 'pt' | 'pl' | 'sv' | 'ru' | 'tr' | 'el' | 'cs' | 'ro' | 'ja' | 'hu' | 'da' | 'uk' | 'ko' | 'fi' | 'no' | 'vi' | 'id' | 'he' | 'ar';
  /** Category id, or 'unsupported', or 'ask:<what>' for a question about `what` (category, bike_type…). */
  readonly expect: string;
  readonly hard?: readonly string[];
  readonly soft?: readonly string[];
  readonly budget?: number;
  readonly cur?: string;
  readonly quantity?: number;
  readonly deadline?: readonly string[];
  readonly who?: string;
  readonly age?: number;
  readonly noted?: string;
}

/** Wednesday 2 December 2026, 10:00 UTC: "by Friday" is 4 December. */
export const UNSEEN_NOW = new Date('2026-12-02T10:00:00Z');

export const UNSEEN_REQUESTS: readonly UnseenRow[] = [
  // Kitchen
  { text: 'electric kettle 1.7 L, stainless steel, under 60€', lang: 'en', expect: '751', hard: ['body eq stainless steel'], soft: ['capacity_l ~ 1.7'], budget: 60 },
  { text: 'bouilloire en verre avec réglage de température, pas plus de 45 euros', lang: 'fr', expect: '751', hard: ['body eq glass', 'temperature_control eq true'], budget: 45 },
  { text: 'a blender for smoothies at least 1000 W, between 50 and 80 EUR', lang: 'en', expect: '505666', hard: ['power_w gte 1000'], budget: 80 },
  { text: 'mixeur plongeant ~ 30 €', lang: 'fr', expect: '505666', hard: ['blender_type eq hand'], budget: 33 },
  { text: 'espresso machine with milk frother, 15 bar, max $400', lang: 'en', expect: '736', hard: ['machine_type eq espresso', 'milk_frother eq true', 'pressure_bar ~ 15'], budget: 400, cur: 'USD' },
  { text: 'machine à café à grain avec broyeur, réservoir de 1,8 L, moins de 650 €', lang: 'fr', expect: '736', hard: ['machine_type eq bean-to-cup', 'grinder eq true', 'water_tank_l ~ 1.8'], budget: 650 },
  { text: 'capsule coffee machine, anything but red, by Friday', lang: 'en', expect: '736', hard: ['machine_type eq capsule', 'color not-in red'], deadline: ['2026-12-04'], budget: 0 },
  { text: 'blender with a flurbo function, under 90€', lang: 'en', expect: '505666', budget: 90, noted: 'flurbo' },
  { text: 'bouilloir inox 1,5 litre', lang: 'fr', expect: '751', hard: ['body eq stainless steel', 'capacity_l ~ 1.5'], budget: 0 },
  // Tools and garden
  { text: 'cordless hammer drill 18V with 2 batteries, under £150', lang: 'en', expect: '2629', hard: ['drill_type eq hammer-drill', 'cordless eq true', 'voltage_v ~ 18', 'batteries_included ~ 2'], budget: 150, cur: 'GBP' },
  { text: 'perceuse visseuse sans fil Bosch ou Makita, 100 euros max', lang: 'fr', expect: '2629', hard: ['drill_type eq drill-driver', 'cordless eq true', 'maker in Bosch', 'maker in Makita'], budget: 100 },
  { text: 'impact driver, not Ryobi, at most 120 CHF', lang: 'en', expect: '2629', hard: ['drill_type eq impact-driver', 'maker not-in Ryobi'], budget: 120, cur: 'CHF' },
  { text: 'robot lawn mower for a 600 m2 garden, less than 1k€', lang: 'en', expect: '694', hard: ['robotic eq true', 'lawn_area_m2 ~ 600'], budget: 1000 },
  { text: 'tondeuse thermique autotractée, largeur de coupe 46 cm', lang: 'fr', expect: '694', hard: ['power_source eq petrol', 'self_propelled eq true', 'cutting_width_cm ~ 46'], budget: 0 },
  { text: 'a quiet battery lawnmower, no Einhell', lang: 'en', expect: '694', hard: ['power_source eq battery', 'maker not-in Einhell'], soft: ['noise_db lower'] },
  { text: 'perceuse à percussion 800W pour béton, d\'ici mardi', lang: 'fr', expect: '2629', hard: ['drill_type eq hammer-drill'], deadline: ['2026-12-08'], budget: 0 },
  // Baby
  { text: 'poussette compacte dès la naissance, moins de 7 kg, budget 300€', lang: 'fr', expect: '568', hard: ['stroller_type eq compact', 'from_birth eq true', 'weight_kg lte 7'], budget: 300 },
  { text: 'jogging stroller as a present for my sister, under 500 dollars', lang: 'en', expect: '568', hard: ['stroller_type eq jogging'], budget: 500, cur: 'USD', who: 'sister' },
  { text: 'double pushchair around 250 GBP', lang: 'en', expect: '568', hard: ['stroller_type eq double'], budget: 275, cur: 'GBP' },
  { text: 'kids electric toothbrush, pack of 2, under 40€', lang: 'en', expect: '527', hard: ['age_group eq kids', 'pack_size eq 2'], budget: 40, quantity: 1 },
  { text: 'brosse à dents sonique avec capteur de pression, pas Oral-B', lang: 'fr', expect: '527', hard: ['brush_type eq sonic', 'pressure_sensor eq true', 'maker not-in Oral-B'] },
  // Toys and games
  { text: 'Lego Technic set for my nephew, he is 8, max 60 euros', lang: 'en', expect: '3805', hard: ['theme eq technic'], budget: 60, who: 'nephew' },
  { text: 'un puzzle de 1000 pièces en bois pour ma grand-mère', lang: 'fr', expect: '2618', hard: ['puzzle_material eq wood', 'pieces ~ 1000'], budget: 0, who: 'grandmother' },
  { text: 'cooperative board game in French, about 45 min per game', lang: 'en', expect: '1246', hard: ['game_type eq cooperative', 'language eq fr', 'play_minutes ~ 45'], budget: 0 },
  { text: 'jeu de société pour 6 joueurs, à partir de 8 ans, moins de 35€', lang: 'fr', expect: '1246', hard: ['max_players gte 6', 'min_age lte 8'], budget: 35 },
  { text: 'a 500-piece jigsaw, not cardboard, for a 12 yo', lang: 'en', expect: '2618', hard: ['puzzle_material not-in cardboard', 'pieces ~ 500'], budget: 0, age: 12 },
  { text: 'Duplo set for a toddler, before Christmas', lang: 'en', expect: '3805', hard: ['theme eq duplo'], deadline: ['2026-12-24', '2026-12-25'] },
  // Bikes
  { text: 'VTT semi-rigide 29 pouces taille L, freins à disque hydrauliques, 1200 € max', lang: 'fr', expect: '1026', hard: ['bike_type eq mountain', 'brake_type eq hydraulic-disc', 'size eq L', 'wheel_size_in ~ 29'], budget: 1200 },
  { text: 'ebike for commuting under 2.5k', lang: 'en', expect: '1026', hard: ['electric eq true'], budget: 2500 },
  { text: 'kids bike 16 inch for my niece, by 20 December', lang: 'en', expect: '1026', hard: ['bike_type eq kids', 'wheel_size_in ~ 16'], deadline: ['2026-12-20'], who: 'niece' },
  { text: 'carbon road bike with Shimano 105, between 1500 and 2000 euros', lang: 'en', expect: '1026', hard: ['bike_type eq road', 'frame_material eq carbon'], budget: 2000 },
  { text: 'casque vélo urbain avec lumière intégrée, taille M, pas noir', lang: 'fr', expect: '1029', hard: ['helmet_type eq urban', 'integrated_light eq true', 'size eq M', 'color not-in black'] },
  { text: 'MIPS bike helmet for a child, under 50 €', lang: 'en', expect: '1029', hard: ['mips eq true'], budget: 50 },
  // Furniture and home
  { text: 'ergonomic office chair with lumbar support and headrest, up to 300 euros', lang: 'en', expect: '2045', hard: ['lumbar_support eq true', 'headrest eq true'], budget: 300 },
  { text: "chaise de bureau pour quelqu'un de 130 kg, accoudoirs réglables", lang: 'fr', expect: '2045', hard: ['max_load_kg gte 130', 'adjustable_armrests eq true'], budget: 0 },
  { text: 'memory foam mattress 160x200, medium firmness', lang: 'en', expect: '2696', hard: ['mattress_type eq memory foam', 'firmness eq medium', 'width_cm ~ 160'], budget: 0 },
  { text: 'matelas ressorts ensachés 140 x 190 ferme, entre 400 et 600 €', lang: 'fr', expect: '2696', hard: ['mattress_type eq pocket spring', 'firmness eq firm', 'width_cm ~ 140'], budget: 600 },
  { text: 'air purifier with HEPA filter for a 40m² room, quiet, max 250€', lang: 'en', expect: '606', hard: ['hepa eq true', 'room_m2 gte 40'], soft: ['noise_db lower'], budget: 250 },
  { text: "purificateur d'air pour une chambre de 20 m2, moins de 40 dB", lang: 'fr', expect: '606', hard: ['room_m2 gte 20', 'noise_db lte 40'], budget: 0 },
  // Cleaning and appliances
  { text: 'cordless stick vacuum, 45 min runtime, no Dyson, 200-300€', lang: 'en', expect: '619', hard: ['vacuum_type eq stick', 'cordless eq true', 'maker not-in Dyson', 'runtime_min ~ 45'], budget: 300 },
  { text: 'aspirateur robot silencieux, moins de 250 balles', lang: 'fr', expect: '619', hard: ['vacuum_type eq robot'], soft: ['noise_db lower'], budget: 250 },
  { text: 'vaccum cleaner cordles under 150 eur', lang: 'en', expect: '619', hard: ['cordless eq true'], budget: 150 },
  { text: 'washing machine 9 kg front loader, energy class A, 1400 rpm', lang: 'en', expect: '2549', hard: ['loading eq front', 'energy_class eq A', 'capacity_kg ~ 9', 'spin_rpm ~ 1400'], budget: 0 },
  { text: 'lave-linge top 7kg pas plus de 500 euros, livré avant samedi', lang: 'fr', expect: '2549', hard: ['loading eq top', 'capacity_kg ~ 7'], budget: 500, deadline: ['2026-12-04', '2026-12-05'] },
  // Personal care
  { text: 'ionic foldable hair dryer 2000W for travel, under 35 pounds', lang: 'en', expect: '490', hard: ['ionic eq true', 'foldable eq true', 'power_w ~ 2000'], budget: 35, cur: 'GBP' },
  { text: 'sèche-cheveux léger, moins de 500 g, pas Dyson', lang: 'fr', expect: '490', hard: ['weight_g lte 500', 'maker not-in Dyson'], budget: 0 },
  { text: 'moisturizer for sensitive skin, fragrance free, under 25€', lang: 'en', expect: 'unsupported' },
  { text: 'un rouge à lèvres mat longue tenue pour ma mère', lang: 'fr', expect: 'unsupported' },
  { text: 'vegan shampoo 500 ml x 3', lang: 'en', expect: 'unsupported' },
  // Pet food
  { text: 'grain-free dry dog food for a senior lab, 12 kg bag, under 70 euros', lang: 'en', expect: '3530', hard: ['grain_free eq true', 'food_form eq dry', 'life_stage eq senior', 'weight_kg ~ 12'], budget: 70 },
  { text: 'croquettes chiot petite race sans céréales 3 kg', lang: 'fr', expect: '3530', hard: ['life_stage eq puppy', 'dog_size eq small', 'grain_free eq true', 'food_form eq dry', 'weight_kg ~ 3'], budget: 0 },
  { text: 'wet food for my cat, 24 x 85 g pouches', lang: 'en', expect: 'unsupported' },
  { text: 'pâtée pour chien adulte, lot de 12 boîtes, max 30 €', lang: 'fr', expect: '3530', hard: ['food_form eq wet', 'life_stage eq adult', 'pack_size eq 12'], budget: 30, quantity: 1 },
  // Tech outside headphones
  { text: 'refurbished iPhone 128GB, not pink, max 450€', lang: 'en', expect: '267', hard: ['condition eq refurbished', 'color not-in pink', 'storage_gb ~ 128'], budget: 450 },
  { text: 'smartphone android 5G avec une batterie de 5 000 mAh, moins de 300 €', lang: 'fr', expect: '267', hard: ['os eq android', 'five_g eq true', 'battery_mah ~ 5000'], budget: 300 },
  { text: 'laptop 16GB RAM 512GB SSD 14 inch under 1.2k USD, by next Monday', lang: 'en', expect: '328', hard: ['ram_gb ~ 16', 'storage_gb ~ 512', 'screen_in ~ 14'], budget: 1200, cur: 'USD', deadline: ['2026-12-07'] },
  { text: 'ordinateur portable clavier azerty, moins de 1,5 kg, 800 € max', lang: 'fr', expect: '328', hard: ['keyboard_layout eq azerty', 'weight_kg lte 1.5'], budget: 800 },
  { text: '27 inch 4K monitor with USB-C, 144Hz, ~350 €', lang: 'en', expect: '305', hard: ['resolution eq 4k', 'usb_c eq true', 'screen_in ~ 27', 'refresh_hz ~ 144'], budget: 385 },
  { text: 'tablette 11 pouces compatible stylet avec 4G, 128 Go', lang: 'fr', expect: '4745', hard: ['stylus_support eq true', 'cellular eq true', 'screen_in ~ 11', 'storage_gb ~ 128'], budget: 0 },
  { text: "waterproof e-reader with warm light for my dad's birthday, 150 € tops", lang: 'en', expect: '3539', hard: ['waterproof eq true', 'warm_light eq true'], budget: 150, who: 'father' },
  { text: 'liseuse Kobo écran couleur', lang: 'fr', expect: '3539', hard: ['store eq kobo', 'color_screen eq true'], budget: 0 },
  { text: 'full frame mirrorless camera with kit lens, 4K video, between 1000 and 1500 €', lang: 'en', expect: '152', hard: ['camera_type eq mirrorless', 'sensor eq full-frame', 'kit_lens eq true', 'video_4k eq true'], budget: 1500 },
  { text: '55" OLED TV 120 Hz with HDMI 2.1, under 1 200 €', lang: 'en', expect: '404', hard: ['panel eq oled', 'hdmi_2_1 eq true', 'screen_in ~ 55', 'refresh_hz ~ 120'], budget: 1200 },
  { text: 'portable bluetooth speaker IP67, 20 h battery, 79,99 € max', lang: 'en', expect: '249', hard: ['portable eq true', 'water_resistance eq IP67', 'battery_hours ~ 20'], budget: 79.99 },
  { text: 'fitness tracker with GPS and heart rate, battery at least 7 days, no smartwatch', lang: 'en', expect: '500009', hard: ['gps eq true', 'heart_rate eq true', 'battery_days gte 7', 'form not-in watch'] },
  { text: 'télé 65 pouces 900', lang: 'fr', expect: '404', hard: ['screen_in ~ 65'], budget: 900, noted: '900' },
  // Outdoor and travel
  { text: 'tente 4 places autoportante de moins de 5 kg', lang: 'fr', expect: '1022', hard: ['freestanding eq true', 'weight_kg lte 5', 'capacity_persons ~ 4'], budget: 0 },
  { text: 'down sleeping bag, comfort -5°C, under 1.2 kg, mummy shape', lang: 'en', expect: '1020', hard: ['fill eq down', 'shape eq mummy', 'comfort_temp_c lte -5', 'weight_g lte 1200'], budget: 0 },
  { text: 'hiking backpack 40 L waterproof, not orange, max 120 CHF', lang: 'en', expect: '100', hard: ['backpack_type eq hiking', 'waterproof eq true', 'color not-in orange', 'volume_l ~ 40'], budget: 120, cur: 'CHF' },
  { text: 'sac à dos pour ordinateur 15,6 pouces, moins de 1 kg', lang: 'fr', expect: '100', hard: ['backpack_type eq laptop', 'weight_g lte 1000', 'laptop_in ~ 15.6'], budget: 0 },
  { text: "women's rain jacket with hood, size S, anything but yellow", lang: 'en', expect: '5598', hard: ['jacket_type eq rain', 'hood eq true', 'gender eq female', 'size eq S', 'color not-in yellow'] },
  { text: 'doudoune homme taille XL, pas plus de 150 balles', lang: 'fr', expect: '5598', hard: ['jacket_type eq down', 'gender eq male', 'size eq XL'], budget: 150 },
  { text: 'two yoga mats, 6mm thick, PVC free, non slip', lang: 'en', expect: '3640', hard: ['pvc_free eq true', 'non_slip eq true', 'thickness_mm ~ 6'], quantity: 2, budget: 0 },
  { text: 'hard shell cabin suitcase, 4 wheels, max 3 kg, under 120€, for my trip on the 18th', lang: 'en', expect: '107', hard: ['cabin_size eq true', 'shell eq hard', 'weight_kg lte 3', 'wheels ~ 4'], budget: 120, deadline: ['2026-12-17', '2026-12-18'] },
  // Tea
  { text: 'thé vert bio en vrac 250 g, moins de 12,50 €', lang: 'fr', expect: '2073', hard: ['tea_type eq green', 'organic eq true', 'tea_form eq loose', 'weight_g ~ 250'], budget: 12.5 },
  { text: 'caffeine free herbal tea bags, 3 boxes, no more than 12 EUR', lang: 'en', expect: '2073', hard: ['tea_type eq herbal', 'caffeine_free eq true', 'tea_form eq bags'], quantity: 3, budget: 12 },
  // Nobody sells these
  { text: 'a paperback copy of Dune in French for my niece', lang: 'en', expect: 'unsupported' },
  { text: "un canapé d'angle convertible gris, 3 places", lang: 'fr', expect: 'unsupported' },
  { text: 'garden hose 25 m with spray gun', lang: 'en', expect: 'unsupported' },
  // Ambiguous: the butler must ask or say what it assumed
  { text: 'something nice for my brother, 50 euros', lang: 'en', expect: 'ask:category' },
  { text: 'a speaker or a tablet under 200', lang: 'en', expect: 'ask:category' },
  { text: 'un vélo pas cher', lang: 'fr', expect: 'ask:bike_type' },
  { text: 'kettle 2 litres, 2 of them, 40', lang: 'en', expect: '751', hard: ['capacity_l ~ 2'], quantity: 2, budget: 40, noted: '40' },
];
