import { AMBIGUOUS_CURRENCY_WORDS, CROWN_QUALIFIERS, isoCodeAt } from './currency-names.ts';
import type { Token } from './tokenize.ts';
import { wordEntry } from './word-entry.ts';

/**
 * The currency a token names beyond the words of `CURRENCY_WORDS`: a capitalised ISO 4217 code ("INR", "CZK"; one that
 * is an English word too, "TRY", "ALL", only with a figure beside it as its amount, `besideFigure`), or a crown settled
 * by its country ("czech crowns").
 */
export function moreCurrencyAt(tokens: readonly Token[], i: number, besideFigure: boolean): string | undefined {
  const token = tokens[i];
  if (token === undefined) return undefined;
  const iso = isoCodeAt(token.raw, besideFigure);
  if (iso !== undefined) return iso;
  const before = tokens[i - 1];
  if (wordEntry(AMBIGUOUS_CURRENCY_WORDS, token.norm) !== undefined && before !== undefined) return wordEntry(CROWN_QUALIFIERS, before.norm);
  return undefined;
}

/** The currencies an ambiguous word at `i` may name ("kr": SEK, NOK, DKK, ISK), unless its country settles it. */
export function ambiguousCurrencyAt(tokens: readonly Token[], i: number): readonly string[] | undefined {
  const token = tokens[i]!;
  const candidates = wordEntry(AMBIGUOUS_CURRENCY_WORDS, token.norm);
  if (candidates === undefined) return undefined;
  return moreCurrencyAt(tokens, i, false) === undefined ? candidates : undefined;
}

/** True when the token at `i` is a currency sign no table knows ("₾", "₦"): the words name a currency the reader cannot read. */
export function unknownCurrencySignAt(tokens: readonly Token[], i: number, known: (i: number) => boolean): boolean {
  return /\p{Sc}/u.test(tokens[i]!.raw) && !known(i);
}
