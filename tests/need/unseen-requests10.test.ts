import { describeBlindSet } from './describe-blind-set.ts';
import { UNSEEN_REQUESTS_10 } from './unseen-requests10-table.ts';

// Eighty requests written blind (requests10, see the table's header). Measured once, with no fix made after seeing them:
// 39/80 read right on main (40e6a1f) and 40/80 after reqfix26 (the
// 27-inch screen row: "height adjustable" settles monitors over televisions); 47/80 after reqfix27 (Belgian/Swiss
// number words and francs, products described by their use: "something to boil water", ranges of one measure: "20-25L",
// "300ish" alone and "0°C or colder", "25 cm mini"); 57/80 after reqfix28 (number-word grammar, "56 frame", "2 weeks battery
// min", "jouer à deux", "contrôlable par appli", "personal blender", "washing machne", "hairdryer", pounds as money); 58/80 after reqfix30c (an age said later with the recipient's pronoun: "he's 14"). Every row must read right except the ones
// listed in KNOWN_GAPS, each with why it is left as it is; a gap that closes must be removed from the list.
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map<string, string>([
  ["2 paires de chaussures de running route femme pointure 39 amorti moelleux vegan, 120 € les deux", "by design a gendered cut also accepts unisex models (gender in [women, unisex]); the table expected gender eq women"],
  ["55\" oled tv w/ hdmi 2.1 for my ps5, 120hz, €1,200 max", "\"120hz\" is read as a figure, not as at least 120 Hz"],
  ["bean to cup machine w/o milk frother (I drink it black), approx 2L tank, 500ish", "reads the built-in coffee, not the bean-to-cup machine; \"w/o milk frother\" and \"2L tank\" are not read"],
  ["bike helmet w MIPS + built in rear light, sz M, no black pls cant see me at nite 🚲", "\"built in rear light\" after \"+\" is not read as the integrated light, and \"sz M\" (size shortened) not as size M"],
  ["brosse a dents electrique pour mon fils de 6 ans, oscillante, autour de 30 €", "by design an age group inferred from an age (\"de 6 ans\") is no age_group rule"],
  ["de quoi tondre une petite pelouse de 50 m² derrière la maison, sans moteur ni batterie", "\"de quoi\" + a verb is not read as a described product (described-product reads \"something/un truc pour\"); the category is asked"],
  ["do you have something for descaling? my kettle and coffee machine are full of limescale", "\"for descaling\" names nothing; \"coffee machine\" (what the descaler is for) is read as the product"],
  ["ecran PC 24 pouces 165 Hz dalle IPS pour gamer, 200 € max", "\"165 Hz\" is read as a figure, not as at least 165 Hz"],
  ["grain free kibble for a big senior dog (a labrador), max 90", "reads the built-in coffee: \"kibble\" names nothing sold, so the dog food is not read"],
  ["iPhone 128 Go pour mon ado de 15 ans, bleu de préférence, 700 € max", "\"iPhone\" (a model) is not read as iOS"],
  ["laptop for uni: 16GB RAM min, 512GB SSD, qwerty, under 1.5kg, 900ish", "\"512GB SSD\" is read as a figure (a wish near 512 GB), not a minimum"],
  ["machine a dosettes pour le bureau, pas rouge, 90 balles max", "\"dosettes\" (pods) reads as coffee, not as a pod machine"],
  ["okay so I need coffee beans for my espresso machine the dark roast kind one kilo bag hundred percent arabica from ethiopia or colombia and my budget is about thirty euros a month", "\"hundred percent arabica\" (a number word without \"one\"), \"one kilo bag\" and the origins after \"from\" are not read"],
  ["poussette canne qui passe en cabine, moins de 7 kg, 250 € environ", "\"canne\" (umbrella stroller) is not read as the compact type"],
  ["same as last time but in blue pls 🙏", "\"time\" names the taxonomy's time & attendance clocks; a follow-up with no earlier message should be asked"],
  ["same running shoes as last time (Brooks, US 10 men) but the wide version, $140 a pair", "by design a gendered cut also accepts unisex models (gender in [men, unisex]); the table expected gender eq men"],
  ["trail running shoes waterproof EU 42.5 wide fit mens under 150", "by design a gendered cut also accepts unisex models (gender in [men, unisex]); the table expected gender eq men"],
  ["un Duplo pour ma petite-fille qui a 2 ans, pas plus de 40 €", "\"petite-fille\" is read as \"fille\" (girl), and \"Duplo\" (a Lego line) names no category: a gift question"],
  ["un truc pour le cafe au bureau, budget 200 balles", "\"cafe\" names the built-in coffee rather than a question between beans and a machine"],
  ["valise soute environ 100 litres, coque souple, pas Samsonite, livraison gratuite svp", "\"soute\" (checked in) is not read as not cabin size"],
  ["vous avez du thé vert en vrac bio ? sans arôme ajouté, 100 g", "\"sans arôme ajouté\" is not read as flavoured false"],
  ["vélo pour mon fils de 7 ans, roues 20 pouces, pas électrique, 300 € max", "by design an age group inferred from an age is no bike_type rule"],
]);

describeBlindSet('requests10: eighty requests nobody had typed before (EN/FR, open world, demo market)', UNSEEN_REQUESTS_10, KNOWN_GAPS, { rows: 80, french: 30 });
