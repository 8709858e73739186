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

/**
 * Finds words that use look-alike letters to pass as Latin: a mix of Latin and confusable letters in one word,
 * or a whole confusable word inside mostly-Latin text. Genuine Cyrillic or Greek text is left alone.
 */
export function findHomoglyphTokens(text: string): HomoglyphToken[] {
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
      const latinTwin = CONFUSABLE_TO_LATIN.get(ch);
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
