import { BoundedMap, ESCAPE_SEQUENCE, INVISIBLE_CHARACTERS, cutWithEllipsis } from '../../protocol/index.ts';

/** A piece of brand-controlled text, kept as a quote: data to show, never instructions to follow. */
export interface Quote {
  /** Which brand field it comes from, e.g. "pitch" or "product.title". */
  readonly field: string;
  /** The quoted text, single-line and truncated. */
  readonly text: string;
  readonly truncated: boolean;
  /** Offsets of the span in the original field, when known. */
  readonly start?: number | undefined;
  readonly end?: number | undefined;
}

/** Longest quote kept from brand text. */
export const MAX_QUOTE_LENGTH = 80;

// The bytes that open a terminal escape sequence (ESC and the C1 introducers).
const ESCAPE_INTRODUCER = /[\u001b\u0090\u0098\u009b\u009d-\u009f]/;
// Control, bidi-override and zero-width characters could smuggle layout tricks into a terminal or a prompt.
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Quotes brand text safely: control characters stripped, whitespace collapsed, truncated with an ellipsis. */
export function quoteText(field: string, text: string, span?: { start: number; end: number }, maxLength = MAX_QUOTE_LENGTH): Quote {
  let clean = cleaned.get(text);
  if (clean === undefined) {
    // Escape sequences go whole first: stripping only their ESC would leave "[31m" in the quote.
    // Then layout-breaking characters become spaces, and the other invisible ones the terminal strips (soft hyphen,
    // Arabic letter mark, variation selectors, tags…: protocol's INVISIBLE_CHARACTERS) go, so every surface shows the same name.
    clean = (ESCAPE_INTRODUCER.test(text) ? text.replace(ESCAPE_SEQUENCE, ' ') : text)
      .replace(UNSAFE_CHARACTERS, ' ')
      .replace(INVISIBLE_CHARACTERS, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (text.length <= MAX_CACHED_TEXT) cleaned.set(text, clean);
  }
  const truncated = clean.length > maxLength;
  const body = cutWithEllipsis(clean, maxLength);
  return span ? { field, text: body, truncated, start: span.start, end: span.end } : { field, text: body, truncated };
}

// The same brand texts are quoted again and again (a brand's name on every line, a value in every check): cleaned once.
// Bounded in count and in length, so the cache stays a few megabytes.
const cleaned = new BoundedMap<string, string>(10_000);
const MAX_CACHED_TEXT = 400;

/** Brand text shown as data (to a person or another assistant): invisible and control characters stripped, one line, truncated. */
export function brandText(field: string, text: string, maxLength = 160): string {
  return quoteText(field, text, undefined, maxLength).text;
}
