import { ESCAPE_SEQUENCE } from '../../protocol/index.ts';

const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/**
 * A request as the person meant it: terminal escape sequences (colours, cursor moves, "clear screen", window titles and
 * device strings pasted from a terminal) removed whole — protocol's `ESCAPE_SEQUENCE`, the one definition every surface
 * uses — and other control characters, each replaced by a space so the words on either side stay apart. Without this
 * the leftover of "ESC [2J" read as "2 jours".
 */
export function stripControlSequences(text: string): string {
  if (!/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(text)) return text;
  return text.replace(ESCAPE_SEQUENCE, ' ').replace(CONTROL_CHARACTER, ' ');
}
