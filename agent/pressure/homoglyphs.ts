import { CONFUSABLE_TO_LATIN } from '../../protocol/index.ts';

/** A word that mixes Latin letters with look-alike letters from another script (a homoglyph trick). */
export interface HomoglyphToken {
  /** Offsets in the string that was scanned. */
  readonly start: number;
  readonly end: number;
  /** The word with every look-alike replaced by the Latin letter it imitates. */
  readonly folded: string;
}

const WORD = /\p{L}+/gu;
const ASCII_LETTER = /[A-Za-z]/;
/** Letters found only in the Turkish (and Azerbaijani) Latin alphabet among the languages read here. */
const TURKISH_ONLY = /[\u011e\u011f\u015e\u015f\u0130\u018f\u0259]/u;
/** Letters Turkish shares with French or German. */
const TURKISH_SHARED = /[\u00c7\u00e7\u00d6\u00f6\u00dc\u00fc]/u;
/**
 * A Turkish word with ı by its shape alone: back vowels only (a, ı, o, u: Turkish vowel harmony puts ı with them) and an
 * ending in ı or in a suffix that starts with it ("kaldı", "ayında", "sayısı", "alıyor"). English words spelt with ı
 * to pass a filter keep their front vowels ("dısregard", "prevıous") or end in a consonant cluster ("clıck").
 */
const TURKISH_I_WORD = /(?<!\p{L})[b-df-hj-np-tv-zçğş]*(?:[aou\u0131][b-df-hj-np-tv-zçğş]*)*\u0131(?:[nmkrz]|nda|ndan|na|nı|yla|ya|yor|dır|tır|lar|ları)?(?!\p{L})/iu;

/**
 * Whether the dotless ı of `source` is a native letter (the text is written in Turkish) rather than an i in disguise:
 * the text also uses a letter of the Turkish alphabet that English lacks, one only Turkish has (ğ, ş, İ, ə) or one it
 * shares with French or German (ç, ö, ü). `source` is the text before diacritics were dropped. An attacker can always add
 * such a letter, so this decides only how the ı is read, never whether a text escapes: the detector reads such a text
 * both ways (ı kept, and ı as i) and keeps the worse reading (`pressure-detector.ts`). A Turkish line with ı in one word
 * ("Kargo ücreti sepet sayfasında gösterilir") is Turkish, not a disguise, and so is a line whose only Turkish letter is
 * ı in a word shaped like Turkish (see TURKISH_I_WORD).
 */
export function dotlessIIsNative(source: string): boolean {
  if (!source.includes('\u0131')) return false;
  return TURKISH_ONLY.test(source) || TURKISH_SHARED.test(source) || TURKISH_I_WORD.test(source);
}

/**
 * Finds words that use look-alike letters to pass as Latin: a mix of Latin and confusable letters in one word,
 * or a whole confusable word inside mostly-Latin text. Genuine Cyrillic or Greek text is left alone, and so is the
 * dotless ı of Turkish text (`nativeDotlessI`, see `dotlessIIsNative`).
 */
export function findHomoglyphTokens(text: string, nativeDotlessI = false): HomoglyphToken[] {
  if (!/[\u0370-\u058f\u0261\u0131\u0237]/.test(text)) return [];
  let latinLetters = 0;
  let otherLetters = 0;
  for (const match of text.matchAll(WORD)) {
    for (const ch of match[0]) {
      if (ASCII_LETTER.test(ch)) latinLetters++;
      else otherLetters++;
    }
  }
  const mostlyLatin = latinLetters >= 0.7 * (latinLetters + otherLetters);
  const found: HomoglyphToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    let confusable = 0;
    let latin = 0;
    let foreign = 0;
    let folded = '';
    for (const ch of word) {
      const latinTwin = nativeDotlessI && ch === '\u0131' ? undefined : CONFUSABLE_TO_LATIN.get(ch);
      if (latinTwin !== undefined) {
        confusable++;
        folded += latinTwin;
      } else {
        if (ASCII_LETTER.test(ch)) latin++;
        else foreign++;
        folded += ch;
      }
    }
    if (confusable === 0) continue;
    const mixed = latin > 0;
    const disguisedWord = latin === 0 && foreign === 0 && word.length >= 2 && mostlyLatin;
    if (mixed || disguisedWord) found.push({ start: match.index, end: match.index + word.length, folded });
  }
  return found;
}
