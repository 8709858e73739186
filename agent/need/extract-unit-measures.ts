import { percentAboveAt } from './percent-above.ts';
import type { AttributeDefinition } from '../../protocol/index.ts';
import { peopleCountAt } from './people-count.ts';
import { applyEffect } from './apply-effect.ts';
import { convertMeasure, decimalShift, imperialUnitOfWord, isDeclaredUnitWord, twoWordUnitWord, unitOfAttribute, unitOfWord, type MeasureUnit } from './measure-units.ts';
import { measuresAreImperial } from './imperial-measures.ts';
import { dimensionAdjectivesOf } from './dimension-adjectives.ts';
import { feetAndInchesAt } from './feet-and-inches.ts';
import { NOTE_MESSAGES } from './note-messages.ts';
import { consume, markUnneeded, note, setConstraint, spanText, type ParseState } from './parse-state.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { adjectivesOfNoun, type OpenLexicon } from './open-lexicon.ts';
import type { Token } from './tokenize.ts';
import { normaliseValue } from './value-synonyms.ts';
import { currencyAt } from './extract-money.ts';
import { currencyOfWord } from './currency-names.ts';
import { unitFitsScaleOf } from './unit-scale.ts';
import { ARTICLES as ARTICLE_COUNTS, articleOneAt, cardinalWordValue } from './number-words.ts';
import { wordsAt } from './words-at.ts';
import { NEGATION_WORDS } from './negation-words.ts';
import { figuresOfferedWith } from './figures-offered-together.ts';
import { equativeBefore } from './equative-comparison.ts';
import { isPriceRateAt } from './budget-rate.ts';

type Bound = 'ceiling' | 'floor';

/** Words saying a person's height or weight follows: "I'm", "she's", "I weigh", "je mesure", "je pèse". */
const BODY_LEADS: readonly (readonly string[])[] = [
  ['i', 'm'], ['i', 'am'], ['im'], ['she', 's'], ['he', 's'], ['she', 'is'], ['he', 'is'], ['i', 'weigh'], ['she', 'weighs'], ['he', 'weighs'],
  ['je', 'mesure'], ['il', 'mesure'], ['elle', 'mesure'], ['je', 'fais'], ['il', 'fait'], ['elle', 'fait'], ['je', 'pese'], ['il', 'pese'], ['elle', 'pese'],
];
const APPROXIMATELY: ReadonlySet<string> = new Set(['about', 'around', 'roughly', 'approximately', 'environ']);

function bodyLeadEndsAt(tokens: readonly Token[], end: number): boolean {
  return BODY_LEADS.some((lead) => wordsAt(tokens, end - lead.length, lead));
}

/**
 * True when the figure at `i` is someone's height or weight: right after "I'm", "she's", "je mesure" (an "about" may
 * come between), or joined by "and" to such a figure ("I'm 1m82 and about 78 kilos").
 */
function bodyMeasureAt(tokens: readonly Token[], i: number): boolean {
  let k = i;
  if (APPROXIMATELY.has(tokens[k - 1]?.norm ?? '')) k--;
  if (bodyLeadEndsAt(tokens, k)) return true;
  if (!['and', 'et', ','].includes(tokens[k - 1]?.norm ?? '')) return false;
  // The figure before "and": a number, its unit, and "1m82"'s centimetres.
  for (let start = k - 2; start >= Math.max(0, k - 4); start--) if (tokens[start]!.kind === 'number' && bodyLeadEndsAt(tokens, APPROXIMATELY.has(tokens[start - 1]?.norm ?? '') ? start - 1 : start)) return true;
  return false;
}

/** The bound a figure sets: the one said, else "for 2" people, "for a 40 m² room": at least that much. */
/** Words that may stand between a figure and the same figure said in another unit: "100 g (3.5 oz)", "2 lb, so 0.9 kg". */
const RESTATING: ReadonlySet<string> = new Set(['(', ',', 'so', 'donc', 'ie', 'soit', '=', '/']);

/** The last figure read into an attribute: where it ended, its bound, and whether it was typed in the attribute's unit. */
interface LastFigure {
  readonly attribute: string;
  readonly end: number;
  readonly bound: Bound | undefined;
  readonly ownUnit: boolean;
}

/** True when the figure starting at `start` says the last one again in another unit (only restating words between). */
function restatesLast(tokens: readonly Token[], last: LastFigure | undefined, attribute: string, start: number): last is LastFigure {
  if (last === undefined || last.attribute !== attribute || start < last.end || start - last.end > 2) return false;
  const gap = tokens.slice(last.end, start);
  // "a 100 g tin (3.5 oz)": the noun the first figure measures may come before the bracket.
  const named = gap.length === 2 && gap[0]!.kind === 'word' && gap[1]!.norm === '(';
  return named || gap.every((t) => RESTATING.has(t.norm));
}

function effectiveBoundOf(bound: Bound | undefined, saidBy: Bound | undefined): Bound | undefined {
  return bound ?? saidBy;
}

/** Tokens [start, end) claimed for a later reader. */
export interface HeldSpan {
  readonly start: number;
  readonly end: number;
}

/** Hands held tokens back, unexplained, to the reader that explains them. */
export function releaseHeld(state: ParseState, held: readonly HeldSpan[]): void {
  for (const { start, end } of held) for (let k = start; k < end; k++) state.used[k] = false;
}

/** French elides "de" before a vowel or a digit read aloud as one ("moins d'1,3 kg", "plus d'un mètre"): both forms. */
function withElisions(phrases: readonly string[]): string[] {
  return phrases.flatMap((p) => (p.endsWith(' de') ? [p, `${p.slice(0, -3)} d`] : [p]));
}

const BEFORE = new PhraseMatcher<{ phrases: readonly string[]; bound: Bound }>([
  {
    bound: 'ceiling',
    phrases: withElisions(['under', 'below', 'less than', 'lower than', 'max', 'maximum', 'at most', 'up to', 'no more than', 'not more than', 'not over', 'moins de', 'a moins de', 'pas plus de', 'jusqu a', 'au plus', 'maxi', 'max de', 'inferieur a', 'sous', 'en dessous de', 'au maximum', '<', '≤', 'within', 'nothing over', 'nothing above', 'nothing more than', 'smaller than', 'lighter than', 'quieter than', 'shorter than', 'narrower than', 'thinner than', 'colder than', 'down to']),
  },
  {
    bound: 'floor',
    phrases: withElisions(['at least', 'over', 'above', 'more than', 'minimum', 'min', 'plus de', 'au moins', 'superieur a', 'minimum de', 'au minimum', '>', '≥', 'bigger than', 'larger than', 'longer than', 'greater than', 'from', 'heavier than', 'wider than', 'taller than', 'thicker than', 'warmer than', 'louder than', 'higher than']),
  },
]);
const AFTER = new PhraseMatcher<{ phrases: readonly string[]; bound: Bound }>([
  // "or colder", "or bigger": a comparative after the figure says which side of it will do.
  { bound: 'ceiling', phrases: ['max', 'maximum', 'or less', 'at most', 'tops', 'ou moins', 'au maximum', 'maxi', 'au plus', 'or lower', 'or colder', 'or lighter', 'or smaller', 'or shorter', 'or quieter', 'or fewer', 'or under', 'or below'] },
  { bound: 'floor', phrases: ['min', 'minimum', 'mini', 'or more', 'at least', 'ou plus', 'au moins', 'au minimum', 'plus', '+', 'or higher', 'or warmer', 'or bigger', 'or larger', 'or longer', 'or heavier', 'or above', 'or over'] },
]);

const ARTICLES = new Set(['a', 'an', 'un', 'une']);
/** Words joining a measure to what it measures: "30 % de protéines", "16 gigs of ram". */
const LINKS = new Set(['de', 'd', 'of']);

function boundBefore(state: ParseState, i: number): { bound: Bound; start: number } | undefined {
  // "at least a 100-night trial": an article may stand between the bound and the number.
  const at = i > 0 && ARTICLES.has(state.tokens[i - 1]!.norm) && !state.used[i - 1] ? [i, i - 1] : [i];
  // "at least as big as 55 inch": an equative between the bound and the number keeps the bound; "at least as light as
  // 2 kg" turns it.
  const equative = equativeBefore(state.tokens, state.used, at[at.length - 1]!);
  const ends = equative === undefined ? at : [...at, equative.start];
  const turn = (bound: Bound): Bound => (bound === 'floor' ? 'ceiling' : 'floor');
  for (const end of ends) {
    for (let start = Math.max(0, end - 3); start < end; start++) {
      const match = BEFORE.matchAt(state.tokens, state.used, start);
      if (match && match.end === end) {
        const bound = end === equative?.start && equative.less ? turn(match.entry.bound) : match.entry.bound;
        // "nothing heavier than 2.5 kg", "not less than 8 kg", "rien de plus lourd que": a negation word before the bound turns it around.
        const negation = start > 0 && !state.used[start - 1] && NEGATION_WORDS.has(state.tokens[start - 1]!.norm);
        if (negation) return { bound: turn(bound), start: start - 1 };
        return { bound, start };
      }
    }
  }
  return undefined;
}

/**
 * A number word read as that number: followed by a unit or a declared unit word ("three heat settings", "deux places"),
 * or counting people where a declared attribute counts them ("a tent for two", "pour nous deux", "the two of us"; not
 * "for one of my kids", nor the article of "pour un enfant").
 */
function numberWordAt(tokens: readonly Token[], used: readonly boolean[], i: number, numbers: readonly AttributeDefinition[], countsPeople: boolean): Token | undefined {
  const token = tokens[i]!;
  const one = articleOneAt(tokens, used, i, (w) => unitOfWord(w) !== undefined);
  if (one !== undefined) return { ...token, kind: 'number', value: one };
  const value = token.kind === 'word' ? cardinalWordValue(token.norm) : undefined;
  if (value === undefined) return undefined;
  const next = tokens[i + 1];
  const people = countsPeople ? peopleCountAt(tokens, used, i) : undefined;
  if (people !== undefined && (people.group || (next?.norm !== 'of' && !Object.hasOwn(ARTICLE_COUNTS, token.norm)))) return { ...token, kind: 'number', value };
  // "à deux l'été": a letter glued to the next word by an apostrophe is an elided article, not a unit.
  if (next === undefined || next.kind !== 'word' || (next.norm.length === 1 && tokens[i + 2]?.attached === true && tokens[i + 2]!.kind === 'word')) return undefined;
  const unitFollows = unitOfWord(next.norm) !== undefined || numbers.some((a) => isDeclaredUnitWord(next.norm, a.unit) || (tokens[i + 2] !== undefined && isDeclaredUnitWord(tokens[i + 2]!.norm, a.unit) && wordsNaming(a).includes(next.norm)));
  return unitFollows ? { ...token, kind: 'number', value } : undefined;
}

/**
 * A word followed by its own value names that value, not the measure before it ("29 pouces taille L", "size 56"); a
 * number glued to its unit is a measure of its own ("16GB RAM 512GB").
 */
function ownValueFollows(state: ParseState, k: number): boolean {
  const next = state.tokens[k + 1];
  if (next === undefined) return false;
  if (next.kind === 'number') return state.tokens[k + 2]?.attached !== true;
  return next.kind === 'word' && /^\p{Lu}{1,3}$/u.test(next.raw);
}

/** The initials of a label of three words or more ("Clean air delivery rate" → "cadr"): how such measures are named. */
function initialsOf(label: string): string[] {
  const words = normaliseValue(label).split(' ').filter((w) => w.length > 0);
  return words.length >= 3 ? [words.map((w) => w[0]).join('')] : [];
}

function wordsNaming(a: AttributeDefinition): string[] {
  const words = `${a.name.replace(/_/g, ' ')} ${normaliseValue(a.labels.en)} ${normaliseValue(a.labels.fr ?? '')}`.split(' ').filter((w) => w.length > 2);
  // "6 mm thick" for a "Thickness": the adjective of a quality noun names it too.
  // "74 inches long" for a "Length", "50 cm de large" for a "Largeur".
  const adjectives = [a.labels.en, a.labels.fr ?? ''].flatMap((l) => [...adjectivesOfNoun(normaliseValue(l)), ...dimensionAdjectivesOf(l)]);
  return [...words, ...initialsOf(a.labels.en), ...initialsOf(a.labels.fr ?? ''), ...adjectives];
}

/**
 * The number attribute a measure fills when several share its dimension: the one whose name or label is said closest
 * ("16GB RAM"), else one not yet filled by another measure of the request ("16GB RAM 512GB SSD": the storage), else
 * the one declared in the unit typed ("16 inch" on a bike: the wheels, declared in inches, not the frame in cm).
 */
function targetOf(state: ParseState, candidates: readonly AttributeDefinition[], around: { start: number; end: number }, typed: MeasureUnit | undefined, filled: ReadonlySet<string>): AttributeDefinition | undefined {
  if (candidates.length <= 1) return candidates[0];
  // Only a word naming one of them alone identifies it ("ram"; not "gb").
  const distinctive = (a: AttributeDefinition): string[] => wordsNaming(a).filter((w) => !candidates.some((b) => b.name !== a.name && wordsNaming(b).includes(w)));
  for (let d = 1; d <= 4; d++) {
    const after = around.end - 1 + d;
    const near = [ownValueFollows(state, after) ? undefined : state.tokens[after], state.tokens[around.start - d]].filter((t) => t !== undefined).map((t) => t!.norm);
    const named = candidates.filter((a) => !filled.has(a.name) && distinctive(a).some((w) => near.includes(w)));
    if (named.length > 0) return named[0];
  }
  const open = candidates.filter((a) => !filled.has(a.name));
  const pool = open.length > 0 ? open : candidates;
  const sameUnit = typed === undefined ? [] : pool.filter((a) => {
    const unit = unitOfAttribute(a);
    return unit !== undefined && unit.dimension === typed.dimension && unit.factor === typed.factor;
  });
  return sameUnit[0] ?? pool[0];
}

/**
 * The one number attribute a plain word right before a figure (or before the low end of its range, one word further
 * back at most) or right after it names, among all the declared measures ("frame" for "Frame size", not "size", which
 * wheels share). Undefined when no such word is there or it names several.
 */
function measureNamedBeside(state: ParseState, i: number, from: number, numbers: readonly AttributeDefinition[]): { attr: AttributeDefinition; words: number[] } | undefined {
  const near = [from - 1, from - 2, i + 1].filter((k) => {
    const t = state.tokens[k];
    // A bound word ("300 max") is the figure's bound, though it may be a word of a name ("Max load"); a word of the
    // product's own name counts the products ("2 air purifiers"), never names a measure ("Clean air delivery rate").
    const isBound = BEFORE.matchAt(state.tokens, state.used, k) !== undefined || AFTER.matchAt(state.tokens, state.used, k) !== undefined;
    return t !== undefined && !state.used[k] && t.kind === 'word' && !isBound && !state.categoryWordAt.has(k) && (k !== i + 1 || !ownValueFollows(state, k));
  });
  const namedBy = (k: number): AttributeDefinition[] => {
    if (!near.includes(k)) return [];
    const word = state.tokens[k]!.norm;
    const naming = numbers.filter((a) => wordsNaming(a).includes(word));
    // Several: the one whose own name holds the word ("spin_rpm", not the "Noise (spin)" of noise_db).
    const byName = naming.filter((a) => a.name.split('_').includes(word));
    return naming.length > 1 && byName.length === 1 ? byName : naming;
  };
  // "frame size 54": the word before narrows what the nearest one names.
  const before = namedBy(from - 1);
  const narrowed = before.length > 1 ? before.filter((a) => namedBy(from - 2).includes(a)) : before;
  if (narrowed.length === 1) return { attr: narrowed[0]!, words: namedBy(from - 2).includes(narrowed[0]!) ? [from - 2, from - 1] : [from - 1] };
  if (before.length > 0) return undefined;
  const after = namedBy(i + 1);
  return after.length === 1 ? { attr: after[0]!, words: [i + 1] } : undefined;
}

/** Words that say a figure is a weight: "weighs", "weight", "heavy", "light". */
const WEIGHT_WORDS = /^(weigh|weighs|weighing|weight|weights|heavy|heavier|light|lighter|pese|peser|poids|lourd|leger)$/;

function weightSaidNear(state: ParseState, i: number): boolean {
  for (let k = Math.max(0, i - 3); k <= i + 4 && k < state.tokens.length; k++) if (WEIGHT_WORDS.test(state.tokens[k]!.norm)) return true;
  return false;
}

/**
 * True when the request names a currency other than the one a unit word may also name ("three pounds" beside "$",
 * "dollars", "€"): that word then measures, as the price is said in the other currency.
 */
function pricedInAnotherCurrency(tokens: readonly Token[], unitWord: string): boolean {
  const own = currencyOfWord(unitWord);
  const unused = tokens.map(() => false);
  return tokens.some((_, k) => {
    const code = currencyAt(tokens, unused, k)?.code;
    return code !== undefined && code !== own;
  });
}

/** True when the number at `i` is followed by a unit of length or mass ("165 cm", "60 kg"). */
function measuredAtLength(tokens: readonly Token[], i: number): boolean {
  const unit = unitOfWord(tokens[i + 1]?.norm ?? '');
  return unit !== undefined && (unit.dimension === 'length' || unit.dimension === 'mass');
}

/** Words joining the two ends of a range of one measure ("20-25L", "20 to 25 litres", "de 20 à 25 L"). */
const RANGE_JOINERS: ReadonlySet<string> = new Set(['-', 'to', 'a']);

/** "between 500 and 800 pieces", "entre 20 et 30 litres": "and" joins a range only after these. */
const RANGE_OPENERS: ReadonlySet<string> = new Set(['between', 'entre']);
const AND_WORDS: ReadonlySet<string> = new Set(['and', 'et']);

/** The low end of a range ending with the number at `i` (its unit after it): a smaller unclaimed number, then a joiner. */
function rangeStartBefore(state: ParseState, i: number, high: number): { at: number; figureAt: number; value: number } | undefined {
  const joiner = state.tokens[i - 1];
  const first = state.tokens[i - 2];
  if (joiner === undefined || first === undefined || state.used[i - 1] || state.used[i - 2]) return undefined;
  const opened = AND_WORDS.has(joiner.norm) && RANGE_OPENERS.has(state.tokens[i - 3]?.norm ?? '') && !state.used[i - 3];
  if (!RANGE_JOINERS.has(joiner.norm) && !opened) return undefined;
  if (first.kind !== 'number' || first.value === undefined || !(first.value < high)) return undefined;
  return { at: opened ? i - 3 : i - 2, figureAt: i - 2, value: first.value };
}

/** The one yes/no attribute whose name or label holds a dimension's name ("Temperature control", "Réglage de température"). */
function featureNamingDimension(attributes: readonly AttributeDefinition[], dimension: string): AttributeDefinition | undefined {
  const naming = attributes.filter((a) => a.type === 'boolean' && [a.name.replace(/_/g, ' '), a.labels.en, a.labels.fr ?? ''].some((l) => normaliseValue(l).split(' ').includes(dimension)));
  return naming.length === 1 ? naming[0] : undefined;
}

// "pr": how French texts shorten "pour".
const FOR_WORDS = new Set(['for', 'pour', 'pr']);

/** The noun a French label of several words names first ("Réglages de chaleur" → "Réglages"); undefined for one word. */
function frenchHeadNoun(label: string | undefined): string | undefined {
  const words = (label ?? '').split(/\s+/);
  return words.length > 2 && /^(de|d|du|des|a|au|aux)$/.test(normaliseValue(words[1]!)) ? words[0] : undefined;
}

/** Verbs saying the product must take something in: "fits a 14 inch laptop", "fit up to 15.6 inch". */
const FITTING_WORDS: ReadonlySet<string> = new Set(['fits', 'fit', 'fitting', 'accommodates', 'accommodate']);

/** Nouns of a room the product must go into: a figure measuring one of them is the most it may take up. */
const CONTAINER_NOUNS: ReadonlySet<string> = new Set([
  'sleeve', 'sleeves', 'bag', 'bags', 'case', 'box', 'drawer', 'drawers', 'cabin', 'space', 'gap', 'slot', 'niche',
  'alcove', 'cupboard', 'cabinet', 'shelf', 'boot', 'trunk', 'locker', 'limit', 'limits', 'compartment', 'bin', 'overhead',
]);

/** True when one of the few words after a measure (before any mark or figure) names a container ("a 55 cm cabin limit"). */
function measuresContainer(state: ParseState, end: number): boolean {
  for (let k = end; k < Math.min(state.tokens.length, end + 3); k++) {
    const t = state.tokens[k]!;
    if (t.kind !== 'word') return false;
    if (CONTAINER_NOUNS.has(t.norm)) return true;
  }
  return false;
}

/**
 * The bound a measure takes from what it describes: what the product must cope with is a floor ("for a 40 m² room",
 * "pour une pièce de 20 m2", "fits a 14 inch laptop"); the container it must fit in is a ceiling ("fits in a 14 inch
 * sleeve", "fits a 55 cm cabin limit"). Undefined when neither is said.
 */
function introducedByFor(state: ParseState, i: number, end: number): Bound | undefined {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = state.tokens[k]!;
    if (t.kind === 'number' || t.kind === 'punct') return undefined;
    if (FITTING_WORDS.has(t.norm)) return measuresContainer(state, end) ? 'ceiling' : 'floor';
    if (FOR_WORDS.has(t.norm)) return 'floor';
  }
  return undefined;
}

/** "with 2 batteries", "avec 3 réglages": things the product comes with, counted in their own unit; more will do. */
function countComesWith(state: ParseState, i: number): boolean {
  const k = ARTICLES.has(state.tokens[i - 1]?.norm ?? '') ? i - 2 : i - 1;
  const t = state.tokens[k];
  return t !== undefined && !state.used[k] && (t.norm === 'with' || t.norm === 'avec');
}

const WIDTH = /(^|_)(width|largeur)(_|$)/;
const LENGTH = /(^|_)(length|longueur)(_|$)/;

/**
 * "160x200", "140 x 190 cm", "90 × 200": width by length, into the declared width and length attributes (in the unit
 * typed, else the width's declared unit, said back). Without a declared width nothing is read here.
 */
function extractDimensions(state: ParseState, measured: readonly { attr: AttributeDefinition; unit: MeasureUnit }[]): void {
  const { tokens, used, draft } = state;
  const say = NOTE_MESSAGES[state.language ?? 'en'];
  const width = measured.find((m) => m.unit.dimension === 'length' && WIDTH.test(m.attr.name));
  if (!width) return;
  const length = measured.find((m) => m.unit.dimension === 'length' && LENGTH.test(m.attr.name));
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [a, x, b] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (used[i] || used[i + 1] || used[i + 2] || a.kind !== 'number' || b.kind !== 'number' || (x.norm !== 'x' && x.norm !== '*')) continue;
    const typed = tokens[i + 3] !== undefined && !used[i + 3] ? unitOfWord(tokens[i + 3]!.norm) : undefined;
    const from = typed?.dimension === 'length' ? typed : width.unit;
    const end = typed?.dimension === 'length' ? i + 4 : i + 3;
    const source = spanText(state, i, end);
    consume(state, i, end);
    const modality = state.modality[i] ?? 'none';
    const put = (m: { attr: AttributeDefinition; unit: MeasureUnit }, value: number): void => {
      const converted = convertMeasure(value, from, m.unit) ?? value;
      if (modality === 'hard') setConstraint(draft, { attribute: m.attr.name, op: 'eq', value: converted });
      else applyEffect(draft, { kind: 'preference', attribute: m.attr.name, direction: 'equals', value: converted, weight: 0.8 }, { modality, emphasis: 0, negated: false });
    };
    put(width, a.value!);
    if (length) put(length, b.value!);
    note(draft.assumptions, say.measured([width, length].flatMap((m) => (m ? [say.attribute(m.attr.name)] : [])).join(' × '), source, typed ? undefined : { value: a.value!, unit: width.attr.unit ?? '' }));
    i = end - 1;
  }
}

/**
 * Reads numbers with a unit ("under 3 kg", "at least 2000 W", "moins de 75 dB", "a 27 inch screen", "20 L") into the
 * declared number attribute of the same dimension, converted to its unit: a bound is a constraint (lte / gte), a plain
 * measure a strong wish close to it. Such a number is never a price; one no declared attribute measures is reported.
 * Returns the declared values written with a digit ("4K", "5G") it claimed without reading: `releaseHeld` hands them
 * back once the number readers are done.
 */
export function extractUnitMeasures(state: ParseState, attributes: readonly AttributeDefinition[], categoryLabel: string | undefined, lexicon?: OpenLexicon): HeldSpan[] {
  const { tokens, used, draft } = state;
  const held: HeldSpan[] = [];
  const say = NOTE_MESSAGES[state.language ?? 'en'];
  const numbers = attributes.filter((a) => a.type === 'number');
  const measured = numbers.map((a) => ({ attr: a, unit: unitOfAttribute(a) })).filter((m): m is { attr: AttributeDefinition; unit: MeasureUnit } => m.unit !== undefined);
  const people = measured.filter((m) => m.unit.dimension === 'people');
  const filled = new Set<string>();
  const imperial = measuresAreImperial(tokens);
  let last: LastFigure | undefined;
  // Where a person's height or weight said in feet and inches ends ("she's 5'5""): a figure in brackets right after it
  // ("(165 cm)") is the same height.
  let bodyEnd = -1;
  // Attributes pinned by a plain figure said firmly: a later plain figure of the same measure replaces it.
  const pinned = new Set<string>();
  extractDimensions(state, measured);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!.kind === 'word' && !used[i] ? (numberWordAt(tokens, used, i, numbers, people.length > 0) ?? tokens[i]!) : tokens[i]!;
    if (used[i] || token.kind !== 'number' || token.value === undefined) continue;
    // "no more than 20% over 1500": a share of a price, read with the money.
    if (percentAboveAt(tokens, used, i) !== undefined) continue;
    // "I'm 6'3"", "she's 5'5" (165 cm)": a person's height in feet and inches, and the same height restated, are no measure
    // of the product.
    const height = feetAndInchesAt(tokens, i);
    const bodyRestated = bodyEnd >= 0 && tokens[i - 1]?.norm === '(' && i - 1 === bodyEnd && measuredAtLength(tokens, i);
    if ((height !== undefined && bodyMeasureAt(tokens, i)) || bodyRestated) {
      const end = height?.end ?? i + 2;
      const lead = BODY_LEADS.find((words) => wordsAt(tokens, i - words.length, words));
      consume(state, i - (height !== undefined && lead !== undefined ? lead.length : 0), end);
      bodyEnd = end;
      i = end - 1;
      continue;
    }
    // "5G", "4K video", "HDMI 2.1": a declared value or feature, not a measure (nor a price: "5K" is no 5000). Held
    // from the number readers and handed back, to be read with the other declared values ("not 4K", "QHD or 5K").
    const named = lexicon?.matcher.matchAt(tokens, used, i);
    if (named && named.entry.effect) {
      consume(state, named.start, named.end);
      held.push({ start: named.start, end: named.end });
      i = named.end - 1;
      continue;
    }
    // "€25 a month over 24 months", "25 euros a month": the period and span of a price, read with the price.
    if (isPriceRateAt(tokens, used, i)) continue;
    // "2-4 players": the low end is read with the high end, which carries the unit.
    if (rangeStartBefore(state, i + 2, Number.POSITIVE_INFINITY)?.figureAt === i && (tokens[i + 2]?.value ?? 0) > token.value) continue;
    // "300+ m3/h", "8+ players": a "+" between the number and its unit says "at least".
    const plus = tokens[i + 1]?.norm === '+' && tokens[i + 1]!.attached && !used[i + 1] ? 1 : 0;
    const u = i + 1 + plus;
    const unitToken = tokens[u];
    // "25 km/h", "300 m3/h" and "30 m²"/"m2" are read as one unit.
    const perHour = unitToken?.norm === 'km' && tokens[u + 1]?.norm === '/' && tokens[u + 2]?.norm === 'h';
    const cubicPerHour = unitToken?.norm === 'm' && tokens[u + 1]?.raw === '3' && tokens[u + 1]!.attached && tokens[u + 2]?.norm === '/' && tokens[u + 3]?.norm === 'h';
    const squared = !cubicPerHour && (unitToken?.norm === 'm' || unitToken?.norm === 'cm' || unitToken?.norm === 'ft') && tokens[u + 1]?.raw === '2' && tokens[u + 1]!.attached;
    // "1 To": a French terabyte when capitalised (a lower-case "to" after a number is English, "1 to 2").
    const terabyte = unitToken?.raw === 'To' || unitToken?.raw === 'TO';
    // "23°F", "23 °F": Fahrenheit when the degree sign is typed (a lone "F" may be anything).
    const fahrenheit = unitToken?.norm === 'f' && state.text.slice(token.end, unitToken.start).includes('°');
    // "square metres", "mètres carrés", "degrees Celsius", "milliamp hours": a unit said in two words.
    const twoWords = unitToken && !used[u] && !used[u + 1] ? twoWordUnitWord(unitToken.norm, tokens[u + 1]?.norm ?? '') : undefined;
    const unitWord = unitToken && !used[u] ? (perHour ? 'kmh' : cubicPerHour ? 'm3h' : squared ? `${unitToken.norm}2` : terabyte ? 'tb' : fahrenheit ? '°f' : twoWords ?? unitToken.norm) : undefined;
    const unit = unitWord === undefined ? undefined : imperial ? imperialUnitOfWord(unitWord) : unitOfWord(unitWord);
    // A unit only a schema names ("12 speeds", "4 seasons"): that attribute, as declared.
    // A label's head noun counts it too: "3 réglages" for "Réglages de chaleur" (French names its noun first).
    const ownUnitOne = unit === undefined && unitWord !== undefined ? numbers.filter((a) => isDeclaredUnitWord(unitWord, a.unit) || isDeclaredUnitWord(unitWord, a.labels.fr) || isDeclaredUnitWord(unitWord, a.labels.en) || isDeclaredUnitWord(unitWord, frenchHeadNoun(a.labels.fr))) : [];
    // "three heat settings": a word naming the attribute, then its declared unit.
    const unitAfter = tokens[u + 1];
    const namedThenUnit = unit === undefined && ownUnitOne.length === 0 && unitWord !== undefined && unitAfter !== undefined && !used[u + 1] ? numbers.filter((a) => wordsNaming(a).includes(unitWord) && isDeclaredUnitWord(unitAfter.norm, a.unit)) : [];
    // "200 nuits d'essai", "30 jours de garantie": a word of the person's own for the unit, then what it measures.
    const linkedName = tokens[u + 2];
    const unitThenNamed = unit === undefined && ownUnitOne.length === 0 && namedThenUnit.length === 0 && unitWord !== undefined && LINKS.has(tokens[u + 1]?.norm ?? '') && linkedName?.kind === 'word' && !used[u + 2]
      ? numbers.filter((a) => wordsNaming(a).includes(linkedName.norm))
      : [];
    const ownUnit = ownUnitOne.length > 0 ? ownUnitOne : namedThenUnit.length > 0 ? namedThenUnit : unitThenNamed.length === 1 ? unitThenNamed : [];
    // "a tent for 2", "un jeu pour 4", "une tente pour nous 4", "for the 4 of us": people, when a declared attribute counts them.
    // "a tent for 80 euros" is a price: a currency after the number says so.
    const priced = currencyOfWord(tokens[u]?.norm ?? '') !== undefined || (tokens[u]?.norm === 'e' && tokens[u]!.attached);
    const counted = unit === undefined && ownUnit.length === 0 && people.length > 0 && !priced && Number.isInteger(token.value) && token.value <= 100 ? peopleCountAt(tokens, used, i) : undefined;
    const forPeople = counted !== undefined;
    let candidates: AttributeDefinition[];
    let offScale = false;
    let from: MeasureUnit | undefined = unit;
    let width = plus + (perHour ? 4 : cubicPerHour ? 5 : squared || twoWords !== undefined ? 3 : namedThenUnit.length > 0 ? 3 : ownUnitOne.length === 0 && unitThenNamed.length === 1 ? 4 : 2);
    // "1m95", "1m50": metres and centimetres written as one (a height).
    const centimetres = unitWord === 'm' && tokens[u + 1]?.kind === 'number' && tokens[u + 1]!.attached && tokens[u]!.attached && !used[u + 1] ? tokens[u + 1]!.value : undefined;
    const amount = centimetres !== undefined && Number.isInteger(centimetres) && centimetres < 100 ? token.value + centimetres / 100 : token.value;
    if (amount !== token.value) width += 1;
    if (ownUnit.length > 0) candidates = ownUnit;
    else if (counted) {
      candidates = people.map((m) => m.attr);
      from = people[0]!.unit;
      width = counted.end - i + plus;
    } else if (unit) {
      // "I'm 1m82 and about 78 kilos", "she's 1m15", "je mesure 1,75 m": a person's body is never a measure of the product.
      if ((unit.dimension === 'length' || unit.dimension === 'mass') && bodyMeasureAt(tokens, i)) continue;
      const sameDimension = measured.filter((m) => m.unit.dimension === unit.dimension && !(unit.dimension === 'count' && m.attr.name === 'pack_size'));
      // "15km rides" on a bike: a unit far from the one an attribute is declared in measures something else (the ride),
      // never that attribute (a frame of 1,500,000 cm); it is said back as not understood.
      candidates = sameDimension.filter((m) => unitFitsScaleOf(unit, m.unit)).map((m) => m.attr);
      offScale = candidates.length === 0 && sameDimension.length > 0;
      // "6 pieces" measures only a declared count ("pieces": 1000); otherwise it is a quantity or a pack size, read later.
      if (unit.dimension === 'count' && candidates.length === 0) continue;
      // "under 400 pounds" for a parka: a unit that is also a currency measures only what something declared weighs.
      if (candidates.length === 0 && currencyOfWord(unitWord!) !== undefined) continue;
      // "a hair dryer under 60 pounds": a currency word is money unless what is sold is weighed as its content (a
      // "Net weight": tea, dog food) or a word of weight is said beside it ("weighs under 3 pounds").
      // "under three pounds … max twelve hundred dollars": when the request prices in another currency, the word weighs.
      if (currencyOfWord(unitWord!) !== undefined && !candidates.some((a) => /\bnet\b/i.test(`${a.labels.en} ${a.description ?? ''}`)) && !weightSaidNear(state, i) && !pricedInAnotherCurrency(tokens, unitWord!)) continue;
    } else {
      // "frame 56", "cadre 54 à 56", "a 56 frame": a figure with no unit beside a word naming one measure alone is that
      // measure in its declared unit (never a price then).
      const named = priced ? undefined : measureNamedBeside(state, i, rangeStartBefore(state, i, amount)?.at ?? i, numbers);
      if (named === undefined) continue;
      candidates = [named.attr];
      from = unitOfAttribute(named.attr);
      width = 1;
      for (const k of named.words) consume(state, k, k + 1);
    }
    const before = boundBefore(state, counted?.start ?? i);
    // "20-25L", "20 to 25 litres": the figure before the dash is the low end of the same measure (never a price).
    const low = before === undefined && (counted === undefined || counted.start === i) ? rangeStartBefore(state, i, amount) : undefined;
    // "30 % de protéines minimum": the bound may follow what the measure is of.
    const linked = LINKS.has(tokens[i + width]?.norm ?? '') && tokens[i + width + 1]?.kind === 'word' ? AFTER.matchAt(tokens, used, i + width + 2) : undefined;
    // "12h battery minimum", "100 night trial at least": the bound may follow a word or two naming the measure.
    let naming = i + width;
    while (naming < i + width + 2 && tokens[naming]?.kind === 'word' && !used[naming] && candidates.some((a) => wordsNaming(a).includes(tokens[naming]!.norm))) naming++;
    const namedThenBound = naming > i + width ? AFTER.matchAt(tokens, used, naming) : undefined;
    // "16 GB RAM minimum, 512 GB storage", "512 Go de stockage minimum": the words between the figure and its bound
    // name the measure; the closest name past the bound is the next figure's.
    const between = namedThenBound !== undefined ? tokens.slice(i + width, naming) : linked !== undefined ? [tokens[i + width + 1]!] : [];
    const namedBetween = candidates.filter((a) => between.some((t) => wordsNaming(a).includes(t.norm)));
    if (namedBetween.length > 0) candidates = namedBetween;
    // A bound word followed by a figure is that figure's ("56 max 2.5k": "max 2.5k" is the price's).
    const afterMatch = AFTER.matchAt(tokens, used, i + width) ?? linked ?? namedThenBound;
    const after = afterMatch !== undefined && tokens[afterMatch.end]?.kind === 'number' ? undefined : afterMatch;
    const bound = before?.bound ?? after?.entry.bound ?? (plus === 1 && !forPeople ? 'floor' : undefined) ?? (ownUnitOne.length > 0 && countComesWith(state, i) ? 'floor' : undefined);
    const start = before?.start ?? low?.at ?? counted?.start ?? i;
    const end = after ? after.end : i + width;
    const source = spanText(state, start, end);
    consume(state, start, end);
    if (candidates.length === 0) {
      // "at 80 °C" for a kettle that declares no temperature figure but a "Temperature control": a figure of a
      // dimension only a yes/no feature names asks for that feature.
      const feature = unit === undefined || offScale ? undefined : featureNamingDimension(attributes, unit.dimension);
      if (feature !== undefined) {
        applyEffect(draft, { kind: 'constraint', attribute: feature.name, op: 'eq', value: true }, { modality: state.modality[i] ?? 'none', emphasis: 0, negated: false });
        note(draft.assumptions, say.measured(say.attribute(feature.name), source));
      } else note(draft.notUnderstood, say.unmeasured(source, categoryLabel?.toLowerCase()));
      continue;
    }
    const modality = state.modality[i] ?? 'none';
    // "no need for 20 hours of battery": a figure said not to be needed sets no rule.
    if (modality === 'unneeded') {
      markUnneeded(draft, targetOf(state, candidates, { start, end }, from, filled)!.name);
      i = end - 1;
      continue;
    }
    // A range said without a bound is wished for around its middle; one a product must cope with ("for 2-3 people")
    // needs its high end.
    const range = low !== undefined && bound === undefined && counted === undefined && introducedByFor(state, low.at, end) === undefined;
    const said = range ? (low.value + amount) / 2 : amount;
    const valueFor = (target: AttributeDefinition, figure = said): number => {
      const to = unitOfAttribute(target);
      return from && to ? (convertMeasure(figure, from, to) ?? figure) : figure;
    };
    // A range declared as two attributes ("min_players", "max_players"; "min_age"): the value must fall inside it.
    const lower = candidates.find((a) => /(^|_)min(_|$)|minimum/.test(a.name));
    const upper = candidates.find((a) => /(^|_)max(_|$)|maximum/.test(a.name));
    if (bound === undefined && (lower || upper)) {
      // "2-4 players": the game's range must hold both ends.
      if (lower) setConstraint(draft, { attribute: lower.name, op: 'lte', value: valueFor(lower, low?.value ?? amount) });
      if (upper) setConstraint(draft, { attribute: upper.name, op: 'gte', value: valueFor(upper, amount) });
      note(draft.assumptions, say.measured([lower, upper].flatMap((a) => (a ? [say.attribute(a.name)] : [])).join(' / '), source));
      i = end - 1;
      continue;
    }
    // "8+ players", "at least 8 players" on a declared range: its upper end reaches that far; "up to 4": its lower end.
    const rangeEnd = bound === 'floor' ? upper : bound === 'ceiling' ? lower : undefined;
    if (rangeEnd && modality !== 'soft') {
      setConstraint(draft, { attribute: rangeEnd.name, op: bound === 'floor' ? 'gte' : 'lte', value: valueFor(rangeEnd) });
      note(draft.assumptions, say.measured(say.attribute(rangeEnd.name), source));
      i = end - 1;
      continue;
    }
    const target = targetOf(state, candidates, { start, end }, from, filled)!;
    filled.add(target.name);
    // "16GB RAM": the word right after that names the attribute belongs to the measure (not a brand called "RAM").
    // "32 Go de RAM", "16 gigs of ram" too; and "CADR 300 m3/h", "garantie 12 ans": the word right before, when it
    // names it and is no declared value of its own ("pour ordinateur 15,6 pouces": a laptop backpack).
    const link = tokens[end] !== undefined && !used[end] && (tokens[end]!.norm === 'de' || tokens[end]!.norm === 'of') ? 1 : 0;
    if (tokens[end + link] !== undefined && !used[end + link] && !ownValueFollows(state, end + link) && wordsNaming(target).includes(tokens[end + link]!.norm)) consume(state, end, end + link + 1);
    const abbreviation = start > 0 && !used[start - 1] ? tokens[start - 1]! : undefined;
    const isValue = abbreviation !== undefined && lexicon?.matcher.matchAt(tokens, used, start - 1)?.entry.effect !== undefined;
    if (abbreviation && abbreviation.kind === 'word' && !isValue && wordsNaming(target).includes(abbreviation.norm)) consume(state, start - 1, start);
    // "a 100 g tin (3.5 oz)", "under 6.6 lbs (3 kg)": the same figure said again in another unit; the one typed in the
    // attribute's own unit gives the value (the person's conversion wins over ours), the first one's bound holds.
    const targetUnit = unitOfAttribute(target);
    const inOwnUnit = from !== undefined && targetUnit !== undefined && decimalShift(from, targetUnit);
    const restated = restatesLast(tokens, last, target.name, start);
    if (restated && last!.ownUnit && !inOwnUnit) {
      i = end - 1;
      continue;
    }
    const heldBound = restated && bound === undefined ? last!.bound : undefined;
    last = { attribute: target.name, end, bound: bound ?? heldBound, ownUnit: inOwnUnit };
    const value = valueFor(target);
    // "128 GB or 256 GB", "roues de 16 ou 20 pouces": figures offered as alternatives are the values that will do.
    const offered = effectiveBoundOf(bound, forPeople ? 'floor' : introducedByFor(state, low?.at ?? i, end)) === undefined && !range && modality !== 'soft' ? figuresOfferedWith(tokens, used, start, end, unitWord) : undefined;
    if (offered !== undefined) {
      const values = [...new Set([...offered.figures.map((figure) => valueFor(target, figure)), value])].sort((a, b) => a - b);
      consume(state, offered.start, offered.end);
      setConstraint(draft, { attribute: target.name, op: 'in', value: values });
      note(draft.assumptions, say.measured(say.attribute(target.name), spanText(state, offered.start, offered.end)));
      i = offered.end - 1;
      continue;
    }
    // "32 to 43 inch", "frame 54-56 cm": a range of one measure is two bounds, the product's figure inside it (a wish
    // around its middle when said softly).
    if (range && modality !== 'soft') {
      setConstraint(draft, { attribute: target.name, op: 'gte', value: valueFor(target, low!.value) });
      setConstraint(draft, { attribute: target.name, op: 'lte', value: valueFor(target, amount) });
      note(draft.assumptions, say.measured(say.attribute(target.name), source));
      i = end - 1;
      continue;
    }
    const effectiveBound = effectiveBoundOf(bound ?? heldBound, forPeople ? 'floor' : introducedByFor(state, low?.at ?? i, end));
    if (effectiveBound !== undefined) {
      const op = effectiveBound === 'ceiling' ? 'lte' : 'gte';
      if (modality === 'soft') applyEffect(draft, { kind: 'preference', attribute: target.name, direction: effectiveBound === 'ceiling' ? 'lower' : 'higher', value, weight: 0.7 }, { modality, emphasis: 0, negated: false });
      else setConstraint(draft, { attribute: target.name, op, value });
    } else if (modality === 'hard') {
      setConstraint(draft, { attribute: target.name, op: 'eq', value });
      pinned.add(target.name);
    } else {
      // "holds about a pint and a half … I want 3 pints or so": the later figure of the same measure is the one meant.
      if (pinned.delete(target.name)) draft.hard = draft.hard.filter((c) => c.attribute !== target.name || c.op !== 'eq');
      applyEffect(draft, { kind: 'preference', attribute: target.name, direction: 'equals', value, weight: 0.8 }, { modality, emphasis: 0, negated: false });
    }
    const converted = target.unit && unitWord !== undefined && normaliseValue(target.unit) !== unitWord && !forPeople ? { value, unit: target.unit } : undefined;
    note(draft.assumptions, say.measured(say.attribute(target.name), source, converted));
    i = end - 1;
  }
  return held;
}
