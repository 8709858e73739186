import { CATEGORY_LABELS_FR } from './category-labels-fr.ts';
import { loadGoogleTaxonomy, type TaxonomyNode } from './google-taxonomy.ts';
import { normalizeWord } from './normalize-word.ts';

/** One taxonomy node a request may be about, with how strongly the text names it and the words that did. */
export interface CategoryCandidate {
  readonly id: string;
  readonly path: string;
  readonly score: number;
  readonly matched: string;
  /** Word position of the match in the request (earlier words name the product; later ones its features). */
  readonly at: number;
  /** How many words matched. */
  readonly length: number;
  /** Words of the match read as typos of the taxonomy's words ("vaccum" read as "vacuum"), as the matcher compares them. */
  readonly typos?: readonly { readonly typed: string; readonly readAs: string }[];
}

/** The category a request names: one node, a choice to put to the person, or nothing recognised. */
export type CategoryMatch =
  | { readonly kind: 'match'; readonly best: CategoryCandidate; readonly others: readonly CategoryCandidate[] }
  | { readonly kind: 'ambiguous'; readonly options: readonly CategoryCandidate[] }
  | { readonly kind: 'none' };

interface Phrase {
  readonly words: readonly string[];
  readonly id: string;
  /** Synonyms written for people (French and English) weigh more than words of the official English label. */
  readonly weight: number;
  readonly text: string;
}

/** Lower case, no accents, French elisions ("l'aspirateur") and hyphens split off, words only. */
export function categoryWords(text: string): string[] {
  return words(text).map(singular);
}

function words(text: string): string[] {
  return normalizeWord(text)
    // "w/" is "with", "w/o" "without": a phrase break like the words.
    .replace(/\bw\/o\b/g, ' without ')
    .replace(/\bw\//g, ' with ')
    .replace(/\b(l|d|qu|j|m|t|s|n|c)['’ʼ`]/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** A crude singular: "bikes" → "bike", "boxes" → "box", "batteries" → "battery"; French plurals in -s/-x too. */
function singular(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(ss|us)$/.test(word)) return word;
  if (/(xes|ches|shes|sses)$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('aux')) return `${word.slice(0, -3)}al`;
  // "scarves"/"scarf", "knives"/"knife", "shelves"/"shelf" meet at one form.
  if (word.endsWith('ves')) return word.slice(0, -1);
  if (word.endsWith('fe')) return `${word.slice(0, -2)}ve`;
  if (/[^f]f$/.test(word)) return `${word.slice(0, -1)}ve`;
  if (/[sx]$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * Words that only link a noun to its complement ("casque de vélo", "sac à dos", "a bike"; not "the", which is also "thé"): people drop them ("casque
 * vélo"), so phrases and requests are compared without them.
 */
const LINKING_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'de', 'du', 'des', 'au', 'aux', 'en', 'le', 'la', 'les', 'un', 'une']);

/** The words of a text or phrase as the matcher compares them: singular, linking words left out. */
function matchWords(text: string): string[] {
  return words(text).map(singular).filter((w) => !LINKING_WORDS.has(w));
}

let phrases: Map<string, Phrase[]> | undefined;

/** Every label alternative and synonym, indexed by its first (singular) word; built once. */
function phraseIndex(): Map<string, Phrase[]> {
  if (phrases) return phrases;
  const index = new Map<string, Phrase[]>();
  const put = (ws: string[], id: string, weight: number, text: string) => {
    const list = index.get(ws[0]!);
    const phrase = { words: ws, id, weight, text };
    if (list) list.push(phrase);
    else index.set(ws[0]!, [phrase]);
  };
  const add = (text: string, id: string, weight: number) => {
    const ws = matchWords(text);
    if (ws.length === 0) return;
    put(ws, id, weight, text);
    // A name of two words is also typed as one ("hairdryer", "boardgame"), as compounds close up.
    if (ws.length === 2 && ws.every((w) => w.length >= 3)) put([ws.join('')], id, weight, text);
  };
  for (const node of loadGoogleTaxonomy().nodes) {
    // "Headphones & Headsets" names two things, each alone naming the node; in "Pet Combs & Brushes" the lone
    // "Brushes" shares the head ("Pet Brushes").
    const alternatives = node.label.split(/\s*(?:&|,| and )\s*/);
    const head = alternatives[0]!.split(' ').slice(0, -1).join(' ');
    alternatives.forEach((alternative, i) => add(i > 0 && head && !alternative.includes(' ') ? `${head} ${alternative}` : alternative, node.id, 1));
  }
  for (const [id, fr] of Object.entries(CATEGORY_LABELS_FR)) {
    for (const alternative of fr.label.split(/\s*(?:,| et )\s*/)) add(alternative, id, 1.5);
    // A hyphenated name is also typed closed up ("e-bike", "ebike").
    for (const synonym of fr.synonyms) for (const form of new Set([synonym, synonym.replace(/-/g, '')])) add(form, id, 1.5);
  }
  phrases = index;
  return index;
}

/**
 * Shortest word read as a typo of a product name: the taxonomy has thousands of words, so a five-letter word one edit
 * from one is too often a real word ("tenue" is not "tente").
 */
const MIN_TYPO_LETTERS = 6;
let typoTargets: Map<string, string> | undefined;

/** Every word of the taxonomy's phrases, as a typo may stand for it (each word its own meaning). */
function taxonomyTypoTargets(): Map<string, string> {
  typoTargets ??= new Map([...phraseIndex().values()].flatMap((list) => list.flatMap((p) => p.words.map((w) => [w, w] as const))));
  return typoTargets;
}

/** The words that stand right after `before` or right before `after` in some taxonomy phrase, each to itself. */
function wordsBeside(before: string | undefined, after: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  for (const list of phraseIndex().values()) {
    for (const { words: ws } of list) {
      for (let k = 0; k < ws.length; k++) {
        if ((before !== undefined && ws[k - 1] === before) || (after !== undefined && ws[k + 1] === after)) out.set(ws[k]!, ws[k]!);
      }
    }
  }
  return out;
}

/**
 * The words with the product phrase's typos corrected ("vaccum cleaner", "bouilloir"): only words of the first phrase
 * (where the product is named) of `MIN_TYPO_LETTERS` or more, with no digit, that the taxonomy does not know, each as
 * the caller's `readTypo` reads it.
 */
function correctedWords(ws: readonly string[], segments: readonly number[], readTypo: ReadTypo): { ws: string[]; typos: Map<number, string> } {
  const targets = taxonomyTypoTargets();
  const typos = new Map<number, string>();
  const corrected = ws.map((w, i) => {
    if (segments[i] !== 0 || w.length < MIN_TYPO_LETTERS - 1 || targets.has(w) || /\d/.test(w)) return w;
    // A typo several words are one slip from ("machne": machine, mâche) is read as the one that makes a name with the
    // word beside it ("washing machne": washing machine); a word one letter shorter only so ("robot vacum": robot
    // vacuum), since the name beside it rules out the real words it is also one slip from.
    const readAs = (w.length >= MIN_TYPO_LETTERS ? readTypo(w, targets) : undefined) ?? readTypo(w, wordsBeside(ws[i - 1], ws[i + 1]));
    if (readAs === undefined || readAs === w) return w;
    typos.set(i, w);
    return readAs;
  });
  return { ws: corrected, typos };
}

const FRENCH_WORDS = new Set(['un', 'une', 'des', 'du', 'le', 'la', 'les', 'de', 'pour', 'avec', 'sans', 'en', 'au', 'aux', 'mon', 'ma', 'mes', 'et', 'ou', 'qui', 'cherche', 'veux', 'moins', 'plus']);
const ENGLISH_WORDS = new Set(['a', 'an', 'the', 'for', 'with', 'without', 'my', 'and', 'or', 'of', 'under', 'need', 'want', 'looking', 'some', 'in', 'to', 'who']);

/** True when the words read as French (more French than English function words; ties read as English). */
export function isFrenchLike(text: string): boolean {
  let fr = 0;
  let en = 0;
  for (const w of words(text)) {
    if (FRENCH_WORDS.has(w)) fr++;
    if (ENGLISH_WORDS.has(w)) en++;
  }
  return fr > en;
}

/** Reads an unknown word as a typo of one of the taxonomy's words (`words`, each word to itself), or leaves it (undefined). */
export type ReadTypo = (word: string, words: ReadonlyMap<string, string>) => string | undefined;

/** What a caller adds to the matcher; the shop category mapper needs none of it, the request reader all. */
export interface MatchCategoryOptions {
  /** The most candidates returned (default 5). */
  readonly limit?: number;
  /** Whether the text names its product first (French) or last (English); default: guessed from its function words. */
  readonly headFirst?: boolean;
  /** Reads the product phrase's unknown words as typos, when no product is named otherwise; without it none is. */
  readonly readTypo?: ReadTypo;
}

const PHRASE_BREAKS = new Set(['with', 'without', 'for', 'that', 'which', 'who', 'to', 'from', 'under', 'over', 'by', 'and', 'or', 'but', 'pour', 'avec', 'sans', 'qui', 'et', 'ou', 'mais', 'sous']);

/** For each word, how many phrase breaks ("with", "pour" …) come before it. */
function segmentsOf(ws: readonly string[]): number[] {
  let segment = 0;
  return ws.map((w) => (PHRASE_BREAKS.has(w) ? ++segment : segment));
}

/** Words that open what a product is for ("beans for my espresso machine", "une housse pour mon vélo"). */
const PURPOSE_WORDS: ReadonlySet<string> = new Set(['for', 'pour']);

/** For each word, 1 when it stands in a phrase opened by "for"/"pour" that follows a phrase naming something, else 0. */
function purposesOf(ws: readonly string[]): number[] {
  let inPurpose = 0;
  return ws.map((w, i) => {
    if (PHRASE_BREAKS.has(w)) inPurpose = PURPOSE_WORDS.has(w) && i > 0 ? 1 : 0;
    return inPurpose;
  });
}

const ALTERNATIVE_WORDS: ReadonlySet<string> = new Set(['or', 'ou', 'either', 'soit']);

/** True when two matches are joined by "or"/"ou" and nothing else breaks the phrase between them ("X or Y"). */
function namedAsAlternatives(ws: readonly string[], a: CategoryCandidate, b: CategoryCandidate): boolean {
  const [first, last] = a.at < b.at ? [a, b] : [b, a];
  const between = ws.slice(first.at + first.length, last.at);
  return between.some((w) => ALTERNATIVE_WORDS.has(w)) && between.every((w) => ALTERNATIVE_WORDS.has(w) || !PHRASE_BREAKS.has(w));
}

function related(a: TaxonomyNode, b: TaxonomyNode): boolean {
  const taxonomy = loadGoogleTaxonomy();
  return taxonomy.isWithin(a.id, b.id) || taxonomy.isWithin(b.id, a.id);
}

/** Words between "for" and whom or what it is for ("food for my cat"). */
const OWNERS: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'our', 'their', 'its', 'the']);

/**
 * English "X for (my) Y" names the same thing as "Y X" ("food for my cat" is cat food, "a bed for the dog" a dog bed):
 * each such pair, as the two words to look up and where the product word sits.
 */
function forPairs(ws: readonly string[]): Array<{ words: [string, string]; at: number }> {
  const pairs: Array<{ words: [string, string]; at: number }> = [];
  for (let f = 1; f + 1 < ws.length; f++) {
    if (ws[f] !== 'for') continue;
    const whom = OWNERS.has(ws[f + 1]!) ? ws[f + 2] : ws[f + 1];
    if (whom !== undefined) pairs.push({ words: [whom, ws[f - 1]!], at: f - 1 });
  }
  return pairs;
}

/**
 * True when a phrase may match where it stands: a French name that, without its accents, is an English function word
 * ("Thés": "the") names its product only where typed with its accent ("thé") or in a French request, never the "the"
 * of "for the car".
 */
function mayMatch(phrase: Phrase, accented: ReadonlySet<string>, french: boolean): boolean {
  return french || !phrase.words.every((w) => ENGLISH_WORDS.has(w)) || phrase.words.every((w) => accented.has(w));
}

/** The words typed with an accent ("thé"), as the matcher compares them. */
function accentedWords(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '' && /[^a-z]/.test(w)).flatMap((w) => words(w).map(singular)));
}

/** Every node some phrase of the words names, with its best score and where. */
function scorePhrases(ws: readonly string[], allowed: (phrase: Phrase) => boolean = () => true): Map<string, CategoryCandidate> {
  const index = phraseIndex();
  const best = new Map<string, CategoryCandidate>();
  const taxonomy = loadGoogleTaxonomy();
  const spans: Array<{ words: readonly string[]; at: number; pair?: true }> = [...ws.map((_, i) => ({ words: ws.slice(i), at: i })), ...forPairs(ws).map((p) => ({ ...p, pair: true as const }))];
  for (const span of spans) {
    const i = span.at;
    for (const phrase of index.get(span.words[0]!) ?? []) {
      if (phrase.words.length > span.words.length || phrase.words.some((w, k) => span.words[k] !== w) || !allowed(phrase)) continue;
      // A pair read from "X for Y" counts only as the whole two-word name.
      if (span.pair && phrase.words.length !== 2) continue;
      const node = taxonomy.get(phrase.id)!;
      // Depth only breaks ties (the more specific node), it never outweighs a longer phrase or people's words.
      // A whole top-level branch ("Vehicles & Parts", "Home & Garden") is rarely what a person asks for: it weighs less.
      const branch = node.depth === 1 ? 0.5 : 1;
      const score = phrase.words.length * 10 * phrase.weight * branch + node.depth / 100;
      const current = best.get(phrase.id);
      if (!current || current.score < score) best.set(phrase.id, { id: phrase.id, path: node.path.join(' > '), score, matched: phrase.text, at: i, length: phrase.words.length });
    }
  }
  return best;
}

/**
 * Finds the Google taxonomy node a request in English or French is about, from the official labels and the French
 * labels and synonyms (plurals, accents and elisions tolerated). Longer phrases win ("road bike" over "bike"), then
 * people's words over label words, then the head noun (the last words in English, the first in French), then the more
 * specific node; the same words naming two
 * unrelated nodes equally well are returned
 * as a choice to put to the person.
 */
export function matchTaxonomyCategory(text: string, options: MatchCategoryOptions = {}): CategoryMatch {
  const limit = options.limit ?? 5;
  const exact = matchWords(text);
  const segments = segmentsOf(exact);
  const headFirst = options.headFirst ?? isFrenchLike(text);
  const accented = accentedWords(text);
  const allowed = (phrase: Phrase): boolean => mayMatch(phrase, accented, headFirst);
  let { ws, best } = { ws: exact, best: scorePhrases(exact, allowed) };
  // No product named whole in the first phrase (a label word alone, "photo", is not one): its unknown words may be
  // typos of one ("vaccum cleaner", "apareil photo").
  if (options.readTypo && ![...best.values()].some((c) => segments[c.at] === 0 && c.score >= 10)) {
    const corrected = correctedWords(exact, segments, options.readTypo);
    if (corrected.typos.size > 0) {
      const rescored = scorePhrases(corrected.ws, allowed);
      for (const [id, c] of rescored) {
        const typos = [...corrected.typos].filter(([i]) => i >= c.at && i < c.at + c.length).map(([i, typed]) => ({ typed, readAs: corrected.ws[i]! }));
        if (typos.length > 0) rescored.set(id, { ...c, typos });
      }
      ({ ws, best } = { ws: corrected.ws, best: rescored });
    }
  }
  const taxonomy = loadGoogleTaxonomy();
  // The product is named before "with", "for", "pour" …; inside that first phrase English puts it last ("robot
  // vacuum", "portable speaker"), French first ("aspirateur robot").
  // What follows "for" is what the product serves ("coffee beans for my espresso machine"): a product named before it
  // wins, however long the name after it.
  const purpose = purposesOf(ws);
  const ranked = [...best.values()].sort(
    (a, b) => purpose[a.at]! - purpose[b.at]! || Math.trunc(b.score) - Math.trunc(a.score) || segments[a.at]! - segments[b.at]! || (headFirst ? a.at - b.at : b.at - a.at) || b.score - a.score || a.id.localeCompare(b.id),
  );
  // A node beaten by one of its own descendants or ancestors on the same words is the same answer, not a rival.
  const distinct: CategoryCandidate[] = [];
  for (const c of ranked) {
    if (!distinct.some((d) => related(taxonomy.get(d.id)!, taxonomy.get(c.id)!))) distinct.push(c);
  }
  const [top, second] = distinct;
  if (!top) return { kind: 'none' };
  // Only the same words naming unrelated nodes is a real ambiguity ("bows": ribbons or archery?) — or two products
  // named as alternatives ("a speaker or a tablet", "une tente ou un sac de couchage").
  const tied = distinct.filter((c) => Math.trunc(c.score) === Math.trunc(top.score) && c.at === top.at);
  // An alternative is a whole product name of its own ("sleeping bag" and "tent" alike), whatever its length.
  const bySegment = new Map<number, CategoryCandidate>();
  for (const c of distinct) if (c !== top && c.score >= 10 && segments[c.at] !== segments[top.at] && namedAsAlternatives(ws, c, top) && !bySegment.has(segments[c.at]!)) bySegment.set(segments[c.at]!, c);
  tied.push(...bySegment.values());
  if (second && tied.length > 1) return { kind: 'ambiguous', options: tied.slice(0, limit) };
  return { kind: 'match', best: top, others: distinct.slice(1, limit) };
}

/** The first word of the text's first phrase, as the matcher reads it (where a French request names its product). */
export function firstPhraseWord(text: string): string | undefined {
  return matchWords(text).find((w) => !PHRASE_BREAKS.has(w));
}

let labelWords: Set<string> | undefined;

/** True when a word (any form) appears in an official English label of the taxonomy ("bike", "vacuum"); "lego" does not. */
export function isTaxonomyLabelWord(word: string): boolean {
  labelWords ??= new Set(loadGoogleTaxonomy().nodes.flatMap((n) => words(n.label).map(singular)));
  return words(word).map(singular).every((w) => labelWords!.has(w));
}
