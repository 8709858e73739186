/**
 * Eighty requests written by hand and blind (requests19) by a helper of session 36 on 2026-12-07, before anyone ran
 * them through the engine: the writer did not open `agent/`, nor the rows of any other table; read only the header
 * and first rows of `unseen-requests18-table.ts` (for the row format and its conventions), `UnseenRow` in
 * `unseen-requests-table.ts`, the set-18 test, `describe-blind-set.ts`, `unseen-requests-judge.ts`, and the demo
 * market's catalogue data (`brand-agent/reference/data/`: category ids, attribute names, units and values, makers);
 * and changed no row after seeing how it reads.
 *
 * Written in a new style: voice-dictated transcripts (no punctuation, figures as words, "um"/"uh"/"euh" fillers,
 * self-corrections: "black no wait white", "forty three no wait forty four", "sixteen gigs no wait thirty two", "non
 * attends"); bullet lists, checklists and forms pasted from notes ("- what: air purifier", "Voltage: 18V", "☑
 * waterproof", "Item: suitcase | Type: cabin"); messages forwarded for someone else ("My wife says she wants…",
 * "Forwarding from my son: '…'", "Ma femme me dit qu'elle veut…", "Mi marido dice que quiere…", "Meine Frau wünscht
 * sich…", "Mijn vriendin wil…"); requests compared with something the person owns ("like my old Sony but lighter and
 * with a longer battery", "thicker than its 4 mm", "bigger battery than its 4600 mAh", "the old one was 9 kg",
 * "comme mon vieux Kindle"); imperial units and US measures (inches, lb, oz, °F, US quarts, square feet, acres) and
 * per-unit and per-month prices ("twelve dollars each", "fifteen a bag", "30 euros a month over 24 months");
 * negated and conditional constraints ("anything but purple", "tout sauf blanc", "cualquier color menos rojo", "non
 * nero", "alles behalve paars", "if it's under 100 then wireless, otherwise wired is fine", "bean-to-cup if the budget
 * allows"); deadlines said relative to events ("before my mother-in-law arrives on Saturday", "the wedding's on the
 * 20th", "we leave on the 25th", "I get paid on the 25th … by the end of the month", "the festival starts Friday the
 * 2nd of April", "Easter Sunday (the 28th)", "the baby's due in 3 weeks").
 * 60 English, 8 French, 3 each in Spanish, Italian, German and Dutch (25 % not English); every category of the demo
 * market (35 open-market ids plus coffee, headphones, running-shoes), 2 requests for things nobody sells (a
 * dehumidifier, a gas grill), 1 ambiguous one (smoothies "or maybe coffee").
 *
 * Conventions as in tables 13 to 18, plus: "like 100?", "sui 50", "rond de 60", "ca.", "unos", "à peu près" on a
 * price are "about" (the figure plus ten per cent). A price per item or per bag with a quantity is kept per item; a
 * monthly price over a stated number of months is the total ("30 euros a month over 24 months" is 720). A wish that
 * depends on a condition ("if it's under 100 then wireless", "Smeg if under 150 otherwise Russell Hobbs", "with kit
 * lens if it's still under that", "top loader if they fit 7 kg") is no rule; the rest of such a request is read as
 * usual. A self-correction keeps the last word ("black no wait white" is white). A request in Spanish, Italian, German
 * or Dutch expects an answer in that language (`lang`), as a French one does. An imperial or US figure is expected
 * converted to the catalogue's unit, rounded to whole grams, centimetres, m² and °C, and to hundredths of a kilo or a
 * litre (30 lb is 13.61 kg, 4 oz 113 g, 20 °F −7 °C, 21 inches 53 cm, 1.5 US quarts 1.42 l, a quarter acre 1012 m²,
 * 150 sq ft 14 m²), under `~` (a bound or a wish); inches stay inches where the catalogue counts in inches (screens,
 * wheels, laptop sleeves). The thing a request is compared with is never a rule of its own (its maker, its model), but
 * a figure of it the person wants beaten is written under `~` ("thicker than its 4 mm" is `thickness_mm ~ 4`). "Mum",
 * "mom" and "mother" are `mother`; a forwarded request is for the person who sent it.
 */
import type { UnseenRow } from './unseen-requests-table.ts';

/**
 * Tuesday 16 March 2027, 09:30 UTC: "by Friday"/"bis Freitag"/"d'ici vendredi" is 19 March, "antes del viernes" 18–19
 * March, "before … on Saturday"/"avant son anniversaire samedi"/"voor zaterdag" 19–20 March, "entro sabato" 20 March,
 * "on Sunday" (a birthday) 20–21 March, "the wedding's on the 20th"/"le mariage du 20" 19–20 March, "we leave on the
 * 25th" 24–25 March, "before the trip (we leave the 27th)" 26–27 March, "Easter Sunday (the 28th)" 27–28 March, "by
 * the end of the month" 31 March, "the festival starts Friday the 2nd of April" 1–2 April, "her birthday on the 3rd
 * of April" 2–3 April, "due in 3 weeks" 5–6 April 2027.
 */
export const UNSEEN_NOW_19 = new Date('2027-03-16T09:30:00Z');

export const UNSEEN_REQUESTS_19: readonly UnseenRow[] = [
  // Voice-dictated transcripts
  { text: 'um so I need a kettle like a one point seven litre one no wait make it one point five stainless steel and um under fifty euros', lang: 'en', expect: '751', hard: ['body eq stainless steel', 'capacity_l ~ 1.5'], budget: 50 },
  { text: 'hey can you find me trail running shoes mens size forty three no wait forty four uh waterproof not Salomon I had bad luck with those budget one hundred and twenty dollars', lang: 'en', expect: 'running-shoes', hard: ['size_eu eq 44', 'terrain eq trail', 'waterproof eq true', 'maker not-in Salomon', 'gender ~ men'], budget: 120, cur: 'USD' },
  { text: 'okay note for the butler I want noise cancelling headphones over ear black no wait white um Sony or Bose and don\'t spend more than three hundred pounds', lang: 'en', expect: 'headphones', hard: ['noise_cancelling eq true', 'form eq over-ear', 'color eq white', 'maker in Sony', 'maker in Bose'], budget: 300, cur: 'GBP' },
  { text: 'robot vacuum for the flat um with a pet hair thing I guess and it must be quiet under sixty decibels budget\'s about four hundred', lang: 'en', expect: '619', hard: ['vacuum_type eq robot', 'noise_db lte 60'], budget: 440 },
  { text: 'I need a laptop for uni um fourteen inch sixteen gigs of ram no wait thirty two and it has to be under three pounds because I carry it everywhere max twelve hundred dollars', lang: 'en', expect: '328', hard: ['screen_in ~ 14', 'ram_gb ~ 32', 'weight_kg ~ 1.36'], budget: 1200, cur: 'USD' },
  { text: 'send me options for a yoga mat um six millimetres thick non slip and not purple anything but purple honestly around forty', lang: 'en', expect: '3640', hard: ['thickness_mm ~ 6', 'non_slip eq true', 'color not-in purple'], budget: 44 },
  { text: 'I want a bike helmet for commuting with a light built in size M uh MIPS would be nice and um no more than eighty', lang: 'en', expect: '1029', hard: ['helmet_type eq urban', 'integrated_light eq true', 'size eq M'], soft: ['mips equals true'], budget: 80 },
  { text: 'hi um I\'m looking for dog food dry for a large breed puppy grain free two bags of twelve kilos no wait fifteen kilos each at most sixty euros a bag', lang: 'en', expect: '3530', hard: ['food_form eq dry', 'life_stage eq puppy', 'dog_size eq large', 'grain_free eq true', 'weight_kg ~ 15'], quantity: 2, budget: 60 },
  { text: 'I\'m driving so voice note um washing machine eight kilos front loader energy class A not Beko and it needs to be here before my mother in law arrives on Saturday', lang: 'en', expect: '2549', hard: ['capacity_kg ~ 8', 'loading eq front', 'energy_class eq A', 'maker not-in Beko'], deadline: ['2027-03-19', '2027-03-20'] },
  { text: 'um I want a thing for the kitchen for making smoothies or maybe coffee I dunno surprise me under one hundred', lang: 'en', expect: 'ask:category' },
  { text: 'um two kids electric toothbrushes for the twins they\'re five um dinosaur ones if they exist under twenty five each', lang: 'en', expect: '527', hard: ['age_group eq kids'], quantity: 2, budget: 25 },
  { text: 'Um I need ground coffee for my moka pot no wait it\'s a filter machine ground for filter light roast one kilo total so four two fifty gram bags twelve euros a bag max', lang: 'en', expect: 'coffee', hard: ['form eq ground', 'roast eq light', 'weight_g ~ 250', 'use ~ filter'], quantity: 4, budget: 12 },
  // Bullet lists and forms pasted from notes
  { text: 'Shopping list item:\n- what: air purifier\n- room: 30 m²\n- must: HEPA\n- nice to have: app\n- max: €250', lang: 'en', expect: '606', hard: ['hepa eq true', 'room_m2 ~ 30'], soft: ['app_control equals true'], budget: 250 },
  { text: 'Need: cordless drill\nVoltage: 18V\nBatteries: 2\nBrand: Makita or Bosch (NOT Einhell)\nBudget: £180\nNeeded by: Friday', lang: 'en', expect: '2629', hard: ['cordless eq true', 'voltage_v ~ 18', 'batteries_included ~ 2', 'maker in Makita', 'maker in Bosch', 'maker not-in Einhell'], budget: 180, cur: 'GBP', deadline: ['2027-03-19'] },
  { text: '* sleeping bag\n* down\n* comfort 20°F or lower\n* mummy\n* < $300', lang: 'en', expect: '1020', hard: ['fill eq down', 'shape eq mummy', 'comfort_temp_c ~ -7'], budget: 300, cur: 'USD' },
  { text: 'Item: suitcase | Type: cabin, hard shell | Wheels: 4 | Colour: anything but black | Max: 200 EUR', lang: 'en', expect: '107', hard: ['cabin_size eq true', 'shell eq hard', 'wheels eq 4', 'color not-in black'], budget: 200 },
  { text: 'Board game for game night —\n• players: 6\n• time: under 45 min\n• type: party\n• budget: ~30 €', lang: 'en', expect: '1246', hard: ['game_type eq party', 'play_minutes lte 45', 'max_players gte 6'], budget: 33 },
  { text: 'Tablet (for drawing)\n- 11" or bigger\n- stylus support: must\n- storage: 128GB+\n- no Apple\n- 600 max', lang: 'en', expect: '4745', hard: ['screen_in gte 11', 'stylus_support eq true', 'storage_gb gte 128', 'maker not-in Apple'], budget: 600 },
  { text: 'To buy before the trip (we leave the 27th):\n1. rain jacket, women\'s, size S, with hood\n2. must be waterproof\n3. Patagonia preferably\n4. budget $250', lang: 'en', expect: '5598', hard: ['jacket_type eq rain', 'gender ~ female', 'size eq S', 'hood eq true', 'waterproof eq true'], soft: ['maker ~ Patagonia'], budget: 250, cur: 'USD', deadline: ['2027-03-26', '2027-03-27'] },
  { text: 'Mattress\nSize: 160x200\nFirmness: medium\nType: pocket spring or hybrid\nTrial: 100 nights min\nBudget: 900€', lang: 'en', expect: '2696', hard: ['width_cm ~ 160', 'firmness eq medium', 'mattress_type in pocket spring', 'mattress_type in hybrid', 'trial_nights gte 100'], budget: 900 },
  { text: 'E-reader\n☑ waterproof\n☑ warm light\n☐ colour screen (don\'t care)\nstore: Kobo, not Kindle\nmax 200', lang: 'en', expect: '3539', hard: ['waterproof eq true', 'warm_light eq true', 'store in kobo'], budget: 200 },
  // Forwarded for someone else
  { text: 'My wife says she wants a stick vacuum, cordless, at least 40 minutes of battery, and "NOT a Dyson, they\'re too loud". Under 350.', lang: 'en', expect: '619', hard: ['vacuum_type eq stick', 'cordless eq true', 'runtime_min gte 40', 'maker not-in Dyson'], budget: 350, who: 'wife' },
  { text: 'Forwarding from my son: "dad can u get me a gaming monitor 27 inch 144hz or more, no curved ones pls, max 300"', lang: 'en', expect: '305', hard: ['screen_in ~ 27', 'refresh_hz gte 144'], budget: 300, who: 'son' },
  { text: 'From my husband (he\'s at work): "running shoes, road, size 45, wide fit, Brooks or Asics, not over 160"', lang: 'en', expect: 'running-shoes', hard: ['terrain eq road', 'size_eu eq 45', 'width eq wide', 'maker in Brooks', 'maker in Asics'], budget: 160, who: 'husband' },
  { text: 'My daughter (she\'s 12) texted this: need a school backpack that fits a 14 inch laptop, waterproof, not pink!!! under 70', lang: 'en', expect: '100', hard: ['backpack_type eq school', 'laptop_in ~ 14', 'waterproof eq true', 'color not-in pink'], budget: 70, who: 'daughter', age: 12 },
  { text: 'My partner says: "if you\'re ordering the coffee, get me a bag of decaf beans, 500g, Colombia if they have it"', lang: 'en', expect: 'coffee', hard: ['decaf eq true', 'form eq beans', 'weight_g ~ 500'], soft: ['origin ~ Colombia'], who: 'partner' },
  { text: 'Passing this on from my dad, he\'s 70 and not online: he wants a hair dryer for my mother, light, foldable for travel, Philips or Rowenta, fifty pounds at most', lang: 'en', expect: '490', hard: ['foldable eq true', 'maker in Philips', 'maker in Rowenta'], soft: ['weight_g lower'], budget: 50, cur: 'GBP', who: 'mother' },
  { text: 'Forwarded from my girlfriend: "speaker with Alexa for the kitchen, white, wifi, not too expensive, like 100?"', lang: 'en', expect: '249', hard: ['voice_assistant eq true', 'wifi eq true', 'color eq white'], budget: 110, who: 'girlfriend' },
  // Compared with something they own
  { text: 'like my old Sony WH-1000XM3 but lighter and with a longer battery, over-ear, noise cancelling, up to 350 dollars', lang: 'en', expect: 'headphones', hard: ['form eq over-ear', 'noise_cancelling eq true'], soft: ['weight_g lower', 'battery_hours higher'], budget: 350, cur: 'USD' },
  { text: 'Same as my current yoga mat but thicker than its 4 mm and PVC-free this time, about 50 quid', lang: 'en', expect: '3640', hard: ['pvc_free eq true', 'thickness_mm ~ 4'], budget: 55, cur: 'GBP' },
  { text: 'I want a phone like my Pixel 6 but with a bigger battery than its 4600 mAh, 128 GB at least, android, max $600', lang: 'en', expect: '267', hard: ['os eq android', 'storage_gb gte 128', 'battery_mah ~ 4600'], budget: 600, cur: 'USD' },
  { text: 'Replacing my stroller, the old one was 9 kg and that was a nightmare on the stairs — something lighter, compact, from birth, 400 euros max', lang: 'en', expect: '568', hard: ['stroller_type eq compact', 'from_birth eq true', 'weight_kg ~ 9'], budget: 400 },
  { text: 'like my old Garmin watch but with GPS and a battery that lasts longer than two weeks, water resistant 5 ATM, 250 max', lang: 'en', expect: '500009', hard: ['form eq watch', 'gps eq true', 'battery_days ~ 14', 'water_atm ~ 5'], budget: 250 },
  { text: 'Hand blender like my old Braun but with more power, it was 600 W — at least 800 W this time, not Tefal, €70', lang: 'en', expect: '505666', hard: ['blender_type eq hand', 'power_w gte 800', 'maker not-in Tefal'], budget: 70 },
  // Imperial units, per-unit and per-month prices
  { text: 'a 29 inch mountain bike, aluminium frame, hydraulic disc brakes, under 30 lb, max $1500', lang: 'en', expect: '1026', hard: ['bike_type eq mountain', 'wheel_size_in ~ 29', 'frame_material eq aluminium', 'brake_type eq hydraulic-disc', 'weight_kg ~ 13.61'], budget: 1500, cur: 'USD' },
  { text: 'loose leaf green tea, 4 oz tin, organic, not flavoured, under $20', lang: 'en', expect: '2073', hard: ['tea_type eq green', 'tea_form eq loose', 'organic eq true', 'flavoured eq false', 'weight_g ~ 113'], budget: 20, cur: 'USD' },
  { text: 'dry dog food in a 25 lb bag, adult, Purina Pro Plan, under $70', lang: 'en', expect: '3530', hard: ['food_form eq dry', 'life_stage eq adult', 'weight_kg ~ 11.34', 'maker in Purina Pro Plan'], budget: 70, cur: 'USD' },
  { text: 'a smartphone for 30 euros a month over 24 months, Fairphone ideally, refurbished is fine', lang: 'en', expect: '267', soft: ['maker ~ Fairphone'], budget: 720 },
  { text: 'Three 1000-piece jigsaws for the care home, no more than twelve dollars each', lang: 'en', expect: '2618', hard: ['pieces ~ 1000'], quantity: 3, budget: 12, cur: 'USD' },
  { text: 'lawn mower for about a quarter acre, petrol, self-propelled, 21 inch cut, £500 max', lang: 'en', expect: '694', hard: ['power_source eq petrol', 'self_propelled eq true', 'cutting_width_cm ~ 53', 'lawn_area_m2 ~ 1012'], budget: 500, cur: 'GBP' },
  { text: 'Carry-on suitcase, must fit 22 x 14 x 9 inches for United, under 8 lb, $250 max', lang: 'en', expect: '107', hard: ['cabin_size eq true', 'height_cm ~ 56', 'weight_kg ~ 3.63'], budget: 250, cur: 'USD' },
  { text: 'Chromebook for my mom, she\'s 75, big screen 15 inch, lightweight under 4 lb, 400 dollars', lang: 'en', expect: '328', hard: ['os eq chromeos', 'screen_in ~ 15', 'weight_kg ~ 1.81'], budget: 400, cur: 'USD', who: 'mother', age: 75 },
  { text: 'Air purifier for the bedroom (about 150 sq ft), must be quieter than 35 dB on low, Levoit or Blueair, $200', lang: 'en', expect: '606', hard: ['room_m2 ~ 14', 'noise_db ~ 35', 'maker in Levoit', 'maker in Blueair'], budget: 200, cur: 'USD' },
  // Negated and conditional constraints
  { text: 'headphones: if it\'s under 100 then wireless, otherwise wired is fine. In-ear, anything but white.', lang: 'en', expect: 'headphones', hard: ['form eq in-ear', 'color not-in white'] },
  { text: 'A coffee machine — anything but capsules, I refuse to buy pods. Bean-to-cup if the budget allows (800), otherwise a plain espresso machine.', lang: 'en', expect: '736', hard: ['machine_type not-in capsule', 'machine_type not-in pod'], budget: 800 },
  { text: 'Speaker for the garden, portable, waterproof (IP67), not Bose and not Sonos, JBL if you can, under 150', lang: 'en', expect: '249', hard: ['portable eq true', 'water_resistance eq IP67', 'maker not-in Bose', 'maker not-in Sonos'], soft: ['maker ~ JBL'], budget: 150 },
  { text: 'Office chair with lumbar support and adjustable armrests; no headrest needed; any colour except grey; max 400', lang: 'en', expect: '2045', hard: ['lumbar_support eq true', 'adjustable_armrests eq true', 'color not-in grey'], budget: 400 },
  { text: 'A camera: mirrorless, 4K video, but not Sony or Canon — I\'d rather try Fujifilm. 1500 max, with kit lens if it\'s still under that.', lang: 'en', expect: '152', hard: ['camera_type eq mirrorless', 'video_4k eq true', 'maker not-in Sony', 'maker not-in Canon'], soft: ['maker ~ Fujifilm'], budget: 1500 },
  { text: 'electric kettle, 1.7L, NOT plastic, Smeg if under 150 otherwise Russell Hobbs, cream please', lang: 'en', expect: '751', hard: ['capacity_l ~ 1.7', 'body not-in plastic', 'color eq cream'] },
  // Deadlines relative to events
  { text: 'I need a suit — no, a down jacket for the ski trip, we leave on the 25th, men\'s L, black or navy, 300 max', lang: 'en', expect: '5598', hard: ['jacket_type eq down', 'gender ~ male', 'size eq L', 'color in black', 'color in navy'], budget: 300, deadline: ['2027-03-24', '2027-03-25'] },
  { text: 'A LEGO set for my nephew, he\'s 9, for his birthday on Sunday — Technic, about 60 euros', lang: 'en', expect: '3805', hard: ['maker ~ LEGO', 'theme eq technic'], budget: 66, deadline: ['2027-03-20', '2027-03-21'], who: 'nephew', age: 9 },
  { text: 'Wedding present for my sister — the wedding\'s on the 20th — a KitchenAid blender, any colour but black, up to 250', lang: 'en', expect: '505666', hard: ['maker in KitchenAid', 'color not-in black'], budget: 250, deadline: ['2027-03-19', '2027-03-20'], who: 'sister' },
  { text: 'I get paid on the 25th so order it then — it should arrive by the end of the month: a Kindle e-reader, waterproof, 16 GB or more, around 150 dollars', lang: 'en', expect: '3539', hard: ['store in kindle', 'waterproof eq true', 'storage_gb gte 16'], budget: 165, cur: 'USD', deadline: ['2027-03-31'] },
  { text: 'Need a tent before the festival, it starts Friday the 2nd of April: pop-up, for 2, under 100 quid', lang: 'en', expect: '1022', hard: ['setup eq pop-up', 'capacity_persons ~ 2'], budget: 100, cur: 'GBP', deadline: ['2027-04-01', '2027-04-02'] },
  { text: 'For Easter Sunday (the 28th), a puzzle for my granddaughter, she\'s 6, 100 pieces, wooden if possible, 20 euros', lang: 'en', expect: '2618', hard: ['pieces ~ 100'], soft: ['puzzle_material equals wood'], budget: 20, deadline: ['2027-03-27', '2027-03-28'], who: 'granddaughter', age: 6 },
  { text: 'our baby\'s due in 3 weeks so the stroller has to be here before then: full-size, from birth, Bugaboo or Joolz, 1200 max', lang: 'en', expect: '568', hard: ['stroller_type eq full-size', 'from_birth eq true', 'maker in Bugaboo', 'maker in Joolz'], budget: 1200, deadline: ['2027-04-05', '2027-04-06'] },
  { text: 'a robot lawnmower for 800 m², not Worx, quiet (below 60 dB), by the end of the month, about 1000 euros', lang: 'en', expect: '694', hard: ['robotic eq true', 'lawn_area_m2 ~ 800', 'maker not-in Worx', 'noise_db lte 60'], budget: 1100, deadline: ['2027-03-31'] },
  { text: 'Kids bike for my daughter who\'s 6, 20 inch wheels, with coaster brake, Woom preferred, 450 max, before her birthday on the 3rd of April', lang: 'en', expect: '1026', hard: ['bike_type eq kids', 'wheel_size_in ~ 20', 'brake_type eq coaster'], soft: ['maker ~ Woom'], budget: 450, deadline: ['2027-04-02', '2027-04-03'], who: 'daughter', age: 6 },
  // Things nobody sells
  { text: 'a dehumidifier for the basement, 20 litres a day, under 250 dollars', lang: 'en', expect: 'unsupported' },
  { text: 'Gas grill, 3 burners, stainless, under $400, before the barbecue on the 27th', lang: 'en', expect: 'unsupported' },
  // French
  { text: 'euh je cherche un aspirateur balai sans fil non attends un robot aspirateur pour le salon pas Xiaomi trois cents euros maximum', lang: 'fr', expect: '619', hard: ['vacuum_type eq robot', 'maker not-in Xiaomi'], budget: 300 },
  { text: 'Ma femme me dit qu\'elle veut une machine à café à grain avec mousseur de lait, pas de De\'Longhi, 700 € max, avant son anniversaire samedi', lang: 'fr', expect: '736', hard: ['machine_type eq bean-to-cup', 'milk_frother eq true', 'maker not-in De\'Longhi'], budget: 700, deadline: ['2027-03-19', '2027-03-20'], who: 'wife' },
  { text: 'Liste :\n- casque vélo route\n- MIPS obligatoire\n- taille L\n- tout sauf blanc\n- 150 € max', lang: 'fr', expect: '1029', hard: ['helmet_type eq road', 'mips eq true', 'size eq L', 'color not-in white'], budget: 150 },
  { text: 'Comme mon vieux Kindle mais avec la lumière chaude et étanche, 6 pouces, 130 euros environ', lang: 'fr', expect: '3539', hard: ['warm_light eq true', 'waterproof eq true', 'screen_in ~ 6'], budget: 143 },
  { text: 'Un matelas 140x190 ferme pour la chambre d\'amis, à livrer avant le mariage du 20, 400 € maximum', lang: 'fr', expect: '2696', hard: ['width_cm ~ 140', 'firmness eq firm'], budget: 400, deadline: ['2027-03-19', '2027-03-20'] },
  { text: 'Pour mon père qui a 68 ans : une tablette simple, grand écran 10 pouces ou plus, pas Apple, si c\'est moins de 200 € avec 4G sinon sans, 300 € max', lang: 'fr', expect: '4745', hard: ['screen_in gte 10', 'maker not-in Apple'], budget: 300, who: 'father', age: 68 },
  { text: 'Trois paquets de thé rooibos en vrac bio, 100 g chacun, huit euros le paquet maximum, d\'ici vendredi', lang: 'fr', expect: '2073', hard: ['tea_type eq rooibos', 'tea_form eq loose', 'organic eq true', 'weight_g ~ 100'], quantity: 3, budget: 8, deadline: ['2027-03-19'] },
  { text: 'Des écouteurs sans fil intra pour courir, résistants à l\'eau IPX4 au moins, tout sauf Apple, à peu près 80 balles', lang: 'fr', expect: 'headphones', hard: ['form eq in-ear', 'wireless eq true', 'water_resistance ~ IPX4', 'maker not-in Apple'], budget: 88 },
  // Spanish
  { text: 'Hola, busco unas zapatillas de running para asfalto, talla 42, de mujer, que no sean rosas, máximo 110 euros', lang: 'es', expect: 'running-shoes', hard: ['terrain eq road', 'size_eu eq 42', 'gender ~ women', 'color not-in pink'], budget: 110 },
  { text: 'Mi marido dice que quiere un taladro percutor inalámbrico de 18 V, Bosch o Makita, antes del viernes, 150 euros como mucho', lang: 'es', expect: '2629', hard: ['drill_type eq hammer-drill', 'cordless eq true', 'voltage_v ~ 18', 'maker in Bosch', 'maker in Makita'], budget: 150, deadline: ['2027-03-18', '2027-03-19'], who: 'husband' },
  { text: 'Necesito una cafetera de cápsulas, cualquier color menos rojo, unos 100 euros', lang: 'es', expect: '736', hard: ['machine_type eq capsule', 'color not-in red'], budget: 110 },
  // Italian
  { text: 'Cerco uno zaino da trekking da 30 litri, impermeabile, non nero, massimo 120 euro', lang: 'it', expect: '100', hard: ['backpack_type eq hiking', 'volume_l ~ 30', 'waterproof eq true', 'color not-in black'], budget: 120 },
  { text: 'Per mia figlia di 10 anni: un set LEGO Harry Potter, entro sabato, sui 50 euro', lang: 'it', expect: '3805', hard: ['maker ~ LEGO', 'theme eq harry potter'], budget: 55, deadline: ['2027-03-20'], who: 'daughter', age: 10 },
  { text: 'Una TV da 55 pollici 4K, QLED o OLED, non Samsung, al massimo 900 euro', lang: 'it', expect: '404', hard: ['screen_in ~ 55', 'resolution eq 4k', 'panel in qled', 'panel in oled', 'maker not-in Samsung'], budget: 900 },
  // German
  { text: 'Ich brauche eine Kaffeemaschine mit Mahlwerk, Vollautomat, nicht von Philips, höchstens 600 Euro, bis Freitag', lang: 'de', expect: '736', hard: ['machine_type eq bean-to-cup', 'grinder eq true', 'maker not-in Philips'], budget: 600, deadline: ['2027-03-19'] },
  { text: 'Meine Frau wünscht sich einen Föhn mit Ionen-Technologie, mindestens 2000 Watt, faltbar, ca. 80 Euro', lang: 'de', expect: '490', hard: ['ionic eq true', 'power_w gte 2000', 'foldable eq true'], budget: 88, who: 'wife' },
  { text: 'Laptop mit QWERTZ-Tastatur, 16 GB RAM, 14 Zoll, unter 1,5 kg, maximal 1000 Euro', lang: 'de', expect: '328', hard: ['keyboard_layout eq qwertz', 'ram_gb ~ 16', 'screen_in ~ 14', 'weight_kg ~ 1.5'], budget: 1000 },
  // Dutch
  { text: 'Ik zoek een elektrische fiets voor woon-werkverkeer, stadsfiets, Gazelle als het kan, maximaal 2500 euro', lang: 'nl', expect: '1026', hard: ['bike_type eq city', 'electric eq true'], soft: ['maker ~ Gazelle'], budget: 2500 },
  { text: 'Mijn vriendin wil een yogamat, antislip, zonder PVC, alles behalve paars, rond de 60 euro', lang: 'nl', expect: '3640', hard: ['non_slip eq true', 'pvc_free eq true', 'color not-in purple'], budget: 66, who: 'girlfriend' },
  { text: 'Een steelstofzuiger zonder zak, snoerloos, niet van Dyson, voor zaterdag, max 250 euro', lang: 'nl', expect: '619', hard: ['vacuum_type eq stick', 'cordless eq true', 'bagless eq true', 'maker not-in Dyson'], budget: 250, deadline: ['2027-03-19', '2027-03-20'] },
];
