/**
 * Whole terminal escape sequences, so no parameter residue ("[2J", "[31m") is left behind when they are removed: CSI
 * (ESC [ or the C1 byte 0x9b), OSC, DCS, SOS, PM and APC strings up to their terminator, then any other two-byte ESC
 * sequence. Global: use with `replace`.
 */
export const ESCAPE_SEQUENCE =
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[ -~]?/g;

/**
 * C0 and C1 controls but tab, line feed and carriage return (each caller decides what those become), bidi embeddings,
 * overrides, isolates and marks, zero-width and invisible formatting characters, interlinear annotations,
 * tag characters and variation selectors: what lets text repaint a display or read differently from its bytes. Global:
 * use with `replace`.
 */
export const INVISIBLE_CHARACTERS =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb]|\udb40[\udc00-\uddef]/g;

/**
 * Text without its escape sequences (removed whole) and invisible characters: what it reads as, with nothing left that
 * could repaint a display or make the text read differently from its bytes. Tab and line breaks stay for the caller.
 */
export function withoutHiddenCharacters(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(INVISIBLE_CHARACTERS, '');
}
