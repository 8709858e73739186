/** Vowels of the Latin alphabet (with "y"), as normalised words spell them (accents removed). */
const VOWELS = /[aeiouy]/;

/**
 * A run of consonants this long is spelt by no word a shopper types ("sdfghjkl"); real words reach six ("watchstrap",
 * "strengths", "handschuhe", Czech "zmrzlina").
 */
const CONSONANT_RUN_MIN = 7;

/**
 * Keys side by side this many times in one direction along a keyboard row ("qwert", "lkjhg") is a slid finger; four
 * happen inside real words ("blazer" on AZERTY, "property", "hertz", "wertvoll").
 */
const ROW_RUN_MIN = 5;

/** No vowel in this many letters is mash ("zxcvbn", "jkjkjk"); four-letter abbreviations ("dslr", "hdtv") are not. */
const NO_VOWEL_MIN = 5;

/** A run of `CONSONANT_RUN_MIN` letters none of which is a vowel. */
const CONSONANT_RUN = new RegExp(`[^aeiouy]{${CONSONANT_RUN_MIN}}`);

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
 * letters alone: one letter repeated ("zzzz"), no vowel in five letters or more ("zxcvbn", "jkjkjk", "ghghgh"), a run
 * of seven consonants, or five neighbouring keys slid along a row ("qwertyuiop", "asdfghjkl"). A word with a digit ("ps5",
 * "rtx4070") names a model; a short one ("tv", "rtx") may be an abbreviation; a word in another script is not judged.
 */
export function isKeyboardMash(word: string): boolean {
  if (!/^[a-z]+$/.test(word) || word.length < 4) return false;
  // One key held or hit again ("zzzz", "qqqq").
  if (/^([a-z])\1+$/.test(word)) return true;
  // Without a vowel: five letters, or four slid along a row ("lkjh"); "dslr", "hdtv" are abbreviations.
  if (!VOWELS.test(word)) return word.length >= NO_VOWEL_MIN || slidesAlongRow(word, ROW_RUN_MIN - 1);
  if (CONSONANT_RUN.test(word)) return true;
  // Five keys slid inside a word, or the whole word one slide ("asdf", "uiop").
  return slidesAlongRow(word, Math.min(ROW_RUN_MIN, word.length));
}
