import { CATEGORY_LABELS_FR, categoryWords } from '../../protocol/index.ts';
import type { MarketCategory, MarketVocabulary } from './market-vocabulary.ts';
import { tokenize, type Token } from './tokenize.ts';

/** Words standing for a product the person does not name: "something to …", "un truc pour …", "a machine that …". */
const OPENERS: ReadonlySet<string> = new Set([
  'something', 'anything', 'thing', 'things', 'one', 'ones', 'device', 'gadget', 'tool', 'machine', 'appliance', 'way',
  'truc', 'trucs', 'chose', 'machin', 'appareil', 'objet', 'outil', 'engin', 'bidule', 'robot',
]);
/** Whether a word only stands for a product ("robot", "machine", "truc"): alone it names none. */
export function isStandInWord(word: string): boolean {
  return OPENERS.has(word);
}

/** Words joining the stand-in to what it does: "something to", "one that", "un truc pour", "un robot qui". */
const LINKERS: ReadonlySet<string> = new Set(['to', 'that', 'which', 'pour', 'qui', 'for']);
/** Words that may stand between the stand-in and its linker ("something softer to", "un truc simple pour"). */
const MAX_BETWEEN = 2;
/** Words between the linker and the verb that are not it: subjects, auxiliaries, adverbs, clitics. */
const BEFORE_VERB: ReadonlySet<string> = new Set([
  'i', 'we', 'you', 'can', 'could', 'will', 'would', 'really', 'actually', 'also', 'just', 'properly', 'quickly', 'easily',
  'me', 'm', 'te', 't', 'se', 's', 'nous', 'vous', 'l', 'le', 'la', 'les', 'y', 'en', 'ne', 'peut', 'puisse', 'sait', 'va',
]);
/** Words that end the clause describing what the product does. */
const CLAUSE_END: ReadonlySet<string> = new Set([
  'that', 'which', 'with', 'without', 'but', 'and', 'or', 'under', 'below', 'max', 'budget', 'qui', 'avec', 'sans', 'mais', 'et', 'ou', 'moins',
  'while', 'because', 'so', 'if', 'pas', 'not', 'no', 'car', 'quand', 'when',
]);
/** Most words of the clause after its verb. */
const MAX_CLAUSE_WORDS = 6;
/** Verbs too general to say what a product is ("something that makes …", "un truc pour faire …"). */
const LIGHT_VERBS: ReadonlySet<string> = new Set([
  'make', 'do', 'get', 'have', 'take', 'use', 'go', 'put', 'keep', 'give', 'help', 'hold', 'let', 'need', 'want', 'like', 'be', 'is', 'are',
  'work', 'look', 'see', 'come', 'run', 'speak', 'talk', 'say', 'tell', 'ask', 'think', 'know', 'buy', 'try', 'start', 'stop', 'wait', 'faire', 'avoir', 'etre', 'prendre', 'mettre', 'aller', 'tenir', 'garder', 'donner', 'aider', 'utiliser',
]);
/** Words of a clause that say nothing of what the product is for. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'my', 'our', 'your', 'his', 'her', 'their', 'the', 'a', 'an', 'of', 'on', 'in', 'at', 'to', 'up', 'out', 'off', 'all', 'around', 'from', 'into',
  'it', 'its', 'them', 'me', 'us', 'you', 'him', 'she', 'they', 'this', 'that', 'these', 'those', 'what', 'for', 'by', 'one', 'ones',
  'thing', 'things', 'stuff', 'elle', 'lui', 'eux', 'meme', 'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'au', 'aux', 'mon', 'ma', 'mes', 'ton',
  'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'dans', 'sur', 'en', 'a', 'pour', 'tout', 'toute', 'tous',
]);

/** Suffixes a verb and the product doing it share a stem under (dry/dryer, read/readers, tondre/tondeuse, sécher/sèche). */
const SUFFIXES = ['ateurs', 'atrices', 'ateur', 'atrice', 'euses', 'euse', 'eurs', 'eur', 'oires', 'oire', 'ings', 'ing', 'ers', 'er', 'ors', 'or', 'es', 'ed', 'ent', 'ant', 's', 're', 'ir', 'e'];
const MIN_STEM = 3;
/** How many words of a description must belong to a category's vocabulary when its verb is in none (`describedProduct`). */
const MIN_WORDS_WITHOUT_VERB = 2;

/** A crude common stem of a verb and the nouns made from it: "drying", "dries", "dryer" → "dry"; "tondre", "tondeuses" → "tond". */
export function functionStem(word: string): string {
  let w = word.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z]/g, '');
  for (const y of ['ies', 'ied', 'ier', 'iers']) {
    if (w.endsWith(y) && w.length - y.length >= MIN_STEM - 1) {
      w = `${w.slice(0, -y.length)}y`;
      return w;
    }
  }
  for (const suffix of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= MIN_STEM) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.endsWith('i')) w = `${w.slice(0, -1)}y`;
  return /([b-df-hj-np-tv-z])\1$/.test(w) ? w.slice(0, -1) : w;
}

const headCache = new WeakMap<MarketCategory, ReadonlySet<string>>();
const vocabularyCache = new WeakMap<MarketCategory, ReadonlySet<string>>();

/** The nouns a category is called by: the head of each part of its English label, of its French label, and one-word synonyms. */
function headStems(category: MarketCategory): ReadonlySet<string> {
  let stems = headCache.get(category);
  if (stems === undefined) headCache.set(category, (stems = computeHeadStems(category)));
  return stems;
}

function computeHeadStems(category: MarketCategory): ReadonlySet<string> {
  const heads: string[] = [];
  for (const part of category.label.split(/\s*(?:&|,| and )\s*/)) heads.push(categoryWords(part).at(-1) ?? '');
  const fr = category.googleId === undefined ? undefined : CATEGORY_LABELS_FR[category.googleId];
  if (fr) {
    for (const part of fr.label.split(/\s*(?:,| et )\s*/)) heads.push(categoryWords(part)[0] ?? '');
    for (const synonym of fr.synonyms) {
      const words = categoryWords(synonym);
      // One word, or a compound whose verb comes first ("sèche-cheveux").
      if (words.length === 1 || synonym.includes('-')) heads.push(words[0] ?? '');
    }
  }
  return new Set(heads.filter((h) => h.length >= MIN_STEM));
}

/**
 * True when a category's head noun is what does the verb: an agent noun ("dryer", "reader", "tondeuse", "aspirateur",
 * "bouilloire"), the verb itself ("drill", "vacuum"), or a French verb–noun compound's verb ("sèche" of sèche-cheveux).
 * "montres" is not one who "monte", though both stem to "mont".
 */
function doesVerb(head: string, verb: string): boolean {
  const stem = functionStem(verb);
  if (functionStem(head) !== stem) return false;
  if (/(er|or|eur|euse|oire|ateur|atrice)$/.test(head)) return true;
  if (functionStem(head) === head.replace(/([b-df-hj-np-tv-z])\1$/, '$1')) return true;
  return verb.endsWith('er') && head === `${verb.slice(0, -2)}e`;
}

/** Every word the brands use about a category: its labels, synonyms, attribute names, labels, meanings and values. */
function vocabularyStems(category: MarketCategory): ReadonlySet<string> {
  let stems = vocabularyCache.get(category);
  if (stems === undefined) vocabularyCache.set(category, (stems = computeVocabularyStems(category)));
  return stems;
}

function computeVocabularyStems(category: MarketCategory): ReadonlySet<string> {
  const fr = category.googleId === undefined ? undefined : CATEGORY_LABELS_FR[category.googleId];
  const texts = [
    category.label,
    fr?.label ?? '',
    ...(fr?.synonyms ?? []),
    ...category.attributes.flatMap((a) => [a.name.replace(/_/g, ' '), a.labels.en, a.labels.fr ?? '', a.description, ...(a.values ?? [])]),
  ];
  return new Set(texts.flatMap((t) => categoryWords(t)).filter((w) => w.length >= MIN_STEM && !FUNCTION_WORDS.has(w)).map(functionStem));
}

/** One product described by what it does: the clause's verb, the other words of the description, and where it is said. */
interface Description {
  /** Said as a purpose without a stand-in ("to dry my hair", "pour tondre la pelouse"): only a verb naming a product counts. */
  readonly purpose: boolean;
  readonly verb: string;
  readonly words: readonly string[];
  readonly start: number;
  /** Where the clause after the stand-in begins ("that grinds …"): the stand-in itself is before it. */
  readonly clauseStart: number;
  /** Where the verb ends: what follows it is what the product acts on ("my hair", "water for green tea"). */
  readonly verbEnd: number;
  readonly end: number;
}

function isWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === 'word';
}

/** The descriptions of unnamed products in a request: "something to dry my hair", "un robot qui tond tout seul". */
function descriptions(tokens: readonly Token[]): Description[] {
  const found: Description[] = [];
  for (let o = 0; o < tokens.length; o++) {
    if (!isWord(tokens[o]) || !OPENERS.has(tokens[o]!.norm)) continue;
    let l = o + 1;
    while (l <= o + 1 + MAX_BETWEEN && isWord(tokens[l]) && !LINKERS.has(tokens[l]!.norm)) l++;
    if (!isWord(tokens[l]) || !LINKERS.has(tokens[l]!.norm)) continue;
    let v = l + 1;
    while (isWord(tokens[v]) && BEFORE_VERB.has(tokens[v]!.norm)) v++;
    const verb = tokens[v];
    if (!isWord(verb)) continue;
    // "something for drying": after "for" only a verb in -ing says what it does ("something for the kids" does not).
    if (tokens[l]!.norm === 'for' && !verb.norm.endsWith('ing')) continue;
    let end = v + 1;
    while (end < tokens.length && end <= v + MAX_CLAUSE_WORDS && isWord(tokens[end]) && !CLAUSE_END.has(tokens[end]!.norm)) end++;
    const between = tokens.slice(o + 1, l).map((t) => t.norm);
    const after = tokens.slice(v + 1, end).map((t) => t.norm);
    const words = [...between, ...after].filter((w) => w.length >= MIN_STEM && !FUNCTION_WORDS.has(w));
    found.push({ purpose: false, verb: verb.norm, words, start: tokens[o]!.start, clauseStart: tokens[l]!.start, verbEnd: verb.end, end: tokens[end - 1]!.end });
    o = end - 1;
  }
  return [...found, ...purposes(tokens)];
}

/** Words after "to" that show it is no verb ("to the beach", "to my sister", "up to 400"). */
const NOT_A_VERB: ReadonlySet<string> = new Set([...FUNCTION_WORDS, 'be', 'nothing', 'something', 'anything', 'every', 'each', 'some', 'any', 'no', 'one', 'two']);
/** Verbs saying what someone likes ("who loves to read"): a taste, not what a product is for. */
const INTEREST_VERBS: ReadonlySet<string> = new Set(['like', 'likes', 'love', 'loves', 'enjoy', 'enjoys', 'adore', 'adores', 'aime', 'aiment', 'adorent']);
/** A French infinitive ("tondre", "visser", "sécher", "aspirer"). */
const FRENCH_INFINITIVE = /(er|ir|re|oir)$/;

/**
 * Purposes said with no stand-in: "to dry my hair quickly", "pour monter des meubles et visser dans le bois". The verb
 * is the word right after "to" (no article or number) or a French infinitive right after "pour"; a verb joined to it
 * by "and"/"et" is one too.
 */
function purposes(tokens: readonly Token[]): Description[] {
  const found: Description[] = [];
  for (let l = 0; l < tokens.length; l++) {
    const linker = tokens[l];
    if (!isWord(linker) || (linker.norm !== 'to' && linker.norm !== 'pour')) continue;
    if (l > 0 && isWord(tokens[l - 1]) && (OPENERS.has(tokens[l - 1]!.norm) || INTEREST_VERBS.has(tokens[l - 1]!.norm))) continue;
    let v = l + 1;
    while (isWord(tokens[v])) {
      const verb = tokens[v]!;
      const french = linker.norm === 'pour';
      if (NOT_A_VERB.has(verb.norm) || (french && !FRENCH_INFINITIVE.test(verb.norm))) break;
      let end = v + 1;
      while (end < tokens.length && end <= v + MAX_CLAUSE_WORDS && isWord(tokens[end]) && !CLAUSE_END.has(tokens[end]!.norm)) end++;
      const words = tokens.slice(v + 1, end).map((t) => t.norm).filter((w) => w.length >= MIN_STEM && !FUNCTION_WORDS.has(w));
      found.push({ purpose: true, verb: verb.norm, words, start: linker.start, clauseStart: linker.start, verbEnd: verb.end, end: tokens[end - 1]!.end });
      // "pour monter des meubles et visser dans le bois": the verb after "et" is another purpose.
      if (!isWord(tokens[end]) || (tokens[end]!.norm !== 'and' && tokens[end]!.norm !== 'et')) break;
      v = end + 1;
    }
  }
  return found;
}

/** The sold category a request describes without naming it, and the text with that description blanked out. */
export interface DescribedProduct {
  readonly category: MarketCategory;
  /** The words of the description up to its verb ("something to dry"). */
  readonly matched: string;
  /** What the product acts on, as typed ("my hair", "water for green tea"): none of its words describes the product. */
  readonly actedOn: string;
  /** The request with the description blanked out (same length), to read what else it names. */
  readonly rest: string;
  /**
   * The request with only the clause blanked out, the stand-in kept: a stand-in that heads a product's name ("a coffee
   * machine that grinds the beans") names that product, and the clause says what it does.
   */
  readonly withStandIn: string;
  /** The stand-in words ("machine", "robot"): alone they name no product. */
  readonly standIns: ReadonlySet<string>;
}

/**
 * The product a request describes by what it does rather than names: "something to dry my hair" (Hair Dryers: the
 * verb's agent noun heads the category's name), "un robot qui tond tout seul" (Tondeuses), "a thing to grind beans"
 * (a coffee machine's "Built-in grinder", said with "bean"). The verb must head one sold category's name, or appear in
 * the brands' words for it (attribute labels, meanings, values) alongside another word of the description; a verb too
 * general to say what a product is ("make", "keep") names nothing; a tie names nothing.
 */
export function describedProduct(text: string, market: MarketVocabulary): DescribedProduct | undefined {
  const tokens = tokenize(text);
  for (const description of descriptions(tokens)) {
    const verb = functionStem(description.verb);
    if (LIGHT_VERBS.has(description.verb) || LIGHT_VERBS.has(verb) || verb.length < MIN_STEM) continue;
    const words = [...new Set(description.words.map(functionStem))].filter((w) => w !== verb);
    // A verb no brand uses about anything it sells ("boil"): what it acts on may still say which product does it.
    const verbUnknown = market.categories.every((c) => !vocabularyStems(c).has(verb) && ![...headStems(c)].some((head) => doesVerb(head, description.verb)));
    let best: { category: MarketCategory; score: number } | undefined;
    let tie = false;
    for (const category of market.categories) {
      const vocabulary = vocabularyStems(category);
      const heads = [...headStems(category)].map(functionStem);
      const named = [...headStems(category)].some((head) => doesVerb(head, description.verb));
      const said = words.filter((w) => vocabulary.has(w) || heads.includes(w)).length;
      let score: number;
      if (named || (!description.purpose && vocabulary.has(verb))) {
        if (!named && said === 0) continue;
        score = (named ? 2 : 1) + said;
      } else {
        // "something to boil water for green tea": at least two words of the description among the brands' words for
        // one category (Kettles: "Water capacity", "chosen temperature (tea, …)"), a category that is not itself what
        // is acted on ("tea" names Tea & Infusions: the thing boiled for, not the product). Weaker than a known verb.
        if (description.purpose || !verbUnknown || said < MIN_WORDS_WITHOUT_VERB || words.some((w) => heads.includes(w))) continue;
        score = said - MIN_WORDS_WITHOUT_VERB + 1;
      }
      if (!best || score > best.score) {
        best = { category, score };
        tie = false;
      } else if (score === best.score) tie = true;
    }
    if (!best || tie) continue;
    const blanked = (from: number): string => `${text.slice(0, from)}${' '.repeat(description.end - from)}${text.slice(description.end)}`;
    return { category: best.category, matched: text.slice(description.start, description.verbEnd), actedOn: text.slice(description.verbEnd, description.end).trim(), rest: blanked(description.start), withStandIn: blanked(description.clauseStart), standIns: OPENERS };
  }
  return undefined;
}
