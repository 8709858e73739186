import type { Token } from './tokenize.ts';
import { wordEntry } from './word-entry.ts';

/** Cardinal numbers written as words, English and French (normalised: lower case, no accents). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12,
};
/** Nouns that count by twelve: "a dozen", "deux douzaines". */
const DOZEN: ReadonlySet<string> = new Set(['dozen', 'dozens', 'douzaine', 'douzaines']);
/** "half a dozen", "a half-dozen", "une demi-douzaine". */
const HALF: ReadonlySet<string> = new Set(['half', 'demi']);
/** Indefinite articles, each counting one: "a dozen", "une douzaine" (French "un"/"une" are also the number one). */
export const ARTICLES: Readonly<Record<string, number>> = { a: 1, an: 1, un: 1, une: 1 };

/** Words after which "a week", "an hour" is a rate ("50 km a week", "3 hours a day", "twice a week"), not one week. */
const RATE_LEADS: ReadonlySet<string> = new Set(['times', 'time', 'twice', 'once', 'fois']);

/**
 * One of a unit said with an article, "a kilo of beans", "a litre", "battery a week or more": 1 when the English
 * article at `i` comes right before a unit word of three letters or more (`isUnit`), and not after a number, a unit or
 * "times" (then it is a rate, "50 km a week"). French "un"/"une" are number words already.
 */
export function articleOneAt(tokens: readonly Token[], used: readonly boolean[], i: number, isUnit: (word: string) => boolean): number | undefined {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (token === undefined || used[i] || token.kind !== 'word' || (token.norm !== 'a' && token.norm !== 'an')) return undefined;
  if (next === undefined || used[i + 1] || next.kind !== 'word' || next.norm.length < 3 || !isUnit(next.norm)) return undefined;
  const previous = tokens[i - 1];
  if (previous !== undefined && (previous.kind === 'number' || isUnit(previous.norm) || RATE_LEADS.has(previous.norm))) return undefined;
  return 1;
}


/** The value of a number word ("two", "deux"), or undefined. */
export function numberWordValue(word: string): number | undefined {
  return wordEntry(NUMBER_WORDS, word);
}

/** A count said in words and the tokens it spans [start, end); `approximate` for "une vingtaine", "a dozen or so". */
export interface CountWords {
  readonly value: number;
  readonly end: number;
  readonly approximate?: boolean;
}

/**
 * The value of a French collective numeral, a number word made a noun by "-aine" ("une dizaine", "une vingtaine", "une
 * centaine de"): about that many. Derived from the number words themselves ("vingt" → "vingtaine", "trente" →
 * "trentaine", "dix" → "dizaine", as French spells the x before a vowel), so every tens word has its collective.
 * "Douzaine" is exact (a dozen) and read by `dozensAt`; "millier" is the thousand's.
 */
export function collectiveNumeralValue(word: string): number | undefined {
  if (word === 'millier' || word === 'milliers') return 1000;
  const stem = /^(\p{L}+)aines?$/u.exec(word)?.[1];
  if (stem === undefined || DOZEN.has(word)) return undefined;
  for (const base of [stem, `${stem}e`, stem.replace(/z$/, 'x')]) {
    const value = numberWordValue(base) ?? wordEntry(TENS, base) ?? (HUNDRED.has(base) ? 100 : undefined);
    if (value !== undefined && value >= 8) return value;
  }
  return undefined;
}

/**
 * A count said with dozens at `i`: "a dozen" (12), "two dozen", "3 douzaines" (36), "half a dozen", "a half dozen",
 * "une demi-douzaine" (6). Undefined when no dozen is said there (a plain number word is `numberWordValue`'s).
 */
export function dozensAt(tokens: readonly Token[], used: readonly boolean[], i: number): CountWords | undefined {
  const word = (k: number): string | undefined => (tokens[k] !== undefined && !used[k] && tokens[k]!.kind === 'word' ? tokens[k]!.norm : undefined);
  const countOf = (k: number): number | undefined => {
    const token = tokens[k];
    if (token === undefined || used[k]) return undefined;
    if (token.kind === 'number') return token.value !== undefined && Number.isInteger(token.value) && token.value > 0 ? token.value : undefined;
    return token.kind === 'word' ? (wordEntry(ARTICLES, token.norm) ?? numberWordValue(token.norm)) : undefined;
  };
  // "half a dozen"
  if (HALF.has(word(i) ?? '') && wordEntry(ARTICLES, word(i + 1) ?? '') !== undefined && DOZEN.has(word(i + 2) ?? '')) return { value: 6, end: i + 3 };
  const count = countOf(i);
  const start = count === undefined ? i : i + 1;
  // "a half dozen", "une demi-douzaine", "demi-douzaine"
  if ((count === undefined || count === 1) && HALF.has(word(start) ?? '') && DOZEN.has(word(start + 1) ?? '')) return { value: 6, end: start + 2 };
  // "a dozen", "two dozen", "douzaine"
  if (DOZEN.has(word(start) ?? '')) return { value: 12 * (count ?? 1), end: start + 1 };
  // "une vingtaine", "une centaine": about that many.
  const collective = collectiveNumeralValue(word(start) ?? '');
  if (collective !== undefined && (count === undefined || count === 1)) return { value: collective, end: start + 1, approximate: true };
  return undefined;
}

/** The value of a cardinal said in one word, "two" to "ninety", "deux" to "nonante". */
export function cardinalWordValue(word: string): number | undefined {
  return numberWordValue(word) ?? wordEntry(TENS, word);
}

/** Words of larger cardinals: "twenty", "fifty", "cent", "mille" … (normalised). */
const TENS: Readonly<Record<string, number>> = {
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  // Belgian and Swiss French say the tens after sixty in one word: septante (70), huitante / octante (80), nonante (90).
  septante: 70, huitante: 80, octante: 80, nonante: 90,
};
const HUNDRED: ReadonlySet<string> = new Set(['hundred', 'cent', 'cents']);
const THOUSAND: ReadonlySet<string> = new Set(['thousand', 'mille', 'grand']);

/** True for a word counting thousands after a figure: "25 thousand", "3 mille", "3 grand" (the glosses write "thousand"). */
export function isThousandWord(word: string): boolean {
  return THOUSAND.has(word) || word === 'thousands';
}
/** Words that join the parts of one number: "one hundred and fifty", "vingt et un". */
const JOINERS: ReadonlySet<string> = new Set(['and', 'et']);
/** "and a half", "et demi": half of the unit before the next multiplier ("two and a half thousand" = 2,500). */
const HALF_WORDS: ReadonlySet<string> = new Set(['half', 'demi', 'demie']);

/** Every word the count and number readers use, for typo correction and leftovers ("mille" is no typo of "maille"). */
export const COUNT_WORDS: readonly string[] = [...Object.keys(NUMBER_WORDS), ...DOZEN, ...HALF, ...Object.keys(TENS), ...HUNDRED, ...THOUSAND, ...HALF_WORDS, 'millier', 'milliers', 'couple',
  ...['dix', 'cent', ...Object.keys(TENS)].map((w) => `${w.replace(/e$/, '').replace(/x$/, 'z')}aine`)];

/**
 * A cardinal written in words at `i`, with the tokens it spans: "fifty", "one hundred and fifty", "two thousand",
 * "cent cinquante", "quatre-vingt", "deux mille", "three grand" (thousands, as money is said), "a hundred", "two and a
 * half thousand", "une vingtaine" (about twenty). Undefined when no number word starts there.
 */
export function numberPhraseAt(tokens: readonly Token[], used: readonly boolean[], i: number): CountWords | undefined {
  const wordAt = (k: number): string => (tokens[k] !== undefined && !used[k] && tokens[k]!.kind === 'word' ? tokens[k]!.norm : '');
  // "a couple of hundred", "couple thousand": two of the multiplier after it.
  const couple = coupleMultiplierAt(wordAt, i);
  if (couple !== undefined) return multipliedPhraseAt(tokens, used, couple, 2);
  // "a hundred", "an thousand", "un millier", "une vingtaine": the article counts one of the multiplier after it.
  const first = wordAt(i);
  if (Object.hasOwn(ARTICLES, first) && !Object.hasOwn(NUMBER_WORDS, first)) {
    const next = wordAt(i + 1);
    if (!HUNDRED.has(next) && !(THOUSAND.has(next) && next !== 'grand')) return undefined;
  }
  const collective = collectiveNumeralValue(wordAt(Object.hasOwn(ARTICLES, first) ? i + 1 : i));
  if (collective !== undefined) {
    const at = Object.hasOwn(ARTICLES, first) ? i + 1 : i;
    return { value: collective, end: at + 1, approximate: true };
  }
  return multipliedPhraseAt(tokens, used, i, 0);
}

/**
 * Where the multiplier after "a couple of" / "couple" at `i` is ("a couple of hundred", "a couple grand"), or
 * undefined: "couple" counts two only right before "hundred", "thousand" or "grand" ("a couple of bags" is a quantity's).
 */
function coupleMultiplierAt(wordAt: (k: number) => string, i: number): number | undefined {
  let k = wordAt(i) === 'a' ? i + 1 : i;
  if (wordAt(k) !== 'couple') return undefined;
  k += wordAt(k + 1) === 'of' ? 2 : 1;
  return HUNDRED.has(wordAt(k)) || THOUSAND.has(wordAt(k)) ? k : undefined;
}

/** The cardinal read from `i` on, `counted` already said before it (2 after "a couple of"). */
function multipliedPhraseAt(tokens: readonly Token[], used: readonly boolean[], i: number, counted: number): CountWords | undefined {
  let total = 0;
  let current = counted;
  let end = i;
  let any = counted > 0;
  const wordAt = (k: number): string => (tokens[k] !== undefined && !used[k] && tokens[k]!.kind === 'word' ? tokens[k]!.norm : '');
  for (let k = i; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (used[k] || token.kind !== 'word') break;
    const w = token.norm;
    // "two and a half thousand", "deux et demi": a half of one.
    if (JOINERS.has(w) && any && current > 0 && current < 100) {
      const halfAt = Object.hasOwn(ARTICLES, wordAt(k + 1)) && HALF_WORDS.has(wordAt(k + 2)) ? k + 2 : HALF_WORDS.has(wordAt(k + 1)) ? k + 1 : undefined;
      if (halfAt !== undefined) {
        current += 0.5;
        end = halfAt + 1;
        k = halfAt;
        continue;
      }
    }
    const small = k === i && counted === 0 && Object.hasOwn(ARTICLES, w) && !Object.hasOwn(NUMBER_WORDS, w) ? 1 : (numberWordValue(w) ?? wordEntry(TENS, w));
    if (small === 20 && current > 0 && current < 10) current *= 20;
    else if (small !== undefined) {
      // "twenty five" is one number, "five five" two.
      if (any && current % 10 !== 0 && small < 10) break;
      current += small;
    } else if (HUNDRED.has(w)) current = (current === 0 ? 1 : current) * 100;
    // "grand" counts thousands only after a number ("three grand"; "un grand sac" is big).
    else if (THOUSAND.has(w) && (w !== 'grand' || current > 0)) {
      total += (current === 0 ? 1 : current) * 1000;
      current = 0;
    } else if (JOINERS.has(w) && any && (numberWordValue(tokens[k + 1]?.norm ?? '') !== undefined || wordEntry(TENS, tokens[k + 1]?.norm ?? '') !== undefined)) continue;
    else break;
    any = true;
    end = k + 1;
  }
  const value = total + current;
  return any && value > 0 ? { value, end } : undefined;
}

/** A whole number at `i`, in digits or in words ("7", "quatre", "five"), as a number token. */
export function wholeNumberAt(tokens: readonly Token[], i: number): Token | undefined {
  const token = tokens[i];
  if (token?.kind === 'word') {
    const value = numberWordValue(token.norm);
    // "un"/"une" and "one" are articles too: counted only before "year(s) old"/"ans" by the callers.
    return value === undefined ? undefined : { ...token, kind: 'number', value };
  }
  return token;
}
