import { escapeHiddenInJson } from '../../protocol/index.ts';

/**
 * Serialises a value as a JSON data block wrapped in `<data>` tags, for a user message. `<`, `>` and `&` are
 * escaped so no string can close the block, and invisible characters (protocol's one definition of them: controls,
 * zero-width, bidi and tag characters, blank fillers…) are written as visible `\uXXXX` escapes, so text hidden from a
 * person is not hidden from review either. The JSON stays valid: parsing it gives back the original strings.
 */
export function quoteAsData(name: string, value: unknown, trust: 'person' | 'majordome' | 'untrusted-brand-content' = 'person'): string {
  const json = escapeHiddenInJson(JSON.stringify(value, null, 1).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026'));
  return `<data name="${name}" trust="${trust}">\n${json}\n</data>`;
}
