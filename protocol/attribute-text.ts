import { CONFUSABLE_TO_LATIN } from './confusable-letters.ts';

/** Printable ASCII: compared as before, trimmed and lower-cased (every value of the reference market is one). */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/**
 * Characters a reader does not see: controls, format characters (zero-width, bidi, soft hyphen, tags), variation
 * selectors, the combining grapheme joiner and the Hangul fillers.
 */
const UNSEEN = /[\p{Cc}\p{Cf}\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u3164\ufe00-\ufe0f\uffa0\u{e0100}-\u{e01ef}]/gu;

/**
 * The form in which two text attribute values are compared: what a person reads. Compatibility forms are folded
 * (full-width letters), characters no one sees are dropped, letters of another script that look Latin are read as the
 * Latin letter (a Cyrillic "а" in "black"), spaces collapsed, case ignored. A value written to look like "black" while
 * comparing as another word must not pass a person's "not black".
 * @example attributeTextKey('bl\u0430ck\u200b') // 'black'
 */
export function attributeTextKey(text: string): string {
  if (PRINTABLE_ASCII.test(text)) return text.trim().toLowerCase();
  let folded = '';
  for (const ch of text.normalize('NFKC').replace(/\s+/gu, ' ').replace(UNSEEN, '')) folded += CONFUSABLE_TO_LATIN.get(ch) ?? ch;
  return folded.trim().toLowerCase();
}
