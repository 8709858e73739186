import { describeBlindSet } from './describe-blind-set.ts';
import { PASTED_HEX, UNSEEN_NOW_20, UNSEEN_REQUESTS_20 } from './unseen-requests20-table.ts';

// Eighty requests written blind (requests20, see the table's header: chat-style typing with typos, abbreviations and
// emoji, long rambling messages with the need buried in a story, ranges and tolerances, prices with or without
// shipping or VAT, GBP/USD/CHF/SEK/PLN and amounts written "1.299,00", "1,299.00", "€1k", ISO, US and day-month dates
// and "end of next month", gifts described by age and relationship, accessibility needs; 45 English requests, 6 in
// French, 3 each in Spanish, Italian, German, Dutch, Portuguese, Polish and Swedish, and 8 a careful shop assistant
// could not act on — keyboard mash, "hi", a URL alone, a pasted base64 blob and hex hash, questions with no product —
// where the butler must ask what the person wants), read at the table's own clock (Thursday 7 October 2027).
// Measured once on main (72b6e44) before any fix: 34/80 read right (28 rows miss the category, 20 a hard rule, 10 the
// recipient, 9 the language, 8 the budget, 4 the deadline, 3 a soft rule; by language: English requests 25/45, French
// 5/6, Spanish, Italian, German, Dutch, Portuguese, Polish and Swedish 0/21; requests to ask about 4/8). After reqfix37a: 54/80
// (Spanish, Italian, German, Dutch, Portuguese, Polish and Swedish read through a gloss into the reader's English
// words: 20/21; the Spanish headphones read black as a wish, not a rule, as the English reading does). Every row must
// read right but the ones listed in KNOWN_GAPS; their reasons are the judge's own findings at measurement time, not
// yet diagnosed. A gap that closes must be removed from the list.
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map<string, string>([
  ["robot vacum pls!! 🤖 bagless, quiet-ish, around 300 can stretch a bit", "measured, not yet read right: [category] got ask:blender_type: Food Mixers & Blenders: countertop, hand or personal? (blender type; say \"any\" i; [hard] missing vacuum_type eq robot; [hard] missing bagless eq true; [soft] missing noise_db lower"],
  ["yoga mat 🧘‍♀️ non slip, 6mm thick, no pvc, purple or blue, <40€", "measured, not yet read right: [hard] missing pvc_free eq true"],
  ["ok so 4k tv 65 inch w/ oled, hdmi 2.1 for the ps5 🎮 no more than 20% over 1500", "measured, not yet read right: [budget] budget 150000 EUR, expected 180000"],
  ["laptop 14 inch, 16gb ram, 512 ssd, windows, budget €1k", "measured, not yet read right: [hard] missing storage_gb ~ 512"],
  ["So last weekend we had the whole family over and my brother-in-law knocked my old kettle off the counter, which, fine, it was ancient anyway, and my partner keeps saying we should get one where you can set the temperature for her green tea. Anyway long story short I need a new electric kettle, stainless steel, temperature control, and I'd rather not go over 70 euros.", "measured, not yet read right: [budget] budget none, expected 7000"],
  ["ok this is a long one sorry. my daughter just started secondary school and she's been carrying her books in a tote bag which is killing her shoulder, the physio said a proper backpack with a laptop sleeve would help, her laptop is 15.6 inch. she hates anything pink. so: school backpack, max 60 pounds", "measured, not yet read right: [hard] missing color not-in pink; [recipient] recipient undefined, expected daughter"],
  ["My grandmother is 84 and she keeps missing calls because her old phone's screen is tiny and the buttons are so small. She wants a phone with a big screen and large buttons, simple. Android is fine because my uncle can help her. Please nothing over 200 euros, she'll be furious.", "measured, not yet read right: [category] got 305; [hard] missing os eq android; [recipient] recipient undefined, expected grandmother; [recipient] recipient undefined, expected age 84"],
  ["My dad uses a wheelchair since his accident and he wants to get back into the garden 🌱 we have about 300 m2 of lawn and pushing a mower is impossible for him, so a robot mower that he can control from his phone would be ideal. max 900", "measured, not yet read right: [hard] missing robotic eq true"],
  ["The dog ate my shoe. Literally. Anyway she's a 9 month old labrador and the vet says large breed puppy food, grain free, dry, a 12 kg bag, max 70 dollars", "measured, not yet read right: [category] got ask:size_eu: What shoe size do you need (EU size, for example 42 or 42.5)?; [hard] missing dog_size eq large; [hard] missing life_stage eq puppy; [hard] missing grain_free eq true; [hard] missing food_form eq dry; [hard] missing weight_kg ~ 12"],
  ["mattress 140x200, medium firmness, memory foam, budget 450 € give or take", "measured, not yet read right: [budget] budget 45000 EUR, expected 49500"],
  ["city bike for commuting, 28 inch wheels, 7 gears, ≈ 600 CHF", "measured, not yet read right: [budget] budget 60000 CHF, expected 66000"],
  ["blender countertop at least 1200W, around 100 but could stretch to 130", "measured, not yet read right: [budget] budget 11000 EUR, expected 13000"],
  ["tablet w/ stylus support, 11 inch, 128gb, no more than 10% over 400 eur", "measured, not yet read right: [budget] budget 40000 EUR, expected 44000"],
  ["bluetooth speaker portable IP67 ≥ 20h battery, £80 inc VAT", "measured, not yet read right: [category] got 267; [hard] missing portable eq true; [hard] missing water_resistance eq IP67; [hard] missing battery_hours gte 20"],
  ["board game for a family of 5, kids 8 and 11, delivered by end of next month, up to 50 €", "measured, not yet read right: [hard] missing max_players gte 5"],
  ["coworker leaving, we r pooling for a nice coffee grinder… actually no a bean to cup machine w/ milk frother, 500 quid", "measured, not yet read right: [category] got coffee; [hard] missing machine_type eq bean-to-cup; [hard] missing milk_frother eq true"],
  ["wheelchair user here ♿ looking for a backpack that hangs on the back of the chair, laptop sleeve 13\", waterproof, max 70 eur", "measured, not yet read right: [category] got 328; [hard] missing laptop_in ~ 13; [hard] missing waterproof eq true"],
  ["my dad is visually impaired, e-reader with the biggest screen u can find, warm light, under 250 CHF", "measured, not yet read right: [soft] missing screen_in higher; [recipient] recipient undefined, expected father"],
  ["low vision grandpa (79) wants a tv with a big screen, 55 inch at least, simple remote, under 700 euros", "measured, not yet read right: [recipient] recipient undefined, expected grandfather; [recipient] recipient undefined, expected age 79"],
  ["speaker w/ alexa + wifi for the kitchen, black, around 100", "measured, not yet read right: [hard] missing voice_assistant eq true; [hard] missing color eq black"],
  ["je voudrais un lave-linge hublot 9 kg classe A pour la fin du mois prochain, 1 000 € max", "measured, not yet read right: [deadline] deadline 2027-10-31T23:59:59.999Z, expected 2027-11-30"],
  ["hola!! busco auriculares inalámbricos con cancelación de ruido, de diadema, negros, unos 200 euros 😊", "measured after reqfix37a, not yet read right: [hard] missing color eq black"],
  ["asdfghjkl;asdf jkjkjk", "measured, not yet read right: [category] got unsupported: I can only shop for running shoes, headphones, coffee, bicycles, bicycle helmets"],
  ["https://www.example.com/p/8839201?ref=share", "measured, not yet read right: [category] got headphones"],
  [PASTED_HEX, "measured, not yet read right: [category] got unsupported: I can only shop for running shoes, headphones, coffee, bicycles, bicycle helmets"],
  ["can you help me", "measured, not yet read right: [category] got unsupported: No brand you have connected sells can & bottle sleeves (Google product taxonomy "],
]);

describeBlindSet('requests20: eighty blind requests typed in chat, rambling, in ranges, currencies and nine languages, and eight to ask about (demo market)', UNSEEN_REQUESTS_20, KNOWN_GAPS, { rows: 80, french: 6, now: UNSEEN_NOW_20 });
