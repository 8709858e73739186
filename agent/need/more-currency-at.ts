import { CROWN_QUALIFIERS, CURRENCY_WORDS_BESIDE_FIGURE, MORE_CURRENCY_WORDS, isoCodeAt } from './currency-names.ts';
import type { Token } from './tokenize.ts';
import { wordEntry } from './word-entry.ts';
import { AMBIGUOUS_CURRENCY_WORDS } from './currency-names.ts';

function isFigure(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'number';
}

/**
 * The currency a token beyond the reader's main table names: a capitalised ISO 4217 code ("INR", "CZK"), a sign or
 * word of `MORE_CURRENCY_WORDS` ("₹", "Kč", "руб", "rupees"), or a crown settled by its country ("czech crowns");
 * words that are other words too ("rs", "lei", "TOP") only beside a figure.
 */
export function moreCurrencyAt(tokens: readonly Token[], i: number): string | undefined {
  const token = tokens[i];
  if (token === undefined) return undefined;
  const besideFigure = isFigure(tokens[i - 1]) || isFigure(tokens[i + 1]);
  const iso = isoCodeAt(token.raw, besideFigure);
  if (iso !== undefined) return iso;
  const word = wordEntry(MORE_CURRENCY_WORDS, token.norm) ?? wordEntry(MORE_CURRENCY_WORDS, token.raw.toLowerCase());
  if (word !== undefined) return CURRENCY_WORDS_BESIDE_FIGURE.has(token.norm) && !besideFigure ? undefined : word;
  const before = tokens[i - 1];
  if (wordEntry(AMBIGUOUS_CURRENCY_WORDS, token.norm) !== undefined && before !== undefined) return wordEntry(CROWN_QUALIFIERS, before.norm);
  return undefined;
}

/** The currencies an ambiguous word at `i` may name ("kr": SEK, NOK, DKK, ISK), unless its country settles it. */
export function ambiguousCurrencyAt(tokens: readonly Token[], i: number): readonly string[] | undefined {
  const token = tokens[i]!;
  const candidates = wordEntry(AMBIGUOUS_CURRENCY_WORDS, token.norm);
  if (candidates === undefined) return undefined;
  return moreCurrencyAt(tokens, i) === undefined ? candidates : undefined;
}

/** True when the token at `i` is a currency sign no table knows ("₾", "₦"): the words name a currency the reader cannot read. */
export function unknownCurrencySignAt(tokens: readonly Token[], i: number, known: (i: number) => boolean): boolean {
  return /\p{Sc}/u.test(tokens[i]!.raw) && !known(i);
}
