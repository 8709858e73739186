import { normalizeText } from '../pressure/index.ts';
import type { BrandConnection } from './brand-connection.ts';

/** The longest card name the butler shows (the card schema's limit), label included. */
const MAX_SHOWN_NAME = 120;

/**
 * What a name reads as: case, accents, invisible characters and look-alike letters from other scripts folded
 * (`normalizeText`), and the Latin look-alikes a reader cannot tell apart in a name (i, l, 1 and | alike, 0 for o, rn
 * for m, vv for w), so "Trаilco" with a Cyrillic а and "TraiIco" both read as "trailco".
 */
const key = (text: string) =>
  normalizeText(text)
    .text.replace(/[il1|]/g, 'l')
    .replace(/0/g, 'o')
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** "name (entry id)" within the name limit: padding and invisible characters cannot push the entry id out of sight. */
function labelled(name: string, id: string): string {
  const suffix = ` (${id})`;
  const visible = name.replace(/[\p{Cc}\p{Cf}\p{Z}]+/gu, ' ').trim();
  return `${[...visible].slice(0, Math.max(0, MAX_SHOWN_NAME - suffix.length)).join('').trimEnd()}${suffix}`;
}

/**
 * Keeps a card's display name from passing for another brand: when a name reads like another connection's name or
 * id ("Trailco" on the endpoint configured as sly-shoes), every brand involved is shown as "name (entry id)".
 */
export function labelConnections<C extends BrandConnection>(connections: readonly C[]): C[] {
  const claims = new Map<string, Set<string>>();
  const claim = (text: string, id: string) => {
    const k = key(text);
    if (k) claims.set(k, (claims.get(k) ?? new Set()).add(id));
  };
  for (const c of connections) {
    claim(c.card.name, c.id);
    claim(c.id, c.id);
  }
  return connections.map((c) => {
    const ambiguous = (claims.get(key(c.card.name))?.size ?? 0) > 1;
    return ambiguous ? { ...c, card: { ...c.card, name: labelled(c.card.name, c.id) } } : c;
  });
}
