import { terminalSafeText } from './terminal-safe-text.ts';

/** Quotation marks brand text could use to close the butler's quotation early (straight, curly, low, guillemets, primes). */
const QUOTATION_MARKS = /["\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02]/g;

/** Longest brand text quoted on a terminal line by default (the purchase confirmation's limit). */
export const MAX_QUOTED_BRAND_TEXT = 120;

/**
 * The one way the terminal shows words a brand wrote (a card name, a title, a pitch, a decline, an error): made
 * terminal-safe (escape sequences, controls, bidi and invisible characters gone, one line), cut to `maxLength`, and set
 * in “curly quotes” with every quotation mark of its own written as an apostrophe — so the reader always sees where the
 * brand's words end and the butler's begin, and a title cannot carry a price, a rank or a "recommended" label out of
 * its quotation.
 */
export function quoteBrandText(text: string, maxLength = MAX_QUOTED_BRAND_TEXT): string {
  return `“${terminalSafeText(text, { maxLength }).replace(QUOTATION_MARKS, "'")}”`;
}
