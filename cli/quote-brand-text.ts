import { quoteBrandWordIn, type Language } from '../agent/language/index.ts';

/** Longest brand text quoted on a terminal line by default (the purchase confirmation's limit). */
export const MAX_QUOTED_BRAND_TEXT = 120;

/**
 * The one way the terminal shows words a brand wrote (a card name, a title, a pitch, a decline, an error): Majordome's
 * own quoting of brand words (`quoteBrandWordIn`: escape sequences, controls, bidi and invisible characters gone, one
 * line, cut to `maxLength`, in the language's quotation marks — “…” or « … » — with every quotation mark of its own
 * written as an apostrophe) — so the reader always sees where the brand's words end and the butler's begin, and a title
 * cannot carry a price, a rank or a "recommended" label out of its quotation.
 */
export function quoteBrandText(text: string, maxLength = MAX_QUOTED_BRAND_TEXT, language: Language = 'en'): string {
  return quoteBrandWordIn(text, language, maxLength);
}
