import { describe, expect, it } from 'vitest';
import { judgeBlindSet } from './unseen-requests-judge.ts';
import { UNSEEN_REQUESTS_12 } from './unseen-requests12-table.ts';

// Eighty requests written blind (requests12, see the table's header). Measured once, with no fix made after seeing them:
// 13/80 read right on main (6590b77) and 15/80 after reqfix28 (the impact driver "pour mon père … pour son
// anniversaire": "son" no longer read as a son; the hair dryer's "une cinquantaine d euros": a collective numeral;
// no row reads worse). A development set since session 29: 39/80 after reqfix29 (numbers written in words beside
// units and money, units in two words, cents after the currency word, currencies with their country, recipients
// without "for", the maker of one the person has, "Not The North Face", ". Around 45 pounds"; no row of sets 7-12
// reads worse). Every row must read right except the ones listed in KNOWN_GAPS, each with why it is left as it
// is; a gap that closes must be removed from the list.
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map<string, string>([
  ["Hi there, I make soup most evenings so I'd like a blender that can heat, at least twelve hundred watts, and not a hand blender. I already have a kettle and a toaster, so just the blender please. Up to C$250.", "\"a blender that can heat\" is not read as heating, and \"not a hand blender\" not as an exclusion"],
  ["Good morning! We're a small office of about a dozen people and we need a bean-to-cup machine with a milk frother; the water tank should hold at least two litres. Not De'Longhi please, we had a bad experience. Delivery before the 11th would be ideal and free returns matter to us. Our budget is fifteen hundred euros.", "\"with a milk frother\" names the taxonomy's milk frothers; the bean-to-cup machine is refused"],
  ["Hi, could you send me two bags of whole bean decaf, organic if possible, one kilo each? Less than 40 EUR per bag. Thanks a lot.", "\"two bags of … one kilo each\" is not read as a quantity of two"],
  ["need earbuds for the gym, sweatproof (IPX4 at least), two pairs, one for me and one for my son 🙏 80 quid each max", "\"80 quid each\" with two pairs is read as a 160 GBP ceiling for both; the table kept the per-pair 80"],
  ["Hi! I'm training for my first marathon. I wear EU 43 in Asics but I'd like to try another brand, so no Asics this time. Men's road shoes with plush cushioning, please. Budget 180 CHF.", "by design a gendered cut also accepts unisex models (gender in [men, unisex]); the table expected gender eq men"],
  ["Hello, I'm looking for wide-fit road running shoes, men's, size forty-two and a half, with a low drop (4 mm or less). Vegan if you have it. Around 130€.", "by design a gendered cut also accepts unisex models (gender in [men, unisex]); \"low drop (4 mm or less)\" is not read as a drop bound"],
  ["Salut, je cherche des chaussures de trail pour ma femme, elle chausse du 39, imperméables si possible. Pas de Salomon, elle en a déjà deux paires. Budget : cent septante francs. Et c'est possible de les échanger si la taille ne va pas ?", "by design a gendered cut also accepts unisex models, and \"deux paires\" said of the pairs she already has is read as a quantity of two"],
  ["Allô! Je magasine des espadrilles de course pour courir sur la route, pointure 10 US homme, avec un gros coussin. Pas de Hoka svp, j'ai eu des ampoules. Mon budget c'est autour de 200 piasses.", "\"je magasine\" (Québec: I am shopping) names the taxonomy's magazines: refused"],
  ["Good evening, I'm 1m82 and about 78 kilos, looking for a gravel bike with hydraulic disc brakes. An aluminium frame is fine, carbon would be a bonus. I'd like it before the holidays start on the 19th. Two and a half thousand euros maximum, and I need to be able to return it if the size is wrong.", "\"carbon would be a bonus\" is not read as a soft wish for carbon"],
  ["Hello, my daughter is turning six and she's 1m15. We're looking for her first proper bike with 20 inch wheels, Woom or similar, but NOT white please, it would be filthy within a week.", "\"20 inch wheels … my daughter is turning six\" is no bike_type rule by design"],
  ["Hello, I need a bike helmet for my daily commute: something urban with a built-in rear light, size L (my head is 58-61 cm), and it must have MIPS. Any colour except white. Max 120 €.", "\"a built-in rear light\" is not read as the integrated light"],
  ["Bonjour, un casque de vélo pour mon fils de 4 ans, taille XS, avec une lumière intégrée si possible. Pas de Woom. Trente-cinq euros.", "\"pour mon fils de 4 ans\" is an age, which by design sets no kids helmet type"],
  ["We're a family of four plus the dog, looking for an inflatable tent that sleeps at least five, waterproof to 3000 mm. Weight doesn't matter, we go by car. Ideally under 700 Canadian dollars.", "\"sleeps at least five\" is not read, \"waterproof to 3000 mm\" is a wish near 3000 mm (not a floor), and in \"700 Canadian dollars\" \"Canadian\" is read as a maker, so only a soft price wish in EUR is left"],
  ["Bonjour, on part en bivouac à deux l'été prochain : il nous faudrait une tente deux places, trois saisons, de moins de deux kilos, avec une imperméabilité d'au moins trois mille millimètres. Pas de Quechua. 450 € grand max.", "\"trois saisons\" is not read as the seasons"],
  ["I've already got the tent and a sleeping mat, all I'm missing is a sleeping bag: down, a comfort rating of minus five degrees Celsius or colder, long size as I'm 1.95 m, and the zip on the left so it can join my partner's. Up to 3 500 Swedish kronor.", "\"long size\" is not read as the size"],
  ["Bonsoir, c'est pour mon tonton qui marche beaucoup : une montre de sport avec GPS et cardio, batterie d'au moins dix jours, pas Huawei svp. Environ 250 euros, à livrer chez ma cousine à Paris avant le 18, c'est elle qui va la lui amener à Dakar.", "\"cardio\" is not read as heart rate"],
  ["Hi, I want a fitness band rather than a watch, with heart rate, a battery of at least two weeks and water resistant for swimming (5 ATM). Not Fitbit. Under 10 000 yen.", "\"a fitness band rather than a watch\" is not read as form eq band"],
  ["Bonjour, j'ouvre un petit studio de yoga à Lausanne et il me faudrait une vingtaine de tapis antidérapants, sans PVC, d'environ cinq millimètres d'épaisseur. Pas de Lululemon. Mon budget est de septante francs par tapis, et j'aurais besoin d'une facture au nom de l'entreprise.", "\"studio de yoga\" names the taxonomy's studio lighting: refused"],
  ["Hi! We're hosting a games night for about ten people on Saturday. Do you have a party game in English that works for up to twelve players and can arrive by Friday? Nothing over 30 GBP.", "\"works for up to twelve players\" in words is not read as max_players at least 12"],
  ["Bonsoir, on cherche un jeu coopératif en français pour jouer en famille avec nos deux enfants (7 et 10 ans), des parties de moins d'une demi-heure. Pas de Hasbro. Vingt-cinq balles max.", "\"jeu coopératif … en famille\" is read as a family game, and \"moins d'une demi-heure\" and the children's ages are not read as play time and minimum age"],
  ["Allô, je cherche un casse-tête de 1500 morceaux pour ma mère, en carton c'est correct, mais pas Ravensburger, elle les a tous. Autour de 30 $.", "\"casse-tête\" (Québec: jigsaw) names nothing, so the gift question is asked; \"30 $\" in a Québec message is read as USD"],
  ["Hello, I'm looking for a LEGO Star Wars set for my nephew who's turning nine. He already has the Millennium Falcon, so not that one. Between 50 and 80 dollars, delivered before the 20th please.", "\"my nephew who's turning nine\" (age in words after \"turning\") is not read as his age"],
  ["Bonjour, mon GSM est tombé dans l'eau une fois de trop. Je voudrais un iPhone de 256 Go, 5G, mais pas en jaune. Savez-vous me le livrer pour samedi ? Budget : huit cent nonante euros.", "\"iPhone\" (a model) is not read as iOS"],
  ["hi we are redoing the living room and need a 65 inch tv oled or mini-led at least 120 hz for the ps5 no LG please delivery and wall mounting by the 12th if you can budget two grand", "\"budget two grand\" is kept as a soft price wish with no currency, not as a ceiling"],
  ["Bonjour, je cherche un appareil photo hybride APS-C qui filme en 4K, boîtier nu car j'ai déjà des objectifs. Pas de Canon. Mille cinq cents euros au plus.", "\"qui filme en 4K\" is not read as 4K video, and \"boîtier nu\" (body only) not as kit lens false"],
  ["Hello, I'm looking for a portable speaker for the beach: IP67, twenty hours of battery, nothing from JBL please. Under 600 zł.", "\"twenty hours of battery\" is read as a wish near 20 h, not a floor (as \"20 hours of battery\" is)"],
  ["Hello, we've just moved into a flat with a narrow bathroom, so it has to be a top loader. Seven or eight kilos, a spin of 1200 rpm or more, quiet if possible. It must be delivered and the old one taken away before the 10th. Budget around six hundred euros, and not Indesit.", "no product is named whole (\"a top loader\", \"Seven or eight kilos\"): the built-in refusal"],
  ["Bonjour! Notre laveuse vient de lâcher en plein lavage. On cherche une laveuse à chargement frontal, 8 kilos, classe B ou mieux, qui fait moins de 75 décibels parce que c'est à côté de la chambre du bébé. Pas de Samsung. Maximum mille cinq cents dollars canadiens.", "\"laveuse\" (Québec: washing machine) names nothing and \"la chambre du bébé\" names strollers, so \"8 kilos\" becomes the child's weight and \"classe B\" a maker"],
  ["Bonjour, je cherche une balayeuse robot pour mon condo de 70 mètres carrés, la plus silencieuse possible. Pas de iRobot. Environ 600 $ CA, livrée avant le 11 décembre si possible.", "\"balayeuse robot\" (Québec: vacuum) names nothing, so the robot's kinds are asked"],
  ["Hello, my son (7) has asthma and we need an air purifier with a true HEPA filter for his bedroom, about twelve square metres, very quiet at night (under 25 decibels). App control isn't needed. Up to 250 euros.", "\"about twelve square metres\" for a bedroom is read as a wish near 12 m², not a floor"],
  ["Hi, my garden is about four hundred square metres and a bit sloped. I'd like a battery mower, self-propelled if possible, with a cutting width of around forty centimetres. Not Einhell. Up to 500 €.", "\"about four hundred square metres\" of garden is read as a wish near 400 m², not a floor"],
  ["Hi, I'm doing up an old house and need an SDS drill for the concrete walls. Corded is fine. I already own a Makita impact driver, so I don't need another one of those. Max 200 CHF.", "\"an SDS drill\" is not read as drill_type sds"],
  ["Hi, we're replacing our mattress: king size, 180 by 200 cm, latex, medium firmness, and we need a trial of at least a hundred nights because my husband is picky. Not Emma. Fifteen hundred max.", "\"180 by 200 cm\" is not read as width by length"],
  ["Hello! I'm expecting twins in February, so I'll need a double stroller usable from birth. We live on the third floor without a lift, so weight matters. Not Bugaboo. Budget around a thousand euros. Can I return it if it's unused?", "\"weight matters\" is not read as a wish for less weight"],
  ["Hello, I'd like three electric toothbrushes for the kids (ages 6, 8 and 11), kids' models, with a timer if possible, and not Oral-B. About 30 euros each.", "\"About 30 euros each\" for three is read as a total ceiling of 99 EUR; the table kept the per-item 33"],
  ["bonjour je voudrais une brosse a dents electrique oscillante avec appli et capteur de pression en lot de deux pour mon mari et moi, pas Philips, 120 euros le lot", "\"en lot de deux\" is not read as a pack of two"],
  ["Hello, my old boy (a 13-year-old terrier) has lost most of his teeth, so I need wet food for small senior dogs, grain-free. Please don't send Pedigree. A dozen tins or trays would do. I'd like it by Saturday as I'm away from Sunday.", "\"Please don't send Pedigree\" is not read as excluding Pedigree"],
  ["Hello, I'm putting together Christmas hampers for my colleagues: I need a dozen boxes of flavoured black tea, bags rather than loose. Delivery by the 15th. About 8 euros per box.", "\"bags rather than loose\" is not read as tea_form bags, and \"About 8 euros per box\" for a dozen is read as a total"],
  ["Bonjour, je cherche du thé blanc bio en vrac, cent grammes, nature (pas aromatisé). Pas de Kusmi Tea. Vingt euros maximum, frais de port compris.", "\"Pas de Kusmi Tea\" (a two-word maker ending in a product word) is not read as an exclusion"],
  ["Bonjour, je cherche un bon casque, léger, pas trop cher, autour de cent euros. Merci !", "\"un bon casque … pas trop cher\" is read as headphones; the table expected a question (headphones or helmets)"],
  ["Bonjour, il me faudrait du café pour ma nouvelle machine, un kilo, plutôt corsé. Vous avez quoi ?", "\"du café pour ma nouvelle machine\" is read as coffee; the table expected a question"],
]);

describe('requests12: eighty requests nobody had typed before (EN/FR, open world, demo market, shop-assistant e-mails)', () => {
  it('has 80 distinct requests, 30 in French', () => {
    expect(UNSEEN_REQUESTS_12.length).toBe(80);
    expect(UNSEEN_REQUESTS_12.filter((r) => r.lang === 'fr').length).toBe(30);
    expect(new Set(UNSEEN_REQUESTS_12.map((r) => r.text)).size).toBe(80);
  });

  it('reads every request right but the known gaps, and every known gap still fails', () => {
    const { report, unexpected, closed } = judgeBlindSet(UNSEEN_REQUESTS_12, KNOWN_GAPS);
    console.log(report);
    expect(unexpected, report).toEqual([]);
    expect(closed, 'known gaps that now read right: remove them from KNOWN_GAPS').toEqual([]);
  });

  it('lists only rows of the table as known gaps', () => {
    const texts = new Set(UNSEEN_REQUESTS_12.map((r) => r.text));
    expect([...KNOWN_GAPS.keys()].filter((t) => !texts.has(t))).toEqual([]);
  });
});
