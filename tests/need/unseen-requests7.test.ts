import { describeBlindSet } from './describe-blind-set.ts';
import { UNSEEN_REQUESTS_7 } from './unseen-requests7-table.ts';

// Eighty requests written blind (requests7, see the table's header): 33/80 read right when first run (3d6d42b); 73/80
// after reqfix28 ("en matériaux recyclés"). Every row
// must read right except the ones listed in KNOWN_GAPS, each with why it is left as it is; a gap that closes must be
// removed from the list.
const KNOWN_GAPS: ReadonlyMap<string, string> = new Map<string, string>([
  ['cafetière filtre Moccamaster, pas rouge', 'by design one plain maker name nobody declared is a preference (a capitalised word may be no maker: this set has CADR, SSD, XXL); the table expected a hard rule'],
  ["sèche-cheveux Dyson pour l'anniversaire de ma sœur le 15", 'by design one plain maker name nobody declared is a preference; the table expected a hard rule'],
  ['dry food for a large breed puppy, 15kg bag, Royal Canin pls', 'by design one plain maker name nobody declared is a preference; the table expected a hard rule'],
  ['Garmin watch with GPS, 5 ATM, battery 2 weeks+', 'by design one plain maker name nobody declared is a preference; the table expected a hard rule'],
  ["women's trail running shoes size 39, waterproof, by next Monday", 'by design a gendered cut also accepts unisex models (gender in [women, unisex]); the table expected gender eq women'],
  ['chaussures de running route pour homme pointure 44, pied large, amorti max, 130 € grand max', 'by design a gendered cut also accepts unisex models (gender in [men, unisex]); the table expected gender eq men'],
  ["men's parka, XXL, warm enough for -20, Canada Goose is too pricey so not them", '"not them" refers back to Canada Goose: anaphora is not resolved (the name stays a plain preference)'],
]);

describeBlindSet('requests7: eighty requests nobody had typed before (EN/FR, open world, demo market)', UNSEEN_REQUESTS_7, KNOWN_GAPS, { rows: 80, french: 30 });
