import type { Catalogue } from '../language/index.ts';

/** What the butler says back while reading a request — questions and refusals — in one language. */
export interface ConversationMessages {
  /** The built-in categories named in a sentence (with their article where the language needs one). */
  readonly builtinNames: Readonly<Record<'running-shoes' | 'headphones' | 'coffee', string>>;
  /** Recipients as the gift reader records them ("sister") → words of the language. */
  readonly recipients: Readonly<Record<string, string>>;
  readonly whichBuiltin: (candidates: string) => string;
  readonly onlyShopFor: (known: string, unrecognised: string) => string;
  readonly onlyShopForKnown: (known: string) => string;
  /** A request in a language the butler cannot read yet, named, with the languages it does read. */
  readonly cannotRead: (language: string, readable: string) => string;
  readonly whatToLookFor: (known: string) => string;
  readonly whatToLookForBare: string;
  readonly shoeSize: string;
  /** The suffix of a refusal naming the taxonomy node of what was asked for and how a shop joins. */
  readonly unsoldSuffix: (name: string, id: string, path: string) => string;
  readonly unsold: (label: string, id: string, path: string, sold: string) => string;
  readonly soldNothing: string;
  readonly soldMore: (listed: string, more: number) => string;
  readonly choose: (options: string) => string;
  readonly giftKind: (gift: boolean, whom: string, sold: string) => string;
  readonly forYour: (who: string) => string;
  readonly forAge: (years: number) => string;
  readonly whichKind: (category: string, values: string, attribute: string) => string;
  /** Notes on what was assumed: the default currency, one unit, the category read. */
  readonly assumedCurrency: (currency: string) => string;
  readonly assumedQuantity: string;
  readonly assumedCategory: (label: string, id: string) => string;
  readonly assumedBroader: (asked: string, sold: string) => string;
  /** The person's quoted words inside a sentence. */
  readonly quote: (text: string) => string;
}

const HOW_TO_JOIN_EN = 'A shop can join with its existing product feed (`majordome brand serve <id> --feed <file>`, or a "feed" entry in brands.json) or any MCP brand agent.';
const HOW_TO_JOIN_FR = 'Une boutique peut nous rejoindre avec son flux produits (`majordome brand serve <id> --feed <fichier>` ou une entrée "feed" dans brands.json) ou avec un agent de marque MCP.';

/** The questions and refusals of need understanding in English and French. */
export const CONVERSATION_MESSAGES: Catalogue<ConversationMessages> = {
  en: {
    builtinNames: { 'running-shoes': 'running shoes', headphones: 'headphones', coffee: 'coffee' },
    recipients: {},
    whichBuiltin: (candidates) => `Should I look for ${candidates}? I handle one kind of product per request.`,
    onlyShopFor: (known, unrecognised) => `I can only shop for ${known} so far, and I don't recognise ${unrecognised} as one of them.`,
    onlyShopForKnown: (known) => `I can only shop for ${known} so far.`,
    cannotRead: (language, readable) => `I can't read ${language} yet; please write in ${readable}.`,
    whatToLookFor: (known) => `What should I look for? I can shop for ${known}.`,
    whatToLookForBare: 'What should I look for?',
    shoeSize: 'What shoe size do you need (EU size, for example 42 or 42.5)?',
    unsoldSuffix: (name, id, path) => ` It sounds like ${name} (Google product taxonomy ${id}: ${path}), which no brand you have connected sells yet. ${HOW_TO_JOIN_EN}`,
    unsold: (label, id, path, sold) => `No brand you have connected sells ${label} (Google product taxonomy ${id}: ${path}); they sell ${sold}. ${HOW_TO_JOIN_EN}`,
    soldNothing: 'nothing yet (no brand is connected)',
    soldMore: (listed, more) => `${listed} and ${more} more categories`,
    choose: (options) => `Which do you mean: ${options}?`,
    giftKind: (gift, whom, sold) => `What kind of ${gift ? 'present' : 'product'} should I look for${whom}? The brands you have connected sell ${sold}.`,
    forYour: (who) => ` for your ${who}`,
    forAge: (years) => ` for a ${years}-year-old`,
    whichKind: (category, values, attribute) => `${category}: ${values}? (${attribute}; say "any" if it does not matter)`,
    assumedCurrency: (currency) => `currency: ${currency} (your default; none given)`,
    assumedQuantity: 'quantity: 1 (none given)',
    assumedCategory: (label, id) => `category: ${label} (Google product taxonomy ${id})`,
    assumedBroader: (asked, sold) => `category: ${asked}, sold by the connected brands as ${sold}`,
    quote: (text) => `"${text}"`,
  },
  fr: {
    builtinNames: { 'running-shoes': 'des chaussures de running', headphones: 'des casques audio', coffee: 'du café' },
    recipients: {
      sister: 'sœur', brother: 'frère', mother: 'mère', father: 'père', wife: 'épouse', husband: 'mari', partner: 'conjoint·e',
      girlfriend: 'copine', boyfriend: 'copain', son: 'fils', daughter: 'fille', friend: 'ami·e', grandmother: 'grand-mère',
      grandfather: 'grand-père', nephew: 'neveu', niece: 'nièce', uncle: 'oncle', aunt: 'tante', cousin: 'cousin·e', godchild: 'filleul·e',
      colleague: 'collègue', boss: 'patron·ne', teacher: 'professeur·e', neighbour: 'voisin·e', child: 'enfant', boy: 'garçon', girl: 'fille',
    },
    whichBuiltin: (candidates) => `Dois-je chercher ${candidates} ? Je m’occupe d’un seul type de produit par demande.`,
    onlyShopFor: (known, unrecognised) => `Pour l’instant, je ne sais acheter que ${known}, et je ne reconnais pas ${unrecognised} parmi eux.`,
    onlyShopForKnown: (known) => `Pour l’instant, je ne sais acheter que ${known}.`,
    cannotRead: (language, readable) => `Je ne sais pas encore lire ce texte (${language}) ; écrivez-moi en ${readable}.`,
    whatToLookFor: (known) => `Que dois-je chercher ? Je peux acheter ${known}.`,
    whatToLookForBare: 'Que dois-je chercher ?',
    shoeSize: 'Quelle pointure vous faut-il (pointure européenne, par exemple 42 ou 42,5) ?',
    unsoldSuffix: (name, id, path) => ` Cela ressemble à la catégorie ${name.toLowerCase()} (taxonomie produits Google ${id} : ${path}), qu’aucune marque connectée ne vend encore. ${HOW_TO_JOIN_FR}`,
    unsold: (label, id, path, sold) => `Aucune marque connectée ne vend la catégorie ${label} (taxonomie produits Google ${id} : ${path}) ; elles vendent : ${sold}. ${HOW_TO_JOIN_FR}`,
    soldNothing: 'rien pour l’instant (aucune marque n’est connectée)',
    soldMore: (listed, more) => `${listed} et ${more} autres catégories`,
    choose: (options) => `Que voulez-vous dire : ${options} ?`,
    giftKind: (gift, whom, sold) => `Quel genre de ${gift ? 'cadeau' : 'produit'} dois-je chercher${whom} ? Les marques connectées vendent : ${sold}.`,
    forYour: (who) => ` pour votre ${who}`,
    forAge: (years) => (years < 18 ? ` pour un enfant de ${years} ans` : ` pour une personne de ${years} ans`),
    whichKind: (category, values, attribute) => `${category} : ${values} ? (${attribute} ; dites « peu importe » si cela vous est égal)`,
    assumedCurrency: (currency) => `devise : ${currency} (votre devise par défaut ; aucune indiquée)`,
    assumedQuantity: 'quantité : 1 (aucune indiquée)',
    assumedCategory: (label, id) => `catégorie : ${label} (taxonomie produits Google ${id})`,
    assumedBroader: (asked, sold) => `catégorie : ${asked}, vendue par les marques connectées comme ${sold}`,
    quote: (text) => `« ${text} »`,
  },
};
