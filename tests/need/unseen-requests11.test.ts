import { describeBlindSet } from './describe-blind-set.ts';
import { UNSEEN_REQUESTS_11 } from './unseen-requests11-table.ts';

// Eighty requests written blind (requests11, see the table's header). Measured once, with no fix made after seeing them:
// 30/80 read right on main (ac1fd83) and 35/80 after reqfix27 (septante/huitante and francs, "80°C" as temperature
// control, "1.5 kg or lighter", "coffee beans … for my espresso machine"); 51/80 after reqfix28 (spoken corrections, number-word grammar, two-bound
// ranges, features said by what they keep out, "wired", aversions, participles, negated comparatives). Every row must read right except the ones
// listed in KNOWN_GAPS, each with why it is left as it is; a gap that closes must be removed from the list.
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map<string, string>([
  ["road running shoes for wide feet pls, mens US 10, recycled materials if poss, $120-160", "by design a gendered cut also accepts unisex models (gender in [men, unisex]); the table expected gender eq men"],
  ["something like my old Speedcross but lighter, EU 42.5, not black this time", "\"lighter\" (a comparative) names the taxonomy's lighters & matches; the shoes are only implied by \"Speedcross\" and a size"],
  ["chaussures de running route pour femme, pointure 39, amorti max, vegan si possible, 150 € pour Noël", "by design a gendered cut also accepts unisex models; \"amorti max\" is not read as plush cushioning, and \"pour Noël\" is the occasion, not a deadline"],
  ["like a nespresso but one that does the milk too, red or black, under 200, can it come by friday?", "\"like a nespresso\" names no category (a maker), so \"one that does the milk\" is read as coffee"],
  ["the thing with a jug and blades that crushes ice for smoothies, 1200W or more, jug 1.5 L at least, under a hundred", "\"the thing with a jug and blades\" describes a blender by its parts; the category is asked"],
  ["wahsing machine 8kg front loader, energy class A, 1400 rpm, white, delivered by next tuesday, max 700", "by design a colour is matched in every spelling (color in [white, blanc…]); the table expected eq white"],
  ["yoga mat w/o PVC, natural rubber, 6 mm thick, extra long bc im 1m90, 80€", "\"w/o PVC\" is not read as PVC-free, natural rubber is matched in every spelling (in), and \"extra long\" is not read as more length"],
  ["travel stroller that fits in the overhead bin, usable from birth, under 7kg, for twins, no sorry just one baby 😅, 400€", "\"fits in the overhead bin\" paraphrases cabin size, and \"travel stroller\" is not read as the compact type"],
  ["poussette pour courir avec bébé sur les chemins, moins de 12 kilos, budget 500 balles", "\"pour courir\" (jogging) is not read as the jogging stroller type"],
  ["my nephew turns 9 and hes obsessed w star wars, a lego set between 500 and 800 pieces, 60 eur", "\"lego\" in lower case is no maker, and the nephew after \"my nephew turns 9\" is not read"],
  ["first pedal bike for my daughter, she's five, 16 inch wheels, no more than 250", "by design an age group inferred from an age (\"she's five\") is no bike_type rule"],
  ["un casque de vélo pour ma fille, avec MIPS, taille S, à recevoir pour la Saint-Nicolas", "\"pour la Saint-Nicolas\" (a feast day) is not read as a date"],
  ["my dad always complains he is cold on walks, a warm fleece, XL, navy, Patagonia if poss, under 150 dollars", "\"navy\" is not matched to a declared colour, and \"my dad\" before a complaint is not read as the recipient"],
  ["j'me cherche un manteau chaud pour du -30 °C, une parka avec capuchon, grandeur L, pas plus que 500 piasses", "\"grandeur L\" (Québec size) is not read, and \"piasses\" is not read as Canadian dollars"],
  ["ordi portable clavier azerty, 16 Go de RAM, SSD de 512 Go, pas de Chromebook, 900 euros environ", "\"portable\" names mobile phones and \"ordi\" is not read as a laptop (as in set 9)"],
  ["something like an ipad but not apple, with a pen for drawing, around 11 inch, 128 gigs, within 10 days, 500 max", "\"with a pen for drawing\" is not read as stylus support, and \"not apple\" in lower case is no maker"],
  ["do you have an e-reader I could give a colleague who reads in the bath? warm light, Kobo not Kindle, about 150 EUR", "\"reads in the bath\" paraphrases waterproof, and \"give a colleague\" is not read as the recipient"],
  ["a small appareil photo for travelling that films in 4K, none of that interchangeable lens stuff, under 800 euros", "\"films in 4K\" is not read as 4K video, and \"none of that interchangeable lens stuff\" not as the compact type"],
  ["appareil photo hybride plein format avec un objectif fourni, environ 2000 balles", "\"plein format\" is not read as the full-frame sensor"],
  ["do you have a speaker for the pool?? fully waterproof IP67, 12h battery minimum, not JBL, 100 max, for my best friend's bday", "\"for the pool\" does not imply portable"],
  ["fitness watch with gps so i can leave my phone at home on runs, battery a week or more, 5 ATM, 200-250€, by this weekend", "\"leave my phone at home\" names phones; the watch is read as a phone"],
  ["my back hurts after 8h at the desk. chair with lumbar support + headrest, mesh, 300 max", "by design a material is matched in every spelling (material in [mesh, maille, filet, résille]); the table expected eq mesh"],
  ["matelat ressorts ensachés 140x200, plutôt ferme, 200 nuits d'essai, autour de 700 €", "\"200 nuits d'essai\" is not read as trial nights"],
  ["wet food for my old chihuahua (she's 13!!), small tins, a dozen of them, grain free pls", "\"she's 13\" is not read as a senior dog"],
  ["do u guys sell cat litter? the clumping kind, 10L bag", "\"cat litter\" is unsold; \"bag\" names sleeping bags instead of refusing"],
  ["a soprano ukulele for my niece who wants to learn, under $80", "a ukulele nobody sells: the gift question is asked instead of the refusal"],
  ["mon café refroidit trop vite au bureau, il me faudrait un mug isotherme qui passe au lave-vaisselle", "\"mon café refroidit\" names coffee; the insulated mug (unsold) is not refused"],
  ["my dad's really into hiking can you find him something nice under 60 quid", "\"hiking\" names backpacks for a gift with no product; the table expected a question, and \"my dad\" is not read as the recipient"],
  ["un truc pour écouter de la musique pour mon frère, max 100 balles", "\"un truc pour écouter de la musique\" is read as headphones; the table expected a question (headphones or speakers)"],
]);

describeBlindSet('requests11: eighty requests nobody had typed before (EN/FR, open world, demo market)', UNSEEN_REQUESTS_11, KNOWN_GAPS, { rows: 80, french: 30 });
