import { NOTE_MESSAGES } from './note-messages.ts';
import { consume, note, spanText } from './parse-state.ts';
import type { ParseState } from './parse-state.ts';
import { isPlausibleBareEuSize } from './extract-shoe-size.ts';
import type { Token } from './tokenize.ts';
import { unitOfWord } from './measure-units.ts';
import { isUnitWord } from './quantity-units.ts';
import { ARTICLES, COUNT_WORDS, NUMBER_WORDS, dozensAt } from './number-words.ts';
import { wordEntry } from './word-entry.ts';

/** Largest quantity a need may ask for (the NeedBrief limit). */
export const MAX_QUANTITY = 1000;

const PACK_NOUNS = new Set([
  'pairs', 'pair', 'packs', 'pack', 'packets', 'packet', 'bags', 'bag', 'boxes', 'box', 'units', 'unit', 'pieces', 'piece', 'sets', 'set',
  'tins', 'tin', 'jars', 'jar', 'paires', 'paire', 'paquets', 'paquet', 'sachets', 'sachet', 'boites', 'boite', 'unites', 'unite',
  'exemplaires', 'exemplaire', 'lots', 'lot', 'pots', 'pot', 'copies', 'copy', 'sacs', 'sac', 'bouteilles', 'bouteille', 'flacons', 'flacon', 'bottles', 'bottle',
]);
const QUANTITY_WORDS: Readonly<Record<string, number>> = { ...NUMBER_WORDS, single: 1 };
/** Indefinite articles: "a pair" counts one pair, but "a kettle" (or "une bouilloire, 3 svp") states no count. */
const ARTICLE_WORDS = ARTICLES;
const WEIGHT_UNITS = new Set(['g', 'gr', 'grs', 'gram', 'grams', 'gramme', 'grammes', 'kg', 'kgs', 'kilo', 'kilos', 'kilogram', 'kilograms', 'lb', 'lbs', 'oz']);
const LABELS = new Set(['quantity', 'qty', 'quantite', 'qte', 'nb', 'number']);
/** "2 of them", "three of those": a count of the product already named. */
const OF_THE_PRODUCT = new Set(['them', 'those', 'these', 'it']);

/** Words the quantity reader uses, for typo correction and leftovers. */
export const QUANTITY_READER_WORDS: readonly string[] = [...PACK_NOUNS, ...Object.keys(QUANTITY_WORDS), ...COUNT_WORDS, ...LABELS, ...OF_THE_PRODUCT, 'couple', 'of', 'x'];
/** Words between a count and what it counts: "a dozen of", "une douzaine de", "une douzaine d'œufs". */
const OF_WORDS = new Set(['of', 'de', 'd']);
const POLITE = new Set(['please', 'pls', 'svp', 'stp', 'merci', 'thanks']);

function countAt(token: Token | undefined, used: boolean, allowArticle: boolean): number | undefined {
  if (!token || used) return undefined;
  if (token.kind === 'number' && token.value !== undefined && Number.isInteger(token.value)) return token.value;
  if (token.kind === 'word') return wordEntry(QUANTITY_WORDS, token.norm) ?? (allowArticle ? wordEntry(ARTICLE_WORDS, token.norm) : undefined);
  return undefined;
}

/** An article ("a", "une") counts one only before a pack noun: "a bag of 3 kg" says no count. */
function isArticleCount(token: Token): boolean {
  return token.kind === 'word' && wordEntry(ARTICLE_WORDS, token.norm) !== undefined && wordEntry(QUANTITY_WORDS, token.norm) === undefined;
}

function isWeightAt(state: ParseState, i: number): boolean {
  const number = state.tokens[i];
  const unit = state.tokens[i + 1];
  return number?.kind === 'number' && unit?.kind === 'word' && WEIGHT_UNITS.has(unit.norm);
}

/**
 * How many words (one or two) describe the product between a count and the product's name ("two electric
 * toothbrushes"): plain unused words, no number nor unit, then a word naming the category. 0 otherwise.
 */
function describedProductAt(state: ParseState, k: number): number {
  for (let n = 1; n <= 2; n++) {
    const words = state.tokens.slice(k, k + n);
    if (words.length < n || words.some((w, d) => w.kind !== 'word' || state.used[k + d] || isUnitWord(w.norm) || PACK_NOUNS.has(w.norm))) return 0;
    if (state.categoryWordAt.has(k + n) && !state.used[k + n]) return n;
  }
  return 0;
}

/**
 * How many tokens a measure glued into one word takes at `k` ("1000-piece", "12-cup", "500g"): a number with a unit
 * attached to it, by a hyphen or not; 0 otherwise. It describes the product a count before it counts ("three
 * 1000-piece jigsaws").
 */
function measureCompoundAt(state: ParseState, k: number): number {
  const { tokens } = state;
  if (tokens[k]?.kind !== 'number') return 0;
  const hyphen = tokens[k + 1]?.norm === '-' && tokens[k + 1]!.attached ? 1 : 0;
  const unit = tokens[k + 1 + hyphen];
  return unit?.kind === 'word' && unit.attached && isUnitWord(unit.norm) ? 2 + hyphen : 0;
}

/** True when the number after an "x" is a second dimension: no unit after it, a length ("140 x 190 cm") or a third dimension. */
function isDimensionsAt(state: ParseState, i: number): boolean {
  const second = state.tokens[i];
  if (second?.kind !== 'number') return false;
  const unit = state.tokens[i + 1];
  // "22 x 14 x 9 inches": a third dimension after the second.
  if ((unit?.norm === 'x' || unit?.norm === '×') && state.tokens[i + 2]?.kind === 'number') return true;
  return unit === undefined || unit.kind !== 'word' || unitOfWord(unit.norm)?.dimension === 'length';
}

/**
 * Reads how many: "2 pairs", "a pair", "three bags", "2 x 250g", "500g x 2", "x3", "2 headphones", "a couple of packs",
 * "quantity: 4". Quantities outside 1..1000 are reported, not used.
 */
export function extractQuantity(state: ParseState): void {
  const { tokens, used } = state;
  const record = (value: number, start: number, end: number): void => {
    const source = spanText(state, start, end);
    consume(state, start, end);
    if (value < 1 || value > MAX_QUANTITY) note(state.draft.notUnderstood, NOTE_MESSAGES[state.language ?? 'en'].quantityOutOfRange(source, MAX_QUANTITY));
    else state.draft.quantity = value;
  };
  for (let i = 0; i < tokens.length; i++) {
    if (used[i]) continue;
    const token = tokens[i]!;
    // "quantity: 3"
    if (token.kind === 'word' && LABELS.has(token.norm)) {
      let k = i + 1;
      if (tokens[k]?.norm === ':' || tokens[k]?.norm === '=') k++;
      const value = countAt(tokens[k], used[k] ?? true, false);
      if (value !== undefined) {
        record(value, i, k + 1);
        i = k;
      }
      continue;
    }
    // "x3", "× 3" (not "x250g": that is a pack weight after a count).
    // "22 x 14 x 9": an "x" between two figures of dimensions counts nothing.
    const betweenDimensions = tokens[i - 1]?.kind === 'number' && isDimensionsAt(state, i + 1);
    if (token.norm === 'x' && !betweenDimensions && (i === 0 || !tokens[i - 1]!.attached || tokens[i - 1]!.kind !== 'number')) {
      const value = countAt(tokens[i + 1], used[i + 1] ?? true, false);
      if (value !== undefined && tokens[i + 1]!.kind === 'number' && !isWeightAt(state, i + 1)) {
        record(value, i, i + 2);
        i++;
        continue;
      }
    }
    if (token.kind === 'word' && token.norm === 'a' && tokens[i + 1]?.norm === 'couple' && tokens[i + 2]?.norm === 'of' && PACK_NOUNS.has(tokens[i + 3]?.norm ?? '')) {
      record(2, i, i + 4);
      i += 3;
      continue;
    }
    // "a dozen", "half a dozen", "une demi-douzaine de": counted by twelve.
    const dozens = dozensAt(tokens, used, i);
    const value = dozens?.value ?? countAt(token, false, true);
    if (value === undefined) continue;
    const countEnd = dozens?.end ?? i + 1;
    // "a dozen of them": the "of" is the one of "of them", left for the check below.
    const ofTheProduct = tokens[countEnd]?.norm === 'of' && OF_THE_PRODUCT.has(tokens[countEnd + 1]?.norm ?? '');
    const k = dozens !== undefined && !ofTheProduct && OF_WORDS.has(tokens[countEnd]?.norm ?? '') && !used[countEnd] ? countEnd + 1 : countEnd;
    // "2 of them": the product already named, counted.
    const isCount = dozens !== undefined || token.kind === 'number' || wordEntry(QUANTITY_WORDS, token.norm) !== undefined;
    if (isCount && tokens[k]?.norm === 'of' && !used[k] && OF_THE_PRODUCT.has(tokens[k + 1]?.norm ?? '') && !used[k + 1]) {
      record(value, i, k + 2);
      i = k + 1;
      continue;
    }
    // "2x" / "2 x" / "2 ×" before a weight or a noun; "160x200" / "140 x 190 cm" are dimensions, not 160 of them.
    if (tokens[k]?.norm === 'x' && !used[k] && !isDimensionsAt(state, k + 1)) {
      record(value, i, k + 1);
      i = k;
      continue;
    }
    // "yoga mats, a dozen please": a dozen said on its own counts the product named.
    if (dozens !== undefined && (tokens[k] === undefined || tokens[k]!.kind === 'punct' || POLITE.has(tokens[k]!.norm))) {
      record(value, i, countEnd);
      i = countEnd - 1;
      continue;
    }
    // "deux sacs de 3 kg", "three tins of 400 g": a count of a noun said with the measure of one is a count of packs,
    // whatever the noun (a container said in any words).
    const measuredNoun = tokens[k];
    if (!isArticleCount(token) && measuredNoun?.kind === 'word' && !used[k] && !isUnitWord(measuredNoun.norm) && OF_WORDS.has(tokens[k + 1]?.norm ?? '') && tokens[k + 2]?.kind === 'number' && tokens[k + 3]?.kind === 'word' && isUnitWord(tokens[k + 3]!.norm)) {
      record(value, i, k + 1);
      i = k;
      continue;
    }
    // "two 500g bags": the weight stays for the weight reader; "two electric toothbrushes": a word or two describing
    // the product may stand between the count and its name.
    const weight = isWeightAt(state, k);
    const compound = weight ? 0 : measureCompoundAt(state, k);
    const skipWeight = weight ? 2 : compound > 0 ? compound + describedProductAt(state, k + compound) : describedProductAt(state, k);
    const noun = tokens[k + skipWeight];
    const isArticle = dozens === undefined && token.kind === 'word' && wordEntry(ARTICLE_WORDS, token.norm) !== undefined;
    // "43 shoes" is a size, not 43 pairs.
    if (state.category === 'running-shoes' && noun && !PACK_NOUNS.has(noun.norm) && isPlausibleBareEuSize(value)) continue;
    if (noun && !used[k + skipWeight] && noun.kind === 'word' && (PACK_NOUNS.has(noun.norm) || (!isArticle && state.categoryWordAt.has(k + skipWeight)))) {
      if (skipWeight === 0) {
        const end = PACK_NOUNS.has(noun.norm) && tokens[k + 1]?.norm === 'of' ? k + 2 : PACK_NOUNS.has(noun.norm) ? k + 1 : k;
        record(value, i, end);
        i = end - 1;
      } else {
        record(value, i, k);
        if (weight) consume(state, k + skipWeight, k + skipWeight + 1);
      }
    }
  }
}
