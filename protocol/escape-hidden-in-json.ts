import { INVISIBLE_CHARACTERS } from './escape-sequences.ts';

// The invisible characters, and the line and paragraph separators, which some terminals and viewers break lines on.
const HIDDEN_IN_JSON = new RegExp(`${INVISIBLE_CHARACTERS.source}|[\\u2028\\u2029]`, INVISIBLE_CHARACTERS.flags);

/** `\uXXXX` for each UTF-16 unit (a tag character is a surrogate pair: two escapes, which JSON reads back as one). */
function escaped(match: string): string {
  let out = '';
  for (let i = 0; i < match.length; i++) out += `\\u${match.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/**
 * JSON text with every invisible character (`INVISIBLE_CHARACTERS`) and line or paragraph separator written as its
 * visible `\uXXXX` escape: JSON.stringify escapes only C0 controls, so a bidi override, a zero-width or tag character
 * or a C1 control reached the reader raw. The JSON stays valid and parses back to the very same strings.
 */
export function escapeHiddenInJson(json: string): string {
  return json.replace(HIDDEN_IN_JSON, escaped);
}
