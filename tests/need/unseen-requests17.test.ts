import { describeBlindSet } from './describe-blind-set.ts';
import { UNSEEN_NOW_17, UNSEEN_REQUESTS_17 } from './unseen-requests17-table.ts';

// Eighty requests written blind (requests17, see the table's header: requests that lean on context and other units —
// imperial measures converted by the person, franglais, forwarded or quoted messages, totals and monthly budgets, use
// cases, negated wishes, dates written many ways, makers with an apostrophe, a hyphen, several words or in lower case),
// read at the table's own clock (Tuesday 15 December). Measured once on main (the engine of c587e8f), before any fix of
// this session landed and with no fix made after seeing them: 19/80 read right (41 rows miss a hard rule,
// 5 a soft rule, 10 the category, 11 the budget, 5 the deadline, 3 the recipient). After makers33 (makers and product
// lines from the cards; names kept whole at an apostrophe): 20/80. After reqfix36 (a budget range with the currency on
// both ends, "€700-€900", keeps its top; a price said per period over a span is the total it makes; deadlines said by
// the holiday a present is for, "pour Noël", "for Christmas Eve", by "le réveillon" and by "d'ici une semaine"; the
// speaker's person whose own wish is quoted, or "c'est pour elle", is the recipient): 29/80 (the jigsaw row needs both: a lower-case maker and a
// range with the sign on both ends). The four budgets still
// missed are totals for several items ("150 EUR for both", "90 € pour les trois", "16 € les deux") and a price per
// packet times two: this table divides them by the quantity, while tables 10 and 11 and the decision side (an offer's
// price is for all its units) keep the need's budget for the whole order. Every row must read right but the ones
// listed in KNOWN_GAPS; their reasons are the judge's own findings at measurement time, not yet diagnosed. A gap that
// closes must be removed from the list. After reqfix37 (measures in other units — pounds, ounces, pints British where
// the person pays in sterling, square feet, inches for a length in cm — converted by the SI-defined factors and rounded
// to the step the attribute is stated in; the person's own conversion wins; heights in feet and inches are the
// person's; a kind said with the product outweighs a value said later; what the person already has names the product
// only when nothing else does), with makers33 and reqfix36: 39/80 (the beach speaker needs two:
// a weight in pounds and the multi-word maker "Ultimate Ears" in a list). After reqfix35 (money slang and regional money
// words, misspelt makers, regional product words): 40/80 (the one-word "delonghi" after "pas de" is De'Longhi).
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map<string, string>([
  ["ma mère m'a écrit « une bouilloire en inox qui chauffe à 70° pour le thé vert, surtout pas en plastique » — c'est pour elle, budget entre 40 et 80 €", "measured, not yet read right: [hard] missing temperature_control eq true; [recipient] recipient undefined, expected mother"],
  ["du café moulu décaféiné pour ma cafetière filtre, 2 paquets de 250 g, entre 8 et 12 € le paquet, pas du Bargain Beans", "measured, not yet read right: [budget] budget 2400 EUR, expected 1200"],
  ["My husband says: \"a cordless drill-driver, 18V, with two batteries, and it must be Makita or DeWalt, I already have their chargers\". Keep it between 150 and 250 euros.", "measured, not yet read right: [hard] missing voltage_v eq 18"],
  ["une tondeuse à batterie autotractée, largeur de coupe 40 cm ou plus, pour 600 m² de pelouse, Stihl ou husqvarna, entre 400 et 700 €", "measured, not yet read right: [hard] missing maker in Stihl; [hard] missing maker in Husqvarna"],
  ["purificateur d'air pour un studio de 20 m², contrôlable depuis le téléphone, Xiaomi de préférence, environ 150 €", "measured, not yet read right: [hard] missing app_control eq true"],
  ["Electric toothbrushes x2, one for me and one for my husband, with a pressure sensor, 150 EUR for both", "measured, not yet read right: [budget] budget 15000 EUR, expected 7500"],
  ["une brosse à dents électrique pour mon fils de 7 ans, une Oral-B ou une philips, autonomie d'au moins 2 semaines, max 40 €", "measured, not yet read right: [hard] missing age_group eq kids; [hard] missing maker in Oral-B; [hard] missing maker in Philips"],
  ["Office chair for long days. I'm 6'3\" and 250 lbs, so it needs to take at least 120 kg (their spec sheets are in kilos), mesh back, headrest, lumbar support, no more than 600 euros", "measured, not yet read right: [hard] missing material eq mesh"],
  ["Mattress for a queen bed — we live in Europe now so I guess that's 160 x 200 cm. Medium firmness, memory foam, at least 100 trial nights, €700-€900", "measured, not yet read right: [hard] missing size ~ 160 x 200 cm; [budget] budget 70000 EUR, expected 90000"],
  ["matelas 90x190 pour le lit de mon neveu de 12 ans… ah non, ma sœur me dit « c'est du 90x200 » — mi-ferme, en latex, pas plus de 400 €", "measured, not yet read right: [hard] missing size ~ 90 x 200 cm; [hard] missing firmness eq medium"],
  ["un laptop pour ma fille qui part en fac, clavier azerty obligatoire, 512 Go, autonomie 12 h minimum, pas Apple, 800 € maxi livraison incluse, avant le 24/12", "measured, not yet read right: [hard] missing storage_gb ~ 512"],
  ["ma femme veut « le même iPhone que toi mais avec un plus grand écran » ; le mien fait 6,1 pouces, donc un 6,7, 256 Go, pas plus de 1 300 €", "measured, not yet read right: [hard] missing screen_in ~ 6.7; [soft] missing maker ~ Apple"],
  ["Monitor: 27\", USB-C so my MacBook charges from it, height-adjustable. My colleague's advice, pasted: \"go QHD, 4K is wasted at 27 for spreadsheets\". Up to 450 euros.", "measured, not yet read right: [category] got 328; [hard] missing screen_in eq 27; [hard] missing usb_c eq true; [hard] missing height_adjustable eq true; [hard] missing resolution ~ qhd"],
  ["un appareil photo instantané pour l'anniversaire de ma nièce (10 ans), vert menthe, pas plus de 100 balles, livré le 18/12 au plus tard", "measured, not yet read right: [hard] missing color ~ mint green"],
  ["Earbuds for running marathons in the rain: in-ear, IPX7 not IPX4, sony or jabra, between 100 and 180 dollars", "measured, not yet read right: [hard] missing water_resistance eq IPX7; [hard] missing maker in Sony; [hard] missing maker in Jabra"],
  ["Running watch: GPS, battery of 2 weeks or more, water resistant to 5 ATM (50 m), black, Garmin or Coros, £300 max, needs to arrive by Dec 18", "measured, not yet read right: [category] got unsupported: No brand you have connected sells watches (Google product taxonomy 201: Apparel "],
  ["Trail running shoes, US size 10 (men's), so EU 44, waterproof for the UK winter, drop 8 mm or less, $160 max", "measured, not yet read right: [hard] missing drop_mm lte 8"],
  ["My wife wrote: \"road shoes, UK 6, plush cushioning, anything but blue, under £120\". UK 6 in women's is an EU 39.", "measured, not yet read right: [hard] missing cushioning eq plush; [recipient] recipient undefined, expected wife"],
  ["des running pour le marathon de Paris en avril, pointure 42,5, amorti max, vegan si possible, pas plus de 170 €", "measured, not yet read right: [hard] missing cushioning eq plush"],
  ["mon frère m'a envoyé « pointure 45, trail, la-sportiva ou inov-8, drop 4 mm max » — c'est pour Noël, entre 120 et 160 €", "measured, not yet read right: [hard] missing drop_mm lte 4; [deadline] deadline none, expected 2026-12-24 or 2026-12-25"],
  ["Tent: the first one broke in the wind. It was a 2-person pop-up; now we are three, so the same but bigger, with poles this time, 4000 mm waterhead, under 6.5 lb, €350 tops", "measured, not yet read right: [hard] missing waterhead_mm gte 4000; [hard] missing weight_kg ~ 2.9"],
  ["tente familiale 4 places, bon, disons 5 avec le chien, montage gonflable, Coleman ou vango, jusqu'à 600 €, livrée ce week-end", "measured, not yet read right: [hard] missing capacity_persons ~ 5; [hard] missing maker in Coleman; [hard] missing maker in Vango"],
  ["un sac à dos de rando de 40 litres pour ma copine, moins de 1,5 kg, fjällräven ou deuter, entre 100 et 180 €", "measured, not yet read right: [hard] missing maker in Fjällräven; [hard] missing maker in Deuter"],
  ["Cabin suitcase that fits the 55 x 40 x 20 cm rule (22 x 16 x 8 inches for the US flight), 4 wheels, hard shell, under 6 lb, $250 max including shipping, by Monday", "measured, not yet read right: [hard] missing wheels eq 4; [hard] missing weight_kg ~ 2.7"],
  ["Rain jacket for hiking in Scotland, waterproof with a hood, men's large, under 14 oz, any colour but navy (my brother has navy), £200 tops; Arc'teryx would be nice", "measured, not yet read right: [hard] missing size eq L; [hard] missing weight_g ~ 397; [soft] missing maker ~ Arc’teryx"],
  ["Road bike for my son — he's 5'10\" and the size chart says a 54 cm frame; aluminium is fine, carbon not needed, disc brakes, no more than $1,500", "measured, not yet read right: [hard] missing brake_type in mechanical-disc; [hard] missing brake_type in hydraulic-disc"],
  ["A kids' bike with 20 inch wheels for my nephew, he's 7 and about 4 feet tall, woom if possible, €400 tops, before Xmas", "measured, not yet read right: [hard] missing wheel_size_in eq 20; [soft] missing maker ~ Woom"],
  ["un vélo de ville électrique pour aller au boulot (12 km aller), gazelle de préférence, pas plus de 2 500 € tout compris, d'ici une semaine", "measured, not yet read right: [soft] missing maker ~ Gazelle; [deadline] deadline none, expected 2026-12-22"],
  ["casque vélo pour ma fille de 4 ans, taille XS, rose, maxi 40 €", "measured, not yet read right: [hard] missing helmet_type ~ kids"],
  ["croquettes chiot pour un petit chien, 3 sacs de 3 kg, 90 € pour les trois, hill's ou royal canin", "measured, not yet read right: [hard] missing maker in Hill's Science Plan; [hard] missing maker in Royal Canin; [budget] budget 9000 EUR, expected 3000"],
  ["Loose-leaf green tea, organic, a 100 g tin (3.5 oz), Mariage Frères or Palais des Thés, no more than $40", "measured, not yet read right: [hard] missing weight_g ~ 100; [hard] missing maker in Mariage Frères; [hard] missing maker in Palais des Thés"],
  ["des infusions sans théine en sachets pour ma sœur qui est enceinte, 2 boîtes, 16 € les deux", "measured, not yet read right: [budget] budget 1600 EUR, expected 800"],
  ["A Duplo set for my grandson who's 2, no more than 40 bucks, by Thursday", "measured, not yet read right: [category] got ask:category: What kind of product should I look for for your grandson? The brands you have co; [hard] missing theme eq duplo"],
  ["un Technic pour mon mari (il a 45 ans mais bon), plus de 1 000 pièces, entre 100 et 200 €", "measured, not yet read right: [category] got ask:category: Quel genre de produit dois-je chercher pour votre mari ? Les marques connectées ; [hard] missing theme eq technic; [hard] missing pieces gte 1000"],
  ["Board game for Christmas Eve: we'll be 8 around the table, ages 10 to 80, party or cooperative, under 45 minutes, in French because grandma doesn't speak English, €40 tops", "measured, not yet read right: [hard] missing max_players gte 8; [hard] missing min_age lte 10; [hard] missing language eq fr; [deadline] deadline none, expected 2026-12-23 or 2026-12-24"],
  ["un jeu de stratégie à 2 joueurs pour mon copain, en anglais ça va aussi, rien de chez days of wonder (on les a tous), 60 € maxi", "measured, not yet read right: [hard] missing maker not-in Days of Wonder"],
  ["My wife says: \"a stand mixer, KitchenAid, 5 quart, the red one\". Up to £450.", "measured, not yet read right: [category] got 505666"],
  ["Snow boots for my son, US kids size 2 (EU 33), waterproof down to -4°F, €70 max", "measured, not yet read right: [category] got ask:category: What kind of product should I look for for your son? The brands you have connect"],
  ["un casque de ski pour ma fille de 10 ans, taille S, 60 € maxi", "measured, not yet read right: [category] got ask:category: Que voulez-vous dire : casques de vélo ou casque audio ?"],
  ["The first one broke after a month, so the same but bigger please — under 100 euros", "measured, not yet read right: [category] got unsupported: I can only shop for running shoes, headphones, coffee, bicycles, bicycle helmets"],
]);

describeBlindSet('requests17: eighty blind requests leaning on context and other units (EN/FR, demo market)', UNSEEN_REQUESTS_17, KNOWN_GAPS, { rows: 80, french: 30, now: UNSEEN_NOW_17 });
