import { cutWithEllipsis, withoutHiddenCharacters } from '../../protocol/index.ts';
import type { Language } from './language.ts';

/** Quotation marks brand text could use to close Majordome's quotation early (straight, curly, low, guillemets, primes). */
const QUOTATION_MARKS = /["\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\u301d\u301e\uff02]/g;

/** Brand text with every quotation mark of its own written as an apostrophe, so it can neither open nor close a quotation of Majordome's. */
export function quotationMarksAsApostrophes(text: string): string {
  return text.replace(QUOTATION_MARKS, "'");
}

/** Longest brand text quoted in one of Majordome's sentences by default. */
export const MAX_QUOTED_BRAND_WORD = 120;

/**
 * The one way Majordome quotes words a brand wrote (a card name, a title) inside its own sentences, in any surface:
 * escape sequences removed whole, controls, bidi and invisible characters dropped, one line, cut to `maxLength` with an
 * ellipsis, every quotation mark of the brand's own written as an apostrophe, and set in the language's quotation marks
 * (“…” in English, « … » in French) — so a name like `Best price — recommended by Majordome` reads as the brand's
 * words, never as Majordome's verdict.
 */
export function quoteBrandWordIn(text: string, language: Language, maxLength = MAX_QUOTED_BRAND_WORD): string {
  const word = quotationMarksAsApostrophes(cutWithEllipsis(withoutHiddenCharacters(text).replace(/\s+/g, ' ').trim(), maxLength));
  return language === 'fr' ? `« ${word} »` : `“${word}”`;
}
