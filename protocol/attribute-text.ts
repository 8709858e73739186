import { CONFUSABLE_TO_LATIN } from './confusable-letters.ts';
import { INVISIBLE_CHARACTERS } from './escape-sequences.ts';

/** Printable ASCII: compared as before, trimmed and lower-cased (every value of the reference market is one). */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

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
  for (const ch of text.normalize('NFKC').replace(/\s+/gu, ' ').replace(INVISIBLE_CHARACTERS, '')) folded += CONFUSABLE_TO_LATIN.get(ch) ?? ch;
  return folded.trim().toLowerCase();
}

/** A change from a small letter to a capital ("MidnightBlack"): a word boundary a person reads. */
const CASE_CHANGE = /(\p{Ll})(\p{Lu})/gu;
/** What separates words once a value is folded: anything but letters, digits and combining marks. */
const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/u;

/**
 * The words of a text attribute value as a person reads them: folded like `attributeTextKey`, split at anything but
 * letters and digits and where a small letter meets a capital. `attributeWords('Midnight-Black')` is
 * ['midnight', 'black'], as is `attributeWords('MidnightBlack')`.
 */
export function attributeWords(text: string): string[] {
  return attributeTextKey(text.replace(CASE_CHANGE, '$1 $2')).split(NOT_WORD).filter((w) => w.length > 0);
}

/**
 * Whether a text value names `phrase` as a person reads it: the same text (`attributeTextKey`), or the phrase's words
 * whole and in order among the value's ("matte black", "Black/Red" and "Midnight Black" name black; "blackberry" does
 * not; "JBL Inc." names JBL). A phrase without a word (punctuation) names only the same text.
 */
export function namesAttributeText(value: string, phrase: string): boolean {
  const key = attributeTextKey(value);
  const wanted = attributeTextKey(phrase);
  if (key === wanted) return true;
  // Each of the phrase's words is in the folded value as written: most values are told apart here, without splitting.
  const words = attributeWords(phrase);
  if (words.length === 0 || !words.every((w) => key.includes(w))) return false;
  return indexOfWordRun(attributeWords(value), words) >= 0;
}

/**
 * Where `words` stand whole and in order in `have`, at or after index `from`: the index of the first of them, or −1.
 * The one search behind `namesAttributeText` and a title's reading (`titleNamesValue`).
 */
export function indexOfWordRun(have: readonly string[], words: readonly string[], from = 0): number {
  for (let i = from; i + words.length <= have.length; i++) {
    let all = true;
    for (let j = 0; j < words.length && all; j++) all = have[i + j] === words[j];
    if (all) return i;
  }
  return -1;
}
