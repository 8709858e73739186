/**
 * Requests in English and French across the open market's categories, with what a careful person would read from
 * each: the category (or the question that should be asked), the hard constraints and wishes, and the budget.
 * Rules are written "attribute op value" (hard) or "attribute direction [value]" (soft); only the rules listed are
 * checked (others may be present; a quoted value is text), `€` is the budget in euros (0: no budget), `ask` the attribute a question is about.
 */
export interface OpenTableRow {
  readonly text: string;
  readonly category?: string;
  readonly ask?: string;
  readonly unsupported?: true;
  readonly hard?: readonly string[];
  readonly soft?: readonly string[];
  readonly '€'?: number;
}

export const OPEN_CATEGORY_TABLE: readonly OpenTableRow[] = [
  // Bicycles (1026)
  { text: 'a road bike under 500 euros', category: '1026', hard: ['bike_type eq road'], '€': 500 },
  { text: 'I need a mountain bike, aluminium frame, max 800€', category: '1026', hard: ['bike_type eq mountain', 'frame_material eq aluminium'], '€': 800 },
  { text: 'un vélo de route en carbone de moins de 8 kg', category: '1026', hard: ['bike_type eq road', 'frame_material eq carbon', 'weight_kg lte 8'], '€': 0 },
  { text: 'un VTT pour mon fils de 10 ans', category: '1026', hard: ['bike_type eq mountain'] },
  { text: 'city bikes with electric assist', category: '1026', hard: ['bike_type eq city', 'electric eq true'] },
  { text: 'a bike', ask: 'bike_type' },
  { text: 'un vélo électrique de ville, budget 1500 euros', category: '1026', hard: ['bike_type eq city', 'electric eq true'], '€': 1500 },
  { text: 'gravel bike not Decathlon, ideally steel', category: '1026', hard: ['bike_type eq gravel', 'maker not-in Decathlon'], soft: ['frame_material equals steel'] },
  { text: 'a red kids bike with 20 inch wheels', category: '1026', hard: ['bike_type eq kids', 'color in red'], soft: ['wheel_size_in equals 20'] },
  { text: 'vélo hybride 21 vitesses', category: '1026', hard: ['bike_type eq hybrid'], soft: ['gears equals 21'] },
  // Vacuums (619)
  { text: 'un aspirateur sans fil silencieux à moins de 200 €', category: '619', hard: ['cordless eq true'], soft: ['noise_db lower'], '€': 200 },
  { text: 'a cordless stick vacuum with at least 40 minutes of battery', category: '619', hard: ['cordless eq true', 'vacuum_type eq stick', 'runtime_min gte 40'] },
  { text: 'robot vacuum under 300 dollars', category: '619', hard: ['vacuum_type eq robot'] },
  { text: 'aspirateur traîneau sans sac', category: '619', hard: ['vacuum_type eq canister', 'bagless eq true'] },
  { text: 'a quiet bagless vacuum cleaner, not Dyson', category: '619', hard: ['bagless eq true', 'maker not-in Dyson'], soft: ['noise_db lower'] },
  { text: 'aspirateur balai léger, moins de 3 kg', category: '619', hard: ['vacuum_type eq stick', 'weight_kg lte 3'] },
  { text: 'a handheld hoover for the car', category: '619', hard: ['vacuum_type eq handheld'] },
  { text: 'an upright vacuum below 75 dB', category: '619', hard: ['vacuum_type eq upright', 'noise_db lte 75'] },
  { text: 'un aspirateur', ask: 'vacuum_type' },
  // Construction sets (3805)
  { text: 'a birthday present for a 10-year-old who loves Lego, 40 euros max', category: '3805', hard: ['min_age lte 10'], '€': 40 },
  { text: 'un Lego Star Wars pour un enfant de 8 ans', category: '3805', hard: ['theme eq star wars', 'min_age lte 8'] },
  { text: 'Lego Technic set with at least 1000 pieces', category: '3805', hard: ['theme eq technic', 'pieces gte 1000'] },
  { text: 'des Lego Duplo pour ma nièce', category: '3805', hard: ['theme eq duplo'] },
  { text: 'a lego harry potter set under 60 euros', category: '3805', hard: ['theme eq harry potter'], '€': 60 },
  { text: 'jeu de construction pour un garçon de 6 ans, 30 euros', category: '3805', hard: ['min_age lte 6'], '€': 30 },
  // Puzzles (3867)
  { text: 'a 1000 piece jigsaw puzzle', category: '3867', soft: ['pieces equals 1000'] },
  { text: 'un puzzle en bois pour enfant', category: '3867', hard: ['puzzle_material eq wood'] },
  { text: 'puzzle de 500 pièces, 15 euros max', category: '3867', soft: ['pieces equals 500'], '€': 15 },
  { text: 'jigsaw puzzles with more than 2000 pieces', category: '3867', hard: ['pieces gte 2000'] },
  // Tents (1022)
  { text: 'a tent for 2', category: '1022', hard: ['capacity_persons gte 2'], '€': 0 },
  { text: 'tente 4 places autoportante', category: '1022', hard: ['freestanding eq true'], soft: ['capacity_persons equals 4'] },
  { text: 'a lightweight backpacking tent under 2 kg', category: '1022', hard: ['weight_kg lte 2'] },
  { text: 'une tente pop-up pour le festival, moins de 80 €', category: '1022', hard: ['setup eq pop-up'], '€': 80 },
  { text: 'family tent for 6 people', category: '1022', hard: ['capacity_persons gte 6'] },
  // Sleeping bags (1020)
  { text: 'un sac de couchage en duvet', category: '1020', hard: ['fill eq down'] },
  { text: 'mummy sleeping bag, synthetic fill, under 1200 g', category: '1020', hard: ['shape eq mummy', 'fill eq synthetic', 'weight_g lte 1200'] },
  { text: 'sleeping bag rated 0 °C', category: '1020', soft: ['comfort_temp_c equals 0'] },
  { text: 'sac de couchage rectangulaire pas cher', category: '1020', hard: ['shape eq rectangular'], soft: ['price lower'] },
  // Backpacks (100)
  { text: 'a waterproof hiking backpack, 30 L', category: '100', hard: ['waterproof eq true', 'backpack_type eq hiking'], soft: ['volume_l equals 30'] },
  { text: 'sac à dos pour ordinateur portable, noir', category: '100', hard: ['backpack_type eq laptop', 'color in black'] },
  { text: 'un sac à dos scolaire rose pour ma fille', category: '100', hard: ['backpack_type eq school', 'color in pink'] },
  { text: 'travel backpack of at least 40 litres', category: '100', hard: ['backpack_type eq travel', 'volume_l gte 40'] },
  { text: 'a backpack', ask: 'backpack_type' },
  // Suitcases (107)
  { text: 'une valise cabine rigide', category: '107', hard: ['cabin_size eq true', 'shell eq hard'] },
  { text: 'a large hard-shell suitcase, at least 90 litres', category: '107', hard: ['shell eq hard', 'volume_l gte 90'] },
  { text: 'carry-on luggage with 4 wheels under 100 euros', category: '107', hard: ['cabin_size eq true'], soft: ['wheels equals 4'], '€': 100 },
  { text: 'valise souple bleue', category: '107', hard: ['shell eq soft', 'color in blue'] },
  // Drills (1217)
  { text: 'a cordless drill', category: '1217', hard: ['cordless eq true'] },
  { text: 'perceuse à percussion sans fil 18 V', category: '1217', hard: ['drill_type eq hammer-drill', 'cordless eq true'], soft: ['voltage_v equals 18'] },
  { text: 'impact driver, Makita or Bosch only', category: '1217', hard: ['drill_type eq impact-driver', 'maker in Makita', 'maker in Bosch'] },
  { text: 'visseuse sans fil avec 2 batteries', category: '1217', hard: ['cordless eq true'], soft: ['batteries equals 2'] },
  // Board games (1246)
  { text: 'un jeu de société pour 6 joueurs', category: '1246', hard: ['min_players lte 6', 'max_players gte 6'] },
  { text: 'a cooperative board game for 2 players, in English', category: '1246', hard: ['game_type eq cooperative', 'min_players lte 2', 'max_players gte 2', 'language eq en'] },
  { text: 'jeu de société familial en français, moins de 30 euros', category: '1246', hard: ['game_type eq family', 'language eq fr'], '€': 30 },
  { text: 'a party game for a 12-year-old', category: '1246', hard: ['game_type eq party', 'min_age lte 12'] },
  { text: 'strategy board game, games under 60 minutes', category: '1246', hard: ['game_type eq strategy', 'play_time_min lte 60'] },
  // Digital cameras (152)
  { text: 'a mirrorless camera with 4K video', category: '152', hard: ['camera_type eq mirrorless', 'video_4k eq true'] },
  { text: 'appareil photo reflex d\'occasion', category: '152', hard: ['camera_type eq dslr', 'condition eq used'] },
  { text: 'compact camera, at least 20 MP, under 400€', category: '152', hard: ['camera_type eq compact', 'megapixels gte 20'], '€': 400 },
  { text: 'un appareil photo instantané pour ma sœur', category: '152', hard: ['camera_type eq instant'] },
  { text: 'a refurbished DSLR', category: '152', hard: ['camera_type eq dslr', 'condition eq refurbished'] },
  // Office chairs (2045)
  { text: 'an office chair with lumbar support', category: '2045', hard: ['lumbar_support eq true'] },
  { text: 'chaise de bureau avec appui-tête et accoudoirs réglables', category: '2045', hard: ['headrest eq true', 'adjustable_armrests eq true'] },
  { text: 'ergonomic desk chair for someone over 120 kg', category: '2045', hard: ['max_load_kg gte 120'] },
  { text: 'fauteuil de bureau noir, 200 euros maximum', category: '2045', hard: ['color in black'], '€': 200 },
  // Tea (2073)
  { text: 'du thé vert bio en vrac', category: '2073', hard: ['tea_type eq green', 'organic eq true', 'tea_form eq loose'] },
  { text: 'organic rooibos tea bags', category: '2073', hard: ['tea_type eq rooibos', 'organic eq true', 'tea_form eq bags'] },
  { text: 'a black tea, 250 g', category: '2073', hard: ['tea_type eq black'], soft: ['weight_g equals 250'] },
  { text: 'tisane en sachets', category: '2073', hard: ['tea_type eq herbal', 'tea_form eq bags'] },
  { text: 'oolong tea, ideally organic', category: '2073', hard: ['tea_type eq oolong'], soft: ['organic equals true'] },
  // Speakers (249)
  { text: 'a portable speaker, waterproof IP67', category: '249', hard: ['portable eq true', 'water_resistance eq IP67'] },
  { text: 'enceinte portable avec au moins 20 h d\'autonomie', category: '249', hard: ['portable eq true', 'battery_h gte 20'] },
  { text: 'wifi speaker for the living room, 300 euros max', category: '249', hard: ['wifi eq true'], '€': 300 },
  { text: 'speakers with at least 50 W', category: '249', hard: ['power_w gte 50'] },
  // Washing machines (2549)
  { text: 'lave-linge hublot classe A 8 kg', category: '2549', hard: ['loading eq front', 'energy_class eq A'], soft: ['capacity_kg equals 8'] },
  { text: 'a top-loading washing machine, quiet', category: '2549', hard: ['loading eq top'], soft: ['noise_db lower'] },
  { text: 'washing machine with at least 1400 rpm spin', category: '2549', hard: ['spin_rpm gte 1400'] },
  { text: 'machine à laver de 10 kg minimum', category: '2549', hard: ['capacity_kg gte 10'] },
  { text: 'une machine à laver à moins de 450 €, pas Beko', category: '2549', hard: ['maker not-in Beko'], '€': 450 },
  // Mobile phones (267)
  { text: 'a refurbished iPhone with 128 GB', category: '267', hard: ['condition eq refurbished'], soft: ['storage_gb equals 128'] },
  { text: 'smartphone Android 5G à moins de 300 euros', category: '267', hard: ['os eq android', 'five_g eq true'], '€': 300 },
  { text: 'un téléphone reconditionné, au moins 256 Go', category: '267', hard: ['condition eq refurbished', 'storage_gb gte 256'] },
  { text: 'a new phone with a 6.1 inch screen', category: '267', hard: ['condition eq new'], soft: ['screen_in equals 6.1'] },
  { text: 'telephone portable pour ma grand-mère, pas cher', category: '267', soft: ['price lower'] },
  // Mattresses (2696)
  { text: 'un matelas ferme en mousse à mémoire de forme', category: '2696', hard: ['firmness eq firm', 'mattress_type eq memory foam'] },
  { text: 'a 160 cm wide pocket spring mattress', category: '2696', hard: ['mattress_type eq pocket spring'], soft: ['width_cm equals 160'] },
  { text: 'latex mattress, medium firmness, under 700 euros', category: '2696', hard: ['mattress_type eq latex', 'firmness eq medium'], '€': 700 },
  { text: 'matelas', ask: 'mattress_type' },
  // Monitors (305)
  { text: 'a 27 inch 4K monitor', category: '305', hard: ['resolution eq 4k'], soft: ['screen_in equals 27'] },
  { text: 'écran PC 144 Hz de 24 pouces', category: '305', soft: ['refresh_hz equals 144', 'screen_in equals 24'] },
  { text: 'computer monitor with USB-C, at least 32 inches', category: '305', hard: ['usb_c eq true', 'screen_in gte 32'] },
  { text: 'moniteur QHD pas trop cher', category: '305', hard: ['resolution eq qhd'], soft: ['price lower'] },
  // Laptops (328)
  { text: 'a laptop with 16 GB of RAM under 1000 euros', category: '328', soft: ['ram_gb equals 16'], '€': 1000 },
  { text: 'ordinateur portable avec clavier azerty, moins de 1,5 kg', category: '328', hard: ['keyboard_layout eq azerty', 'weight_kg lte 1.5'] },
  { text: 'refurbished MacBook with macOS', category: '328', hard: ['condition eq refurbished', 'os eq macos'] },
  { text: 'a Chromebook for my son, 300 euros max', category: '328', '€': 300 },
  { text: 'PC portable 15 pouces, 512 Go de stockage minimum', category: '328', hard: ['storage_gb gte 512'], soft: ['screen_in equals 15'] },
  { text: 'linux laptop with at least 32 GB memory', category: '328', hard: ['os eq linux', 'ram_gb gte 32'] },
  // Dog food (3530) and cat food (3367)
  { text: 'croquettes pour chiot sans céréales, 12 kg', category: '3530', hard: ['food_form eq dry', 'life_stage eq puppy', 'grain_free eq true'], soft: ['weight_kg equals 12'] },
  { text: 'grain-free dog food for a senior dog', category: '3530', hard: ['grain_free eq true', 'life_stage eq senior'] },
  { text: 'pâtée pour chien adulte', category: '3530', hard: ['food_form eq wet', 'life_stage eq adult'] },
  { text: 'dry cat food for kittens', category: '3367', hard: ['food_form eq dry', 'life_stage eq kitten'] },
  { text: 'croquettes pour chat stérilisé, 4 kg', category: '3367', hard: ['food_form eq dry'], soft: ['weight_kg equals 4'] },
  // E-readers (3539)
  { text: 'a waterproof e-reader with warm light', category: '3539', hard: ['waterproof eq true', 'warm_light eq true'] },
  { text: 'liseuse étanche 7 pouces', category: '3539', hard: ['waterproof eq true'], soft: ['screen_in equals 7'] },
  { text: 'un Kindle, pas plus de 150 €', category: '3539', '€': 150 },
  { text: 'ebook reader with 32 GB', category: '3539', soft: ['storage_gb equals 32'] },
  // Yoga mats (3640)
  { text: 'un tapis de yoga antidérapant de 6 mm', category: '3640', hard: ['non_slip eq true'], soft: ['thickness_mm equals 6'] },
  { text: 'PVC-free yoga mat, purple', category: '3640', hard: ['pvc_free eq true', 'color in purple'] },
  { text: 'a thick yoga mat, at least 10 mm', category: '3640', hard: ['thickness_mm gte 10'] },
  // Televisions (404)
  { text: 'une télé OLED 55 pouces', category: '404', hard: ['panel eq oled'], soft: ['screen_in equals 55'] },
  { text: 'a 4K TV with HDMI 2.1 under 800 euros', category: '404', hard: ['resolution eq 4k', 'hdmi_2_1 eq true'], '€': 800 },
  { text: 'television 65 inch QLED, not Samsung', category: '404', hard: ['panel eq qled', 'maker not-in Samsung'], soft: ['screen_in equals 65'] },
  { text: 'téléviseur de moins de 43 pouces pour la cuisine', category: '404', hard: ['screen_in lte 43'] },
  // Tablets (4745)
  { text: 'an iPad with cellular and 256 GB', category: '4745', hard: ['cellular eq true'], soft: ['storage_gb equals 256'] },
  { text: 'tablette Android compatible stylet', category: '4745', hard: ['os eq android', 'stylus_support eq true'] },
  { text: 'a 10 inch tablet for a 7-year-old, 150 euros max', category: '4745', soft: ['screen_in equals 10'], '€': 150 },
  { text: 'tablet with windows', category: '4745', hard: ['os eq windows'] },
  // Hair dryers (490)
  { text: 'un sèche-cheveux ionique pliable', category: '490', hard: ['ionic eq true', 'foldable eq true'] },
  { text: 'a powerful hair dryer, 2000 W minimum', category: '490', hard: ['power_w gte 2000'] },
  { text: 'travel hair dryer under 400 g', category: '490', hard: ['weight_g lte 400'] },
  // Activity trackers (500009)
  { text: 'a fitness tracker with GPS', category: '500009', hard: ['gps eq true'] },
  { text: 'bracelet d\'activité avec cardiofréquencemètre, 7 jours d\'autonomie', category: '500009', hard: ['form eq band', 'heart_rate eq true'], soft: ['battery_days equals 7'] },
  { text: 'activity tracker watch, battery at least 10 days', category: '500009', hard: ['form eq watch', 'battery_days gte 10'] },
  // Blenders (505666)
  { text: 'un blender chauffant de 1,5 L', category: '505666', hard: ['heating eq true'], soft: ['jug_l equals 1.5'] },
  { text: 'a hand blender, 800 W', category: '505666', hard: ['blender_type eq hand'], soft: ['power_w equals 800'] },
  { text: 'mixeur plongeant pas cher', category: '505666', hard: ['blender_type eq hand'], soft: ['price lower'] },
  { text: 'personal blender for smoothies under 50 €', category: '505666', hard: ['blender_type eq personal'], '€': 50 },
  // Toothbrushes (527)
  { text: 'an electric toothbrush with a pressure sensor', category: '527', hard: ['pressure_sensor eq true'] },
  { text: 'brosse à dents sonique avec capteur de pression', category: '527', hard: ['brush_type eq sonic', 'pressure_sensor eq true'] },
  { text: 'oscillating toothbrush for a 6 year old', category: '527', hard: ['brush_type eq oscillating'], soft: ['age_group equals kids'] },
  { text: 'une brosse à dents électrique Oral-B, 60 euros maximum', ask: 'brush_type' },
  // Coats and jackets (5598)
  { text: 'une veste imperméable pour femme, taille M', category: '5598', hard: ['waterproof eq true', 'gender eq female', 'size eq M'] },
  { text: "a men's down jacket with a hood", category: '5598', hard: ['gender eq male', 'jacket_type eq down', 'hood eq true'] },
  { text: 'parka noire pour homme taille XL', category: '5598', hard: ['jacket_type eq parka', 'color in black', 'gender eq male', 'size eq XL'] },
  { text: 'a fleece jacket in green', category: '5598', hard: ['jacket_type eq fleece', 'color in green'] },
  { text: 'rain jacket, not yellow', category: '5598', hard: ['jacket_type eq rain'] },
  // Strollers (568)
  { text: 'une poussette compacte format cabine', category: '568', hard: ['stroller_type eq compact', 'cabin_size eq true'] },
  { text: 'a jogging stroller suitable from birth', category: '568', hard: ['stroller_type eq jogging', 'from_birth eq true'] },
  { text: 'double stroller under 9 kg', category: '568', hard: ['stroller_type eq double', 'weight_kg lte 9'] },
  // Air purifiers (606)
  { text: 'un purificateur d\'air avec filtre HEPA pour 40 m²', category: '606', hard: ['hepa eq true', 'room_m2 gte 40'] },
  { text: 'a quiet air purifier with app control', category: '606', hard: ['app_control eq true'], soft: ['noise_db lower'] },
  { text: 'air purifier for a bedroom, below 30 dB', category: '606', hard: ['noise_db lte 30'] },
  // Lawn mowers (694)
  { text: 'une tondeuse à batterie autotractée', category: '694', hard: ['power_source eq battery', 'self_propelled eq true'] },
  { text: 'a petrol lawn mower, 46 cm cutting width', category: '694', hard: ['power_source eq petrol'], soft: ['cutting_width_cm equals 46'] },
  { text: 'robot lawnmower under 600 euros', category: '694', hard: ['robotic eq true'], '€': 600 },
  { text: 'tondeuse électrique pas chère', category: '694', hard: ['power_source eq electric'], soft: ['price lower'] },
  // Coffee machines (736)
  { text: 'a coffee maker with a milk frother', category: '736', hard: ['milk_frother eq true'] },
  { text: 'machine à café à grain avec mousseur', category: '736', hard: ['machine_type eq bean-to-cup', 'milk_frother eq true'] },
  { text: 'an espresso machine, 15 bar, under 250 €', category: '736', hard: ['machine_type eq espresso'], soft: ['pressure_bar equals 15'], '€': 250 },
  { text: 'cafetière filtre', category: '736', hard: ['machine_type eq filter'] },
  { text: 'capsule coffee machine, not Nespresso', category: '736', hard: ['machine_type eq capsule'] },
  // Kettles (751)
  { text: 'a kettle', category: '751' },
  { text: 'bouilloire en inox avec réglage de température', category: '751', hard: ['body eq stainless steel', 'temperature_control eq true'] },
  { text: 'glass kettle, 1.7 L', category: '751', hard: ['body eq glass'], soft: ['capacity_l equals 1.7'] },
  { text: 'an electric kettle not made of plastic', category: '751', hard: ['body neq plastic'] },
  // Bicycle helmets (1029)
  { text: 'a MIPS road helmet', category: '1029', hard: ['mips eq true', 'helmet_type eq road'] },
  { text: 'casque de vélo pour enfant avec éclairage intégré', category: '1029', hard: ['helmet_type eq kids', 'integrated_light eq true'] },
  { text: 'bike helmet for commuting in the city, white', category: '1029', hard: ['color in white'] },
  // Wine (421)
  { text: 'une bouteille de vin rouge bio', category: '421', hard: ['wine_colour eq red', 'organic eq true'] },
  { text: 'a bottle of white wine for a dinner, around 20 euros', category: '421', hard: ['wine_colour eq white'], '€': 22 },
  { text: 'sparkling wine, 6 bottles, 75 cl', category: '421', hard: ['wine_colour eq sparkling'], soft: ['volume_ml equals 750'] },
  { text: 'du vin rosé pour l\'été, pas plus de 12 €', category: '421', hard: ['wine_colour eq rosé'], '€': 12 },
  // Dresses (2271)
  { text: 'a long-sleeved midi dress in navy', category: '2271', hard: ['sleeve_length eq long', 'length eq midi', 'color in navy'] },
  { text: 'robe maxi en lin, taille 38', category: '2271', hard: ['length eq maxi', 'material in linen', 'size eq "38"'] },
  { text: 'sleeveless summer dress, cotton', category: '2271', hard: ['sleeve_length eq sleeveless', 'material in cotton'] },
  { text: 'une robe rouge pour ma femme', category: '2271', hard: ['color in red'] },
  // Watches (201)
  { text: 'a digital watch water resistant to 100 m', category: '201', hard: ['watch_type eq digital'], soft: ['water_resistance_m equals 100'] },
  { text: 'montre analogique pour homme en acier', category: '201', hard: ['watch_type eq analog', 'gender eq male', 'material in steel'] },
  { text: "women's smart watch", category: '201', hard: ['watch_type eq smart', 'gender eq female'] },
  // Books (543543)
  { text: 'un roman policier en français, livre de poche', category: '543543', hard: ['language eq fr', 'format eq paperback'] },
  { text: 'a science fiction novel in English, hardcover', category: '543543', hard: ['genre eq science fiction', 'language eq en', 'format eq hardcover'] },
  { text: 'a cookbook for my mother', category: '543543', hard: ['genre eq cookbook'] },
  { text: 'livre pour enfant de 5 ans', category: '543543' },
  // Refrigerators (686)
  { text: 'un frigo no frost avec congélateur, classe A', category: '686', hard: ['no_frost eq true', 'freezer eq true', 'energy_class eq A'] },
  { text: 'a quiet fridge of at least 300 litres', category: '686', hard: ['capacity_l gte 300'], soft: ['noise_db lower'] },
  { text: 'refrigerator under 40 dB, max 700 euros', category: '686', hard: ['noise_db lte 40'], '€': 700 },
  // Outdoor grills (2985)
  { text: 'un barbecue à charbon avec couvercle', category: '2985', hard: ['fuel eq charcoal', 'lid eq true'] },
  { text: 'gas BBQ under 400 euros', category: '2985', hard: ['fuel eq gas'], '€': 400 },
  { text: 'an electric grill for the balcony', category: '2985', hard: ['fuel eq electric'] },
  // Car seats (547)
  { text: 'siège auto isofix pour bébé', category: '547', hard: ['isofix eq true'] },
  { text: 'a car seat with isofix for a child up to 36 kg', category: '547', hard: ['isofix eq true', 'max_weight_kg gte 36'] },
  // Frying pans (662)
  { text: 'une poêle antiadhésive compatible induction de 28 cm', category: '662', hard: ['non_stick eq true', 'induction eq true'], soft: ['diameter_cm equals 28'] },
  { text: 'a cast iron skillet, 26 cm', category: '662', hard: ['material in cast iron'], soft: ['diameter_cm equals 26'] },
  { text: 'frying pan for induction hobs, not Tefal', category: '662', hard: ['induction eq true', 'maker not-in Tefal'] },
  // Pillows (2700)
  { text: 'un oreiller ferme à mémoire de forme', category: '2700', hard: ['firmness eq firm', 'fill eq memory foam'] },
  { text: 'soft down pillow, 60 cm wide', category: '2700', hard: ['firmness eq soft', 'fill eq down'], soft: ['width_cm equals 60'] },
  // Sunglasses (178)
  { text: 'des lunettes de soleil polarisées pour femme', category: '178', hard: ['polarized eq true', 'gender eq female'] },
  { text: 'aviator sunglasses, gold frame, polarized', category: '178', hard: ['frame_shape eq aviator', 'color in gold', 'polarized eq true'] },
  { text: 'round sunglasses under 100 euros', category: '178', hard: ['frame_shape eq round'], '€': 100 },
  // Scooters (5879)
  { text: 'une trottinette électrique pliable avec 30 km d\'autonomie', category: '5879', hard: ['electric eq true', 'foldable eq true'], soft: ['range_km equals 30'] },
  { text: 'an electric scooter with a top speed of 25 km/h', category: '5879', hard: ['electric eq true'], soft: ['max_speed_kmh equals 25'] },
  { text: 'a kick scooter for a 5-year-old', category: '5879', soft: ['age_group equals kids'] },
  // Tennis racquets (3906)
  { text: 'a tennis racquet under 300 g', category: '3906', hard: ['weight_g lte 300'] },
  { text: 'raquette de tennis pour enfant', category: '3906' },
  // Socks (209)
  { text: 'a pack of 6 merino socks', category: '209', hard: ['pack_size eq 6', 'material in merino'] },
  { text: 'chaussettes en coton pour homme, lot de 10', category: '209', hard: ['material in cotton', 'gender eq male', 'pack_size eq 10'] },
  { text: 'black socks, size 42', category: '209', hard: ['color in black', 'size eq "42"'] },
  // Lamps (4636)
  { text: 'une lampe de chevet à intensité variable', category: '4636', hard: ['lamp_type eq bedside'] },
  { text: 'a dimmable floor lamp, at least 1500 lumens', category: '4636', hard: ['dimmable eq true', 'lamp_type eq floor', 'brightness_lm gte 1500'] },
  { text: 'desk lamp in white', category: '4636', hard: ['lamp_type eq desk', 'color in white'] },
  // Gifts with a recipient but no category yet: a question, never a category.
  { text: 'un cadeau pour ma sœur, moins de 50 euros', ask: 'category', '€': 50 },
  { text: 'a present for my dad', ask: 'category' },
  { text: 'something for my boss for Christmas', ask: 'category' },
  { text: 'cadeau de naissance', ask: 'category' },
  { text: 'a gift for a 10 year old', ask: 'category' },
  { text: 'idée cadeau pour ma grand-mère, 30 euros', ask: 'category', '€': 30 },
  // Categories no connected brand sells: said plainly.
  { text: 'a golf club', unsupported: true },
  { text: 'une échelle télescopique', unsupported: true },
  { text: 'a wireless router', unsupported: true },
  { text: 'des couches pour bébé', unsupported: true },
  { text: 'un parfum pour homme', unsupported: true },
  { text: 'an electric razor', unsupported: true },
  { text: 'a set of kitchen knives', unsupported: true },
  { text: 'une imprimante laser', unsupported: true },
  { text: 'a treadmill for home', unsupported: true },
  { text: 'sunscreen SPF 50', unsupported: true },
  // The built-in categories still read as before, next to all of the above.
  { text: 'waterproof trail running shoes size 43 under 150 euros', category: 'running-shoes', hard: ['size_eu eq 43', 'waterproof eq true', 'terrain eq trail'], '€': 150 },
  { text: 'noise cancelling headphones, not Sony', category: 'headphones', hard: ['noise_cancelling eq true', 'maker not-in Sony'] },
  { text: 'café en grains bio 1 kg', category: 'coffee', hard: ['form eq beans', 'organic eq true'] },
];
