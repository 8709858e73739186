/** Invisible or direction-changing characters (format controls incl. zero-width, bidi and tag characters, line separators). */
const HIDDEN = /[\p{Cf}\u2028\u2029]/gu;

function escapeUnits(char: string): string {
  let out = '';
  for (let i = 0; i < char.length; i++) out += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return out;
}

/**
 * Serialises a value as a JSON data block wrapped in `<data>` tags, for a user message. `<`, `>` and `&` are
 * escaped so no string can close the block, and invisible characters (zero-width, bidi overrides, Unicode tag
 * characters) are written as visible `\uXXXX` escapes, so text hidden from a person is not hidden from review either.
 * The JSON stays valid: parsing it gives back the original strings.
 */
export function quoteAsData(name: string, value: unknown, trust: 'person' | 'majordome' | 'untrusted-brand-content' = 'person'): string {
  const json = JSON.stringify(value, null, 1)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(HIDDEN, escapeUnits);
  return `<data name="${name}" trust="${trust}">\n${json}\n</data>`;
}
