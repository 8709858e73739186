/** Vowels of the Latin alphabet (with "y"), as normalised words spell them (accents removed). */
const VOWELS = /[aeiouy]/;

/** A run of consonants this long is spelt by no word a shopper types ("sdfghjkl"); German's "schw" is four. */
const CONSONANT_RUN_MIN = 5;

/** Keys side by side this many times in one direction along a keyboard row ("qwer", "lkjh", "uiop") is a slid finger. */
const ROW_RUN_MIN = 4;

/** The letter rows of QWERTY, AZERTY and QWERTZ keyboards. */
const KEYBOARD_ROWS: readonly string[] = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'azertyuiop', 'qsdfghjklm', 'wxcvbn', 'qwertzuiop', 'yxcvbnm'];

/** Whether `word` holds `min` letters in a row that are neighbouring keys along one keyboard row, in one direction. */
function slidesAlongRow(word: string, min: number): boolean {
  for (const row of KEYBOARD_ROWS) {
    for (const step of [1, -1]) {
      let run = 1;
      for (let k = 1; k < word.length; k++) {
        const before = row.indexOf(word[k - 1]!);
        run = before >= 0 && row.indexOf(word[k]!) === before + step ? run + 1 : 1;
        if (run >= min) return true;
      }
    }
  }
  return false;
}

/**
 * Whether a word typed in lower-case Latin letters is keyboard mash rather than a word or a model name, judged by its
 * letters alone: no vowel in four letters or more ("zxcvbn", "jkjkjk", "ghghgh"), a run of five consonants
 * ("asdfghjkl"), or four neighbouring keys slid along a row ("qwertyuiop", "lkjhlkjh"). A word with a digit ("ps5",
 * "rtx4070") names a model; a short one ("tv", "rtx") may be an abbreviation; a word in another script is not judged.
 */
export function isKeyboardMash(word: string): boolean {
  if (!/^[a-z]+$/.test(word) || word.length < 4) return false;
  if (!VOWELS.test(word)) return true;
  if (new RegExp(`[^aeiouy]{${CONSONANT_RUN_MIN}}`).test(word)) return true;
  return slidesAlongRow(word, ROW_RUN_MIN);
}
