/**
 * "two things: a kettle and a stick vacuum, start with the first one", "une tente et deux sacs de couchage, on commence
 * par la tente": a request naming several products and saying which to shop for first. The words after the marker name
 * it, or point at it by its place in the list.
 */
const MARKER = /\b(?:let'?s\s+)?(?:start(?:ing)?|begin(?:ning)?)\s+with\b|\b(?:on\s+)?commen[cç](?:e|ons|er|era)\s+par\b|\bd['’]abord\b|\ben\s+premier\b/i;
/** A place in the list said instead of a name ("the first one", "le second"), from 0. */
const ORDINALS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:the\s+)?first(?:\s+one)?$|^(?:le|la)\s+premi[eè]re?$/i, 0],
  [/^(?:the\s+)?(?:second|other|last)(?:\s+one)?$|^(?:le|la)\s+(?:second|seconde|deuxi[eè]me|derni[eè]re?|autre)$/i, 1],
];
/** What ends the phrase after the marker. */
const PHRASE_END = /[,;:.!?(]/;
/** What separates the products listed ("a kettle, and a stick vacuum", "une tente et deux sacs"). */
const LIST_BREAK = /[,;:.!?]|\b(?:and|then|plus|et|puis)\b/gi;

/** One part of a request between list breaks, with where it starts. */
export interface RequestPart {
  readonly text: string;
  readonly start: number;
}

/** The parts of a request between list breaks, in order. */
export function requestParts(text: string): RequestPart[] {
  const parts: RequestPart[] = [];
  let start = 0;
  for (const m of text.matchAll(LIST_BREAK)) {
    parts.push({ text: text.slice(start, m.index), start });
    start = m.index + m[0].length;
  }
  parts.push({ text: text.slice(start), start });
  return parts.filter((p) => p.text.trim() !== '');
}

/** Which product the person says to start with: the words naming it, or its place among the products listed before. */
export type StartWith = { readonly kind: 'named'; readonly phrase: string } | { readonly kind: 'place'; readonly index: number; readonly before: string };

export function productToStartWith(text: string): StartWith | undefined {
  const marker = MARKER.exec(text);
  if (!marker) return undefined;
  const after = text.slice(marker.index + marker[0].length).split(PHRASE_END)[0]!.trim();
  if (after === '') return undefined;
  for (const [pattern, index] of ORDINALS) if (pattern.test(after)) return { kind: 'place', index, before: text.slice(0, marker.index) };
  return { kind: 'named', phrase: after };
}
