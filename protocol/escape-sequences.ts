/**
 * Whole terminal escape sequences, so no parameter residue ("[2J", "[31m") is left behind when they are removed: CSI
 * (ESC [ or the C1 byte 0x9b), OSC, DCS, SOS, PM and APC strings up to their terminator, then any other two-byte ESC
 * sequence. Global: use with `replace`.
 */
export const ESCAPE_SEQUENCE =
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[ -~]?/g;

/**
 * Characters a reader does not see, the one definition of them: C0 and C1 controls but tab, line feed and carriage
 * return (each caller decides what those become), every format character (bidi embeddings, overrides, isolates and
 * marks, zero-width characters, the soft hyphen, interlinear annotations, tag characters), variation selectors, the
 * combining grapheme joiner, and the blank "letters" that draw nothing (the Hangul fillers, the Braille blank): what
 * lets text repaint a display, pass for empty or read differently from its bytes. Global: use with `replace`.
 */
export const INVISIBLE_CHARACTERS =
  /(?![\t\n\r])[\p{Cc}\p{Cf}\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u2065\u2800\u3164\ufe00-\ufe0f\uffa0\u{e0000}-\u{e01ef}]/gu;

/**
 * Text without its escape sequences (removed whole) and invisible characters: what it reads as, with nothing left that
 * could repaint a display or make the text read differently from its bytes. Tab and line breaks stay for the caller.
 */
export function withoutHiddenCharacters(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(INVISIBLE_CHARACTERS, '');
}
