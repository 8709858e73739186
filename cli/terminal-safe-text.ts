import { ESCAPE_SEQUENCE } from '../protocol/index.ts';

/** How `terminalSafeText` treats line breaks and length. */
export interface TerminalSafeOptions {
  /** Keep line breaks (for multi-line text the butler itself composed); by default every line break becomes a space. */
  readonly multiline?: boolean;
  /** Cut longer text with an ellipsis. */
  readonly maxLength?: number;
}

// C0 and C1 controls (line breaks and tabs handled apart), bidi embeddings, overrides, isolates and marks, zero-width
// and invisible formatting characters, interlinear annotations, tag characters and variation selectors.
const INVISIBLE =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb]|\udb40[\udc00-\uddef]/g;
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\u0085]/g;

/**
 * Makes untrusted text (anything a brand wrote) safe to print on a terminal: escape sequences (which can clear the
 * screen, move the cursor or rewrite earlier lines) are removed whole, other control characters, bidi overrides and
 * invisible formatting are dropped, tabs become spaces and, unless `multiline`, line breaks too — so brand text can
 * neither repaint the screen nor forge a line that looks like the butler's own.
 */
export function terminalSafeText(text: string, options: TerminalSafeOptions = {}): string {
  let safe = text.replace(ESCAPE_SEQUENCE, '').replace(INVISIBLE, '').replace(/\t/g, ' ');
  safe = options.multiline ? safe.replace(LINE_BREAK, '\n') : safe.replace(LINE_BREAK, ' ').replace(/ {2,}/g, ' ');
  const max = options.maxLength;
  if (max !== undefined && safe.length > max) safe = `${safe.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
  return safe;
}
