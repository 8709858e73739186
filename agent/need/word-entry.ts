/**
 * The entry of a word table for a word the person typed — never a property every object inherits: "constructor",
 * "toString" or "__proto__" typed in a request are words, not functions.
 */
export function wordEntry<V>(table: Readonly<Record<string, V>>, word: string): V | undefined {
  return Object.hasOwn(table, word) ? table[word] : undefined;
}
