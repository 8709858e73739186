import { MAX_QUANTITY } from './extract-quantity.ts';
import { unitOfWord } from './measure-units.ts';
import { cardinalWordValue, dozensAt } from './number-words.ts';
import { isQuantityNumber, isUnitWord } from './quantity-units.ts';
import type { ParseState } from './parse-state.ts';
import { peopleCountAt } from './people-count.ts';
import { STOPWORDS } from './lexicon.ts';
import type { Token } from './tokenize.ts';
import { wordsAt } from './words-at.ts';

/** People named by who they are after a count: "5 kids", "3 enfants" (the unit table has adults, guests, friends). */
const CHILDREN: ReadonlySet<string> = new Set(['kid', 'kids', 'child', 'children', 'enfant', 'enfants', 'boys', 'girls', 'grandchildren', 'petits']);
/** True when a word after a count names people: "8 guests", "4 people", "3 kids". */
function isPeopleWord(word: string | undefined): boolean {
  return word !== undefined && (unitOfWord(word)?.dimension === 'people' || CHILDREN.has(word));
}

/** Groups whose size a count after "of"/"de" gives: "a family of 5", "une famille de cinq". */
const GROUPS: ReadonlyArray<readonly string[]> = [['family', 'of'], ['group', 'of'], ['team', 'of'], ['famille', 'de'], ['groupe', 'de'], ['equipe', 'de']];

/** The whole number, number word or dozens at `i` nothing else read, with the index after it; never a measure nor part of a code ("500 g", "pack of 6", "R16"). */
function numberAt(state: ParseState, i: number): { readonly value: number; readonly end: number } | undefined {
  const { tokens, used } = state;
  const token = tokens[i]!;
  if (used[i]) return undefined;
  const dozens = dozensAt(tokens, used, i);
  if (dozens !== undefined) return { value: dozens.value, end: dozens.end };
  if (token.kind === 'word') {
    const value = cardinalWordValue(token.norm);
    return value === undefined ? undefined : { value, end: i + 1 };
  }
  if (token.kind !== 'number' || token.value === undefined || !Number.isInteger(token.value)) return undefined;
  if (isQuantityNumber(tokens, i) && !isPeopleWord(tokens[i + 1]?.norm)) return undefined;
  if (tokens[i + 1]?.attached === true && tokens[i + 1]!.kind === 'word') return undefined;
  if (token.attached && tokens[i - 1]?.kind === 'word') return undefined;
  if (afterProductName(tokens, i)) return undefined;
  return { value: token.value, end: i + 1 };
}

/**
 * True when the figure at `i` follows a product's name as its model number: "iPhone 15 cases", "PS5 2 controllers"
 * (a name in mixed case or with digits in it), or "2 Series 7 straps" (a capitalised name with a count before it).
 * After an ordinary capitalised word with no count before it the figure is a count: "for Emma 2 mugs", "before Friday
 * 2 mugs", "the IKEA 4 chairs".
 */
function afterProductName(tokens: readonly Token[], i: number): boolean {
  const name = tokens[i - 1];
  if (name === undefined || name.kind !== 'word' || tokens[i]!.start - name.end > 1 || STOPWORDS.has(name.norm) || ASKING_WORDS.has(name.norm)) return false;
  if (/\p{N}/u.test(name.raw) || (/\p{Lu}/u.test(name.raw.slice(1)) && /\p{Ll}/u.test(name.raw))) return true;
  return name.capitalized && tokens[i - 2]?.kind === 'number';
}

/**
 * The count said of the items a price per item is about: the nearest count of items before the price at `priceStart`
 * ("I have 3 dogs, 2 bowls, 10 each": 2), when no other "each" stands between them ("3 kids, 2 shirts each, 20 each"
 * gives none). Counts of people are none ("for 6 players, 40 each"). Undefined when the words say none.
 */
export function countBeforePrice(state: ParseState, priceStart: number): number | undefined {
  for (let i = priceStart - 1; i >= 0; i--) {
    const token = state.tokens[i]!;
    if (token.kind === 'word' && EACH_WORDS.has(token.norm)) return undefined;
    const count = numberAt(state, i);
    if (count === undefined || count.value > MAX_QUANTITY || describesOneAt(state, i, count.end)) continue;
    if (countsPeopleAt(state, i)) return undefined;
    if (countsItemsAt(state, i, count.end)) return count.value;
  }
  return undefined;
}

/** Words that say a price or a count is per item. */
const EACH_WORDS: ReadonlySet<string> = new Set(['each', 'apiece', 'chacun', 'chacune', 'stuck', 'cada']);

/**
 * Nouns a figure before them describes one item by, not a count of items: "a 24 piece tool set", "a 3 seater sofa",
 * "a 2 person tent", "a 3 in 1 charger", "a 4 slice toaster", "a 12 cup coffee maker", "a 5 burner hob".
 */
const DESCRIBING_NOUNS: ReadonlySet<string> = new Set(['piece', 'pc', 'pcs', 'seater', 'seat', 'person', 'man', 'slice', 'cup', 'burner', 'way', 'speed', 'port', 'layer', 'tier', 'door', 'drawer', 'ply', 'player', 'zone', 'bay']);
/** Words before a figure that rank or pick among products rather than count them: "top 3 kettles", "best 5". */
const RANKING_WORDS: ReadonlySet<string> = new Set(['top', 'best', 'first', 'cheapest', 'show']);
/** Words before a figure said alone that ask for that many: "I need 3", "buy 4", "order 10", "plates for 4". */
const ASKING_WORDS: ReadonlySet<string> = new Set(['need', 'want', 'buy', 'order', 'get', 'take', 'for', 'besoin', 'veux', 'acheter', 'commander', 'pour']);

/** True when the figure at `i` (ending at `end`) describes one item ("a 3 seater sofa") or ranks them ("top 3"). */
function describesOneAt(state: ParseState, i: number, end: number): boolean {
  const { tokens } = state;
  const next = tokens[end];
  if (next !== undefined && next.kind === 'word' && DESCRIBING_NOUNS.has(next.norm)) return true;
  // "a 3 in 1 charger" describes one item; "I need 3 in black" counts three.
  if (next !== undefined && next.norm === 'in' && tokens[end + 1]?.kind === 'number') return true;
  const before = tokens[i - 1];
  return before !== undefined && before.kind === 'word' && RANKING_WORDS.has(before.norm);
}

/** True when the figure at `i` stands alone after a word asking for it: "I need 3", "buy 4", "plates for 4". */
function askedAloneAt(state: ParseState, i: number, end: number): boolean {
  const { tokens } = state;
  const next = tokens[end];
  const before = tokens[i - 1];
  if (!(next === undefined || next.kind === 'punct') || before === undefined || before.kind !== 'word' || !ASKING_WORDS.has(before.norm)) return false;
  // "plates for 4" shares plural things out; "a kettle for 40" may say its price.
  return !['for', 'pour'].includes(before.norm) || /[sx]$/.test(tokens[i - 2]?.norm ?? '');
}

/** Items shared out person by person: "one for me and one for my wife" (2), "for both my daughters" (2). */
function sharedOutCount(state: ParseState): number {
  const { tokens } = state;
  let ones = 0;
  let both = false;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.norm === 'one' && tokens[i + 1]?.norm === 'for') ones++;
    if (tokens[i]!.norm === 'both' && tokens[i - 1]?.norm === 'for') both = true;
  }
  return Math.max(ones, both ? 2 : 1);
}

/** Clause marks before a count said on its own: "a kettle, 3 please", "mugs: 6". */
const CLAUSE_MARKS: ReadonlySet<string> = new Set([',', ';', ':', '(']);

/** True when the count ending at `end` (starting at `i`) names what it counts ("3 kettles", "deux bouilloires") or stands after a clause mark. */
function countsItemsAt(state: ParseState, i: number, end: number): boolean {
  const { tokens, used } = state;
  const next = tokens[end];
  if (next !== undefined && !used[end] && next.kind === 'word' && !isUnitWord(next.norm)) return true;
  const before = tokens[i - 1];
  return before !== undefined && before.kind === 'punct' && CLAUSE_MARKS.has(before.norm);
}

/** True when the number at `i` counts people: "for the whole family of 5", "for 6 guests", "5 kids", "we are 4". */
function countsPeopleAt(state: ParseState, i: number): boolean {
  const { tokens, used } = state;
  const next = tokens[i + 1];
  if (next !== undefined && !used[i + 1] && next.kind === 'word' && isPeopleWord(next.norm)) return true;
  if (GROUPS.some((words) => wordsAt(tokens, i - words.length, words, used))) return true;
  return peopleCountAt(tokens, used, i)?.group === true;
}

/**
 * The most items a person's words may ask for, after the money, dates and quantity they state were read (`state`, as
 * `statedMoney` leaves it, without the product's name): the larger of the count the built-in quantity reader reads ("a
 * pair of", "quantity 4") and the largest count said before a word ("3 kettles", "two dozen eggs"), after a clause mark
 * ("a kettle, 3 please") or of people ("toothbrushes for the whole family of 5", "one pair for each of the 4 kids");
 * 1 where they state none. Sizes, model numbers
 * ("size 43", "iPhone 15"), measures and amounts of money count no items. A model's quantity is held to it: a count of items comes from the
 * person's words, never from text the model was shown.
 */
export function statedCount(state: ParseState): number {
  // The quantity reader's count, unless the figure it came from describes one item ("a 24 piece tool set").
  const read = state.draft.quantity ?? 1;
  const describing = state.tokens.some((t, i) => t.kind === 'number' && t.value === read && describesOneAt(state, i, i + 1));
  let largest = Math.min(Math.max(1, describing ? 1 : read, sharedOutCount(state)), MAX_QUANTITY);
  for (let i = 0; i < state.tokens.length; i++) {
    const count = numberAt(state, i);
    if (count === undefined || count.value <= largest || count.value > MAX_QUANTITY || describesOneAt(state, i, count.end)) continue;
    if (countsItemsAt(state, i, count.end) || countsPeopleAt(state, i) || askedAloneAt(state, i, count.end)) largest = count.value;
  }
  return largest;
}
