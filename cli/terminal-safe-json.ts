import { INVISIBLE_CHARACTERS } from '../protocol/index.ts';

// Also the line and paragraph separators, which some terminals and viewers break lines on.
const HIDDEN_IN_JSON = new RegExp(`${INVISIBLE_CHARACTERS.source}|[\\u2028\\u2029]`, INVISIBLE_CHARACTERS.flags);

/** `\uXXXX` for each UTF-16 unit (a tag character is a surrogate pair: two escapes, which JSON reads back as one). */
function escaped(match: string): string {
  let out = '';
  for (let i = 0; i < match.length; i++) out += `\\u${match.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/**
 * JSON for the terminal (`--json` output): the same value as `JSON.stringify`, with every control, bidi and invisible
 * character written as its `\uXXXX` escape. JSON.stringify escapes only C0 controls, so brand text carrying a C1 CSI
 * (U+009B, which terminals read as ESC [) or a bidi override reached the terminal raw; escaped, it parses back to the
 * very same string.
 */
export function terminalSafeJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(HIDDEN_IN_JSON, escaped);
}
