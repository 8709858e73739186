import { describeBlindSet } from './describe-blind-set.ts';
import { UNSEEN_NOW_19, UNSEEN_REQUESTS_19 } from './unseen-requests19-table.ts';

// Eighty requests written blind (requests19, see the table's header: voice-dictated transcripts with fillers and
// self-corrections, bullet lists and forms pasted from notes, requests forwarded for someone else, requests compared
// with something the person owns, imperial units and per-unit or per-month prices, negated and conditional
// constraints, deadlines said relative to events; 60 English, 8 French, 3 each in Spanish, Italian, German and Dutch),
// read at the table's own clock (Tuesday 16 March 2027).
// Measured once on main (1492250) before any fix: 35/80 read right (26 rows miss a hard rule, 11 the budget, 7 the
// category, 6 the recipient, 6 the language, 3 the quantity, 3 the deadline, 2 a soft rule, 1 the currency; by
// language: English 31/60, French 4/8, Spanish, Italian, German and Dutch 0/12). After reqfix36: 41/80 (forwarded
// requests, a quotation closed after a figure, self-corrections, a conditional price, a weekday with its date in
// brackets; the per-item prices now read the count, and their budget is the order's total, which this table's
// convention keeps per item). After reqfix37a: 52/80 (Spanish, Italian, German and Dutch read through a gloss
// into the reader's English words: 11/12; the Italian LEGO set still misses the maker). Every row must read right
// but the ones listed in KNOWN_GAPS; their reasons are the judge's own findings at measurement time, not yet
// diagnosed. A gap that closes must be removed from the list.
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map<string, string>([
  ["okay note for the butler I want noise cancelling headphones over ear black no wait white um Sony or Bose and don't spend more than three hundred pounds", "measured, not yet read right: [hard] missing color eq white"],
  ["I need a laptop for uni um fourteen inch sixteen gigs of ram no wait thirty two and it has to be under three pounds because I carry it everywhere max twelve hundred dollars", "measured after reqfix36, not yet read right: [hard] missing weight_kg ~ 1.36"],
  ["I want a bike helmet for commuting with a light built in size M uh MIPS would be nice and um no more than eighty", "measured, not yet read right: [hard] missing helmet_type eq urban; [hard] missing integrated_light eq true; [budget] budget none, expected 8000"],
  ["hi um I'm looking for dog food dry for a large breed puppy grain free two bags of twelve kilos no wait fifteen kilos each at most sixty euros a bag", "measured after reqfix36, not yet read right: [budget] budget 12000 EUR, expected 6000"],
  ["um I want a thing for the kitchen for making smoothies or maybe coffee I dunno surprise me under one hundred", "measured, not yet read right: [category] got coffee"],
  ["um two kids electric toothbrushes for the twins they're five um dinosaur ones if they exist under twenty five each", "measured, not yet read right: [budget] budget 5000 EUR, expected 2500"],
  ["Um I need ground coffee for my moka pot no wait it's a filter machine ground for filter light roast one kilo total so four two fifty gram bags twelve euros a bag max", "measured after reqfix36, not yet read right: [hard] missing weight_g ~ 250; [budget] budget 4800 EUR, expected 1200"],
  ["Shopping list item:\n- what: air purifier\n- room: 30 m²\n- must: HEPA\n- nice to have: app\n- max: €250", "measured, not yet read right: [soft] missing app_control equals true"],
  ["Need: cordless drill\nVoltage: 18V\nBatteries: 2\nBrand: Makita or Bosch (NOT Einhell)\nBudget: £180\nNeeded by: Friday", "measured, not yet read right: [hard] missing batteries_included ~ 2"],
  ["Item: suitcase | Type: cabin, hard shell | Wheels: 4 | Colour: anything but black | Max: 200 EUR", "measured, not yet read right: [hard] missing wheels eq 4"],
  ["Board game for game night —\n• players: 6\n• time: under 45 min\n• type: party\n• budget: ~30 €", "measured, not yet read right: [hard] missing max_players gte 6"],
  ["Forwarded from my girlfriend: \"speaker with Alexa for the kitchen, white, wifi, not too expensive, like 100?\"", "measured after reqfix36, not yet read right: [hard] missing voice_assistant eq true; [hard] missing color eq white; [budget] budget 10000 EUR, expected 11000"],
  ["like my old Sony WH-1000XM3 but lighter and with a longer battery, over-ear, noise cancelling, up to 350 dollars", "measured, not yet read right: [soft] missing battery_hours higher"],
  ["Replacing my stroller, the old one was 9 kg and that was a nightmare on the stairs — something lighter, compact, from birth, 400 euros max", "measured, not yet read right: [hard] missing weight_kg ~ 9"],
  ["a 29 inch mountain bike, aluminium frame, hydraulic disc brakes, under 30 lb, max $1500", "measured, not yet read right: [hard] missing weight_kg ~ 13.61"],
  ["dry dog food in a 25 lb bag, adult, Purina Pro Plan, under $70", "measured, not yet read right: [hard] missing weight_kg ~ 11.34; [hard] missing maker in Purina Pro Plan"],
  ["Three 1000-piece jigsaws for the care home, no more than twelve dollars each", "measured after reqfix36, not yet read right: [budget] budget 3600 USD, expected 1200"],
  ["lawn mower for about a quarter acre, petrol, self-propelled, 21 inch cut, £500 max", "measured, not yet read right: [hard] missing lawn_area_m2 ~ 1012"],
  ["Carry-on suitcase, must fit 22 x 14 x 9 inches for United, under 8 lb, $250 max", "measured, not yet read right: [hard] missing height_cm ~ 56; [hard] missing weight_kg ~ 3.63"],
  ["Chromebook for my mom, she's 75, big screen 15 inch, lightweight under 4 lb, 400 dollars", "measured, not yet read right: [hard] missing os eq chromeos; [hard] missing weight_kg ~ 1.81"],
  ["A coffee machine — anything but capsules, I refuse to buy pods. Bean-to-cup if the budget allows (800), otherwise a plain espresso machine.", "measured, not yet read right: [hard] missing machine_type not-in capsule; [hard] missing machine_type not-in pod"],
  ["electric kettle, 1.7L, NOT plastic, Smeg if under 150 otherwise Russell Hobbs, cream please", "measured, not yet read right: [hard] missing color eq cream"],
  ["A LEGO set for my nephew, he's 9, for his birthday on Sunday — Technic, about 60 euros", "measured, not yet read right: [hard] missing maker ~ LEGO"],
  ["Wedding present for my sister — the wedding's on the 20th — a KitchenAid blender, any colour but black, up to 250", "measured, not yet read right: [hard] missing maker in KitchenAid"],
  ["Un matelas 140x190 ferme pour la chambre d'amis, à livrer avant le mariage du 20, 400 € maximum", "measured, not yet read right: [deadline] deadline none, expected 2027-03-19 or 2027-03-20"],
  ["Trois paquets de thé rooibos en vrac bio, 100 g chacun, huit euros le paquet maximum, d'ici vendredi", "measured, not yet read right: [budget] budget 2400 EUR, expected 800"],
  ["Des écouteurs sans fil intra pour courir, résistants à l'eau IPX4 au moins, tout sauf Apple, à peu près 80 balles", "measured, not yet read right: [budget] budget 8000 EUR, expected 8800"],
  ["Per mia figlia di 10 anni: un set LEGO Harry Potter, entro sabato, sui 50 euro", "measured after reqfix37a, not yet read right: [hard] missing maker ~ LEGO"],
]);

describeBlindSet('requests19: eighty blind requests dictated, pasted, forwarded and compared, in six languages (demo market)', UNSEEN_REQUESTS_19, KNOWN_GAPS, { rows: 80, french: 8, now: UNSEEN_NOW_19 });
