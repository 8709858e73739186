import { LOCALIZED_TAXONOMY_LOCALES, isTaxonomyLabelWord, loadGoogleTaxonomy, loadLocalizedTaxonomy } from '../../protocol/index.ts';

/**
 * A shop's category words and titles in the languages Google publishes its taxonomy in, read through those official
 * labels (same ids): "Kaffekvarnar" is 734 because the Swedish edition labels 734 so.
 *
 * The rule, and when it refuses: words name a node only when they are a whole label of one language, or one of its
 * alternatives ("Kaffebryggare och espressomaskiner" is "kaffebryggare" or "espressomaskiner"; a label is split into
 * alternatives only when each is one word), word for word up to an
 * inflectional ending (at most three letters after a shared stem of four or more: "kaffekvarn" for "kaffekvarnar",
 * "pantolon" for "pantolonlar"), or — for one word — when its tail is such a label (a Germanic compound's head:
 * "Barnsandaler" ends with "sandaler"). Of the nodes so named, the most general one is taken only when it is the only
 * one at its depth; words naming several unrelated nodes equally are ambiguous and name none, so the row says which of
 * its categories no language placed instead of being served under a guess.
 */

/** Conjunctions joining a label's alternatives, per language. */
const CONJUNCTIONS: Readonly<Record<string, readonly string[]>> = {
  'sv-SE': ['och'], 'da-DK': ['og'], 'no-NO': ['og'], 'nl-NL': ['en'], 'de-DE': ['und'], 'tr-TR': ['ve'], 'cs-CZ': ['a'],
  'pl-PL': ['i'], 'pt-BR': ['e'], 'es-ES': ['y', 'e'], 'it-IT': ['e'], 'fr-FR': ['et'], 'ru-RU': ['и'],
};

/** Letters folded as shops type them: no accents, lower case ("Bönor" → "bonor", "Ürün" → "urun", "Łyżki" → "lyzki"). */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/[łŀ]/g, 'l')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ß/g, 'ss')
    .replace(/đ/g, 'd');
}

/** The words of a text as compared here (letters and digits; a label's suspended "Mat-" keeps nothing of its hyphen). */
export function localizedWords(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

/** Shortest stem shared by two forms of one word ("kaffekvarn"/"kaffekvarnar"), and the longest ending told apart. */
const MIN_STEM = 4;
const MAX_ENDING = 3;
/** Shortest compound head read from a word's tail: shorter tails match by chance. */
const MIN_HEAD = 5;

/** True when two folded words are one word up to an inflectional ending. */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= MIN_STEM && long.length - short.length <= MAX_ENDING && long.startsWith(short);
}

interface Alternative {
  readonly words: readonly string[];
  readonly id: string;
  /** The label's whole words, not one alternative of it: a whole label is preferred ("Espressomaskiner" is 2422, not 736). */
  readonly whole: boolean;
  readonly locale: string;
}

interface LocalizedIndex {
  /** Alternatives by the first letters of their first word (the stem every form of it shares). */
  readonly byStem: Map<string, Alternative[]>;
  /** One-word alternatives, for compound heads. */
  readonly oneWord: Map<string, string[]>;
  /** One-word whole labels, for compound heads in titles. */
  readonly wholeWord: Map<string, Alternative[]>;
}

let index: LocalizedIndex | undefined;

/** What separates a label's alternatives in a language: "&", ",", ";" or its word for "and". */
function conjunctionOf(locale: string): RegExp {
  return new RegExp(`\\s*(?:[&,;]|\\s(?:${(CONJUNCTIONS[locale] ?? ['and']).join('|')})\\s)\\s*`, 'u');
}

const stemKey = (word: string): string => word.slice(0, MIN_STEM);

/** Every label of every shipped language, and each alternative of it, indexed once (all languages in one index). */
function localizedIndex(): LocalizedIndex {
  if (index) return index;
  const byStem = new Map<string, Alternative[]>();
  const oneWord = new Map<string, string[]>();
  const wholeWord = new Map<string, Alternative[]>();
  const add = (words: string[], id: string, whole: boolean, locale: string) => {
    if (words.length === 0) return;
    const key = stemKey(words[0]!);
    const list = byStem.get(key);
    const alternative = { words, id, whole, locale };
    if (list) list.push(alternative);
    else byStem.set(key, [alternative]);
    if (words.length === 1) {
      const ids = oneWord.get(words[0]!);
      if (ids) ids.push(id);
      else oneWord.set(words[0]!, [id]);
      if (whole) {
        const same = wholeWord.get(words[0]!);
        if (same) same.push(alternative);
        else wholeWord.set(words[0]!, [alternative]);
      }
    }
  };
  for (const locale of LOCALIZED_TAXONOMY_LOCALES) {
    const taxonomy = loadLocalizedTaxonomy(locale);
    if (!taxonomy) continue;
    const conjunction = conjunctionOf(locale);
    for (const id of taxonomy.ids) {
      const label = taxonomy.labelOf(id);
      const whole = localizedWords(label);
      add(whole, id, true, locale);
      // "Kaffebryggare och espressomaskiner" names each; "Maskiner och ställningar för styrketräning" does not name
      // "maskiner" alone (the qualifier belongs to both), so a label is split only when every part is one word. A
      // suspended first part ("Mat- och vattenbehållare") is no word of its own.
      const parts = label.split(conjunction).map((p) => p.trim());
      if (parts.length > 1 && parts.every((p) => localizedWords(p).length === 1)) for (const part of parts) if (!part.endsWith('-')) add(localizedWords(part), id, false, locale);
    }
  }
  index = { byStem, oneWord, wholeWord };
  return index;
}

/** The most general of some nodes when exactly one is shallowest (as for English labels); else none. */
function shallowestOf(ids: Iterable<string>): string | undefined {
  const taxonomy = loadGoogleTaxonomy();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return undefined;
  const depth = Math.min(...unique.map((id) => taxonomy.get(id)!.depth));
  const top = unique.filter((id) => taxonomy.get(id)!.depth === depth);
  return top.length === 1 ? top[0] : undefined;
}

/** The alternatives whose words are `words[at…]` word for word (up to inflection unless `exact`). */
function alternativesAt(words: readonly string[], at: number, exact = false): Alternative[] {
  const candidates = localizedIndex().byStem.get(stemKey(words[at]!)) ?? [];
  const same = exact ? (a: string, b: string) => a === b : sameWord;
  return candidates.filter((a) => a.words.length <= words.length - at && a.words.every((w, k) => same(w, words[at + k]!)));
}

/**
 * The node some category words name in a shipped language (see the rule above), or undefined when they name none or
 * several equally. Only whole words are compared: the text must be the label (or alternative), not merely contain it.
 */
export function nodeNamedInAnyLanguage(text: string, currency?: string): string | undefined {
  const words = localizedWords(text.slice(0, 300));
  if (words.length === 0) return undefined;
  // An inflected ending is read off only in the language of the feed's market (its currency); another language's label
  // must be the words themselves, since one language's inflected form is another's word (Spanish "Geles", energy gels,
  // is no Swedish "gelé").
  const inMarket = inMarketOf(currency);
  const named = alternativesAt(words, 0).filter((a) => a.words.length === words.length && (inMarket(a) || a.words.every((w, k) => w === words[k])));
  const whole = named.filter((a) => a.whole);
  if (named.length > 0) return shallowestOf(whole.length > 0 ? whole.map(parentOnCollision) : named.map((a) => a.id));
  if (words.length !== 1) return undefined;
  return nodeOfCompoundHead(words[0]!);
}

/**
 * A node whose localized label is also one part of an ancestor's label ("Kávovary" is 2247, and 736 is "Kávovary a
 * automaty na espreso") is that node only when the English labels agree too ("Espresso Machines" is part of "Coffee
 * Makers & Espresso Machines"); otherwise the two meet only in translation (2247 is "Percolators") and the words are read
 * as the ancestor, which holds both readings.
 */
function parentOnCollision(alternative: Alternative): string {
  const taxonomy = loadGoogleTaxonomy();
  const localized = loadLocalizedTaxonomy(alternative.locale)!;
  const own = alternative.words.join(' ');
  const english = localizedWords(taxonomy.get(alternative.id)!.label).join(' ');
  const lineage = taxonomy.lineageOf(alternative.id).slice(0, -1).reverse();
  for (const ancestor of lineage) {
    const parts = localized.labelOf(ancestor.id).split(conjunctionOf(alternative.locale)).map((p) => localizedWords(p).join(' '));
    if (!parts.includes(own)) continue;
    if (!` ${localizedWords(ancestor.label).join(' ')} `.includes(` ${english} `)) return ancestor.id;
  }
  return alternative.id;
}

/** The node a compound's longest head names ("barnsandaler" → "sandaler"), when one does. */
function nodeOfCompoundHead(word: string): string | undefined {
  const oneWord = localizedIndex().oneWord;
  for (let at = 1; word.length - at >= MIN_HEAD; at++) {
    const ids = oneWord.get(word.slice(at));
    if (ids) return shallowestOf(ids);
  }
  return undefined;
}

/** The currency of the market each shipped language is the language of: a title is read in it only in that market. */
/** Whether an alternative is in the language of the market whose currency is `currency` (none when it is not known). */
function inMarketOf(currency: string | undefined): (alternative: Alternative) => boolean {
  const market = currency?.toUpperCase();
  return (alternative) => market !== undefined && MARKET_CURRENCY[alternative.locale] === market;
}

const MARKET_CURRENCY: Readonly<Record<string, string>> = {
  'sv-SE': 'SEK', 'cs-CZ': 'CZK', 'da-DK': 'DKK', 'no-NO': 'NOK', 'pl-PL': 'PLN', 'tr-TR': 'TRY', 'ja-JP': 'JPY', 'pt-BR': 'BRL', 'ru-RU': 'RUB',
};

/**
 * The node a product title names in the language of the feed's market (its currency: SEK → Swedish, CZK → Czech; no
 * language for other currencies, nor when the currency is not known), since a title is free text in any language and
 * one language's label is another's everyday word (Czech "Tenis" is tennis, Mexican "tenis" are sneakers). The longest
 * whole label the title holds word for word (not one alternative of a label: "Keramik" alone, of "Keramik och
 * skulptering", may be the product's material), exactly ("Matte" is no "mått", "Muslimah" no "müsli", so no ending is
 * read off), or a compound word's head, when that names one node; undefined when none does or the longest ones
 * disagree. A match made only of English taxonomy words ("Sand", "Golf") is left to the English reading, which already
 * had it.
 */
export function nodeOfTitleInAnyLanguage(title: string, currency: string | undefined): string | undefined {
  const market = currency?.toUpperCase();
  const inMarket = inMarketOf(currency);
  if (market === undefined || !LOCALIZED_TAXONOMY_LOCALES.some((locale) => MARKET_CURRENCY[locale] === market)) return undefined;
  const words = localizedWords(title.slice(0, 300));
  let best: { length: number; ids: string[] } = { length: 0, ids: [] };
  const consider = (matched: readonly string[], ids: readonly string[]) => {
    if (matched.every((w) => isTaxonomyLabelWord(w))) return;
    const length = matched.join(' ').length;
    if (length > best.length) best = { length, ids: [...ids] };
    else if (length === best.length) best.ids.push(...ids);
  };
  for (let at = 0; at < words.length; at++) {
    for (const alternative of alternativesAt(words, at, true).filter((a) => a.whole && inMarket(a))) consider(words.slice(at, at + alternative.words.length), [parentOnCollision(alternative)]);
    const word = words[at]!;
    const wholeWord = localizedIndex().wholeWord;
    for (let cut = 1; word.length - cut >= MIN_HEAD; cut++) {
      const heads = (wholeWord.get(word.slice(cut)) ?? []).filter(inMarket);
      if (heads.length > 0) {
        consider([word.slice(cut)], heads.map(parentOnCollision));
        break;
      }
    }
  }
  if (best.ids.length === 0) return undefined;
  const taxonomy = loadGoogleTaxonomy();
  // Nodes on one lineage are one answer (the most general, as for category words); unrelated ones disagree.
  const general = best.ids.filter((id) => !best.ids.some((other) => other !== id && taxonomy.isWithin(id, other)));
  return new Set(general).size === 1 ? general[0] : undefined;
}
