import { cutWithEllipsis, withoutHiddenCharacters } from '../protocol/index.ts';

/** How `terminalSafeText` treats line breaks and length. */
export interface TerminalSafeOptions {
  /** Keep line breaks (for multi-line text the butler itself composed); by default every line break becomes a space. */
  readonly multiline?: boolean;
  /** Cut longer text with an ellipsis. */
  readonly maxLength?: number;
}

const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\u0085]/g;

/**
 * Makes untrusted text (anything a brand wrote) safe to print on a terminal: escape sequences (which can clear the
 * screen, move the cursor or rewrite earlier lines) are removed whole, other control characters, bidi overrides and
 * invisible formatting are dropped, tabs become spaces and, unless `multiline`, line breaks too — so brand text can
 * neither repaint the screen nor forge a line that looks like the butler's own.
 */
export function terminalSafeText(text: string, options: TerminalSafeOptions = {}): string {
  let safe = withoutHiddenCharacters(text).replace(/\t/g, ' ');
  safe = options.multiline ? safe.replace(LINE_BREAK, '\n') : safe.replace(LINE_BREAK, ' ').replace(/ {2,}/g, ' ');
  return options.maxLength === undefined ? safe : cutWithEllipsis(safe, options.maxLength);
}
