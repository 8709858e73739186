/**
 * Eighty requests written by hand and blind (requests16) by a helper of session 32 on 2026-12-06, before anyone ran them
 * through the engine: the writer did not open `agent/`, the need tests other than the first fifteen lines of
 * `unseen-requests15.test.ts`, the judge beyond its exports, or the rows of tables 7 to 15; read only the demo market's
 * catalogue data (`brand-agent/reference/data/`: category ids, attribute names and values, makers), the header and
 * `UnseenRow` of the first table, the headers of tables 13, 14 and 15 and the `direction` line of
 * `protocol/need-brief.ts`; and changed no row after seeing how it reads.
 *
 * Written as chat messages typed to an assistant: greetings and small talk around the request ("hiii 👋", "thx!!",
 * "sorry Dyson fans", "lol"), typos and autocorrect slips ("waterprof", "tai 39", "lightweigth", "hepa filtre"),
 * abbreviations ("w/", "w/o", "pls", "approx", "max", "min", "tmrw", "bc", "ppl", "poss", "yo", "pr", "svp", "c"),
 * symbols for bounds ("≥", "≤", "<", "+"), emoji between words, "k" thousands ("1.5k", "2.5k CHF", "1,2k€"), budgets
 * in pounds, dollars and francs ("£120", "90 quid", "80 bucks", "$700", "250 CHF", "150 CHF"), "balles", "€60ish",
 * "150 eur TTC", constraints chained with "and / but / except / as long as / unless", makers, colours and materials
 * excluded in several ways ("anything but", "no X pls", "not X", "w/o", "pas de X", "sauf", "pas en X"), gifts for
 * someone else with their size or age ("for my dad, he's a 44", "pour ma fille de 7 ans", "he's an XL"), comparative
 * wishes ("lighter than 2.7 kg", "at least as big as 55 inch", "quieter than 25 dB", "le + silencieux possible",
 * "le plus léger possible"), numbers that are neither price nor size (a Pixel 4a from 2020, a Bosch from 2012, HDMI
 * 2.1, the PS5, the GR20, LEGO set 10305, a fan since 1990, "2 pack", "x2", "for 4 ppl", "12 ppl" in the office,
 * "60m2 avec 2 chats", "I'm 125kg", "I'm 1m78", a dog of 11, a 400€ hairdryer they will not buy), a change
 * of mind inside the message ("orange… actually no, black", "80 balles max… en fait 100 c'est ok", "not Philips…
 * wait Philips is fine", "32GB is plenty… ok maybe 64", "for my 9yo? no wait, adult S for me", "within a week if
 * poss... no, it has to be"), quantities, deadlines relative to `UNSEEN_NOW_16`, and other products named in passing
 * (the old Pixel, the dead Bosch washer, the PS5, the girlfriend's sleeping bag, the Makita batteries already owned,
 * the brother's Ninja).
 * 50 English, 30 French; every category of the demo market (35 open-market ids plus coffee, headphones, running-shoes),
 * 6 requests for things nobody sells (cat food, gaming mouse, car roof box, video doorbell, steam iron, gas
 * barbecue), 4 ambiguous ones (a bike of no type, a vacuum "robot ou balai je sais pas", two gifts with no clear
 * category).
 *
 * Conventions as in `unseen-requests-table.ts` and tables 13 to 15: "about"/"around"/"approx"/"~"/"-ish"/"environ" is
 * the figure plus ten per cent; a range keeps its top; a restated figure or choice keeps the last statement; "by
 * <day>" is that day, "before <day>"/"avant <day>" that day or the one before; "pour Noël" accepts the 24th and the
 * 25th; "this weekend"/"ce week-end" accepts the Saturday and the Sunday; a per-item price with a quantity is kept per
 * item ("30€ pièce", "under $100 each", "25€ le sac"), a price for a pack ("lot de 3 max 20€", "2 pack … under 90€")
 * is the budget of one item, the pack; "$" and "bucks" are USD, "£" and "quid" are GBP, "CHF" is CHF, "balles", "TTC"
 * and a bare figure are EUR. A wish called optional, nice to have, "would be nice/lovely", "if poss", "si possible" or
 * "de préférence" is soft (a soft boolean is written `attr equals true`); something they "don't need", that "is fine",
 * "is ok", "suffit" or "peu importe" is no rule at all; something they do not WANT is a hard exclusion. "Makita or
 * DeWalt" is two `maker in` rules, one value each; a maker the person only prefers is soft `maker ~ X`. The recipient's
 * age is kept only where the message gives it as the recipient's (a dog's age is not one; "my 2 sons (6 and 8)" gives
 * none). Where two readings are fair the rule uses `~` (a litre count, "9kg", "1000 piece", "for 4 ppl", "160x200" as
 * `size`, a screen size stated as the wanted size, "IPX4 minimum", "quieter than 25 dB", "100g tin or bigger", a LEGO
 * set number, "lot de 3", "2 pack").
 */
import type { UnseenRow } from './unseen-requests-table.ts';

/**
 * Thursday 10 December 2026, 15:00 UTC: "tmrw" is 11 December, "this weekend"/"ce week-end" 12–13 December, "by Monday"
 * 14 December, "avant lundi" 13–14 December, "next Wed" 16 December, "within a week" 17 December, "d'ici le 18" 18
 * December, "avant le 19" 18–19 December, "avant le 20" 19–20 December, "pour Noël" 24–25 December. Pass it to
 * `judgeBlindSet` as set 15's test passes its own.
 */
export const UNSEEN_NOW_16 = new Date('2026-12-10T15:00:00Z');

export const UNSEEN_REQUESTS_16: readonly UnseenRow[] = [
  // Kitchen: kettles, blenders, coffee machines
  { text: 'hiii 👋 need a kettle pls, glass one w/ temp control, €60ish but NO Tefal, had one & it broke after 3 months 🙄', lang: 'en', expect: '751', hard: ['body eq glass', 'temperature_control eq true', 'maker not-in Tefal'], budget: 66 },
  { text: "slt ! une bouilloire 1,7L inox, pas de plastique surtout, max 40 balles, c pour ma mère 😊 faut qu'elle l'ait avant lundi", lang: 'fr', expect: '751', hard: ['body eq stainless steel'], soft: ['capacity_l ~ 1.7'], budget: 40, who: 'mother', deadline: ['2026-12-13', '2026-12-14'] },
  { text: "looking for a smoothie blender, the countertop kind, ≥1000W and a jug of at least 1.5L... but not Ninja, my bro has one and it's loud af. £120 max", lang: 'en', expect: '505666', hard: ['blender_type eq countertop', 'power_w gte 1000', 'jug_l gte 1.5', 'maker not-in Ninja'], budget: 120, cur: 'GBP' },
  { text: "Coffee machine w/ built-in grinder for the office 🙏 we're 12 ppl so big tank ≥ 1.8L pls, milk frother optional. 1.5k tops", lang: 'en', expect: '736', hard: ['grinder eq true', 'water_tank_l gte 1.8'], soft: ['milk_frother equals true'], budget: 1500, quantity: 1 },
  { text: "machine expresso manuelle 15 bars, rouge si possible sinon noire ça ira, pas de De'Longhi svp, 300€ TTC", lang: 'fr', expect: '736', hard: ['machine_type eq espresso', 'pressure_bar ~ 15', "maker not-in De'Longhi"], soft: ['color equals red'], budget: 300 },

  // Coffee, headphones, running shoes (the reference market)
  { text: '2 bags of decaf coffee beans pls ☕ 1kg each, medium roast, organic — under $40 a bag. thx!!', lang: 'en', expect: 'coffee', hard: ['form eq beans', 'decaf eq true', 'roast eq medium', 'organic eq true'], soft: ['weight_g ~ 1000'], budget: 40, cur: 'USD', quantity: 2 },
  { text: 'du café moulu pr cafetière filtre, 100% arabica, équitable si possible, sauf Bargain Beans (déjà été déçu 😒), 15€ max le paquet de 500g', lang: 'fr', expect: 'coffee', hard: ['form eq ground', 'use ~ filter', 'arabica_percent ~ 100', 'maker not-in Bargain Beans'], soft: ['fair_trade equals true', 'weight_g ~ 500'], budget: 15 },
  { text: "over-ear headphones w/ ANC for flights ✈️ battery ≥ 30h, multipoint would be nice, no Apple pls. ~$300", lang: 'en', expect: 'headphones', hard: ['form eq over-ear', 'noise_cancelling eq true', 'battery_hours gte 30', 'maker not-in Apple'], soft: ['multipoint equals true'], budget: 330, cur: 'USD' },
  { text: "écouteurs intra sans fil pour courir 🏃‍♀️ IPX4 minimum, pas de Sony, 80 balles max… en fait 100 c'est ok", lang: 'fr', expect: 'headphones', hard: ['form eq in-ear', 'wireless eq true', 'water_resistance ~ IPX4', 'maker not-in Sony'], budget: 100 },
  { text: "trail running shoes for my dad, he's a 44 👟 waterprof, wide fit bc his feet are wide 😅 drop ≤ 8mm. not Hoka. max 160€", lang: 'en', expect: 'running-shoes', hard: ['terrain eq trail', 'size_eu eq 44', 'waterproof eq true', 'width eq wide', 'drop_mm lte 8', 'maker not-in Hoka'], budget: 160, who: 'father' },
  { text: 'chaussures de running route tai 39 pour moi (femme), amorti max, vegan si possible, pas en rose 🙏 150 eur TTC', lang: 'fr', expect: 'running-shoes', hard: ['terrain eq road', 'size_eu eq 39', 'gender eq women', 'cushioning eq plush', 'color not-in pink'], soft: ['vegan equals true'], budget: 150 },
  { text: 'road running shoes size 42.5, lighter than 250g, orange or anything bright... actually no, black. ≤ $170', lang: 'en', expect: 'running-shoes', hard: ['terrain eq road', 'size_eu eq 42.5', 'weight_g lte 250', 'color eq black'], budget: 170, cur: 'USD' },

  // Outdoor: backpacks, sleeping bags, tents, coats
  { text: 'laptop backpack that fits a 15.6" laptop, waterproof, ~25L. no Eastpak, no Herschel either 🙅 ≤ £90', lang: 'en', expect: '100', hard: ['backpack_type ~ laptop', 'laptop_in gte 15.6', 'waterproof eq true', 'maker not-in Eastpak', 'maker not-in Herschel'], soft: ['volume_l ~ 25'], budget: 90, cur: 'GBP' },
  { text: 'sac à dos de rando 40 L minimum pour mon père, il fait des longs treks 🏔️ le plus léger possible, 150€ max', lang: 'fr', expect: '100', hard: ['backpack_type eq hiking', 'volume_l gte 40'], soft: ['weight_g lower'], budget: 150, who: 'father' },
  { text: "sleeping bag w/ comfort temp ≤ 0°C, down, mummy, zip on the left so it joins my gf's 💕 I'm 1.90 so long size. max 300 eur", lang: 'en', expect: '1020', hard: ['comfort_temp_c lte 0', 'fill eq down', 'shape eq mummy', 'zip_side eq left', 'size eq long'], budget: 300 },
  { text: 'tent for 4 ppl, min 3000mm waterhead, we dont need freestanding, under 12kg and max €350 pls', lang: 'en', expect: '1022', hard: ['capacity_persons ~ 4', 'waterhead_mm gte 3000', 'weight_kg lte 12'], budget: 350 },
  { text: 'tente 2 places ultra légère pour le GR20, moins de 2kg, 4 saisons pas nécessaire, MSR ou Vaude sauf en vert 🙃 ~450€, pour ce week-end', lang: 'fr', expect: '1022', hard: ['capacity_persons ~ 2', 'weight_kg lte 2', 'maker in MSR', 'maker in Vaude', 'color not-in green'], budget: 495, deadline: ['2026-12-12', '2026-12-13'] },
  { text: "rain jacket for my dad, he's an XL 🙂 hood obviously, recycled materials pls. Not red (he says he looks like a tomato 🍅). Patagonia or The North Face, up to 250€", lang: 'en', expect: '5598', hard: ['jacket_type eq rain', 'size eq XL', 'hood eq true', 'recycled_materials eq true', 'color not-in red', 'maker in Patagonia', 'maker in The North Face'], budget: 250, who: 'father' },
  { text: 'fleece for my 9yo? no wait, adult size S, for me lol. navy, recycled materials nice-to-have, ≤ 60€', lang: 'en', expect: '5598', hard: ['jacket_type eq fleece', 'size eq S', 'color eq navy'], soft: ['recycled_materials equals true'], budget: 60 },

  // Bikes and helmets
  { text: "gravel bike, carbon frame, hydraulic discs, size M (i'm 1m78), must be under 9 kg and ≤ 2.5k CHF. not Canyon (delivery nightmare last time)", lang: 'en', expect: '1026', hard: ['bike_type eq gravel', 'frame_material eq carbon', 'brake_type eq hydraulic-disc', 'size eq M', 'weight_kg lte 9', 'maker not-in Canyon'], budget: 2500, cur: 'CHF' },
  { text: 'vélo pour ma fille de 7 ans, roues 20 pouces, pas de rouge svp elle déteste 😅 < 300e', lang: 'fr', expect: '1026', hard: ['bike_type eq kids', 'wheel_size_in eq 20', 'color not-in red'], budget: 300, who: 'daughter', age: 7 },
  { text: 'e-bike for commuting in the city 🚲⚡ 7 gears is fine, any colour as long as it isnt white. max €2,000. need it by next Wed', lang: 'en', expect: '1026', hard: ['electric eq true', 'bike_type eq city', 'color not-in white'], budget: 2000, deadline: ['2026-12-16'] },
  { text: 'bike helmet w/ MIPS & a rear light built in 💡 size L, black or grey, < $120, need it tmrw 🙏', lang: 'en', expect: '1029', hard: ['mips eq true', 'integrated_light eq true', 'size eq L', 'color in black', 'color in grey'], budget: 120, cur: 'USD', deadline: ['2026-12-11'] },

  // Travel: suitcases
  { text: "cabin suitcase, hard shell, 4 wheels, lighter than 2.7 kg, anything but black (can't spot it at the carousel lol) — wait it's cabin so no carousel 😂 still not black tho. approx €180", lang: 'en', expect: '107', hard: ['cabin_size eq true', 'shell eq hard', 'wheels eq 4', 'weight_kg lte 2.7', 'color not-in black'], budget: 198 },
  { text: 'grande valise soute environ 100L, polycarbonate, Samsonite ou Delsey, pas rouge, 250 CHF max, besoin avant le 20', lang: 'fr', expect: '107', hard: ['cabin_size eq false', 'material eq polycarbonate', 'maker in Samsonite', 'maker in Delsey', 'color not-in red'], soft: ['volume_l ~ 100'], budget: 250, cur: 'CHF', deadline: ['2026-12-19', '2026-12-20'] },

  // Games, puzzles, construction sets
  { text: "LEGO for my nephew, he's 11 🎂 ≥ 1000 pieces, anything but Star Wars or Ninjago, he's over it. $150ish", lang: 'en', expect: '3805', hard: ['maker ~ LEGO', 'pieces gte 1000', 'theme not-in star wars', 'theme not-in ninjago'], budget: 165, cur: 'USD', who: 'nephew', age: 11 },
  { text: 'le set Lego 10305 (le château du lion) pour mon mari 😍 il est fan depuis 1990, pas plus de 400€', lang: 'fr', expect: '3805', hard: ['set_number ~ 10305'], budget: 400, who: 'husband', quantity: 1 },
  { text: 'a coop board game for 4 people, games ≤ 60 min, in English pls 🇬🇧 kids are 8 and 10. no Hasbro. £40', lang: 'en', expect: '1246', hard: ['game_type eq cooperative', 'max_players gte 4', 'play_minutes lte 60', 'language eq en', 'min_age lte 8', 'maker not-in Hasbro'], budget: 40, cur: 'GBP', quantity: 1 },
  { text: 'strategy game for me & my bf, 2 players, 60-90 min is fine, German edition ok but English would be better. €50ish', lang: 'en', expect: '1246', hard: ['game_type eq strategy', 'min_players lte 2'], soft: ['language equals en'], budget: 55 },
  { text: '1000 piece puzzle for my mum 🧩 she loves Monet... wooden would be lovely but cardboard is fine. under 30 quid', lang: 'en', expect: '2618', hard: ['pieces ~ 1000'], soft: ['puzzle_material equals wood'], budget: 30, cur: 'GBP', who: 'mother' },
  { text: 'puzzle pour ma fille de 5 ans, 104 pièces max, pas en bois, 20 € max', lang: 'fr', expect: '2618', hard: ['pieces lte 104', 'puzzle_material not-in wood'], budget: 20, who: 'daughter', age: 5 },

  // Tech: cameras, phones, monitors, laptops, tablets, e-readers, TVs, speakers, trackers
  { text: 'android phone w/ 5G, ≥ 256GB, battery 5000mAh+, not Samsung, max 600€. my old one is a Pixel 4a from 2020 lol', lang: 'en', expect: '267', hard: ['os eq android', 'five_g eq true', 'storage_gb gte 256', 'battery_mah gte 5000', 'maker not-in Samsung'], budget: 600 },
  { text: 'iPhone 128 Go pour ma fille de 15 ans, pas en rose elle dit, max 800 balles, pour Noël 🎄', lang: 'fr', expect: '267', hard: ['os eq ios', 'storage_gb ~ 128', 'color not-in pink'], budget: 800, who: 'daughter', age: 15, deadline: ['2026-12-24', '2026-12-25'] },
  { text: 'tablet for drawing ✏️ stylus support is a must, screen ≥ 11", 128GB min, wifi only is fine. Apple or Samsung. approx $700', lang: 'en', expect: '4745', hard: ['stylus_support eq true', 'screen_in gte 11', 'storage_gb gte 128', 'maker in Apple', 'maker in Samsung'], budget: 770, cur: 'USD' },
  { text: 'Fire tablet for the kids x3 (ages 5, 7, 9) 🙃 32GB is plenty... ok maybe 64. under $100 each', lang: 'en', expect: '4745', hard: ['os eq fire os', 'storage_gb ~ 64'], budget: 100, cur: 'USD', quantity: 3 },
  { text: "need a laptop for uni 🎓 16GB RAM min, ≤ 1.4 kg, battery 12h+, azerty keyboard (I'm in Brussels), w/o ChromeOS pls. max 1.2k €", lang: 'en', expect: '328', hard: ['ram_gb gte 16', 'weight_kg lte 1.4', 'battery_hours gte 12', 'keyboard_layout eq azerty', 'os not-in chromeos'], budget: 1200 },
  { text: 'PC portable 15,6 pouces sous Windows, 512 Go, sauf HP et Acer, entre 700 et 900 €, x2 (un pour moi un pour ma femme)', lang: 'fr', expect: '328', hard: ['screen_in ~ 15.6', 'os eq windows', 'storage_gb ~ 512', 'maker not-in HP', 'maker not-in Acer'], budget: 900, quantity: 2 },
  { text: '27" monitor, 4K, USB-C, height adjustable, 60Hz is fine. Dell or LG. around £400', lang: 'en', expect: '305', hard: ['screen_in ~ 27', 'resolution eq 4k', 'usb_c eq true', 'height_adjustable eq true', 'maker in Dell', 'maker in LG'], budget: 440, cur: 'GBP' },
  { text: 'TV at least as big as 55 inch, OLED, HDMI 2.1 for the PS5, 120Hz. Sony or LG. 1.5k max 📺', lang: 'en', expect: '404', hard: ['screen_in gte 55', 'panel eq oled', 'hdmi_2_1 eq true', 'refresh_hz gte 120', 'maker in Sony', 'maker in LG'], budget: 1500 },
  { text: 'télé 43 pouces pr la chambre, pas besoin de 4K, qled ou led peu importe, max 350 balles sauf TCL', lang: 'fr', expect: '404', hard: ['screen_in ~ 43', 'maker not-in TCL'], budget: 350 },
  { text: 'mirrorless camera w/ kit lens for travel 🌍 4K video, APS-C, lighter than 500g. Fujifilm or Sony. budget 1000-1300 EUR', lang: 'en', expect: '152', hard: ['camera_type eq mirrorless', 'kit_lens eq true', 'video_4k eq true', 'sensor eq aps-c', 'weight_g lte 500', 'maker in Fujifilm', 'maker in Sony'], budget: 1300 },
  { text: "appareil photo instantané pour l'anniv de ma nièce (16 ans) 📸 moins de 100€", lang: 'fr', expect: '152', hard: ['camera_type eq instant'], budget: 100, who: 'niece', age: 16 },
  { text: 'e-reader w/ warm light & waterproof (i read in the bath 🛁), Kobo store not Kindle pls, 7" screen, < £180', lang: 'en', expect: '3539', hard: ['warm_light eq true', 'waterproof eq true', 'store eq kobo', 'screen_in ~ 7'], budget: 180, cur: 'GBP' },
  { text: 'portable speaker for the beach 🏖️ IP67, 12h+ battery, no Bose. about 100 bucks, x2 for me and my sister', lang: 'en', expect: '249', hard: ['portable eq true', 'water_resistance eq IP67', 'battery_hours gte 12', 'maker not-in Bose'], budget: 110, cur: 'USD', quantity: 2 },
  { text: 'enceinte wifi avec assistant vocal pour le salon, JBL ou Sonos, pas blanche, 250€ max', lang: 'fr', expect: '249', hard: ['wifi eq true', 'voice_assistant eq true', 'maker in JBL', 'maker in Sonos', 'color not-in white'], budget: 250 },
  { text: 'fitness tracker w/ GPS, a band not a watch, battery ≥ 7 days, swimproof (5 ATM). not Huawei pls. < 150 €', lang: 'en', expect: '500009', hard: ['gps eq true', 'form eq band', 'battery_days gte 7', 'water_atm ~ 5', 'maker not-in Huawei'], budget: 150 },

  // Home: chairs, mattresses, washing machines, vacuums, air purifiers, mowers, drills
  { text: "office chair w/ lumbar support & adjustable armrests, I'm 125kg so max load ≥ 130kg pls. headrest optional. no leatherette. ≤ 500 $", lang: 'en', expect: '2045', hard: ['lumbar_support eq true', 'adjustable_armrests eq true', 'max_load_kg gte 130', 'material not-in leatherette'], soft: ['headrest equals true'], budget: 500, cur: 'USD' },
  { text: "mattress 160x200, memory foam, medium firmness, ≥ 100 nights trial, not Emma. up to €900 and within a week if poss... no, it has to be within a week, we're moving", lang: 'en', expect: '2696', hard: ['size ~ 160 x 200 cm', 'mattress_type eq memory foam', 'firmness eq medium', 'trial_nights gte 100', 'maker not-in Emma'], budget: 900, deadline: ['2026-12-17'] },
  { text: 'matelas 90x200 pour mon fils (12 ans), ferme, pas en mousse mémoire svp, moins de 300 balles, livré avant le 19', lang: 'fr', expect: '2696', hard: ['size ~ 90 x 200 cm', 'firmness eq firm', 'mattress_type not-in memory foam'], budget: 300, who: 'son', age: 12, deadline: ['2026-12-18', '2026-12-19'] },
  { text: 'washing machine 9kg, front loader, energy class A, 1400 rpm min, no Beko or Candy. ≤ 700€. Our old Bosch from 2012 died 💀 need it by Monday!!', lang: 'en', expect: '2549', hard: ['capacity_kg ~ 9', 'loading eq front', 'energy_class eq A', 'spin_rpm gte 1400', 'maker not-in Beko', 'maker not-in Candy'], budget: 700, deadline: ['2026-12-14'] },
  { text: 'lave-linge top (chargement par le dessus), 7 kg ça suffit, le moins bruyant possible, 500 balles max', lang: 'fr', expect: '2549', hard: ['loading eq top'], soft: ['noise_db lower'], budget: 500 },
  { text: 'cordless stick vacuum, runtime ≥ 45 min, lighter than 3kg, anything but Dyson (sorry Dyson fans). max 350 eur', lang: 'en', expect: '619', hard: ['vacuum_type eq stick', 'cordless eq true', 'runtime_min gte 45', 'weight_kg lte 3', 'maker not-in Dyson'], budget: 350 },
  { text: 'aspi robot le + silencieux possible, pr un appart de 60m2 avec 2 chats 🐈🐈 sauf iRobot, ≤ 400€', lang: 'fr', expect: '619', hard: ['vacuum_type eq robot', 'maker not-in iRobot'], soft: ['noise_db lower'], budget: 400, quantity: 1 },
  { text: 'air purifier for a 50m² living room, true hepa filtre, quieter than 25 dB at lowest, app control optional. Levoit or Philips, ~£250', lang: 'en', expect: '606', hard: ['room_m2 gte 50', 'hepa eq true', 'noise_db ~ 25', 'maker in Levoit', 'maker in Philips'], soft: ['app_control equals true'], budget: 275, cur: 'GBP' },
  { text: "purificateur d'air pour la chambre du bébé, le plus silencieux possible, HEPA obligatoire, pas de Xiaomi, 200€ max", lang: 'fr', expect: '606', hard: ['hepa eq true', 'maker not-in Xiaomi'], soft: ['noise_db lower'], budget: 200 },
  { text: 'lawn mower for a ~600m² garden, battery pls (no petrol, hate the smell), self-propelled would be nice, quietest possible. budget 500-700 €', lang: 'en', expect: '694', hard: ['power_source eq battery', 'lawn_area_m2 ~ 600'], soft: ['self_propelled equals true', 'noise_db lower'], budget: 700 },
  { text: 'robot tondeuse pr 1000 m2, Husqvarna de préférence mais pas Worx, 1,2k€ max', lang: 'fr', expect: '694', hard: ['robotic eq true', 'lawn_area_m2 ~ 1000', 'maker not-in Worx'], soft: ['maker ~ Husqvarna'], budget: 1200 },
  { text: 'cordless drill driver 18V w/ 2 batteries incl., min 50Nm torque. Makita or DeWalt, any brand except Black+Decker basically. about 150 bucks', lang: 'en', expect: '2629', hard: ['drill_type eq drill-driver', 'cordless eq true', 'voltage_v eq 18', 'batteries_included gte 2', 'torque_nm gte 50', 'maker in Makita', 'maker in DeWalt'], budget: 165, cur: 'USD' },
  { text: 'impact driver 18V, bare tool (0 batteries, I have Makita ones already) so Makita obviously. ≤ £100', lang: 'en', expect: '2629', hard: ['drill_type eq impact-driver', 'voltage_v eq 18', 'batteries_included eq 0', 'maker eq Makita'], budget: 100, cur: 'GBP' },

  // Care, baby, pets, tea, sport
  { text: 'hair dryer, ionic, foldable for travel, ≥ 2000W, anything but Dyson bc 400€ for a hairdryer?? no. so like €80 max', lang: 'en', expect: '490', hard: ['ionic eq true', 'foldable eq true', 'power_w gte 2000', 'maker not-in Dyson'], budget: 80 },
  { text: 'sèche-cheveux pour ma femme, lightweigth (moins de 400 g), pas de GHD, 3 réglages de chaleur min, < 150 CHF', lang: 'fr', expect: '490', hard: ['weight_g lte 400', 'heat_settings gte 3', 'maker not-in GHD'], budget: 150, cur: 'CHF', who: 'wife' },
  { text: 'electric toothbrush 2 pack (me + my wife), sonic, w/ pressure sensor, app optional, not Philips... wait actually Philips is fine, just no pink. under 90€', lang: 'en', expect: '527', hard: ['pack_size ~ 2', 'brush_type eq sonic', 'pressure_sensor eq true', 'color not-in pink'], soft: ['app equals true'], budget: 90, quantity: 1 },
  { text: 'brosse à dents électrique enfant pour mes 2 fils (6 et 8 ans), x2, avec appli si possible, 30€ pièce max', lang: 'fr', expect: '527', hard: ['age_group eq kids'], soft: ['app equals true'], budget: 30, quantity: 2 },
  { text: 'Hey! need a stroller that folds small enough for the ryanair cabin ✈️ and is ok from birth. under 7kg if poss. Not Babyzen (too pricey). Max 400€', lang: 'en', expect: '568', hard: ['cabin_size eq true', 'from_birth eq true', 'maker not-in Babyzen'], soft: ['weight_kg ~ 7'], budget: 400 },
  { text: 'dry food for my senior lab 🐶 (large breed, 11 yo), grain free, 12kg+ bag, no Pedigree. max 90 quid', lang: 'en', expect: '3530', hard: ['food_form eq dry', 'life_stage eq senior', 'dog_size eq large', 'grain_free eq true', 'weight_kg gte 12', 'maker not-in Pedigree'], budget: 90, cur: 'GBP' },
  { text: 'croquettes chiot petite race, sans céréales de préférence, 2 sacs de 3 kg, pas Royal Canin, 25€ le sac max', lang: 'fr', expect: '3530', hard: ['food_form eq dry', 'life_stage eq puppy', 'dog_size eq small', 'maker not-in Royal Canin'], soft: ['grain_free equals true', 'weight_kg ~ 3'], budget: 25, quantity: 2 },
  { text: 'any loose leaf green tea?? organic, 100g tin or bigger, anything except Lipton lol. ~£15', lang: 'en', expect: '2073', hard: ['tea_type eq green', 'tea_form eq loose', 'organic eq true', 'weight_g ~ 100', 'maker not-in Lipton'], budget: 16.5, cur: 'GBP' },
  { text: 'une infusion sans théine en sachets pour ma grand-mère, elle a 88 ans 🌿 pas aromatisée, lot de 3 max 20€', lang: 'fr', expect: '2073', hard: ['tea_type eq herbal', 'caffeine_free eq true', 'tea_form eq bags', 'flavoured eq false', 'pack_size ~ 3'], budget: 20, who: 'grandmother', age: 88, quantity: 1 },
  { text: 'yoga mat 6mm, PVC-free & non slip, no Lululemon, about 80 bucks unless shipping is crazy', lang: 'en', expect: '3640', hard: ['pvc_free eq true', 'non_slip eq true', 'maker not-in Lululemon'], soft: ['thickness_mm ~ 6'], budget: 88, cur: 'USD' },
  { text: 'tapis de yoga en caoutchouc naturel, le plus léger possible car je le porte au cours à vélo 🚲 max 100€', lang: 'fr', expect: '3640', hard: ['material eq natural rubber'], soft: ['weight_kg lower'], budget: 100 },

  // Things nobody sells
  { text: 'grain-free cat food for my 2 cats 🐱🐱 approx 40€ pls', lang: 'en', expect: 'unsupported' },
  { text: 'wireless gaming mouse w/ ≥ 20k DPI, <$80', lang: 'en', expect: 'unsupported' },
  { text: 'roof box for the car, 400L+, black, max 500 € — we drive to the Alps on the 19th', lang: 'en', expect: 'unsupported' },
  { text: 'video doorbell w/ wifi & night vision pls, anything but Google, ~£100', lang: 'en', expect: 'unsupported' },
  { text: 'un fer à repasser vapeur 2400W, pas de Calor, 60 balles', lang: 'fr', expect: 'unsupported' },
  { text: 'barbecue à gaz 3 brûleurs pour 8 personnes, max 400€ livré avant le 20', lang: 'fr', expect: 'unsupported' },

  // Ambiguous: the butler must ask or say what it assumed
  { text: 'need a bike 🚲 nothing fancy, ~500€, for getting around + some weekend rides idk', lang: 'en', expect: 'ask:bike_type', budget: 550 },
  { text: "something for my brother's 30th 🎉 he's into music and running, $100ish, ideas??", lang: 'en', expect: 'ask:category', budget: 110, cur: 'USD', who: 'brother', age: 30 },
  { text: 'il me faut un aspirateur, robot ou balai je sais pas trop, max 300€', lang: 'fr', expect: 'ask:vacuum_type', budget: 300 },
  { text: 'un cadeau pour ma fille de 9 ans qui adore construire des trucs ou les puzzles, pas plus de 40 balles 🎁', lang: 'fr', expect: 'ask:category', budget: 40, who: 'daughter', age: 9 },
];
