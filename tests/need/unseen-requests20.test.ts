import { describeBlindSet } from './describe-blind-set.ts';
import { UNSEEN_NOW_20, UNSEEN_REQUESTS_20 } from './unseen-requests20-table.ts';

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
// After reqfix37b: 49/80 on its own (English requests 35/45, French 6/6, requests to ask about 8/8); with reqfix37a
// (merged): 69/80 (rows failing per kind: hard 10, category 3, soft 2, recipient 1).
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map<string, string>([
  ["robot vacum pls!! 🤖 bagless, quiet-ish, around 300 can stretch a bit", "measured, not yet read right: [category] got ask:blender_type: Food Mixers & Blenders: countertop, hand or personal? (blender type; say \"any\" i; [hard] missing vacuum_type eq robot; [hard] missing bagless eq true; [soft] missing noise_db lower"],
  ["yoga mat 🧘‍♀️ non slip, 6mm thick, no pvc, purple or blue, <40€", "measured, not yet read right: [hard] missing pvc_free eq true"],
  ["laptop 14 inch, 16gb ram, 512 ssd, windows, budget €1k", "measured, not yet read right: [hard] missing storage_gb ~ 512"],
  ["ok this is a long one sorry. my daughter just started secondary school and she's been carrying her books in a tote bag which is killing her shoulder, the physio said a proper backpack with a laptop sleeve would help, her laptop is 15.6 inch. she hates anything pink. so: school backpack, max 60 pounds", "measured, not yet read right: [hard] missing color not-in pink; [recipient] recipient undefined, expected daughter"],
  ["My dad uses a wheelchair since his accident and he wants to get back into the garden 🌱 we have about 300 m2 of lawn and pushing a mower is impossible for him, so a robot mower that he can control from his phone would be ideal. max 900", "measured, not yet read right: [hard] missing robotic eq true"],
  ["bluetooth speaker portable IP67 ≥ 20h battery, £80 inc VAT", "measured, not yet read right: [category] got 267; [hard] missing portable eq true; [hard] missing water_resistance eq IP67; [hard] missing battery_hours gte 20"],
  ["board game for a family of 5, kids 8 and 11, delivered by end of next month, up to 50 €", "measured, not yet read right: [hard] missing max_players gte 5"],
  ["coworker leaving, we r pooling for a nice coffee grinder… actually no a bean to cup machine w/ milk frother, 500 quid", "measured, not yet read right: [category] got coffee; [hard] missing machine_type eq bean-to-cup; [hard] missing milk_frother eq true"],
  ["my dad is visually impaired, e-reader with the biggest screen u can find, warm light, under 250 CHF", "measured, not yet read right: [soft] missing screen_in higher; [recipient] recipient undefined, expected father"],
  ["speaker w/ alexa + wifi for the kitchen, black, around 100", "measured, not yet read right: [hard] missing voice_assistant eq true; [hard] missing color eq black"],
  ["hola!! busco auriculares inalámbricos con cancelación de ruido, de diadema, negros, unos 200 euros 😊", "measured after reqfix37a, not yet read right: [hard] missing color eq black"],
]);

describeBlindSet('requests20: eighty blind requests typed in chat, rambling, in ranges, currencies and nine languages, and eight to ask about (demo market)', UNSEEN_REQUESTS_20, KNOWN_GAPS, { rows: 80, french: 6, now: UNSEEN_NOW_20 });
