import { describeBlindSet } from './describe-blind-set.ts';
import { UNSEEN_NOW_16, UNSEEN_REQUESTS_16 } from './unseen-requests16-table.ts';

// Eighty requests written blind (requests16, see the table's header: chat messages as people type them to an assistant
// — typos, abbreviations, emojis, currencies other than the euro, exclusions said several ways, gifts with the
// recipient's size or age, comparative wishes, numbers that are not prices, a change of mind inside the message), read
// at the table's own clock (Thursday 10 December). Measured once on main (the engine of dc0427d), before any fix of
// this session landed and with no fix made after seeing them: 42/80 read right (27 rows miss a hard rule, 5 a soft
// rule, 5 the category, 5 the budget, 1 the quantity, 1 the deadline, 1 the recipient). After reqfix34 (a stand-in word
// beside a product's name, "robot tondeuse", "aspi robot", is its kind, not a food processor; a figure taken back with "en
// fait", French for "actually", gives way to the later one): 45/80. After reqfix35 (makers offered as
// alternatives keep a name's own "The", "Patagonia or The North Face"; a bound said over an equative, "at least as big as
// 55 inch"): 46/80. After needfix40 (a count said right before a price counts items, "lot de 3 max 20€" is no 3 €
// budget): 47/80. Every row must read right but
// the ones listed in KNOWN_GAPS; their reasons are the judge's own findings at measurement time, not yet diagnosed. A
// gap that closes must be removed from the list.
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map<string, string>([
  ["machine expresso manuelle 15 bars, rouge si possible sinon noire ça ira, pas de De'Longhi svp, 300€ TTC", "measured, not yet read right: [hard] missing machine_type eq espresso; [hard] missing maker not-in De'Longhi; [soft] missing color equals red"],
  ["2 bags of decaf coffee beans pls ☕ 1kg each, medium roast, organic — under $40 a bag. thx!!", "measured, not yet read right: [quantity] quantity 1, expected 2"],
  ["chaussures de running route tai 39 pour moi (femme), amorti max, vegan si possible, pas en rose 🙏 150 eur TTC", "measured, not yet read right: [hard] missing gender eq women; [hard] missing cushioning eq plush"],
  ["road running shoes size 42.5, lighter than 250g, orange or anything bright... actually no, black. ≤ $170", "measured, not yet read right: [hard] missing color eq black"],
  ["sleeping bag w/ comfort temp ≤ 0°C, down, mummy, zip on the left so it joins my gf's 💕 I'm 1.90 so long size. max 300 eur", "measured, not yet read right: [hard] missing size eq long"],
  ["fleece for my 9yo? no wait, adult size S, for me lol. navy, recycled materials nice-to-have, ≤ 60€", "measured, not yet read right: [hard] missing color eq navy"],
  ["vélo pour ma fille de 7 ans, roues 20 pouces, pas de rouge svp elle déteste 😅 < 300e", "measured, not yet read right: [hard] missing bike_type eq kids; [hard] missing wheel_size_in eq 20"],
  ["e-bike for commuting in the city 🚲⚡ 7 gears is fine, any colour as long as it isnt white. max €2,000. need it by next Wed", "measured, not yet read right: [hard] missing color not-in white"],
  ["bike helmet w/ MIPS & a rear light built in 💡 size L, black or grey, < $120, need it tmrw 🙏", "measured, not yet read right: [hard] missing integrated_light eq true"],
  ["cabin suitcase, hard shell, 4 wheels, lighter than 2.7 kg, anything but black (can't spot it at the carousel lol) — wait it's cabin so no carousel 😂 still not black tho. approx €180", "measured, not yet read right: [hard] missing wheels eq 4"],
  ["grande valise soute environ 100L, polycarbonate, Samsonite ou Delsey, pas rouge, 250 CHF max, besoin avant le 20", "measured, not yet read right: [hard] missing cabin_size eq false; [hard] missing material eq polycarbonate"],
  ["LEGO for my nephew, he's 11 🎂 ≥ 1000 pieces, anything but Star Wars or Ninjago, he's over it. $150ish", "measured, not yet read right: [hard] missing maker ~ LEGO"],
  ["le set Lego 10305 (le château du lion) pour mon mari 😍 il est fan depuis 1990, pas plus de 400€", "measured, not yet read right: [hard] missing set_number ~ 10305"],
  ["a coop board game for 4 people, games ≤ 60 min, in English pls 🇬🇧 kids are 8 and 10. no Hasbro. £40", "measured, not yet read right: [hard] missing game_type eq cooperative; [hard] missing min_age lte 8"],
  ["strategy game for me & my bf, 2 players, 60-90 min is fine, German edition ok but English would be better. €50ish", "measured, not yet read right: [soft] missing language equals en"],
  ["1000 piece puzzle for my mum 🧩 she loves Monet... wooden would be lovely but cardboard is fine. under 30 quid", "measured, not yet read right: [soft] missing puzzle_material equals wood"],
  ["iPhone 128 Go pour ma fille de 15 ans, pas en rose elle dit, max 800 balles, pour Noël 🎄", "measured, not yet read right: [hard] missing os eq ios; [deadline] deadline none, expected 2026-12-24 or 2026-12-25"],
  ["Fire tablet for the kids x3 (ages 5, 7, 9) 🙃 32GB is plenty... ok maybe 64. under $100 each", "measured, not yet read right: [hard] missing os eq fire os; [hard] missing storage_gb ~ 64; [budget] budget 30000 USD, expected 10000"],
  ["PC portable 15,6 pouces sous Windows, 512 Go, sauf HP et Acer, entre 700 et 900 €, x2 (un pour moi un pour ma femme)", "measured, not yet read right: [hard] missing storage_gb ~ 512"],
  ["TV at least as big as 55 inch, OLED, HDMI 2.1 for the PS5, 120Hz. Sony or LG. 1.5k max 📺", "measured, not yet read right: [hard] missing refresh_hz gte 120"],
  ["mattress 160x200, memory foam, medium firmness, ≥ 100 nights trial, not Emma. up to €900 and within a week if poss... no, it has to be within a week, we're moving", "measured, not yet read right: [hard] missing size ~ 160 x 200 cm"],
  ["matelas 90x200 pour mon fils (12 ans), ferme, pas en mousse mémoire svp, moins de 300 balles, livré avant le 19", "measured, not yet read right: [hard] missing size ~ 90 x 200 cm; [hard] missing mattress_type not-in memory foam"],
  ["lave-linge top (chargement par le dessus), 7 kg ça suffit, le moins bruyant possible, 500 balles max", "measured, not yet read right: [soft] missing noise_db lower"],
  ["cordless drill driver 18V w/ 2 batteries incl., min 50Nm torque. Makita or DeWalt, any brand except Black+Decker basically. about 150 bucks", "measured, not yet read right: [hard] missing voltage_v eq 18; [hard] missing batteries_included gte 2"],
  ["impact driver 18V, bare tool (0 batteries, I have Makita ones already) so Makita obviously. ≤ £100", "measured, not yet read right: [hard] missing voltage_v eq 18; [hard] missing batteries_included eq 0; [hard] missing maker eq Makita"],
  ["brosse à dents électrique enfant pour mes 2 fils (6 et 8 ans), x2, avec appli si possible, 30€ pièce max", "measured, not yet read right: [budget] budget 6000 EUR, expected 3000"],
  ["croquettes chiot petite race, sans céréales de préférence, 2 sacs de 3 kg, pas Royal Canin, 25€ le sac max", "measured, not yet read right: [budget] budget 5000 EUR, expected 2500"],
  ["tapis de yoga en caoutchouc naturel, le plus léger possible car je le porte au cours à vélo 🚲 max 100€", "measured, not yet read right: [hard] missing material eq natural rubber"],
  ["video doorbell w/ wifi & night vision pls, anything but Google, ~£100", "measured, not yet read right: [category] got headphones"],
  ["something for my brother's 30th 🎉 he's into music and running, $100ish, ideas??", "measured, not yet read right: [recipient] recipient undefined, expected brother; [recipient] recipient undefined, expected age 30"],
  ["il me faut un aspirateur, robot ou balai je sais pas trop, max 300€", "measured, not yet read right: [category] got 619"],
  ["un cadeau pour ma fille de 9 ans qui adore construire des trucs ou les puzzles, pas plus de 40 balles 🎁", "measured, not yet read right: [category] got 2618"],
]);

describeBlindSet('requests16: eighty blind requests typed as chat messages (EN/FR, demo market)', UNSEEN_REQUESTS_16, KNOWN_GAPS, {
  rows: 80,
  french: 30,
  now: UNSEEN_NOW_16,
});
