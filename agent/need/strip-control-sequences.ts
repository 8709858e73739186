// ESC-introduced sequences: CSI (ESC [ params final), OSC (ESC ] … BEL or ESC \), and two-character escapes; then the
// 8-bit CSI (U+009B) form, and finally any other C0/C1 control character except tab and line breaks.
const ESCAPE_SEQUENCE = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])|\u009b[0-?]*[ -/]*[@-~]/g;
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * A request as the person meant it: terminal escape sequences (colours, cursor moves, "clear screen" pasted from a
 * terminal) and other control characters removed, each replaced by a space so the words on either side stay apart.
 * Without this the leftover of "ESC [2J" read as "2 jours".
 */
export function stripControlSequences(text: string): string {
  if (!/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(text)) return text;
  return text.replace(ESCAPE_SEQUENCE, ' ').replace(CONTROL_CHARACTER, ' ');
}
