import { twoWordUnitWord, unitOfWord } from './measure-units.ts';
import { cardinalWordValue, numberPhraseAt } from './number-words.ts';
import type { Token } from './tokenize.ts';
import { wordsAt } from './words-at.ts';

/** "one point five", "un virgule cinq": a decimal point said in words. */
const POINT_WORDS: ReadonlySet<string> = new Set(['point', 'virgule']);
/** "minus five degrees": a sign said in words ("moins" only before a temperature: "moins de deux kilos" is a bound). */
const MINUS_WORDS: ReadonlySet<string> = new Set(['minus', 'moins']);
/** "un litre et demi", "two kilos and a half": half of the unit said after it. */
const HALF_AFTER: readonly (readonly string[])[] = [['et', 'demi'], ['et', 'demie'], ['and', 'a', 'half']];
/** Unit words that are also everyday nouns after one number word: "un livre" is a book, "un tour" a ride, "a second screen". */
const NOUN_UNITS: ReadonlySet<string> = new Set(['livre', 'livres', 'second', 'seconde', 'tour', 'tours', 'pied', 'pieds']);

function wordAt(tokens: readonly Token[], k: number): string {
  const token = tokens[k];
  return token !== undefined && token.kind === 'word' ? token.norm : '';
}

/** The number of tokens "et demi" / "and a half" spans at `k`, or 0. */
function halfAfterAt(tokens: readonly Token[], k: number): number {
  const said = HALF_AFTER.find((words) => wordsAt(tokens, k, words));
  return said?.length ?? 0;
}

/** A figure said in words at `i`: its value and the tokens it spans, or undefined. */
function figureInWordsAt(tokens: readonly Token[], unused: readonly boolean[], i: number): { value: number; end: number } | undefined {
  const phrase = numberPhraseAt(tokens, unused, i);
  // "une vingtaine" (about twenty) keeps its words: the readers say it is approximate.
  if (phrase === undefined || phrase.approximate === true) return undefined;
  let { value, end } = phrase;
  // "one point five kilos": digits said one by one after the point.
  if (POINT_WORDS.has(wordAt(tokens, end)) && Number.isInteger(value)) {
    let digits = '';
    let k = end + 1;
    for (let d = cardinalWordValue(wordAt(tokens, k)); d !== undefined && d < 10; d = cardinalWordValue(wordAt(tokens, ++k))) digits += String(d);
    if (digits.length > 0) {
      value = Number(`${value}.${digits}`);
      end = k;
    }
  }
  return { value, end };
}

/**
 * Numbers written in words read as the figures they are, so every reader of figures reads "twelve hundred watts",
 * "one and a half litres", "trois mille millimètres", "cinquante-cinq litres", "size forty-two and a half" and "one
 * point five kilos" as it reads the digits: a cardinal of several words becomes one number token, and so does a single
 * number word right before a unit ("thirty hours", "cent grammes"). "Minus" before a figure is its
 * sign before a temperature ("minus five degrees", "moins cinq degrés"), and "un litre et demi", "2 kilos and a half" add half
 * a unit to the figure before the unit. A single number word with no unit after it stays a word, for the readers of
 * counts and people ("two bags", "a tent for two").
 */
export function joinNumberWords(text: string, tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  const unused = tokens.map(() => false);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const sign = MINUS_WORDS.has(wordAt(tokens, i)) ? 1 : 0;
    const at = i + sign;
    const first = tokens[at];
    if (first === undefined || (sign === 0 && token.kind !== 'word' && token.kind !== 'number')) {
      out.push(token);
      continue;
    }
    const inWords = first.kind === 'word' ? figureInWordsAt(tokens, unused, at) : undefined;
    const figure = inWords ?? (first.kind === 'number' && first.value !== undefined ? { value: first.value, end: at + 1 } : undefined);
    if (figure === undefined) {
      out.push(token);
      continue;
    }
    const severalWords = inWords !== undefined && figure.end - at > 1;
    const unitWord = wordAt(tokens, figure.end);
    // "à deux l'été": a letter glued to the next word by an apostrophe is an elided article, not litres.
    const elided = unitWord.length === 1 && tokens[figure.end + 1]?.attached === true && tokens[figure.end + 1]!.kind === 'word';
    const unit = elided || (!severalWords && NOUN_UNITS.has(unitWord)) ? undefined : unitOfWord(twoWordUnitWord(unitWord, wordAt(tokens, figure.end + 1)) ?? unitWord);
    // "moins de deux kilos" is a bound; "moins cinq degrés", "minus 5 °C" a sign: only a temperature is below zero.
    const signed = sign === 1 && unit?.dimension === 'temperature';
    const half = unit !== undefined ? halfAfterAt(tokens, figure.end + 1) : 0;
    if ((sign === 1 && !signed) || (!severalWords && unit === undefined) || (inWords === undefined && sign === 0 && half === 0)) {
      out.push(token);
      continue;
    }
    const value = (signed ? -1 : 1) * (figure.value + (half > 0 ? 0.5 : 0));
    const last = tokens[figure.end - 1]!;
    const raw = text.slice(token.start, last.end);
    out.push({ kind: 'number', raw, norm: raw, value, start: token.start, end: last.end, attached: token.attached, capitalized: false });
    if (half > 0) {
      // The unit stays where it is; the half said after it is part of the figure.
      out.push(tokens[figure.end]!);
      i = figure.end + half;
    } else i = figure.end - 1;
  }
  return out;
}
