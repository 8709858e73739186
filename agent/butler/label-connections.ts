import type { BrandConnection } from './brand-connection.ts';

const key = (text: string) => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

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
    return ambiguous ? { ...c, card: { ...c.card, name: `${c.card.name} (${c.id})`.slice(0, 120) } } : c;
  });
}
