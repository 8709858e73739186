import type { MarketCategory, MarketVocabulary } from './market-vocabulary.ts';
import { categoryWords, loadGoogleTaxonomy, type CategoryCandidate } from '../../protocol/index.ts';
import { askedForPhrases } from './asked-for-product.ts';
import { describedProduct, isStandInWord } from './described-product.ts';
import { withoutNonProductWords } from './not-the-product.ts';
import { productToStartWith, requestParts } from './product-to-start-with.ts';
import { frenchHeadWord, matchRequestCategory } from './match-request-category.ts';
import { wordsForValue } from './value-synonyms.ts';

/** A taxonomy node as the person is told about it. */
export interface NamedNode {
  readonly id: string;
  readonly path: string;
  readonly label: string;
}

/** Which sold category a request is about: one, a choice, a category nobody connected sells, or none recognised. */
export type OpenCategoryResolution =
  | {
      readonly kind: 'sold';
      readonly category: MarketCategory;
      readonly node: NamedNode;
      readonly matched: string;
      readonly broader: boolean;
      readonly typos?: CategoryCandidate['typos'];
      /** The request without the parts naming other products, when it names several and says which comes first. */
      readonly readFrom?: string;
      /** For a product described by what it does, what it acts on ("my hair"): words that do not describe the product. */
      readonly actedOn?: string;
      /** Named only by a kind value its brands declare ("DSLR", "black" tea), not by a name of the product. */
      readonly byKindOnly?: boolean;
    }
  | { readonly kind: 'choose'; readonly options: readonly MarketCategory[]; readonly matched: string }
  | { readonly kind: 'unsold'; readonly node: NamedNode; readonly matched: string }
  | { readonly kind: 'none' };

function named(candidate: CategoryCandidate): NamedNode {
  return { id: candidate.id, path: candidate.path, label: candidate.path.split(' > ').at(-1) ?? candidate.path };
}

/** The sold categories a taxonomy node stands for: itself, else what is sold below it, else the closest sold ancestor. */
function soldFor(market: MarketVocabulary, nodeId: string): { categories: MarketCategory[]; broader: boolean } {
  const taxonomy = loadGoogleTaxonomy();
  const withNode = market.categories.filter((c) => c.googleId !== undefined);
  const exact = withNode.filter((c) => c.googleId === nodeId);
  if (exact.length > 0) return { categories: exact.slice(0, 1), broader: false };
  const below = withNode.filter((c) => taxonomy.isWithin(c.googleId!, nodeId));
  if (below.length > 0) return { categories: below, broader: false };
  const lineage = taxonomy.lineageOf(nodeId);
  for (let k = lineage.length - 2; k >= 1; k--) {
    // A brand selling "Toys" sells Lego too; a whole top-level branch ("Home & Garden") is too broad to assume.
    const ancestor = withNode.filter((c) => c.googleId === lineage[k]!.id);
    if (ancestor.length > 0) return { categories: ancestor.slice(0, 1), broader: true };
  }
  return { categories: [], broader: false };
}

/**
 * Maps a request to the category the connected brands sell: the Google taxonomy node its words name (see
 * `matchTaxonomyCategory`), then the sold category standing for it. The same words naming unrelated nodes, or a broad
 * node under which several categories are sold ("toys": Lego or puzzles?), is a choice to put to the person.
 */
export function resolveOpenCategory(text: string, market: MarketVocabulary): OpenCategoryResolution {
  // The product said to start with ("… start with the tent") is the one, whatever was asked for first.
  const started = startingWith(text, market);
  if (started !== undefined) return started;
  const resolution = resolveOneProduct(text, market);
  return askedFor(text, resolution, market) ?? resolution;
}

/**
 * "looking for a backpack that hangs on the chair, laptop sleeve 13"": the product right after the words asking for it,
 * when those words alone name one sold product, is the product, whatever else the request names (a part, what it holds,
 * the story around it).
 */
function askedFor(text: string, resolution: OpenCategoryResolution, market: MarketVocabulary): OpenCategoryResolution | undefined {
  if (resolution.kind !== 'sold') return undefined;
  for (const phrase of askedForPhrases(text)) {
    const asked = resolveOneProduct(phrase, market);
    if (asked.kind !== 'sold' || asked.byKindOnly === true) continue;
    return asked.category.id === resolution.category.id ? undefined : asked;
  }
  return undefined;
}

/**
 * Several products named, and the one to start with said ("… and two sleeping bags, on commence par la tente", "start
 * with the first one"): that one, read from the words naming it; the parts of the request naming the others are left
 * out of what is read for it (`readFrom`).
 */
function startingWith(text: string, market: MarketVocabulary): OpenCategoryResolution | undefined {
  const start = productToStartWith(text);
  if (start === undefined) return undefined;
  const parts = requestParts(text).map((part) => ({ part, resolution: resolveOneProduct(part.text, market) }));
  let chosen: OpenCategoryResolution | undefined;
  if (start.kind === 'named') chosen = resolveOneProduct(start.phrase, market);
  else {
    const listed: MarketCategory[] = [];
    for (const { part, resolution } of parts) {
      if (part.start >= start.before.length) break;
      if (resolution.kind === 'sold' && !listed.some((c) => c.id === resolution.category.id)) listed.push(resolution.category);
    }
    const category = listed[start.index];
    chosen = category === undefined ? undefined : parts.find((p) => p.resolution.kind === 'sold' && p.resolution.category.id === category.id)?.resolution;
  }
  if (chosen?.kind !== 'sold') return undefined;
  const id = chosen.category.id;
  const others = parts.filter((p) => p.resolution.kind === 'sold' && p.resolution.category.id !== id);
  if (others.length === 0) return undefined;
  let readFrom = text;
  for (const { part } of others) readFrom = `${readFrom.slice(0, part.start)}${' '.repeat(part.text.length)}${readFrom.slice(part.start + part.text.length)}`;
  return { ...chosen, readFrom };
}

function resolveOneProduct(text: string, market: MarketVocabulary): OpenCategoryResolution {
  const described = describedProduct(text, market);
  if (described === undefined || described.category.googleId === undefined) return resolveNamedCategory(text, market);
  // "something to dry my hair that fits in a carry-on": the words the description acts on ("hair") name no product;
  // a product named outside it still does ("a kettle, something to heat water for tea").
  // "a coffee machine that grinds the beans", "une machine à café qui moud les grains": the stand-in heads a product's
  // name with other words; that product is the one named (not "coffee" alone), and the clause says what it does.
  const headed = described.withStandIn === described.rest ? undefined : resolveNamedCategory(described.withStandIn, market);
  if (headed?.kind === 'sold' && categoryWords(headed.matched).some((w) => described.standIns.has(w)) && categoryWords(headed.matched).some((w) => !described.standIns.has(w))) return headed;
  // A kind value said elsewhere ("… anything but red or black") is no product named against the description.
  const named = resolveNamedCategory(described.rest, market);
  if (named.kind === 'sold' && named.byKindOnly !== true) return named;
  const node = loadGoogleTaxonomy().get(described.category.googleId)!;
  return { kind: 'sold', category: described.category, node: { id: node.id, path: node.path.join(' > '), label: node.label }, matched: described.matched, broader: false, ...(described.actedOn === '' ? {} : { actedOn: described.actedOn }) };
}

function resolveNamedCategory(text: string, market: MarketVocabulary): OpenCategoryResolution {
  const resolution = resolveNamedWords(text, market);
  return besideStandIn(text, resolution, market) ?? resolution;
}

/**
 * "robot tondeuse", "aspirateur robot", "robot aspirateur": a word that only stands for a product ("robot", "machine")
 * names one only when nothing else does; a product named beside it is the product, the stand-in its kind.
 */
function besideStandIn(text: string, resolution: OpenCategoryResolution, market: MarketVocabulary): OpenCategoryResolution | undefined {
  if (resolution.kind !== 'sold' && resolution.kind !== 'choose') return undefined;
  const matched = categoryWords(resolution.matched);
  if (matched.length === 0 || !matched.every((w) => isStandInWord(w) || isStandInWord(w.replace(/s$/, '')))) return undefined;
  const pattern = new RegExp(`\\b(?:${matched.map((w) => w.replace(/s$/, '')).join('|')})s?\\b`, 'giu');
  const without = text.replace(pattern, (word) => ' '.repeat(word.length));
  if (without === text) return undefined;
  const other = resolveNamedWords(without, market);
  if (other.kind !== 'sold' || other.byKindOnly === true) return undefined;
  return resolution.kind === 'sold' && other.category.id === resolution.category.id ? undefined : other;
}

function resolveNamedWords(text: string, market: MarketVocabulary): OpenCategoryResolution {
  let resolution = resolveByTaxonomy(text, market);
  // "fleece for my son, green or navy", "two wheels and a motor", "32 gigs of RAM": a word the brands declare for
  // what they sell (a colour, a part, a spec), said after the phrase that names the product, describes the product
  // rather than naming an unsold one; the rest of the request may still name it.
  for (let tries = 0; tries < MAX_DESCRIBING_WORDS && resolution.kind === 'unsold'; tries++) {
    const without = withoutDescribingWord(text, resolution.matched, market);
    if (without === undefined) break;
    text = without;
    resolution = resolveByTaxonomy(text, market);
  }
  if (resolution.kind === 'choose') return ownerOfPartNamed(text, resolution, market) ?? narrowedByKind(text, resolution) ?? narrowedByDeclaredWords(text, resolution) ?? resolution;
  if (resolution.kind === 'sold') return namedFirst(text, resolution, market) ?? resolution;
  // Nothing sold under the words the taxonomy knows: the brands' own vocabulary may still name the product — unless
  // the taxonomy named it more precisely than they do ("cat food" is not the "food" of Dog Food).
  const declared = soldByDeclaredWords(text, market);
  if (declared?.kind === 'sold' && resolution.kind === 'unsold' && namesOtherProduct(resolution.matched, declared)) return resolution;
  // Against a product the taxonomy did name, a kind the brands declare counts only where the product is named: in the
  // request's first phrase ("a Garmin watch with GPS"; not the "black" of "printer ink for HP Envy, black x2").
  if (declared?.kind === 'sold' && declared.byKindOnly && resolution.kind === 'unsold' && !categoryWords(firstPhrase(text)).includes(categoryWords(declared.matched)[0] ?? '')) return resolution;
  return declared ?? resolution;
}

/**
 * "a helmet for my road bike": the taxonomy names only what the product is for (bicycles, after "for"), while the
 * request's first phrase names a sold product by its label's head noun ("Bicycle Helmets"): that one is the product.
 */
function namedFirst(text: string, resolution: Extract<OpenCategoryResolution, { kind: 'sold' }>, market: MarketVocabulary): OpenCategoryResolution | undefined {
  // What a story's verb did to something owned ("The dog ate my shoe. … puppy food") names nothing there.
  const phrase = firstPhrase(withoutNonProductWords(text, true));
  const first = categoryWords(phrase);
  if (categoryWords(resolution.matched).every((w) => first.includes(w))) return undefined;
  const head = soldByDeclaredWords(phrase, market);
  return head?.kind === 'sold' && head.byKindOnly !== true && head.category.id !== resolution.category.id ? head : undefined;
}

/**
 * "laptop: 14 inch screen": a choice named after the request's first phrase by a word that the product named in that
 * phrase declares for one of its own parts or measures ("Screen size" of Laptops) is that product's part, not a
 * product of its own (monitor or television).
 */
function ownerOfPartNamed(text: string, choice: Extract<OpenCategoryResolution, { kind: 'choose' }>, market: MarketVocabulary): OpenCategoryResolution | undefined {
  const phrase = firstPhrase(withoutNonProductWords(text, true));
  const part = categoryWords(choice.matched);
  if (part.length === 0 || part.every((w) => categoryWords(phrase).includes(w))) return undefined;
  const head = soldByDeclaredWords(phrase, market);
  if (head?.kind !== 'sold' || head.byKindOnly === true) return undefined;
  const own = new Set(head.category.attributes.flatMap((a) => [a.name.replace(/_/g, ' '), a.labels.en]).flatMap((t) => categoryWords(t)));
  return part.every((w) => own.has(w)) ? head : undefined;
}

/** How many describing words the request may have that the taxonomy names unsold products with. */
const MAX_DESCRIBING_WORDS = 3;

/** Every word of the attributes the brands declare for what they sell: labels (English and French) and enum values. */
function declaredWords(market: MarketVocabulary): ReadonlySet<string> {
  return new Set(market.categories.flatMap((c) => c.attributes.flatMap((a) => [a.labels.en, a.labels.fr ?? '', ...(a.values ?? [])].flatMap((t) => categoryWords(t)))));
}

/**
 * The text with a one-word taxonomy match blanked out, when that word is one the brands declare for what they sell
 * and is said outside the request's first phrase (where the product is named); undefined otherwise.
 */
function withoutDescribingWord(text: string, matched: string, market: MarketVocabulary): string | undefined {
  const word = categoryWords(matched);
  if (word.length !== 1 || !declaredWords(market).has(word[0]!)) return undefined;
  if (categoryWords(firstPhrase(text)).includes(word[0]!)) return undefined;
  const blanked = text.replace(/[\p{L}\p{N}]+/gu, (w) => (categoryWords(w)[0] === word[0] ? ' '.repeat(w.length) : w));
  return blanked === text ? undefined : blanked;
}

/**
 * True when the taxonomy's name for the product extends the words the brands' vocabulary matched with words they do not
 * use: "cat food" is not the "food" of Dog Food ("cat" is nowhere in it), while "electric grill" is a grill declared
 * electric.
 */
function namesOtherProduct(taxonomyName: string, declared: { readonly category: MarketCategory; readonly matched: string }): boolean {
  const said = new Set(categoryWords(declared.matched));
  const vocabulary = new Set(
    [declared.category.label, ...declared.category.attributes.flatMap((a) => [a.name.replace(/_/g, ' '), a.labels.en, a.labels.fr ?? '', ...(a.values ?? [])])].flatMap((t) => categoryWords(t)),
  );
  const named = categoryWords(taxonomyName);
  // Two different phrases ("laptop … SSD"): the taxonomy's pick is not a more precise name for the same words.
  if (!named.some((w) => said.has(w))) return false;
  return named.some((w) => !said.has(w) && !vocabulary.has(w));
}

const KIND_ATTRIBUTE = /(^|_)(type|kind|style|form)$/;

/**
 * A choice the request settles itself: "jeu de stratégie" among construction sets, board games and puzzles, "sac de
 * rando" among backpacks and suitcases — a kind (or its everyday synonym) that exactly one of the options declares.
 */
function narrowedByKind(text: string, choice: Extract<OpenCategoryResolution, { kind: 'choose' }>): OpenCategoryResolution | undefined {
  const said = ` ${categoryWords(withoutNonProductWords(text)).join(' ')} `;
  const says = (phrase: string): boolean => {
    const ws = categoryWords(phrase);
    return ws.length > 0 && ws.every((w) => w.length >= 3) && said.includes(` ${ws.join(' ')} `);
  };
  const named = choice.options.filter((c) =>
    c.attributes.some((a) => a.type === 'enum' && KIND_ATTRIBUTE.test(a.name) && (a.values ?? []).some((v) => wordsForValue(v).some(says))),
  );
  if (named.length !== 1 || named[0]!.googleId === undefined) return undefined;
  const node = loadGoogleTaxonomy().get(named[0]!.googleId)!;
  return { kind: 'sold', category: named[0]!, node: { id: node.id, path: node.path.join(' > '), label: node.label }, matched: choice.matched, broader: false };
}
/**
 * A choice the request's other words settle: "2nd screen for my MacBook, single USB-C cable, 5K" among monitors and
 * televisions — words of the attributes (labels and values) that exactly one of the options declares ("USB-C with
 * power", "5k" for monitors), said outside the words naming the product. Words two options share settle nothing.
 */
/** Shorter words settle nothing: said words are compared in a crude singular ("fils", a son, is "fil", a wire). */
const MIN_SETTLING = 4;

function narrowedByDeclaredWords(text: string, choice: Extract<OpenCategoryResolution, { kind: 'choose' }>): OpenCategoryResolution | undefined {
  const wordsOf = (c: MarketCategory): Set<string> =>
    new Set(c.attributes.flatMap((a) => [a.labels.en, a.labels.fr ?? '', ...(a.values ?? [])]).flatMap((t) => categoryWords(t)).filter((w) => w.length >= MIN_SETTLING || /\d/.test(w)));
  const declared = choice.options.map(wordsOf);
  const named = new Set(categoryWords(choice.matched));
  const said = new Set(categoryWords(withoutNonProductWords(text)).filter((w) => !named.has(w)));
  const settling = choice.options.filter((_, k) => [...declared[k]!].some((w) => said.has(w) && declared.every((other, j) => j === k || !other.has(w))));
  if (settling.length !== 1 || settling[0]!.googleId === undefined) return undefined;
  const node = loadGoogleTaxonomy().get(settling[0]!.googleId)!;
  return { kind: 'sold', category: settling[0]!, node: { id: node.id, path: node.path.join(' > '), label: node.label }, matched: choice.matched, broader: false };
}

/** Words that end the phrase naming the product ("a Garmin watch with GPS", "printer ink for HP …, black"). */
const PHRASE_END = /[,;:.!?(]|\b(with|without|for|pour|avec|sans|that|which|qui|under|moins)\b/i;

/**
 * The one sold category whose label names the product ("helmet" for "Bicycle Helmets") or whose kind values the
 * brands declare do ("DSLR" is a camera_type, "impact driver" a drill_type); a tie between categories names none.
 */
function firstPhrase(text: string): string {
  return text.split(PHRASE_END)[0] ?? text;
}

function soldByDeclaredWords(text: string, market: MarketVocabulary): OpenCategoryResolution | undefined {
  const said = ` ${categoryWords(withoutNonProductWords(text)).join(' ')} `;
  const has = (phrase: string): boolean => {
    const ws = categoryWords(phrase);
    return ws.length > 0 && ws.every((w) => w.length >= 3) && said.includes(` ${ws.join(' ')} `);
  };
  // In French the product comes first: a label's head said later is an adjective ("un rouge à lèvres mat" is no mat).
  const frenchHead = frenchHeadWord(text);
  const atHead = (word: string): boolean => frenchHead === undefined || categoryWords(word)[0] === frenchHead;
  let best: { category: MarketCategory; score: number; matched: string } | undefined;
  let tie = false;
  for (const category of market.categories) {
    if (category.googleId === undefined) continue;
    const head = category.label.split(/\s*(?:&|,| and )\s*/).map((part) => part.split(' ').at(-1)!);
    const headWord = head.find((h) => has(h) && atHead(h));
    const kinds = category.attributes.filter((a) => a.type === 'enum' && KIND_ATTRIBUTE.test(a.name)).flatMap((a) => a.values ?? []);
    const kindWord = kinds.find((v) => (v.length >= 4 || /^[a-z]{3}$/.test(v)) && has(v));
    // "Running watch: GPS, black": a kind said in the first phrase, where the product is named, outweighs one said later
    // (the "black" of black tea is a colour there).
    const kindFirst = kindWord !== undefined && categoryWords(firstPhrase(text)).includes(categoryWords(kindWord)[0] ?? '');
    const score = (headWord ? 2 : 0) + (kindWord ? (kindFirst ? 1.5 : 1) : 0);
    if (score === 0) continue;
    if (!best || score > best.score) {
      best = { category, score, matched: headWord ?? kindWord! };
      tie = false;
    } else if (score === best.score) tie = true;
  }
  if (!best || tie) return undefined;
  const node = loadGoogleTaxonomy().get(best.category.googleId!)!;
  return { kind: 'sold', category: best.category, node: { id: node.id, path: node.path.join(' > '), label: node.label }, matched: best.matched, broader: false, byKindOnly: best.score < 2 };
}

function resolveByTaxonomy(text: string, market: MarketVocabulary): OpenCategoryResolution {
  const match = matchRequestCategory(text);
  if (match.kind === 'none') return { kind: 'none' };
  const candidates = match.kind === 'match' ? [match.best] : match.options;
  const sold = new Map<string, MarketCategory>();
  let broader = false;
  let first: CategoryCandidate | undefined;
  for (const candidate of candidates) {
    const found = soldFor(market, candidate.id);
    if (found.categories.length > 0 && first === undefined) first = candidate;
    for (const c of found.categories) sold.set(c.id, c);
    broader ||= found.broader;
  }
  const options = [...sold.values()];
  if (options.length === 0) return { kind: 'unsold', node: named(candidates[0]!), matched: candidates[0]!.matched };
  if (options.length === 1) return { kind: 'sold', category: options[0]!, node: named(first!), matched: first!.matched, broader, ...(first!.typos ? { typos: first!.typos } : {}) };
  return { kind: 'choose', options: options.slice(0, 6), matched: candidates[0]!.matched };
}
