/**
 * Eighty requests written blind (requests7) by a helper of session 22, before any of them was run through the engine and
 * without reading the request reader (`agent/need/`), the taxonomy matcher or the earlier request tests beyond
 * `unseen-requests-table.ts` (row format, and so as not to repeat its rows). The categories, attribute names and values
 * come from the demo market's catalogue data only (`brand-agent/reference/data/`). Fifty English, thirty French; seventy
 * over all thirty-eight categories the market sells, six nobody sells ('unsupported'), four genuinely ambiguous
 * ('ask:category'). Typos, abbreviations, all-caps, emoji, prices before and after, EUR/USD/GBP/CHF, ranges, "around"
 * (read, like requests6, as the figure plus ten per cent), measures that are never prices, quantities, negations, gifts
 * with recipients and ages, deadlines relative to UNSEEN_NOW (Wednesday 2 December 2026), long chatty messages.
 *
 * Rules are "attribute op value" (hard: eq, neq, lte, gte, in, not-in), "attribute direction [value]" (soft), or
 * "attribute ~ value" (any hard or soft rule on the attribute with that value). Only the listed rules are checked; where
 * two readings are fair the rule is "~" or left out. `budget` is in major units of `cur` (default EUR; 0: no budget);
 * `deadline` the accepted delivery dates (UTC, YYYY-MM-DD); `who`/`age` the recipient (canonical English word);
 * `noted` a word the butler must say back. See `unseen-requests-table.ts` for the row type and `unseen-requests-judge.ts`
 * for how a row is judged.
 */
import type { UnseenRow } from './unseen-requests-table.ts';

export const UNSEEN_REQUESTS_7: readonly UnseenRow[] = [
  // Kitchen
  { text: 'need a new kettle asap, ours died this morning 😩 something w/ temp control, glass if poss, $70 tops', lang: 'en', expect: '751', hard: ['temperature_control eq true', 'body ~ glass'], budget: 70, cur: 'USD' },
  { text: 'Bouilloire 1,7L pas en plastique, couleur crème idéalement, 50e max', lang: 'fr', expect: '751', hard: ['body not-in plastic', 'capacity_l ~ 1.7', 'color ~ cream'], budget: 50 },
  { text: 'KETTLE UNDER 30 EUROS PLEASE, WHITE!!', lang: 'en', expect: '751', hard: ['color ~ white'], budget: 30 },
  { text: 'personal blender for protein shakes, the small single-serve kind, max 60 GBP', lang: 'en', expect: '505666', hard: ['blender_type eq personal'], budget: 60, cur: 'GBP' },
  { text: 'blender chauffant pour faire des soupes, 1,75 l minimum, moins de 150€', lang: 'fr', expect: '505666', hard: ['heating eq true', 'jug_l gte 1.75'], budget: 150 },
  { text: 'bean to cup coffee machine w/ milk frother for the office, approx. 500€', lang: 'en', expect: '736', hard: ['machine_type eq bean-to-cup', 'milk_frother eq true'], budget: 550 },
  { text: 'cafetière filtre Moccamaster, pas rouge', lang: 'fr', expect: '736', hard: ['machine_type eq filter', 'maker in Moccamaster', 'color not-in red'], budget: 0 },
  { text: 'pod coffee maker for my mum, she hates anything complicated, <100 €', lang: 'en', expect: '736', hard: ['machine_type eq pod'], budget: 100, who: 'mother' },
  // Coffee
  { text: 'decaf coffee beans, organic, 1kg bag, under 30 euros', lang: 'en', expect: 'coffee', hard: ['decaf eq true', 'organic eq true', 'form eq beans', 'weight_g ~ 1000'], budget: 30 },
  { text: 'café moulu pour cafetière filtre, torréfaction claire, 100% arabica', lang: 'fr', expect: 'coffee', hard: ['form eq ground', 'roast eq light', 'use ~ filter', 'arabica_percent ~ 100'], budget: 0 },
  // Headphones
  { text: 'noise cancelling hdphones over ear, wireless, not Sony, 200-250€', lang: 'en', expect: 'headphones', hard: ['noise_cancelling eq true', 'form eq over-ear', 'wireless eq true', 'maker not-in Sony'], budget: 250 },
  { text: 'écouteurs intra pour courir, résistants à la transpiration (IPX4 au moins), moins de 80 balles', lang: 'fr', expect: 'headphones', hard: ['form eq in-ear', 'water_resistance ~ IPX4'], budget: 80 },
  { text: 'a pair of wired headphones (no bluetooth!!) for my son, 14, for gaming, £50 max', lang: 'en', expect: 'headphones', hard: ['wireless eq false'], budget: 50, cur: 'GBP', quantity: 1, who: 'son', age: 14 },
  // Running shoes
  { text: "women's trail running shoes size 39, waterproof, by next Monday", lang: 'en', expect: 'running-shoes', hard: ['gender eq women', 'terrain eq trail', 'waterproof eq true', 'size_eu ~ 39'], deadline: ['2026-12-07'], budget: 0 },
  { text: 'chaussures de running route pour homme pointure 44, pied large, amorti max, 130 € grand max', lang: 'fr', expect: 'running-shoes', hard: ['terrain eq road', 'gender eq men', 'width eq wide', 'size_eu ~ 44', 'cushioning ~ plush'], budget: 130 },
  { text: 'vegan road runing shoes, 43.5, anything except white or pink, $150', lang: 'en', expect: 'running-shoes', hard: ['vegan eq true', 'terrain eq road', 'color not-in white', 'color not-in pink', 'size_eu ~ 43.5'], budget: 150, cur: 'USD' },
  // Tools and garden
  { text: 'SDS drill for drilling into concrete walls, Makita or DeWalt, up to 250 eur', lang: 'en', expect: '2629', hard: ['drill_type eq sds', 'maker in Makita', 'maker in DeWalt'], budget: 250 },
  {
    text: "Bonjour, mon père refait toute sa terrasse en bois et il galère avec sa vieille visseuse. Je voudrais lui offrir une visseuse à chocs 18V, avec 2 batteries idéalement, livrée avant le 10 si possible. Merci !",
    lang: 'fr',
    expect: '2629',
    hard: ['drill_type eq impact-driver', 'voltage_v ~ 18', 'batteries_included ~ 2'],
    who: 'father',
    deadline: ['2026-12-09', '2026-12-10'],
    budget: 0,
  },
  { text: 'cheap 12v drill driver, just for putting up shelves, nothing over 70 quid', lang: 'en', expect: '2629', hard: ['drill_type eq drill-driver', 'voltage_v ~ 12'], budget: 70, cur: 'GBP' },
  { text: 'robot mower for approx 1000 m² lawn, Husqvarna or Segway', lang: 'en', expect: '694', hard: ['robotic eq true', 'lawn_area_m2 ~ 1000', 'maker in Husqvarna', 'maker in Segway'], budget: 0 },
  // Baby
  { text: 'stroller that fits in overhead cabin bins, from birth, under 8kg, €400 budget', lang: 'en', expect: '568', hard: ['cabin_size eq true', 'from_birth eq true', 'weight_kg lte 8'], budget: 400 },
  // Toothbrushes
  { text: 'electic toothbrush with app + pressure sensor, oscillating, not Philips, 100€ max', lang: 'en', expect: '527', hard: ['app eq true', 'pressure_sensor eq true', 'brush_type eq oscillating', 'maker not-in Philips'], budget: 100 },
  { text: 'deux brosses à dents électriques pour enfants, moins de 30€ chacune', lang: 'fr', expect: '527', hard: ['age_group eq kids'], quantity: 2 },
  // Toys and games
  { text: 'LEGO Star Wars 🎄 for my 10 year old son, nothing over 80 euros, has to arrive before Christmas', lang: 'en', expect: '3805', hard: ['theme eq star wars'], budget: 80, who: 'son', age: 10, deadline: ['2026-12-24', '2026-12-25'] },
  { text: 'Lego Harry Potter pour ma fille de 9 ans, environ 50€', lang: 'fr', expect: '3805', hard: ['theme eq harry potter'], budget: 55, who: 'daughter', age: 9 },
  { text: 'jigsaw 2000 pieces, cardboard is fine, world map or something, for my grandad', lang: 'en', expect: '2618', hard: ['pieces ~ 2000'], budget: 0, who: 'grandfather' },
  { text: 'party game for 8+ players, quick (under 30 min), in English, ~25 EUR', lang: 'en', expect: '1246', hard: ['game_type eq party', 'max_players gte 8', 'play_minutes lte 30', 'language eq en'], budget: 27.5 },
  // Bikes
  { text: 'gravel bike, carbon frame, size M, hydraulic discs, EUR 2000-2500', lang: 'en', expect: '1026', hard: ['bike_type eq gravel', 'frame_material eq carbon', 'size eq M', 'brake_type eq hydraulic-disc'], budget: 2500 },
  { text: 'vélo de ville électrique pour ma femme, taille S, 2000 € max', lang: 'fr', expect: '1026', hard: ['bike_type eq city', 'electric eq true', 'size eq S'], budget: 2000, who: 'wife' },
  { text: "kid's bike 20 inch w/ gears for my daughter (7), not red please, max 300", lang: 'en', expect: '1026', hard: ['bike_type eq kids', 'wheel_size_in ~ 20', 'color not-in red'], budget: 300, who: 'daughter', age: 7 },
  { text: 'road cycling helmet with MIPS, size L, under 250g if possible', lang: 'en', expect: '1029', hard: ['helmet_type eq road', 'mips eq true', 'size eq L', 'weight_g ~ 250'], budget: 0 },
  { text: 'casque de vélo pour enfant taille XS avec lumière', lang: 'fr', expect: '1029', hard: ['helmet_type eq kids', 'size eq XS', 'integrated_light eq true'], budget: 0 },
  // Furniture and home
  { text: 'mesh office chair w/ headrest, adjustable arms, grey, I work 10h a day so comfort matters, up to 450 €', lang: 'en', expect: '2045', hard: ['headrest eq true', 'adjustable_armrests eq true', 'material ~ mesh', 'color ~ grey'], budget: 450 },
  { text: 'fauteuil de bureau Herman Miller ou Steelcase, garantie 12 ans', lang: 'fr', expect: '2045', hard: ['maker in Herman Miller', 'maker in Steelcase', 'warranty_years ~ 12'], budget: 0 },
  { text: 'latex mattress, 180 x 200, firm, at least a 100-night trial', lang: 'en', expect: '2696', hard: ['mattress_type eq latex', 'firmness eq firm', 'width_cm ~ 180', 'trial_nights gte 100'], budget: 0 },
  { text: 'air purifier w/ app control for a 50 m2 living room, CADR 300+ m3/h', lang: 'en', expect: '606', hard: ['app_control eq true', 'room_m2 gte 50', 'cadr_m3h gte 300'], budget: 0 },
  { text: "purificateur d'air HEPA silencieux pour la chambre du bébé, 20 dB max, Philips de préférence", lang: 'fr', expect: '606', hard: ['hepa eq true', 'noise_db lte 20', 'maker ~ Philips'], budget: 0 },
  // Cleaning and appliances
  {
    text: "Hi! So we just adopted a second cat and the hair is literally everywhere lol. My partner says I should get one of those robot vacuums. Bagless would be good (bags are a pain), but not an iRobot, we had one and it died after a year. Budget is like 300-400 euros and ideally it'd be here before the weekend because my in-laws are visiting.",
    lang: 'en',
    expect: '619',
    hard: ['vacuum_type eq robot', 'bagless ~ true', 'maker not-in iRobot'],
    budget: 400,
    deadline: ['2026-12-04', '2026-12-05'],
  },
  { text: 'aspirateur balais sans fils léger, moins de 2,5 kg, autonomie 60 min', lang: 'fr', expect: '619', hard: ['vacuum_type eq stick', 'cordless eq true', 'weight_kg lte 2.5', 'runtime_min ~ 60'], budget: 0 },
  { text: 'Washing machine, 10kg, A rated, quiet please, Miele or Bosch. Budget EUR 900', lang: 'en', expect: '2549', hard: ['capacity_kg ~ 10', 'energy_class eq A', 'maker in Miele', 'maker in Bosch'], soft: ['noise_db lower'], budget: 900 },
  { text: 'lave-linge hublot 8 kg 1600 tours, livraison avant vendredi', lang: 'fr', expect: '2549', hard: ['loading eq front', 'capacity_kg ~ 8', 'spin_rpm ~ 1600'], deadline: ['2026-12-03', '2026-12-04'], budget: 0 },
  // Personal care
  { text: 'hair dryer for my gf, ionic, at least 2200 W, three heat settings or more, under 60£', lang: 'en', expect: '490', hard: ['ionic eq true', 'power_w gte 2200', 'heat_settings gte 3'], budget: 60, cur: 'GBP', who: 'girlfriend' },
  { text: "sèche-cheveux Dyson pour l'anniversaire de ma sœur le 15", lang: 'fr', expect: '490', hard: ['maker in Dyson'], who: 'sister', deadline: ['2026-12-14', '2026-12-15'], budget: 0 },
  // Pet food
  { text: 'dry food for a large breed puppy, 15kg bag, Royal Canin pls', lang: 'en', expect: '3530', hard: ['food_form eq dry', 'life_stage eq puppy', 'dog_size eq large', 'weight_kg ~ 15', 'maker in Royal Canin'], budget: 0 },
  { text: 'croquettes pour chien senior sans céréales, 30 % de protéines minimum, moins de 60 €', lang: 'fr', expect: '3530', hard: ['food_form eq dry', 'life_stage eq senior', 'grain_free eq true', 'protein_percent gte 30'], budget: 60 },
  // Tech
  { text: 'iphone 256gb refurb, any colour but yellow, EUR 600 max', lang: 'en', expect: '267', hard: ['condition eq refurbished', 'storage_gb ~ 256', 'color not-in yellow'], budget: 600 },
  { text: 'android phone w/ 200MP camera, 5G, 512 GB, no more than 1300 USD', lang: 'en', expect: '267', hard: ['os eq android', 'five_g eq true', 'camera_mp ~ 200', 'storage_gb ~ 512'], budget: 1300, cur: 'USD' },
  { text: 'MacBook for uni, 16 gigs of ram, qwerty, max £1,100', lang: 'en', expect: '328', hard: ['ram_gb ~ 16', 'keyboard_layout eq qwerty'], budget: 1100, cur: 'GBP' },
  { text: 'PC portable linux 32 Go de RAM, 1 To de SSD, clavier qwertz, pour mon mari', lang: 'fr', expect: '328', hard: ['os eq linux', 'ram_gb ~ 32', 'storage_gb ~ 1024', 'keyboard_layout eq qwertz'], who: 'husband', budget: 0 },
  { text: 'gaming monitor 🎮 27", 240hz, OLED, height adjustable', lang: 'en', expect: '305', hard: ['screen_in ~ 27', 'refresh_hz ~ 240', 'panel eq oled', 'height_adjustable eq true'], budget: 0 },
  { text: 'écran PC 24 pouces IPS, USB-C, 200€ maximum', lang: 'fr', expect: '305', hard: ['screen_in ~ 24', 'panel eq ips', 'usb_c eq true'], budget: 200 },
  { text: 'an ipad for my 6 yo to watch cartoons, 64gb is plenty, cheapest option', lang: 'en', expect: '4745', hard: ['storage_gb ~ 64'], age: 6, budget: 0 },
  { text: 'tablette Android avec stylet, 12,7 pouces, moins de 500 €', lang: 'fr', expect: '4745', hard: ['os eq android', 'stylus_support eq true', 'screen_in ~ 12.7'], budget: 500 },
  {
    text: "ok so my wife reads like 3 books a week and her old e-reader finally gave up. I'd like to get her a kindle w/ 32GB storage, waterproof since she reads in the bath, as a gift, by the 20th please",
    lang: 'en',
    expect: '3539',
    hard: ['store eq kindle', 'storage_gb ~ 32', 'waterproof eq true'],
    who: 'wife',
    deadline: ['2026-12-19', '2026-12-20'],
    budget: 0,
  },
  { text: 'instant camera for a teenage girl, fun colours, under 100 euros', lang: 'en', expect: '152', hard: ['camera_type eq instant'], budget: 100 },
  { text: 'apareil photo hybride APS-C avec objectif, vidéo 4K, entre 800 et 1000 €', lang: 'fr', expect: '152', hard: ['camera_type eq mirrorless', 'sensor eq aps-c', 'kit_lens eq true', 'video_4k eq true'], budget: 1000 },
  { text: '75 inch QLED tv, 4k, energy class no worse than E, £1.5k', lang: 'en', expect: '404', hard: ['screen_in ~ 75', 'panel eq qled', 'resolution eq 4k'], budget: 1500, cur: 'GBP' },
  { text: 'wifi speaker w/ voice assistant for the kitchen, white, €150 tops', lang: 'en', expect: '249', hard: ['wifi eq true', 'voice_assistant eq true', 'color ~ white'], budget: 150 },
  { text: 'enceinte bluetooth étanche pour la plage, au moins 15h de batterie, 2 pour faire de la stéréo', lang: 'fr', expect: '249', hard: ['water_resistance ~ IP67', 'battery_hours gte 15'], quantity: 2, budget: 0 },
  { text: 'Garmin watch with GPS, 5 ATM, battery 2 weeks+', lang: 'en', expect: '500009', hard: ['maker in Garmin', 'form eq watch', 'gps eq true', 'water_atm ~ 5', 'battery_days gte 14'], budget: 0 },
  // Outdoor and travel
  { text: 'pop up tent for 2 for festivals, under 3kg, 4000mm waterhead', lang: 'en', expect: '1022', hard: ['setup eq pop-up', 'capacity_persons ~ 2', 'weight_kg lte 3', 'waterhead_mm ~ 4000'], quantity: 1, budget: 0 },
  { text: 'sac de couchage synthétique rectangulaire, confort 10°C, pour mon neveu de 11 ans', lang: 'fr', expect: '1020', hard: ['fill eq synthetic', 'shape eq rectangular', 'comfort_temp_c ~ 10'], who: 'nephew', age: 11, budget: 0 },
  { text: 'school backpack for my 8 yr old, 16 L-ish, blue or green', lang: 'en', expect: '100', hard: ['backpack_type eq school', 'volume_l ~ 16', 'color in blue', 'color in green'], age: 8, budget: 0 },
  { text: 'sac à dos de rando 55 litres étanche, 1,5 kg max, 180 CHF', lang: 'fr', expect: '100', hard: ['backpack_type eq hiking', 'volume_l ~ 55', 'waterproof eq true', 'weight_g lte 1500'], budget: 180, cur: 'CHF' },
  { text: "men's parka, XXL, warm enough for -20, Canada Goose is too pricey so not them", lang: 'en', expect: '5598', hard: ['jacket_type eq parka', 'gender eq male', 'size eq XXL', 'maker not-in Canada Goose'], budget: 0 },
  { text: 'polaire femme taille M en matériaux recyclés, moins de 80 €', lang: 'fr', expect: '5598', hard: ['jacket_type eq fleece', 'gender eq female', 'size eq M', 'recycled_materials eq true'], budget: 80 },
  { text: 'natural rubber yoga mat, 4mm+ thick, 183cm long, for a friend who just started yoga', lang: 'en', expect: '3640', hard: ['material ~ natural rubber', 'thickness_mm gte 4', 'length_cm ~ 183'], who: 'friend', budget: 0 },
  { text: 'big checked suitcase ~100L, soft shell, 2 wheels is fine, by Sat', lang: 'en', expect: '107', hard: ['volume_l ~ 100', 'shell eq soft'], deadline: ['2026-12-05'], budget: 0 },
  { text: 'valise cabine rigide en polycarbonate, 4 roues, Samsonite ou Delsey, 150 € max', lang: 'fr', expect: '107', hard: ['cabin_size eq true', 'shell eq hard', 'material ~ polycarbonate', 'wheels ~ 4', 'maker in Samsonite', 'maker in Delsey'], budget: 150 },
  // Tea
  { text: 'rooibos tea bags x3 boxes, flavoured is ok, under 15 eur total', lang: 'en', expect: '2073', hard: ['tea_type eq rooibos', 'tea_form eq bags'], quantity: 3, budget: 15 },
  // Nobody sells these
  { text: 'dishwasher, 60cm, quiet, under 500€', lang: 'en', expect: 'unsupported' },
  { text: 'Printer ink for HP Envy 6000, black x2', lang: 'en', expect: 'unsupported' },
  { text: 'acoustic guitar for a beginner, my son is 12, approx $200', lang: 'en', expect: 'unsupported' },
  { text: 'winter tyres 205/55 R16 for my Golf, set of 4', lang: 'en', expect: 'unsupported' },
  { text: 'un parfum pour homme pour Noël, 70 euros environ', lang: 'fr', expect: 'unsupported' },
  { text: 'lunettes de soleil polarisées pour le ski', lang: 'fr', expect: 'unsupported' },
  // Ambiguous: the butler must ask which kind of thing
  { text: "it's my colleague's leaving do on friday and we're all chipping in, about 30 quid each, no idea what to get her, help?", lang: 'en', expect: 'ask:category' },
  { text: 'need a new screen, budget 300', lang: 'en', expect: 'ask:category' },
  { text: 'un cadeau pour mon père qui adore le sport, 100 €', lang: 'fr', expect: 'ask:category' },
  { text: 'un casque pour mon fils de 10 ans, moins de 60 €', lang: 'fr', expect: 'ask:category' },
];
