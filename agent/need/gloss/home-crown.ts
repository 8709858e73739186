import { isReaderWord } from './detect-read-language.ts';
import { unreadLanguageOf } from './unread-language.ts';
import { splitVerbatim } from './verbatim-spans.ts';

/** A crown said without its country ("kr", "kr.", "kroner", "krone"), as a word of its own. */
const BARE_CROWN = /(?<![\p{L}\p{N}])(?:kroner|krone|kr)(?![\p{L}])/giu;

/**
 * The text with its bare crowns written as the crown of the language it is written in, when that is a language the
 * butler cannot read whose country pays in crowns (`UnreadLanguage.crown`: Norwegian "500 kr" is NOK, never read as
 * Swedish crowns through the Swedish gloss). Judged by function words only (`unreadLanguageOf`), never by names
 * ("Søren", "Bjørn"); quoted words and addresses are left as typed. The text unchanged otherwise.
 * @example
 * withHomeCrown('Jeg trenger løpesko, maks 1500 kr'); // 'Jeg trenger løpesko, maks 1500 NOK'
 */
export function withHomeCrown(text: string): string {
  if (!/kr/iu.test(text)) return text;
  const crown = unreadLanguageOf(text, isReaderWord)?.crown;
  if (crown === undefined) return text;
  return splitVerbatim(text).map((piece, k) => (k % 2 === 0 ? piece.replace(BARE_CROWN, crown) : piece)).join('');
}
