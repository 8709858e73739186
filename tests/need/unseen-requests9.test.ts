import { describeBlindSet } from './describe-blind-set.ts';
import { UNSEEN_REQUESTS_9 } from './unseen-requests9-table.ts';

// Eighty requests written blind (requests9, see the table's header): 21/80 read right when first run on main (032bab7); 28/80 on main (fc765ae) before reqfix26, 31/80 after it, 33/80 after reqfix27 ("4K or 5K"; "stops at 80 degrees" as temperature control), 35/80 after reqfix28 ("7 adults", a measure inside a negation, "qui tient 30 h"); 36/80 after reqfix35 ("telly" names a television).
// Every row must read right except the ones listed in KNOWN_GAPS, each with why it is left as it is; a gap that closes
// must be removed from the list.
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map<string, string>([
  ["un truc pour chauffer l'eau du thé à la bonne température (70 °C pour le vert), pas en plastique, 90 € max", '"thé" names tea; "chauffer l\'eau" paraphrases a kettle, not read'],
  ['i want to make hot soup right in the jug you know the ones that heat up by themselves 1.4L or bigger 150 quid max', '"soup" names the taxonomy\'s soups & broths (what the blender acts on); "heat up by themselves" paraphrases heating'],
  ['something that makes a proper flat white at home, no pods and no capsules, has to steam the milk, max $500', 'the machine is only described ("makes a proper flat white"): "at home" names home design software; "steam the milk" paraphrases the milk frother'],
  ['machine a cafe qui moud les grains elle meme avec une buse vapeur pour le lait, tout sauf noire, jusqu a 700 eur', '"qui moud les grains" and "buse vapeur pour le lait" paraphrase the grinder and the milk frother; not read'],
  ["do you have beans that won't keep me up at night? medium roast, for the filter machine, around 15 euros", '"for the filter machine" (what the coffee is for) names coffee machines; "won\'t keep me up at night" paraphrases decaf'],
  ['ok so my commute is 40 min each way on a train next to a guy who yells into his phone the whole time. I just want silence. wireless, nothing over-the-ear because I wear glasses, under 200€', 'the product is never named: "phone" (the neighbour\'s) names phones; "I just want silence" paraphrases noise cancelling'],
  ["my feet get soaked on the morning run, it's all muddy trails round here. men's EU 43, under 150€", '"my feet get soaked" is not read as waterproof; by design a gendered cut also accepts unisex models (gender in [men, unisex])'],
  ["something like my old road runners but squishier, women's EU 40, vegan if possible, nothing orange", '"squishier" is not read as cushioning; by design a gendered cut also accepts unisex (gender in [women, unisex])'],
  ["running shoes for wide feet, US men's 10.5, zero drop like my Altras", 'by design a gendered cut also accepts unisex models (gender in [men, unisex]); the table expected gender eq men'],
  ['des baskets pour courir sur route, pointure 39, femme, amorti ferme, pas roses 😅 120 € max', 'by design a gendered cut also accepts unisex models (gender in [women, unisex]); the table expected gender eq women'],
  ["I need to put up shelves on a concrete wall and my little screwdriver just won't go in. cordless, Makita or DeWalt, max 200€. oh and I'll need a new vacuum at some point too but that can wait", 'two needs: the drill is only described ("screwdriver won\'t go in" a "concrete wall"), the later vacuum is named, so the vacuum wins'],
  ["my back can't take pushing that thing across the lawn any more. 500 m² of grass, the neighbours complain about the noise, 1200 CHF tops", '"my back" names back cushions; the mower is only described ("pushing that thing across the lawn")'],
  ['our little one arrives in January and we fly a lot, so we need something to push her around in that folds small enough for the overhead bin, suitable from day one, max €450', '"push" names the taxonomy\'s push & pedal riding vehicles; the stroller is only described'],
  ['twins on the way!! 🎉 need a way to walk both of them at once, anything but beige, under 900 dollars', 'nothing names a stroller ("a way to walk both of them"): read as a built-in refusal'],
  ["gift for my nephew who's obsessed with cars and building things, he's 10, around £70", 'the recipient\'s interest ("obsessed with cars") is read as the product (cars, trucks & vans)'],
  ['un jeu pour jouer à deux le soir avec ma femme, pas plus de 30 minutes, en français, moins de 25 €', '"jeu" is asked (construction, board or puzzle); "pour jouer à deux", "30 minutes" and "en français" are not read'],
  ["jigsaw for grandma, her eyesight isn't great so not too many pieces, 500 max, something pretty like Monet", '"500 max" after "pieces" is read as a 500 € budget, not as at most 500 pieces'],
  ['something with two wheels and a motor to get me up the hill to work, not a scooter, 2k max', '"two wheels and a motor" paraphrases an electric bike, not read: the category is asked'],
  ['my 6 year old daughter outgrew her bike 🙄 she needs the next size up, 20 inch wheels i think, NOTHING PINK', 'by design an age group inferred from an age is no bike_type rule'],
  ['something to protect my head on the road bike that weighs next to nothing, under 250 g, size M, anything but red or black', '"road bike" is what the helmet is used on, so "road" is not read as the helmet type'],
  ["my lower back is killing me after 8 hours at the desk. need something to sit on that actually supports it, mesh so i don't sweat, €400 tops", '"at the desk" (a place) names desks; "something to sit on" paraphrases a chair'],
  ['a desk chair for a big guy, 330 lbs, with a headrest and arms that move, no red', '"arms that move" paraphrases adjustable armrests; not read'],
  ['siège pour le télétravail, je mesure 1m90 et je pèse 120 kg, avec appui-tête, pas en similicuir', '"siège" (seat) names no category'],
  ['been sleeping on a rock-hard thing since 2019 and my shoulders hate me. want something softer to sleep on, 160 wide, at least 100 nights to try it', '"rock-hard" names the taxonomy\'s rocks & fossils; the mattress is only described'],
  ["something that sucks up the dog hair from the carpts while I'm at work, I can't stand loud stuff, up to 400 EUR, not iRobot", '"sucks up the dog hair" paraphrases a vacuum, not read: the category is asked'],
  ['family of five, the laundry never stops. 9kg or more, quieter than our old Bosch which sounds like a jet taking off, not a top loader', '"family" names family board games; "laundry" does not name a washing machine'],
  ['clean air for a 1,100 sq ft apartmnet, HEPA, app control, Philips or Levoit', '"air" names air rockets; "clean air" and HEPA paraphrase an air purifier'],
  ['something to dry my hair that fits in a carry-on, folds up, with the ion thing, anything except Dyson, under 50 pounds', '"folds up" and "the ion thing" are not read as foldable and ionic'],
  ['my gums bleed and the dentist says I brush too hard. is there one that warns you? a 2-pack for me and my wife, €120 max', 'a problem, not a product: "brush" names combs & brushes; the pressure sensor is only paraphrased'],
  ['our 12-year-old lab is slowing down, what should he be eating? big bag of the dry stuff, no grain, about 26 lbs', '"big bag" is asked as backpacks or suitcases; the dog food is only described ("what should he be eating")'],
  ['tel android 5g 256go 5000 mah mini, max 400e stp', '"tel" (short for téléphone) names nothing; read as a built-in refusal'],
  ['for writing code on trains: 32 gigs of RAM, linux would be a plus, light (under 3.5 lb), 14 inch, max 1.8k €', '"RAM" names the taxonomy\'s memory; the laptop is only implied'],
  ['ordi portable pour mon fils qui rentre en fac : clavier AZERTY, 16 Go de RAM, moins de 1,4 kg, 900 balles max', '"portable" names mobile phones; "ordi" (short for ordinateur) is not read'],
  ['something to read novels in the bath with an amber light for bedtime, max 180 francs', '"in the bath" (waterproof) and "amber light" (warm light) are not read'],
  ['I want to sketch with a pen on the sofa, screen 12 inches or bigger, Windows or Android, 1000€', '"screen" asks monitor or TV; a tablet is only implied by the pen'],
  ["something to play music out loud at the beach for the whole group, doesn't mind sand or a splash, lasts all day (12h+), under 120€", '"beach" names beach toys; the speaker is only described'],
  ["something on my wrist that counts steps and has GPS but isn't a full-on watch, battery a week or more", '"battery" hints headphones; the band is only described ("on my wrist that counts steps")'],
  ["camera for my daughter's 16th birthday, the kind that prints the photo right away, pastel colour not white, around 100€", '"prints the photo right away" paraphrases an instant camera; not read'],
  ['rolling thing for a 2-week trip, checked in not cabin, 4 wheels, hard shell, no Samsonite, 300 dollars', 'the suitcase is only described ("rolling thing", "checked in"): the category is asked'],
  ['tapis de yoga épais (8 mm) pour mes genoux fragiles, en caoutchouc naturel, pas violet, 70 € max', 'by design a material is matched in every spelling (material in [natural rubber, caoutchouc naturel]); the table expected eq'],
  ['something hot and caffeine-free for the office kitchen, peppermint, in bags, no Lipton', '"bags" names sleeping bags; "peppermint" and "caffeine-free" paraphrase herbal tea'],
  ['something to keep my coffee hot all day on the train, leak-proof, 500 ml', 'nothing sold is named, so the category is asked rather than refused (travel mug)'],
  ['des chaussures de ville en cuir pour un mariage samedi, pointure 42', '"chaussures" with a size reads as running shoes although "de ville" says dress shoes'],
  ["quelque chose de chaud à boire le soir qui ne m'empêche pas de dormir, bio, environ 10 €", '"bio" alone (a coffee hint) picks coffee instead of asking'],
]);

describeBlindSet('requests9: eighty requests nobody had typed before (EN/FR, open world, demo market)', UNSEEN_REQUESTS_9, KNOWN_GAPS, { rows: 80, french: 30 });
