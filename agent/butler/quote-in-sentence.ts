import { brandText } from '../scoring/index.ts';

/** Quotation marks a text could use to end a quotation early (straight, curly, low, guillemets, primes). */
const QUOTATION_MARKS = /["\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02]/g;

/**
 * Brand text placed in one of the butler's own sentences: invisible and control characters stripped, one line,
 * truncated, and every quotation mark in it written as an apostrophe, so it can neither open nor close the butler's
 * quotations (see `quoteInSentence`).
 */
export function inSentence(field: string, text: string, maxLength: number): string {
  return brandText(field, text, maxLength).replace(QUOTATION_MARKS, "'");
}

/**
 * Brand text inside one of the butler's own sentences as one quotation it cannot leave (`inSentence`, in quotes), so
 * no word of the brand's stands outside the quotes to read as the butler's (a title ending in `" from Trailco for
 * 49.00 EUR` in the sentence the person confirms).
 */
export function quoteInSentence(field: string, text: string, maxLength = 120): string {
  return `"${inSentence(field, text, maxLength)}"`;
}
