import { tokenize } from './tokenize.ts';

/** Possessives before a thing the person (or someone close) already has: "my MacBook", "notre bouilloire". */
const POSSESSIVES: ReadonlySet<string> = new Set(['my', 'our', 'his', 'her', 'their', 'mon', 'ma', 'mes', 'notre', 'nos', 'ton', 'ta']);
const BOUNDARIES: ReadonlySet<string> = new Set([',', '.', ':', ';', '!', '?', '-', '(']);

/**
 * The text with each word right after a possessive blanked (same length), from the first clause boundary on: "Monitor:
 * 27", USB-C so my MacBook charges from it" names a monitor; the MacBook is what the person has. The first phrase is
 * kept whole ("My kettle only holds a pint"): that is where a request names its product.
 */
export function withoutOwnedProducts(text: string): string {
  const tokens = tokenize(text);
  const boundary = tokens.findIndex((t) => t.kind === 'punct' && BOUNDARIES.has(t.norm));
  if (boundary < 0) return text;
  let out = text;
  for (let k = boundary + 1; k + 1 < tokens.length; k++) {
    const next = tokens[k + 1]!;
    if (!POSSESSIVES.has(tokens[k]!.norm) || next.kind !== 'word') continue;
    out = `${out.slice(0, next.start)}${' '.repeat(next.end - next.start)}${out.slice(next.end)}`;
  }
  return out;
}
