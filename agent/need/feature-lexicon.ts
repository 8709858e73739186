import { NO_EFFECT, equals, everywhere, oneOf, prefer } from './lexicon-types.ts';
import type { LexiconEntry } from './lexicon-types.ts';

const SHOES = 'running-shoes' as const;
const SWEAT_PROOF = ['IPX4', 'IPX5', 'IPX7'] as const;

/**
 * Product features and vague wishes, English and French, mapped onto the taxonomy's attributes per category.
 * Named features ("waterproof", "vegan") are hard constraints unless said softly; vague words ("cheap", "light") are
 * weighted soft preferences. Offer-level wishes use the pseudo-attributes price, delivery_days, return_days and
 * warranty_months.
 */
export const FEATURE_LEXICON: readonly LexiconEntry[] = [
  // — running shoes —
  {
    phrases: ['trail', 'trails', 'trail running', 'off road', 'offroad', 'mountain', 'mountains', 'montagne', 'sentier', 'sentiers', 'chemins', 'hiking trails', 'ultra trail'],
    category: { id: SHOES, strong: false },
    effects: { [SHOES]: equals('terrain', 'trail') },
  },
  {
    phrases: ['road', 'roads', 'road running', 'street', 'asphalt', 'pavement', 'tarmac', 'city', 'route', 'bitume', 'urban', 'marathon', 'half marathon'],
    effects: { [SHOES]: equals('terrain', 'road') },
  },
  { phrases: ['track', 'athletics', 'athletisme', 'piste', 'spikes'], effects: { [SHOES]: equals('terrain', 'track') } },
  {
    phrases: ['waterproof', 'water proof', 'gore tex', 'goretex', 'gtx', 'impermeable', 'impermeables', 'etanche', 'etanches'],
    effects: { [SHOES]: equals('waterproof', true), headphones: oneOf('water_resistance', ['IPX7']) },
  },
  {
    phrases: ['vegan', 'vegane', 'veganes', 'vegans', 'vegetalien', 'no leather', 'leather free', 'without leather', 'sans cuir', 'cruelty free', 'animal free'],
    effects: { [SHOES]: equals('vegan', true) },
  },
  { phrases: ['leather', 'cuir'], effects: { [SHOES]: equals('vegan', false) } },
  { phrases: ['recycled', 'recycled materials', 'recycled material', 'recycle', 'recyclee', 'recycles', 'recyclees', 'matieres recyclees'], effects: { [SHOES]: equals('recycled_materials', true) } },
  {
    phrases: ['eco friendly', 'eco', 'sustainable', 'environmentally friendly', 'ecologique', 'ecologiques', 'ecolo', 'eco responsable', 'ecoresponsable'],
    effects: { [SHOES]: equals('recycled_materials', true, 0.6), coffee: equals('organic', true, 0.5) },
  },
  { phrases: ['zero drop', 'drop zero', '0 drop', 'drop 0', 'barefoot'], effects: { [SHOES]: equals('drop_mm', 0) } },
  { phrases: ['low drop', 'faible drop', 'petit drop'], effects: { [SHOES]: prefer('drop_mm', 'lower', 0.6) } },
  { phrases: ['wide', 'wide fit', 'wide feet', 'wide foot', 'large', 'larges', 'pied large', 'pieds larges'], effects: { [SHOES]: equals('width', 'wide') } },
  { phrases: ['narrow', 'narrow fit', 'narrow feet', 'etroit', 'etroites', 'pieds fins', 'pied fin'], effects: { [SHOES]: equals('width', 'narrow') } },
  { phrases: ['men', 'mens', 'man', 'male', 'homme', 'hommes', 'masculin', 'for him', 'pour homme'], effects: { [SHOES]: oneOf('gender', ['men', 'unisex']) } },
  { phrases: ['women', 'womens', 'woman', 'ladies', 'lady', 'female', 'femme', 'femmes', 'feminin', 'for her', 'pour femme'], effects: { [SHOES]: oneOf('gender', ['women', 'unisex']) } },
  { phrases: ['unisex', 'mixte'], effects: { [SHOES]: equals('gender', 'unisex') } },
  // "Comfortable" has no attribute of its own: for shoes we read it as plush cushioning, for headphones as lighter.
  {
    phrases: ['comfortable', 'comfy', 'comfort', 'confortable', 'confortables', 'confort'],
    effects: { [SHOES]: prefer('cushioning', 'equals', 0.5, 'plush'), headphones: prefer('weight_g', 'lower', 0.4) },
  },
  {
    phrases: ['cushioned', 'plush', 'soft', 'max cushion', 'max cushioning', 'maximum cushioning', 'well cushioned', 'lots of cushioning', 'amorti', 'amortie', 'amorties', 'bien amorti', 'bien amorties', 'moelleux', 'moelleuses'],
    effects: { [SHOES]: prefer('cushioning', 'equals', 0.6, 'plush') },
  },
  { phrases: ['firm', 'responsive', 'ferme', 'fermes', 'dynamique', 'dynamiques'], effects: { [SHOES]: prefer('cushioning', 'equals', 0.5, 'firm') } },
  { phrases: ['balanced cushioning', 'moderate cushioning', 'amorti equilibre'], effects: { [SHOES]: prefer('cushioning', 'equals', 0.5, 'balanced') } },

  // — headphones —
  {
    phrases: [
      'noise cancelling', 'noise canceling', 'noise cancellation', 'noise cancel', 'noise canceller', 'noise cancelation', 'anc', 'active noise cancelling',
      'active noise canceling', 'active noise cancellation', 'noise reduction', 'reduction de bruit', 'reduction de bruit active',
      'reduction active de bruit', 'reduction du bruit', 'anti bruit', 'antibruit', 'suppression de bruit',
    ],
    category: { id: 'headphones', strong: false },
    effects: { headphones: equals('noise_cancelling', true) },
  },
  { phrases: ['wireless', 'bluetooth', 'bt', 'sans fil', 'cordless', 'cable free', 'no cable', 'no wire', 'no wires'], category: { id: 'headphones', strong: false }, effects: { headphones: equals('wireless', true) } },
  { phrases: ['wired', 'cable', 'corded', 'filaire', 'filaires', 'jack', 'with cable', 'avec fil', 'avec cable'], effects: { headphones: equals('wireless', false) } },
  { phrases: ['true wireless', 'tws'], category: { id: 'headphones', strong: false }, effects: { headphones: equals('wireless', true) } },
  {
    phrases: ['over ear', 'over the ear', 'around ear', 'around the ear', 'circumaural', 'circum aural', 'full size', 'circum auriculaire', 'over ears'],
    effects: { headphones: equals('form', 'over-ear') },
  },
  { phrases: ['on ear', 'on the ear', 'supra aural', 'supra auriculaire', 'supraaural'], effects: { headphones: equals('form', 'on-ear') } },
  { phrases: ['in ear', 'in the ear', 'intra auriculaire', 'intra', 'in ears'], effects: { headphones: equals('form', 'in-ear') } },
  {
    phrases: ['multipoint', 'multi point', 'multipoint connection', 'two devices', '2 devices', 'deux appareils', '2 appareils', 'dual connection'],
    effects: { headphones: equals('multipoint', true) },
  },
  { phrases: ['ldac'], effects: { headphones: equals('codec_ldac', true) } },
  { phrases: ['hi res', 'hires', 'hi res audio', 'high resolution', 'high res', 'lossless', 'haute resolution'], effects: { headphones: equals('codec_ldac', true, 0.6) } },
  { phrases: ['ipx 7', 'ipx7', 'ip 67', 'ip67', 'ip 68', 'ip68'], effects: { headphones: oneOf('water_resistance', ['IPX7']) } },
  { phrases: ['ipx 5', 'ipx5', 'ip 55', 'ip55'], effects: { headphones: oneOf('water_resistance', ['IPX5', 'IPX7'], { direction: 'higher', value: 'IPX5' }) } },
  { phrases: ['ipx 4', 'ipx4', 'ip 54', 'ip54'], effects: { headphones: oneOf('water_resistance', SWEAT_PROOF, { direction: 'higher', value: 'IPX4' }) } },
  {
    phrases: ['sweatproof', 'sweat proof', 'sweat resistant', 'water resistant', 'splash proof', 'splashproof', 'resistant a la transpiration', 'resistant a l eau', 'resistants a l eau'],
    effects: { headphones: oneOf('water_resistance', SWEAT_PROOF, { direction: 'higher', value: 'IPX4' }) },
  },
  {
    phrases: ['for the gym', 'gym', 'for sport', 'for sports', 'sport', 'sports', 'workout', 'workouts', 'training', 'entrainement', 'for running', 'for jogging', 'pour le sport', 'pour courir', 'salle de sport'],
    effects: {
      headphones: { kind: 'constraint', attribute: 'water_resistance', op: 'in', value: SWEAT_PROOF, softByDefault: 0.6, soft: { direction: 'higher', value: 'IPX4' } },
      [SHOES]: NO_EFFECT,
    },
  },
  {
    // Travel and commuting are what noise cancelling is for: a wish, not a requirement.
    phrases: ['commute', 'commuting', 'my commute', 'travel', 'travelling', 'traveling', 'plane', 'flights', 'flying', 'train', 'metro', 'subway', 'open office', 'open space', 'transports', 'avion', 'voyage', 'voyages'],
    effects: { headphones: equals('noise_cancelling', true, 0.5) },
  },
  {
    phrases: ['long battery', 'long battery life', 'good battery', 'good battery life', 'great battery', 'great battery life', 'long lasting', 'long lasting battery', 'battery that lasts', 'bonne autonomie', 'grosse autonomie', 'longue autonomie', 'grande autonomie'],
    effects: { headphones: prefer('battery_hours', 'higher', 0.6) },
  },

  // — coffee —
  {
    phrases: ['beans', 'bean', 'whole beans', 'whole bean', 'grains', 'en grains', 'en grain', 'grain'],
    category: { id: 'coffee', strong: false },
    effects: { coffee: equals('form', 'beans') },
  },
  { phrases: ['ground', 'pre ground', 'preground', 'moulu', 'moulus', 'moulue', 'already ground'], category: { id: 'coffee', strong: false }, effects: { coffee: equals('form', 'ground') } },
  {
    phrases: ['capsules', 'capsule', 'pods', 'pod', 'k cups', 'k cup', 'nespresso', 'nespresso compatible', 'compatible with nespresso', 'compatible nespresso', 'compatibles nespresso', 'nespresso compatibles', 'dosettes', 'dosette'],
    category: { id: 'coffee', strong: true },
    effects: { coffee: equals('form', 'capsules') },
  },
  { phrases: ['espresso', 'espressos', 'expresso', 'expressos', 'moka', 'moka pot', 'for espresso', 'pour expresso'], category: { id: 'coffee', strong: true }, effects: { coffee: oneOf('use', ['espresso', 'both']) } },
  {
    phrases: ['filter', 'filtre', 'drip', 'pour over', 'v 60', 'v60', 'chemex', 'french press', 'cafetiere a piston', 'piston', 'aeropress', 'cafetiere', 'cold brew'],
    effects: { coffee: oneOf('use', ['filter', 'both']) },
  },
  { phrases: ['organic', 'bio', 'biologique', 'biologiques', 'organique', 'organically grown'], category: { id: 'coffee', strong: false }, effects: { coffee: equals('organic', true) } },
  { phrases: ['fair trade', 'fairtrade', 'commerce equitable', 'equitable', 'fair traded', 'fairly traded', 'max havelaar'], category: { id: 'coffee', strong: false }, effects: { coffee: equals('fair_trade', true) } },
  { phrases: ['ethically sourced', 'ethical', 'ethique'], effects: { coffee: equals('fair_trade', true, 0.6) } },
  {
    phrases: ['decaf', 'decafs', 'decaffeinated', 'decafeine', 'decafeines', 'deca', 'decaffe', 'caffeine free', 'sans cafeine', 'no caffeine', 'without caffeine', 'decaff'],
    category: { id: 'coffee', strong: true },
    effects: { coffee: equals('decaf', true) },
  },
  { phrases: ['light roast', 'blonde roast', 'torrefaction legere', 'torrefaction claire', 'lightly roasted'], category: { id: 'coffee', strong: false }, effects: { coffee: equals('roast', 'light') } },
  { phrases: ['medium roast', 'torrefaction moyenne', 'medium roasted'], category: { id: 'coffee', strong: false }, effects: { coffee: equals('roast', 'medium') } },
  { phrases: ['dark roast', 'french roast', 'italian roast', 'torrefaction foncee', 'torrefaction forte', 'dark roasted'], category: { id: 'coffee', strong: false }, effects: { coffee: equals('roast', 'dark') } },
  { phrases: ['strong', 'intense', 'bold', 'dark', 'corse', 'corses', 'fort', 'forts', 'puissant', 'full bodied'], effects: { coffee: prefer('roast', 'equals', 0.5, 'dark') } },
  { phrases: ['mild', 'doux', 'douce', 'fruity', 'fruite', 'acidic', 'bright'], effects: { coffee: prefer('roast', 'equals', 0.5, 'light') } },
  { phrases: ['smooth', 'balanced', 'equilibre', 'rond'], effects: { coffee: prefer('roast', 'equals', 0.4, 'medium') } },
  { phrases: ['arabica', 'pure arabica', 'arabicas'], category: { id: 'coffee', strong: false }, effects: { coffee: prefer('arabica_percent', 'higher', 0.6) } },
  { phrases: ['robusta'], category: { id: 'coffee', strong: false }, effects: { coffee: prefer('arabica_percent', 'lower', 0.5) } },
  { phrases: ['single origin', 'pure origine', 'single estate', 'mono origine', 'origine unique'], effects: { coffee: { kind: 'constraint', attribute: 'origin', op: 'neq', value: 'blend' } } },
  { phrases: ['blend', 'melange', 'assemblage'], effects: { coffee: equals('origin', 'blend') } },
  ...(
    [
      ['Ethiopia', ['ethiopia', 'ethiopian', 'ethiopie', 'yirgacheffe', 'sidamo']],
      ['Colombia', ['colombia', 'colombian', 'colombie']],
      ['Brazil', ['brazil', 'brazilian', 'bresil', 'santos']],
      ['Kenya', ['kenya', 'kenyan']],
      ['Guatemala', ['guatemala', 'guatemalan']],
      ['Peru', ['peru', 'peruvian', 'perou']],
      ['Honduras', ['honduras']],
      ['Costa Rica', ['costa rica']],
      ['Rwanda', ['rwanda']],
      ['Indonesia', ['indonesia', 'sumatra', 'java', 'indonesie']],
      ['Vietnam', ['vietnam', 'vietnamese']],
      ['India', ['india', 'indian', 'inde']],
      ['Mexico', ['mexico', 'mexican', 'mexique']],
      ['Nicaragua', ['nicaragua']],
      ['Yemen', ['yemen', 'mocha']],
    ] as const
  ).map(([country, phrases]): LexiconEntry => ({ phrases, category: { id: 'coffee', strong: false }, effects: { coffee: equals('origin', country) } })),

  // — any category —
  {
    phrases: ['cheap', 'cheaper', 'cheapest', 'inexpensive', 'affordable', 'budget friendly', 'low cost', 'low price', 'bon marche', 'pas cher', 'pas chers', 'pas chere', 'pas trop cher', 'not expensive', 'not too expensive', 'economique', 'economiques', 'good value', 'value for money', 'best price', 'petit prix'],
    effects: everywhere(prefer('price', 'lower', 0.6)),
  },
  {
    phrases: ['light', 'lightweight', 'lighter', 'ultralight', 'ultra light', 'featherweight', 'leger', 'legere', 'legeres', 'legers', 'not heavy', 'not too heavy'],
    effects: { [SHOES]: prefer('weight_g', 'lower', 0.5), headphones: prefer('weight_g', 'lower', 0.5), coffee: prefer('roast', 'equals', 0.5, 'light') },
  },
  { phrases: ['heavy', 'lourd', 'lourde', 'lourdes', 'lourds'], effects: { [SHOES]: prefer('weight_g', 'higher', 0.5), headphones: prefer('weight_g', 'higher', 0.5) } },
  {
    phrases: ['asap', 'as soon as possible', 'urgent', 'urgently', 'quickly', 'quick delivery', 'fast delivery', 'fast shipping', 'quick shipping', 'express', 'express delivery', 'rapidement', 'vite', 'au plus vite', 'livraison rapide', 'des que possible', 'quick'],
    effects: everywhere(prefer('delivery_days', 'lower', 0.8)),
  },
  { phrases: ['long warranty', 'good warranty', 'extended warranty', 'longue garantie', 'bonne garantie'], effects: everywhere(prefer('warranty_months', 'higher', 0.5)) },
  { phrases: ['free returns', 'easy returns', 'returnable', 'retours gratuits', 'retour gratuit', 'retour facile', 'easy return', 'free return'], effects: everywhere(prefer('return_days', 'higher', 0.5)) },
  ...(
    [
      ['black', ['black', 'noir', 'noire', 'noires', 'noirs']],
      ['white', ['white', 'blanc', 'blanche', 'blanches', 'blancs']],
      ['grey', ['grey', 'gray', 'gris', 'grise', 'grises']],
      ['blue', ['blue', 'bleu', 'bleue', 'bleues', 'bleus', 'navy']],
      ['red', ['red', 'rouge', 'rouges']],
      ['green', ['green', 'vert', 'verte', 'vertes', 'verts']],
      ['pink', ['pink', 'rose', 'roses']],
      ['yellow', ['yellow', 'jaune', 'jaunes']],
      ['orange', ['orange', 'oranges']],
      ['purple', ['purple', 'violet', 'violette']],
      ['beige', ['beige', 'beiges']],
      ['silver', ['silver', 'argent', 'argente']],
    ] as const
  ).map(([color, phrases]): LexiconEntry => ({
    phrases,
    effects: { [SHOES]: equals('color', color, 0.5), headphones: equals('color', color, 0.5) },
  })),
];
