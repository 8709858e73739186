import { terminalSafeText } from './terminal-safe-text.ts';

/**
 * Turns any thrown value into one readable line, keeping typed error codes visible. Messages quote what files and
 * brands wrote (a feed's price, a scenario's field), so the line is made terminal-safe: no escape sequence, no line break.
 */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return terminalSafeText(typeof code === 'string' ? `[${code}] ${error.message}` : error.message);
  }
  return terminalSafeText(String(error));
}
