import { describeBlindSet } from './describe-blind-set.ts';
import { UNSEEN_REQUESTS_8 } from './unseen-requests8-table.ts';

// Eighty requests written blind (requests8, see the table's header): 31/80 read right when first run on main (7c083f4),
// 33/80 with this branch's first fixes (counts in words, IP-code scale: 2974ecb), 55/80 after the fixes of its failure
// families (requests8-fixes.test.ts, money-words, declared-value-forms, shared-product-word), 56/80 after reqfix26
// (described-feature: "a blender that can heat soup"), 58/80 after reqfix28 ("1600 spin" beside the word naming it,
// "under 400 pounds" as money). The winter-tyres row reads
// 'unsupported' through the taxonomy's "Snaps" (from "cold snap"): right, for the wrong reason. Every row
// must read right except the ones listed in KNOWN_GAPS, each with why it is left as it is; a gap that closes must be
// removed from the list.
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map<string, string>([
  ["need a kettle that does different temps for green tea glass or steel whatever just not plastic under 70 quid", "\"does different temps\" paraphrases temperature control; only \"temp control\" and the label are read"],
  ["bouilloire petite contenance 0,9 L pr le bureau, blanche, 40e max", "by design a colour is matched in every spelling brands write it (color in [white, blanc, blanche…]); the table expected eq white"],
  ["headphones like my old Sony ones but lighter, under 200 g, and they must connect to my laptop and phone at the same time", "\"connect to my laptop and phone at the same time\" paraphrases multipoint"],
  ["trail running shoes, waterproof, men's EU 44, under 140€", "by design a gendered cut also accepts unisex models (gender in [men, unisex]); the table expected gender eq men"],
  ["chaussures de running femme pointure 39, vegan, pas roses 😅", "by design a gendered cut also accepts unisex models (gender in [women, unisex]); the table expected gender eq women"],
  ["US 10 men's road running shoes with a firm ride, $130 max", "by design a gendered cut also accepts unisex models (gender in [men, unisex]); the table expected gender eq men"],
  ["strolller that fits in the overhead bin, suitable from birth, under 6.5kg", "\"fits in the overhead bin\" paraphrases cabin size; not read"],
  ["un Playmobil pour ma fille de quatre ans, pour Noël", "a maker no brand declares names no category (asked which present), and \"pour Noël\" is the occasion, not a delivery date (only \"avant Noël\" is)"],
  ["dinosaur jigsaw puzzle for a five year old", "\"dinosaur\" would be a value of the text attribute motif, whose values no schema lists"],
  ["kids bike w/ 20 inch wheels for my grandson hes 7 needs to arrive by next Friday", "by convention (deadline.test.ts) \"next Friday\" is the coming Friday (4 Dec); the table expected the one after"],
  ["road cycling helmet with MIPS, under 300 g, white, size L", "by design a colour is matched in every spelling (color in [white, blanc…]); the table expected eq white"],
  ["casque de vélo enfant taille S rose 30€", "by design a colour is matched in every spelling (color in [pink, rose, roses]); the table expected eq pink"],
  ["office chair in mesh, no leatherette, warranty of 5 years or more, <400€", "by design a material is matched in every spelling (material in [mesh, maille, filet, résille]); the table expected eq mesh"],
  ["a Dyson hair dryer as a gift for my wife, max 450 €", "by design one plain maker name nobody declared is a preference; the table expected a hard rule"],
  ["Fairphone or Pixel, 256 GB, 5G, not black, £500 max", "makers nobody declared name no category (the phone is only implied by 256 GB and 5G), and the negated \"not black\" names tea through a declared tea_type"],
  ["instant camera for a friend turning 30, pastel blue or mint green, under 100 CHF", "colours outside the colour groups (\"pastel blue\", \"mint green\") are not read"],
  ["appareil photo compact capteur 1 pouce avec video 4K, 800€", "\"1 pouce\" is not matched to the declared value \"1-inch\" (a measure written inside an enum value)"],
  ["sac de couchage en duvet taille long pour quelqu'un d'1m95, confort 0°C", "\"taille long\" is no size the size reader knows (letters and numbers only), and \"confort 0°C\" is read as a wish near 0 °C, not a rating at or below it"],
  ["large checked suitcase around 100 L polycarbonate 4 spinner wheels Samsonite and not over 5kg empty", "Samsonite by design a preference; \"large checked\" is not read as not cabin size, polycarbonate is matched in every spelling (in), \"4 spinner wheels\" is not read"],
  ["natural rubber yoga mat, extra long (185 cm or more), any colour but black", "by design a material is matched in every spelling (material in [natural rubber, caoutchouc naturel]); the table expected eq"],
  ["loose leaf rooibos, 100 g tin, Dammann Frères or Mariage Frères", "\"Frères\" splits the makers (\"Dammann Frères\", \"Frères\": preferences, not a list), and the accented letters make the request read as French"],
  ["smth for my coffee corner ~50€", "\"coffee corner\" (a place) names coffee; what to buy for it is not asked"],
]);

describeBlindSet('requests8: eighty requests nobody had typed before (EN/FR, open world, demo market)', UNSEEN_REQUESTS_8, KNOWN_GAPS, { rows: 80, french: 30 });
