/**
 * Eighty requests written by hand and blind (requests18) by a helper of session 34 on 2026-12-07, before anyone ran
 * them through the engine: the writer did not open `agent/`, the need tests other than the first fifteen lines of
 * `unseen-requests17.test.ts`, the judge beyond its exports, or the rows of tables 7 to 17; read only the demo market's
 * catalogue data (`brand-agent/reference/data/`: category ids, attribute names, units and values, makers), the header
 * and `UnseenRow` of the first table, the headers of tables 13 to 17 and `protocol/need-brief.ts`; and changed no row
 * after seeing how it reads.
 *
 * Written as regional and learner language: British and American words for the same thing ("trainers"/"sneakers",
 * "mobile"/"cell phone", "hoover" for any vacuum cleaner, "cans", "telly", "rucksack", "cagoule", "pushchair", "push
 * bike", "liquidiser", "jigsaw", "builder's tea", "Legos", "blow dryer", "nappies"/"diapers", "cot"/"crib", "duvet",
 * "flat", "yard"); Belgian, Swiss and Québec French ("septante", "huitante", "nonante", "une fois", "GSM", "foreuse",
 * "natel", "Grüezi", "magasiner", "espadrilles"/"souliers de course" for running shoes, "char", "cellulaire",
 * "laveuse", "balayeuse", "séchoir", "ma blonde", "mon chum", "grandeur", "la fin de semaine", "piasses", "condo");
 * figures and prices in words in both languages ("a hundred and fifty quid", "a couple of hundred", "a grand", "a
 * grand and a half", "a fiver", "a tenner", "cent vingt balles", "deux cents euros max", "septante-cinq euros",
 * "nonante-neuf", "huit cent cinquante francs", "quatre cent huitante francs", "deux cents piasses"); non-native
 * writers with real learner mistakes (a French speaker's "eventually" for "possibly", "actual" for "current", "she
 * has 9 years", "I search a", "I want buy", "the most light possible", a German speaker's "Handy" for a mobile phone,
 * an English speaker's "un chaise", "le plus légère", "je suis cherchant", missing articles); makers and categories
 * misspelled the way people misspell them ("Phillips", "Delonghi", "Solomon", "Samsonit",
 * "Fjalraven", "Garmen", "Royal Kanin", "Hills", "Husqvarana", "Milwalkee", "Dewalt", "Bugabo", "Oral B", "Karsher",
 * "labtop", "matelat", "daugther", "simmilar"); emoji and hashtags in the middle of a request; a story or a reason
 * before the need; polite hedging ("if it's not too much trouble, maybe…", "I hope this isn't a silly question");
 * superlatives and comparatives as requirements ("the lightest you've got", "the biggest battery", "quieter than the
 * old Beko (78 dB)", "thicker than my current 4mm one", "battery longer than a week", "le plus silencieux", "le moins
 * cher possible"); dates written the American and the British way ("by 1/12", "by 12/1"); recipients with size or
 * age; quantities.
 * 50 English, 30 French; every category of the demo market (35 open-market ids plus coffee, headphones, running-shoes),
 * 6 requests for things nobody sells (four-slice toaster, 13.5 tog duvet, nappies, crib, pressure washer, remote
 * car starter), 4 ambiguous ones (a bike "no idea what kind", an outdoorsy sister's present, "un casque" for a boy
 * with nothing saying headphones or helmet, a father's present "une machine ou du café en grains").
 *
 * Conventions as in `unseen-requests-table.ts` and tables 13 to 17: "about"/"around"/"or so"/"-ish"/"thereabouts"/
 * "environ"/"~" on a price is the figure plus ten per cent; a range keeps its top; "by <day>" is that day, "before
 * <day>"/"avant <day>" that day or the one before; a present for a day ("her birthday is on the 16th", "pour sa fête
 * dimanche", "pour la Saint-Valentin") accepts that day and the one before. A per-item price with a quantity is kept
 * per item ("septante euros le sac", "quinze piasses le sac", "trente euros pièce"). "$"/"bucks"/"dollars" are USD,
 * "£"/"quid"/"pounds"/"a fiver" (5)/"a tenner" (10) GBP, "a grand" 1000 of the currency around it, "a couple of
 * hundred" 200; "francs", and "balles" in a Swiss message, are CHF; "piasses" and "$" in a Québec message are CAD;
 * "balles", "euro(s)" and a bare figure elsewhere EUR. A wish called "would be nice/great/lovely", "if possible", "if
 * poss", "preferably", "de préférence", "si possible" is soft (a soft boolean is `attr equals true`, a preferred maker
 * `maker ~ X`); a learner's "eventually" (French "éventuellement") with "it is not obligatory" is soft too;
 * something "fine"/"très bien" is no rule; something they do not want ("not X", "no X", "pas de X", "pas X") is a hard
 * exclusion, whatever reason follows ("not Dyson (way too pricey)"); a maker only called too expensive ("Herman Miller
 * est trop cher", "Canada Goose c'est trop cher", "the iPad is very expensive") is no rule. "Makita or DeWalt" is two
 * `maker in` rules, one value each; a misspelled maker is expected under the catalogue's spelling ("Phillips" is
 * `Philips`, "Delonghi" `De'Longhi`, "Royal Kanin" `Royal Canin`, "Hills" `Hill's Science Plan`, "Arcteryx" the
 * catalogue's `Arc’teryx`, "UE" `Ultimate Ears`, "Legos" `LEGO`). "Hoover" as a word for any vacuum cleaner is no
 * maker rule. A superlative ("the lightest", "le plus léger possible", "the biggest battery", "le plus silencieux") is
 * a soft direction with no value (`weight_g lower`, `battery_mah higher`, `noise_db lower`); a comparative against a
 * stated figure ("quieter than the old Beko, that was 78 dB", "thicker than my current 4mm one", "battery longer than
 * a week", "moins de 65 dB") is written under `~` with that figure (the engine may keep a bound or a wish); a
 * comparative or superlative on something the catalogue has no attribute for (how loud a speaker is, how quiet a
 * kettle) is no rule. "The cheapest"/"le moins cher possible" is no rule and no budget (price ranks the offers anyway).
 * Body measures and other people's things are never rules (a husband's 1m85, the dog's breed, the old Beko's brand).
 * No unit needed converting: every measure is written in the catalogue's unit (l, g, kg, cm, m², °C, in, mm, dB, W,
 * V, GB, ATM), so `~` marks only a figure a fair reader may keep as a bound or a wish (a litre count, a screen size
 * stated as the wanted size, "9kg", "1000 pieces", "at least 30 litres", "comfortable to minus five", "for two",
 * "a 140 double", "160x200"). A UK "double bed" is the catalogue's 140 width. Shoe sizes are EU sizes, hard;
 * "men's"/"women's" is `gender ~`. "Not a Kindle" is `store not-in kindle` (the e-reader's store, not its maker).
 */
import type { UnseenRow } from './unseen-requests-table.ts';

/**
 * Thursday 7 January 2027, 18:45 UTC: "tomorrow"/"demain" is 8 January, "by Saturday" 9 January, "avant samedi" 8–9
 * January, "this weekend"/"la fin de semaine" (Québec) 9–10 January, "pour sa fête dimanche" 9–10 January, "by Monday"
 * 11 January, "avant lundi" 10–11 January, "by 1/12" (American: month first) and "by 12/1" (British: day first) 12
 * January, "by Wednesday" 13 January, "d'ici une semaine" 14 January, "her birthday is on the 16th" and "next Saturday
 * (the 16th)" 15–16 January, "son anniversaire le 20" 19–20 January, "within a fortnight" 21 January, "pour la
 * Saint-Valentin" 13–14 February 2027. Pass it to `judgeBlindSet` as set 17's test passes its own.
 */
export const UNSEEN_NOW_18 = new Date('2027-01-07T18:45:00Z');

export const UNSEEN_REQUESTS_18: readonly UnseenRow[] = [
  // Kitchen: kettles, blenders, coffee machines, coffee
  { text: "Sorry to bother you — if it's not too much trouble, could you maybe find me a new kettle? Nothing plastic please, the last one made my tea taste funny. A cream one to match the toaster would be lovely. Forty quid or thereabouts.", lang: 'en', expect: '751', hard: ['body not-in plastic'], soft: ['color equals cream'], budget: 44, cur: 'GBP' },
  { text: "Bonjour, notre bouilloire a rendu l'âme une fois 😩 Il nous en faut une en inox avec réglage de température, septante-cinq euros maximum, et pas de Tefal s'il vous plaît.", lang: 'fr', expect: '751', hard: ['body eq stainless steel', 'temperature_control eq true', 'maker not-in Tefal'], budget: 75 },
  { text: 'I search a blender for smoothies, the most strong one you have (in watts), but not over two hundred bucks. No Ninja please, my roommate has one and it is too loud.', lang: 'en', expect: '505666', hard: ['maker not-in Ninja'], soft: ['power_w higher'], budget: 200, cur: 'USD' },
  { text: "My nan still calls it a liquidiser, I'd call it a stick blender 😅 — a hand one for her soups, white if poss, about thirty-five pounds. Her birthday is on the 16th.", lang: 'en', expect: '505666', hard: ['blender_type eq hand'], soft: ['color equals white'], budget: 38.5, cur: 'GBP', who: 'grandmother', deadline: ['2027-01-15', '2027-01-16'] },
  { text: 'Grüezi, pardon pour mon français. Je cherche une machine à café automatique avec moulin intégré et mousseur de lait, pas de capsules. Budget: huit cent cinquante francs au maximum, livraison avant lundi.', lang: 'fr', expect: '736', hard: ['machine_type eq bean-to-cup', 'grinder eq true', 'milk_frother eq true'], budget: 850, cur: 'CHF', deadline: ['2027-01-10', '2027-01-11'] },
  { text: 'Hello, I would like a espresso machine for my new flat. Eventually with a grinder, it is not obligatory. Red colour would be nice. I have maximum three hundred euros.', lang: 'en', expect: '736', hard: ['machine_type eq espresso'], soft: ['grinder equals true', 'color equals red'], budget: 300 },
  { text: 'looking for a Delonghi or Phillips capsule coffee maker, under a hundred and fifty bucks, need it by Monday', lang: 'en', expect: '736', hard: ['machine_type eq capsule', "maker in De'Longhi", 'maker in Philips'], budget: 150, cur: 'USD', deadline: ['2027-01-11'] },
  { text: 'Coffee beans for the bean-to-cup, a kilo bag, medium roast, fairtrade #ethical ☕ twenty quid max', lang: 'en', expect: 'coffee', hard: ['form eq beans', 'weight_g ~ 1000', 'roast eq medium', 'fair_trade eq true'], budget: 20, cur: 'GBP' },
  { text: 'Salut! Je magasine du café moulu pour ma cafetière filtre, bio, torréfaction pâle si possible, deux sacs de 500 g, pas plus que quinze piasses le sac.', lang: 'fr', expect: 'coffee', hard: ['form eq ground', 'use ~ filter', 'organic eq true', 'weight_g ~ 500'], soft: ['roast equals light'], quantity: 2, budget: 15, cur: 'CAD' },
  { text: 'I want buy coffee in capsules, decaf because my doctor say no more caffeine for me, the less expensive possible', lang: 'en', expect: 'coffee', hard: ['form eq capsules', 'decaf eq true'], budget: 0 },
  // Headphones, running shoes
  { text: "Need some new cans for the commute 🎧 over-ear, noise cancelling, the lightest you've got. Not Beats, not Bose. Couple of hundred quid tops.", lang: 'en', expect: 'headphones', hard: ['form eq over-ear', 'noise_cancelling eq true', 'maker not-in Bose'], soft: ['weight_g lower'], budget: 200, cur: 'GBP' },
  { text: "Pour mon fils de quinze ans : un casque sans fil bluetooth pour écouter sa musique sur son GSM, avec l'autonomie la plus longue possible, nonante euros maximum.", lang: 'fr', expect: 'headphones', hard: ['wireless eq true'], soft: ['battery_hours higher'], budget: 90, who: 'son', age: 15 },
  { text: 'Trainers for running on muddy trails, men\'s size 43, waterproof, not Hoka (sorry Hoka fans). A hundred and fifty quid at most.', lang: 'en', expect: 'running-shoes', hard: ['terrain eq trail', 'size_eu eq 43', 'waterproof eq true', 'maker not-in Hoka', 'gender ~ men'], budget: 150, cur: 'GBP' },
  { text: 'My daughter (16) needs new sneakers for running, women\'s 39, the lightest pair possible, Asics or Brooks, $160 max', lang: 'en', expect: 'running-shoes', hard: ['size_eu eq 39', 'maker in Asics', 'maker in Brooks', 'gender ~ women'], soft: ['weight_g lower'], budget: 160, cur: 'USD', who: 'daughter', age: 16 },
  { text: "Bonjour, je me cherche des espadrilles (souliers de course) pour courir sur la route, pointure 42, larges parce que j'ai le pied large, deux cents piasses max. #coursealapied", lang: 'fr', expect: 'running-shoes', hard: ['terrain eq road', 'size_eu eq 42', 'width eq wide'], budget: 200, cur: 'CAD' },
  { text: 'Solomon trail shoes please (the speedcross or simmilar), size 44, vegan if possible 🌱, budget a hundred and sixty euros', lang: 'en', expect: 'running-shoes', hard: ['terrain eq trail', 'size_eu eq 44'], soft: ['maker ~ Salomon', 'vegan equals true'], budget: 160 },
  // Outdoor: backpacks, sleeping bags, tents, coats
  { text: 'A rucksack for uni, it must take my 15.6 inch laptop, waterproof as it never stops raining here 🌧️, under fifty quid. Not black, everyone has got black.', lang: 'en', expect: '100', hard: ['laptop_in ~ 15.6', 'waterproof eq true', 'color not-in black'], budget: 50, cur: 'GBP' },
  { text: 'Bonjour, je suis cherchant un sac à dos pour le randonnée, environ 30 litres, le plus léger possible. Mon budget est cent vingt balles. Je ne veux pas un Quechua.', lang: 'fr', expect: '100', hard: ['backpack_type eq hiking', 'maker not-in Quechua'], soft: ['volume_l ~ 30', 'weight_g lower'], budget: 120 },
  { text: 'Fjalraven Kanken for my daugther, she has 9 years, it is for the school, pink or navy, maximum 90 euro', lang: 'en', expect: '100', hard: ['maker ~ Fjällräven', 'backpack_type eq school', 'color in pink', 'color in navy'], budget: 90, who: 'daughter', age: 9 },
  { text: "Off to the Highlands in March so I need a down sleeping bag, comfortable to minus five, the lightest one you can find within two hundred and fifty quid", lang: 'en', expect: '1020', hard: ['fill eq down', 'comfort_temp_c ~ -5'], soft: ['weight_g lower'], budget: 250, cur: 'GBP' },
  { text: "Un sac de couchage pour mon fils de huit ans pour le camp des louveteaux, synthétique, septante francs maxi.", lang: 'fr', expect: '1020', hard: ['fill eq synthetic', 'age_group ~ kids'], budget: 70, cur: 'CHF', who: 'son', age: 8 },
  { text: "we're four plus the dog 🐕 and need a tent that sets up fast (pop up) and keeps us dry in heavy rain, 3000mm at least, $400 budget", lang: 'en', expect: '1022', hard: ['setup eq pop-up', 'waterhead_mm gte 3000'], budget: 400, cur: 'USD' },
  { text: 'Je veux acheter une tente pour deux personnes, le plus légère possible, pour faire le GR20 en juin, pas plus que quatre cents euros', lang: 'fr', expect: '1022', hard: ['capacity_persons ~ 2'], soft: ['weight_kg lower'], budget: 400 },
  { text: "A proper waterproof cagoule with a hood for walking in the Lake District, women's medium, navy. Rab is sold out everywhere so maybe Patagonia or Arcteryx? Up to three hundred quid.", lang: 'en', expect: '5598', hard: ['jacket_type eq rain', 'waterproof eq true', 'hood eq true', 'size eq M', 'color eq navy', 'gender ~ female'], soft: ['maker ~ Patagonia', 'maker ~ Arc’teryx'], budget: 300, cur: 'GBP' },
  { text: "Un manteau d'hiver, une parka, pour mon chum, grandeur XL, pas noir. Canada Goose c'est trop cher, mille piasses max.", lang: 'fr', expect: '5598', hard: ['jacket_type eq parka', 'size eq XL', 'color not-in black'], budget: 1000, cur: 'CAD', who: 'boyfriend' },
  // Bikes and helmets
  { text: 'Looking for a push bike for the school run with my lad, a city one, electric would be great if the budget stretches, a grand max', lang: 'en', expect: '1026', hard: ['bike_type eq city'], soft: ['electric equals true'], budget: 1000, cur: 'GBP' },
  { text: "Un vélo de route en carbone pour mon mari, il fait 1m85, budget deux mille deux cents euros, c'est pour son anniversaire le 20.", lang: 'fr', expect: '1026', hard: ['bike_type eq road', 'frame_material eq carbon'], budget: 2200, who: 'husband', deadline: ['2027-01-19', '2027-01-20'] },
  { text: 'Hiya, my bike got nicked outside the station 😭 could you find me a new one? Honestly no idea what kind I need, around four hundred quid', lang: 'en', expect: 'ask:bike_type', budget: 440, cur: 'GBP' },
  { text: 'bike helmet w/ MIPS for my son (7), kids size, the lightest one, under 60 bucks, by Saturday pls 🙏', lang: 'en', expect: '1029', hard: ['mips eq true', 'age_group ~ kids'], soft: ['weight_g lower'], budget: 60, cur: 'USD', who: 'son', age: 7, deadline: ['2027-01-09'] },
  { text: "Un casque de vélo pour aller travailler en ville, avec lumière intégrée, grandeur M, pas noir (on me voit pas le soir), cent piasses max", lang: 'fr', expect: '1029', hard: ['helmet_type eq urban', 'integrated_light eq true', 'size eq M', 'color not-in black'], budget: 100, cur: 'CAD' },
  // Travel, games, toys
  { text: 'I need a hand luggage trolley, hard shell, 4 wheels, from Samsonit if possible, maximum 250 euros. Need it by 12/1 at the latest, I fly on the 13th.', lang: 'en', expect: '107', hard: ['cabin_size eq true', 'shell eq hard', 'wheels eq 4'], soft: ['maker ~ Samsonite'], budget: 250, deadline: ['2027-01-12'] },
  { text: 'A family board game for the four of us, the kids are 7 and 10, nothing longer than an hour because they get bored, about twenty-five quid', lang: 'en', expect: '1246', hard: ['play_minutes lte 60', 'max_players gte 4', 'min_age lte 7', 'game_type ~ family'], budget: 27.5, cur: 'GBP' },
  { text: "Un jeu de société coopératif en français pour jouer à deux avec ma copine, moins de quarante euros, pas Pandemic on l'a déjà", lang: 'fr', expect: '1246', hard: ['game_type eq cooperative', 'language eq fr', 'min_players lte 2'], budget: 40 },
  { text: "A jigsaw for my nan, she's 84 and does one a week 🧩 1000 pieces, something pretty like Monet, a tenner or so", lang: 'en', expect: '2618', hard: ['pieces ~ 1000'], soft: ['motif ~ Monet Water Lilies'], budget: 11, cur: 'GBP', who: 'grandmother', age: 84 },
  { text: 'Legos for my nephew, his 8th birthday is next Saturday (the 16th)! Star Wars, something with lots of pieces, under 80 bucks', lang: 'en', expect: '3805', hard: ['theme eq star wars', 'maker ~ LEGO'], soft: ['pieces higher'], budget: 80, cur: 'USD', who: 'nephew', age: 8, deadline: ['2027-01-15', '2027-01-16'] },
  // Tech: cameras, speakers, phones, monitors, laptops, tablets, e-readers, TVs, trackers
  { text: 'I am looking for a instant camera for my niece who is turning 12, she loves pastel colours, fifty to a hundred dollars', lang: 'en', expect: '152', hard: ['camera_type eq instant'], budget: 100, cur: 'USD', who: 'niece', age: 12 },
  { text: 'portable bluetooth speaker for the beach #beachlife 🏖️ waterproof IP67, longest battery you can get, JBL or UE, under a hundred and twenty bucks', lang: 'en', expect: '249', hard: ['portable eq true', 'water_resistance eq IP67', 'maker in JBL', 'maker in Ultimate Ears'], soft: ['battery_hours higher'], budget: 120, cur: 'USD' },
  { text: 'Hello, I need a new Handy (a mobile, or a cell phone? sorry, in German we say Handy), my actual one is broken. 256 GB, 5G, black, maximal 800 Euro, no Apple.', lang: 'en', expect: '267', hard: ['storage_gb ~ 256', 'five_g eq true', 'color eq black', 'maker not-in Apple'], budget: 800 },
  { text: 'Salut, mon natel est tombé dans le lac 🙈 il m\'en faut un nouveau vite, un Fairphone si possible, 256 Go, pour demain, cinq cents balles max', lang: 'fr', expect: '267', hard: ['storage_gb ~ 256'], soft: ['maker ~ Fairphone'], budget: 500, cur: 'CHF', deadline: ['2027-01-08'] },
  { text: 'Je magasine un cellulaire pour ma fille de 13 ans, un iPhone ou un Samsung, pas plus que huit cents piasses', lang: 'fr', expect: '267', hard: ['maker in Apple', 'maker in Samsung'], budget: 800, cur: 'CAD', who: 'daughter', age: 13 },
  { text: '27 inch monitor for work, 4K, USB-C so I can plug in my MacBook, height adjustable, $500ish, need it by 1/12', lang: 'en', expect: '305', hard: ['screen_in ~ 27', 'resolution eq 4k', 'usb_c eq true', 'height_adjustable eq true'], budget: 550, cur: 'USD', deadline: ['2027-01-12'] },
  { text: 'I need a labtop for my studies, 16 GB ram minimum, qwerty keyboard (I am not habituated to azerty), the most light possible, budget one thousand euros', lang: 'en', expect: '328', hard: ['ram_gb gte 16', 'keyboard_layout eq qwerty'], soft: ['weight_kg lower'], budget: 1000 },
  { text: "Un ordinateur portable pour mon fils qui commence l'uni, clavier suisse (QWERTZ), autonomie d'au moins 12 heures, mille deux cents francs", lang: 'fr', expect: '328', hard: ['keyboard_layout eq qwertz', 'battery_hours gte 12'], budget: 1200, cur: 'CHF', who: 'son' },
  { text: 'I want a tablet with a pen for draw, 11 inch or bigger, the Ipad is very expensive so maybe a Samsung, six hundred euros', lang: 'en', expect: '4745', hard: ['stylus_support eq true', 'screen_in gte 11'], soft: ['maker ~ Samsung'], budget: 600 },
  { text: 'an e-reader for my wife, waterproof so she can read in the tub 🛁, warm light, NOT a kindle, $200', lang: 'en', expect: '3539', hard: ['waterproof eq true', 'warm_light eq true', 'store not-in kindle'], budget: 200, cur: 'USD', who: 'wife' },
  { text: 'New telly for the lounge: 55 inch OLED with HDMI 2.1 for the PS5, not Samsung, a grand and a half max', lang: 'en', expect: '404', hard: ['screen_in ~ 55', 'panel eq oled', 'hdmi_2_1 eq true', 'maker not-in Samsung'], budget: 1500, cur: 'GBP' },
  { text: "A fitness tracker for my dad, he's 68 and just started parkrun 🏃 needs GPS, battery longer than a week, Garmen or Polar, under two hundred quid", lang: 'en', expect: '500009', hard: ['gps eq true', 'battery_days ~ 7', 'maker in Garmin', 'maker in Polar'], budget: 200, cur: 'GBP', who: 'father', age: 68 },
  { text: 'Une montre connectée pour nager, étanche 5 ATM minimum, bracelet rose si possible, moins de cent cinquante euros', lang: 'fr', expect: '500009', hard: ['form eq watch', 'water_atm gte 5'], soft: ['color equals pink'], budget: 150 },
  // Home: washing machines, vacuums, air purifiers, mattresses, office chairs
  { text: "Our washing machine's packed in 😩 need a new one asap: 9kg, A-rated, and quieter than the old Beko (that was 78 dB, like a jet engine), under six hundred quid, delivered by Wednesday", lang: 'en', expect: '2549', hard: ['capacity_kg ~ 9', 'energy_class eq A', 'noise_db ~ 78'], budget: 600, cur: 'GBP', deadline: ['2027-01-13'] },
  { text: 'Ma laveuse a lâché 😭 Il me faut une laveuse à chargement par le haut, blanche, pas Samsung, la moins chère possible, livrée la fin de semaine si possible', lang: 'fr', expect: '2549', hard: ['loading eq top', 'color eq white', 'maker not-in Samsung'], budget: 0, deadline: ['2027-01-09', '2027-01-10'] },
  { text: 'Cordless hoover, not a Dyson (ironic I know 😂), runs at least 40 mins, for a flat with two cats, about two hundred and fifty quid', lang: 'en', expect: '619', hard: ['cordless eq true', 'maker not-in Dyson', 'runtime_min gte 40'], budget: 275, cur: 'GBP' },
  { text: 'Une balayeuse robot pour le condo, silencieuse (moins de 65 dB), pas iRobot, quatre cents piasses', lang: 'fr', expect: '619', hard: ['vacuum_type eq robot', 'noise_db ~ 65', 'maker not-in iRobot'], budget: 400, cur: 'CAD' },
  { text: "If it's not too much trouble, I'd like an air purifier for my bedroom, I have asthma. HEPA, quieter than 25 dB at night, and app control would be nice. A hundred and fifty dollars or so.", lang: 'en', expect: '606', hard: ['hepa eq true', 'noise_db ~ 25'], soft: ['app_control equals true'], budget: 165, cur: 'USD' },
  { text: "Un purificateur d'air pour un appartement de 60 m², avec filtre HEPA, le plus silencieux possible, pas Dyson, quatre cent huitante francs", lang: 'fr', expect: '606', hard: ['room_m2 ~ 60', 'hepa eq true', 'maker not-in Dyson'], soft: ['noise_db lower'], budget: 480, cur: 'CHF' },
  { text: 'A mattress for a double bed (140), firm, memory foam, a trial of 100 nights at least, under £500, within a fortnight please', lang: 'en', expect: '2696', hard: ['firmness eq firm', 'mattress_type eq memory foam', 'trial_nights gte 100', 'width_cm ~ 140'], budget: 500, cur: 'GBP', deadline: ['2027-01-21'] },
  { text: 'matelat 160x200 pas trop dur pour mon dos, Emma ou Simba, deux cents euros max', lang: 'fr', expect: '2696', hard: ['size ~ 160 x 200 cm', 'firmness not-in firm', 'maker in Emma', 'maker in Simba'], budget: 200 },
  { text: "I hope this isn't a silly question but my back's been killing me since I started working from home. Could you maybe look for a desk chair with proper lumbar support and a headrest? Mesh rather than fabric, I get hot. Not Ikea. Up to five hundred pounds.", lang: 'en', expect: '2045', hard: ['lumbar_support eq true', 'headrest eq true', 'maker not-in Ikea'], soft: ['material ~ mesh'], budget: 500, cur: 'GBP' },
  // Care, pets, tea, sport
  { text: "Just a big box of builder's tea bags, nothing fancy, Twinings or Clipper, a fiver tops", lang: 'en', expect: '2073', hard: ['tea_type eq black', 'tea_form eq bags', 'maker in Twinings', 'maker in Clipper'], budget: 5, cur: 'GBP' },
  { text: 'Du thé vert en vrac bio, 100 g, pas aromatisé, du Palais des Thé ou du Mariage Frère (je sais jamais comment ça s\'écrit 😅), vingt-cinq euros', lang: 'fr', expect: '2073', hard: ['tea_type eq green', 'tea_form eq loose', 'organic eq true', 'flavoured eq false', 'weight_g ~ 100', 'maker in Palais des Thés', 'maker in Mariage Frères'], budget: 25 },
  { text: 'Dry food for our old greyhound, senior, grain free, the biggest bag you have got, Royal Kanin or Hills', lang: 'en', expect: '3530', hard: ['food_form eq dry', 'life_stage eq senior', 'grain_free eq true', 'maker in Royal Canin', "maker in Hill's Science Plan"], soft: ['weight_kg higher'], budget: 0 },
  { text: "Trois sacs de croquettes pour chiot de petite race, septante euros le sac maximum, pas Pedigree, d'ici une semaine", lang: 'fr', expect: '3530', hard: ['food_form eq dry', 'life_stage eq puppy', 'dog_size eq small', 'maker not-in Pedigree'], quantity: 3, budget: 70, deadline: ['2027-01-14'] },
  { text: 'Yoga mat, non-slip, no PVC (trying to go plastic-free #zerowaste 🌱), thicker than my current 4mm one, forty quid-ish', lang: 'en', expect: '3640', hard: ['non_slip eq true', 'pvc_free eq true', 'thickness_mm ~ 4'], budget: 44, cur: 'GBP' },
  { text: 'An electric toothbrush with pressure sensor because my dentist say I brush too hard, Oral B or Phillips Sonicare, forty-five dollars', lang: 'en', expect: '527', hard: ['pressure_sensor eq true', 'maker in Oral-B', 'maker in Philips'], budget: 45, cur: 'USD' },
  { text: 'blow dryer, ionic, folding for travel ✈️, not Dyson (way too pricey), ~$100', lang: 'en', expect: '490', hard: ['ionic eq true', 'foldable eq true', 'maker not-in Dyson'], budget: 110, cur: 'USD' },
  { text: 'Un séchoir à cheveux pour ma blonde pour la Saint-Valentin, au moins 2000 watts, ionique, cent piasses', lang: 'fr', expect: '490', hard: ['power_w gte 2000', 'ionic eq true'], budget: 100, cur: 'CAD', who: 'girlfriend', deadline: ['2027-02-13', '2027-02-14'] },
  // Baby, garden, tools
  { text: "We've got a baby on the way 👶 (due in March!) so we're looking for a pushchair suitable from birth that folds small enough for the overhead locker, the lightest possible, Babyzen or Bugabo, under eight hundred pounds", lang: 'en', expect: '568', hard: ['from_birth eq true', 'cabin_size eq true', 'maker in Babyzen', 'maker in Bugaboo'], soft: ['weight_kg lower'], budget: 800, cur: 'GBP' },
  { text: 'Une poussette tout-terrain pour aller courir avec mon bébé, Thule de préférence, pas beige, mille euros', lang: 'fr', expect: '568', hard: ['stroller_type eq jogging', 'color not-in beige'], soft: ['maker ~ Thule'], budget: 1000 },
  { text: 'battery lawn mower for a small yard (about 300 m2), self propelled would be great, under 500 bucks', lang: 'en', expect: '694', hard: ['power_source eq battery', 'lawn_area_m2 ~ 300'], soft: ['self_propelled equals true'], budget: 500, cur: 'USD' },
  { text: 'Une tondeuse robot pour un jardin de 500 m², la plus silencieuse possible, pas de Husqvarana, mille euros', lang: 'fr', expect: '694', hard: ['robotic eq true', 'lawn_area_m2 ~ 500', 'maker not-in Husqvarna'], soft: ['noise_db lower'], budget: 1000 },
  { text: 'cordless drill driver 18V, batteries included (2 if possible), Milwalkee or Dewalt, around 200 bucks', lang: 'en', expect: '2629', hard: ['drill_type eq drill-driver', 'cordless eq true', 'voltage_v eq 18', 'batteries_included gte 1', 'maker in Milwaukee', 'maker in DeWalt'], soft: ['batteries_included equals 2'], budget: 220, cur: 'USD' },
  { text: "Une foreuse à percussion pour percer dans le béton, avec fil c'est très bien, nonante-neuf euros", lang: 'fr', expect: '2629', hard: ['drill_type ~ hammer-drill'], budget: 99 },
  // Things nobody sells
  { text: 'A four-slice toaster, cream to match the kettle, fifty quid', lang: 'en', expect: 'unsupported' },
  { text: "a 13.5 tog duvet for a king size bed, we're always cold 🥶, under a hundred quid", lang: 'en', expect: 'unsupported' },
  { text: 'nappies (diapers for you Americans 😄) size 4, the biggest box you have, Pampers', lang: 'en', expect: 'unsupported' },
  { text: 'a crib for the baby (a cot in British I think), white wood, $300', lang: 'en', expect: 'unsupported' },
  { text: 'Un nettoyeur haute pression Karsher pour la terrasse, cent cinquante euros une fois', lang: 'fr', expect: 'unsupported' },
  { text: 'Un démarreur à distance pour mon char, il fait moins trente le matin 🥶', lang: 'fr', expect: 'unsupported' },
  // Ambiguous
  { text: "My sister's turning 30 and she's mad about the outdoors 🏕️ (she's got enough jumpers). Any ideas? A couple of hundred quid.", lang: 'en', expect: 'ask:category', budget: 200, cur: 'GBP', who: 'sister', age: 30 },
  { text: 'Un casque pour mon fils de dix ans, il le veut bleu, cinquante euros max', lang: 'fr', expect: 'ask:category', budget: 50, who: 'son', age: 10 },
  { text: 'Mon père adore le café : une machine ou du bon café en grains, je sais pas trop, pour sa fête dimanche', lang: 'fr', expect: 'ask:category', budget: 0, who: 'father', deadline: ['2027-01-09', '2027-01-10'] },
];
