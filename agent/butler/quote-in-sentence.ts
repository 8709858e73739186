import { quotationMarksAsApostrophes } from '../language/index.ts';
import { brandText } from '../scoring/index.ts';

/**
 * Brand text placed in one of the butler's own sentences: invisible and control characters stripped, one line,
 * truncated, and every quotation mark in it written as an apostrophe, so it can neither open nor close the butler's
 * quotations (see `quoteInSentence`).
 */
export function inSentence(field: string, text: string, maxLength: number): string {
  return quotationMarksAsApostrophes(brandText(field, text, maxLength));
}

/**
 * Brand text inside one of the butler's own sentences as one quotation it cannot leave (`inSentence`, in quotes), so
 * no word of the brand's stands outside the quotes to read as the butler's (a title ending in `" from Trailco for
 * 49.00 EUR` in the sentence the person confirms).
 */
export function quoteInSentence(field: string, text: string, maxLength = 120): string {
  return `"${inSentence(field, text, maxLength)}"`;
}
