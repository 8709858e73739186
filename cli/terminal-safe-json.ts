import { escapeHiddenInJson } from '../protocol/index.ts';

/**
 * JSON for the terminal (`--json` output): the same value as `JSON.stringify`, with every control, bidi and invisible
 * character written as its `\uXXXX` escape. JSON.stringify escapes only C0 controls, so brand text carrying a C1 CSI
 * (U+009B, which terminals read as ESC [) or a bidi override reached the terminal raw; escaped, it parses back to the
 * very same string.
 */
export function terminalSafeJson(value: unknown, indent?: number): string {
  return escapeHiddenInJson(JSON.stringify(value, null, indent));
}
