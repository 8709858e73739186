import { FEATURE_LEXICON } from './feature-lexicon.ts';
import { NO_EFFECT, equals } from './lexicon-types.ts';
import type { LexiconEntry } from './lexicon-types.ts';

/** Words that name a product category, strongly ("shoes") or as a hint ("running"). */
const CATEGORY_LEXICON: readonly LexiconEntry[] = [
  {
    phrases: ['shoes', 'shoe', 'running shoes', 'running shoe', 'sneakers', 'sneaker', 'trainers', 'trainer', 'runners', 'running trainers', 'chaussures', 'chaussure', 'baskets', 'chaussures de running', 'chaussures de course', 'chaussures de sport', 'chaussure de running', 'running sneakers'],
    category: { id: 'running-shoes', strong: true },
    effects: { 'running-shoes': NO_EFFECT },
  },
  {
    phrases: ['running', 'run', 'runs', 'runner', 'jogging', 'jog', 'course a pied', 'course', 'courir', 'athletic'],
    category: { id: 'running-shoes', strong: false },
    // Headphones "for running" should survive sweat and rain: a soft wish for some water resistance.
    effects: { 'running-shoes': NO_EFFECT, headphones: { kind: 'constraint', attribute: 'water_resistance', op: 'in', value: ['IPX4', 'IPX5', 'IPX7'], softByDefault: 0.6, soft: { direction: 'higher', value: 'IPX4' } } },
  },
  { phrases: ['size', 'taille', 'pointure', 'shoe size'], category: { id: 'running-shoes', strong: false }, effects: { 'running-shoes': NO_EFFECT } },
  {
    phrases: ['headphones', 'headphone', 'headset', 'headsets', 'casque', 'casques', 'casque audio', 'oreillettes', 'earphones', 'earphone', 'cans'],
    category: { id: 'headphones', strong: true },
    effects: { headphones: NO_EFFECT },
  },
  {
    // French "écouteurs" are worn in the ear ("un casque" is not); in-ear monitors too.
    phrases: ['earbuds', 'earbud', 'ear buds', 'ear bud', 'buds', 'airpods', 'intras', 'ecouteurs', 'ecouteur', 'iems', 'iem', 'in ear monitors'],
    category: { id: 'headphones', strong: true },
    effects: { headphones: equals('form', 'in-ear') },
  },
  {
    phrases: ['audio', 'music', 'musique', 'sound', 'son', 'podcasts', 'calls', 'battery', 'batterie', 'autonomie'],
    category: { id: 'headphones', strong: false },
    effects: { headphones: NO_EFFECT },
  },
  {
    phrases: ['coffee', 'coffees', 'cafe', 'cafes', 'kaffee', 'java beans', 'coffee bag', 'coffee bags'],
    category: { id: 'coffee', strong: true },
    effects: { coffee: NO_EFFECT },
  },
  {
    phrases: ['roast', 'roasted', 'torrefie', 'torrefaction', 'brew', 'brewing', 'barista', 'cup', 'cups', 'tasse', 'tasses'],
    category: { id: 'coffee', strong: false },
    effects: { coffee: NO_EFFECT },
  },
];

/** Placeholders for "a product" that name no category: the engine asks what kind instead of refusing. */
const GENERIC_LEXICON: readonly LexiconEntry[] = [
  { phrases: ['something', 'anything', 'thing', 'things', 'stuff', 'product', 'products', 'item', 'items', 'gift', 'present', 'cadeau', 'truc', 'chose', 'quelque chose', 'produit', 'article'], generic: true },
];

const MAKERS: ReadonlyArray<readonly [string, 'running-shoes' | 'headphones' | 'coffee', readonly string[]]> = [
  ['Nike', 'running-shoes', ['nike']],
  ['Adidas', 'running-shoes', ['adidas']],
  ['Asics', 'running-shoes', ['asics']],
  ['Brooks', 'running-shoes', ['brooks']],
  ['Hoka', 'running-shoes', ['hoka', 'hoka one one']],
  ['Salomon', 'running-shoes', ['salomon']],
  ['New Balance', 'running-shoes', ['new balance', 'nb']],
  ['Saucony', 'running-shoes', ['saucony']],
  ['Mizuno', 'running-shoes', ['mizuno']],
  ['On', 'running-shoes', ['on running', 'on cloud']],
  ['Puma', 'running-shoes', ['puma']],
  ['Altra', 'running-shoes', ['altra']],
  ['Merrell', 'running-shoes', ['merrell']],
  ['Inov-8', 'running-shoes', ['inov 8', 'inov8']],
  ['Kalenji', 'running-shoes', ['kalenji']],
  ['Decathlon', 'running-shoes', ['decathlon']],
  ['Reebok', 'running-shoes', ['reebok']],
  ['Under Armour', 'running-shoes', ['under armour', 'under armor']],
  ['La Sportiva', 'running-shoes', ['la sportiva']],
  ['Veja', 'running-shoes', ['veja']],
  ['Sony', 'headphones', ['sony']],
  ['Apple', 'headphones', ['apple']],
  ['Beats', 'headphones', ['beats', 'beats by dre']],
  ['Bose', 'headphones', ['bose']],
  ['Sennheiser', 'headphones', ['sennheiser']],
  ['JBL', 'headphones', ['jbl']],
  ['Samsung', 'headphones', ['samsung']],
  ['Jabra', 'headphones', ['jabra']],
  ['AKG', 'headphones', ['akg']],
  ['Audio-Technica', 'headphones', ['audio technica', 'audiotechnica']],
  ['Bang & Olufsen', 'headphones', ['bang olufsen', 'bang and olufsen', 'b o']],
  ['Marshall', 'headphones', ['marshall']],
  ['Skullcandy', 'headphones', ['skullcandy']],
  ['Anker', 'headphones', ['anker', 'soundcore']],
  ['Huawei', 'headphones', ['huawei']],
  ['Xiaomi', 'headphones', ['xiaomi']],
  ['Shure', 'headphones', ['shure']],
  ['Beyerdynamic', 'headphones', ['beyerdynamic']],
  ['Google', 'headphones', ['google', 'pixel buds']],
  ['Focal', 'headphones', ['focal']],
  ['Bowers & Wilkins', 'headphones', ['bowers wilkins', 'bowers and wilkins']],
  ['Lavazza', 'coffee', ['lavazza']],
  ['Illy', 'coffee', ['illy']],
  ['Starbucks', 'coffee', ['starbucks']],
  ['Segafredo', 'coffee', ['segafredo']],
  ['Kimbo', 'coffee', ['kimbo']],
  ['Carte Noire', 'coffee', ['carte noire']],
  ['Malongo', 'coffee', ['malongo']],
  ['Jacques Vabre', 'coffee', ['jacques vabre']],
  ['L\'Or', 'coffee', ['l or']],
  ['Nescafé', 'coffee', ['nescafe']],
  ['Tchibo', 'coffee', ['tchibo']],
  ['Dallmayr', 'coffee', ['dallmayr']],
  ['Pellini', 'coffee', ['pellini']],
];

/** Known makers: a brand mention is a weak hint of its category and a maker constraint ("not Sony"). */
const MAKER_LEXICON: readonly LexiconEntry[] = MAKERS.map(([maker, category, phrases]) => ({
  phrases,
  maker,
  category: { id: category, strong: false },
}));

/** Words that steer how nearby phrases are read: negation, firmness, softness, emphasis, list joins. */
const ROLE_LEXICON: readonly LexiconEntry[] = [
  {
    role: 'negation',
    phrases: ['not', 'no', 'non', 'never', 'except', 'excluding', 'exclude', 'but not', 'other than', 'anything but', 'anything except', 'avoid', 'without', 'sans', 'sauf', 'pas', 'pas de', 'pas du', 'pas des', 'jamais', 'jamais de', 'jamais d', 'plus jamais', 'plus jamais de', 'plus jamais d', 'ni', 'nor', 'hors', 'a part', 'aucun', 'aucune', 'none of', 'no more', 'neither', 'do not want', 'nothing', 'nothing from', 'nothing by', 'rien en', 'none from', 'no products from', 'rien de', 'pas de chez', 'dont want', 'not from', 'no to', 'anything other than',
      // Aversions say what is not wanted: "we hate party games", "I'm allergic to latex", "je déteste le rose".
      'hate', 'hates', 'dislike', 'dislikes', 'eviter', 'a eviter', 'to avoid', 'ca not stand', 'cannot stand', 'allergic to', 'deteste', 'detestons', 'allergique a', 'allergique au', 'allergique aux'],
  },
  {
    role: 'hard',
    phrases: ['must', 'must be', 'must have', 'has to', 'have to', 'has to be', 'have to be', 'needs to', 'need to', 'needs to be', 'need to be', 'needs', 'required', 'requirement', 'require', 'essential', 'mandatory', 'only', 'absolutely', 'definitely', 'non negotiable', 'obligatoire', 'obligatoirement', 'imperatif', 'imperativement', 'doit', 'doivent', 'doit etre', 'il faut', 'absolument', 'seulement', 'uniquement', 'exclusively', 'strictly', 'no matter what'],
  },
  {
    // Not needing a feature is neither wanting nor refusing it: no rule ("app control isn't needed", "I don't need
    // noise cancelling", "pas besoin de batterie", "size doesn't matter"). Each phrase holds its own negation, so it is
    // read whole before "not"/"no"/"pas" could open a list that refuses what follows.
    role: 'unneeded',
    phrases: ['not needed', 'not necessary', 'not necessarily', 'not required', 'not essential', 'not a must', 'not a requirement', 'not mandatory', 'not compulsory', 'not important', 'not that important', 'not so important', 'not a priority', 'unnecessary', 'unneeded',
      'no need', 'no need for', 'no need of', 'no need to', 'no need to be', 'need not', 'need not be', 'do not need', 'does not need', 'do not need to', 'does not need to', 'do not need to be', 'does not need to be', 'do not really need', 'does not really need',
      'do not have to', 'does not have to', 'do not have to be', 'does not have to be', 'does not matter', 'do not matter', 'does not really matter', 'do not care about', 'do not care', 'do not really care about', 'do not mind', 'not bothered about', 'not fussed about', 'not fussed',
      'pas besoin', 'pas besoin de', 'pas besoin d', 'pas besoin du', 'pas besoin des', 'pas besoin qu', 'pas besoin que', 'pas necessaire', 'pas necessaires', 'pas necessairement', 'pas forcement', 'pas indispensable', 'pas indispensables', 'pas obligatoire', 'pas obligatoires', 'pas obligatoirement', 'pas oblige', 'pas obligee',
      'pas essentiel', 'pas essentielle', 'pas important', 'pas importante', 'pas importants', 'pas importantes', 'pas une priorite', 'pas prioritaire', 'pas la peine', 'pas la peine de', 'pas la peine d', 'peu importe', 'sans importance', 'inutile', 'm est egal', 'm est egale', 'nous est egal', 'nous est egale'],
  },
  {
    role: 'soft',
    phrases: ['prefer', 'preferably', 'preferred', 'preference', 'ideally', 'ideal', 'if possible', 'where possible', 'nice to have', 'would be nice', 'would be great', 'bonus', 'optionally', 'optional', 'maybe', 'perhaps', 'rather', 'de preference', 'idealement', 'si possible', 'plutot', 'peut etre', 'if you can', 'si tu peux', 'si vous pouvez', 'even better', 'would love', 'facultatif', 'facultative', 'facultatifs', 'facultatives', 'optionnel', 'optionnelle', 'en option'],
  },
  {
    role: 'intensifier',
    phrases: ['very', 'really', 'super', 'extra', 'ultra', 'highly', 'extremely', 'tres', 'vraiment', 'hyper', 'most importantly', 'above all', 'surtout', 'important', 'priority', 'top priority', 'especially', 'particularly'],
  },
  { role: 'diminisher', phrases: ['a bit', 'slightly', 'somewhat', 'un peu', 'a little', 'kind of', 'kinda', 'sort of', 'assez'] },
  { role: 'connector', phrases: ['or', 'and', 'ou', 'et', 'either', 'also', 'aussi'] },
];

/** Every meaningful phrase the deterministic engine knows (categories, features, makers, roles). */
export const LEXICON: readonly LexiconEntry[] = [...CATEGORY_LEXICON, ...GENERIC_LEXICON, ...MAKER_LEXICON, ...FEATURE_LEXICON, ...ROLE_LEXICON];

/** Filler words (English and French) that carry no meaning for a need; never reported as not understood. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'i im me my mine we us our you your it its it s is are was be been being am a an the this that these those some any one ones ' +
    'want wanted wanna would like looking look searching search find help get buy buying order purchase need needed please pls plz thanks thank thx ' +
    'hi hello hey hiya bonjour salut merci stp svp plait s il vous te actually instead en fait ok okay yes yeah yep sure hmm hm um uh erm oui ' +
    ' of for with to in on at from by as into about up so then than just also too very well really quite pretty ' +
    'can could should will shall may might do does did doing have has had having got get getting gonna ' +
    'but mais though although however cependant what which who whom how where when why there here new good nice great decent best better quality high top some pair pairs kind type sort ' +
    'm d s ll re ve t l j n qu c ca wo y lot lots ' +
    'je j ai veux voudrais voudrait cherche recherche besoin faut aimerais souhaite acheter trouver commander moi mon ma mes nous notre vos votre ' +
    'de d des du la le les un une en au aux avec pour par sur dans ce cet cette ces qui que quoi est sont etre avoir bien bon bonne bons bonnes ' +
    'beau belle joli jolie nouveau nouvelle nouvelles paire paires sorte genre modele modeles type produit'
  ).split(/\s+/),
);

/** Makers named in the lexicon, by their normalised phrase. */
export const KNOWN_MAKERS: readonly string[] = MAKERS.map(([maker]) => maker);
