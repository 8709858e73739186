import { shortenId, withoutHiddenCharacters } from '../../protocol/index.ts';
import { MAX_NAME_LENGTH } from '../decision/index.ts';
import { BUTLER_NAMES } from '../identity/index.ts';
import { normalizeText } from '../pressure/index.ts';
import type { BrandConnection } from './brand-connection.ts';

/**
 * The longest labelled name, label included: the shortest any surface shows a brand's name (the explanation's), so no
 * surface cuts the entry id off a name padded to push it out of sight.
 */
const MAX_SHOWN_NAME = MAX_NAME_LENGTH;
/** Characters of the name kept however long the entry id is. */
const MIN_NAME_KEPT = 8;

/**
 * The words a name reads as: case, accents, invisible characters and look-alike letters from other scripts folded
 * (`normalizeText`), and the Latin look-alikes a reader cannot tell apart in a name (i, l, 1 and | alike, 0 for o, rn
 * for m, vv for w), so "Trаilco" with a Cyrillic а and "TraiIco" both read as "trailco". Words are split where a
 * reader sees them start: at anything but a letter or digit, and where a capital follows a small letter ("TrailcoShop").
 */
const wordsOf = (text: string): string[] =>
  normalizeText(text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2'))
    .text.replace(/[il1|]/g, 'l')
    .replace(/0/g, 'o')
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');

/** Whether the words `inner` stand, in order and whole, among the words `outer` ("Trailco" in "Trailco Outlet"). */
function containsRun(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let i = 0; i + inner.length <= outer.length; i++) if (inner.every((w, j) => outer[i + j] === w)) return true;
  return false;
}

/**
 * Whether a card name reads as another brand's name or entry id: the same letters however spaced ("Trail co"), or that
 * name's words whole within it ("Trailco Outlet", "Official TrailcoStore" does not: "TrailcoStore" splits as
 * "Trailco Store", which does).
 */
function readsAs(name: readonly string[], other: readonly string[]): boolean {
  return (name.join('') !== '' && name.join('') === other.join('')) || containsRun(name, other);
}

/** The label `labelled` puts after a name for an entry id. */
const labelOf = (id: string): string => ` (${shortenId(id, MAX_SHOWN_NAME - MIN_NAME_KEPT - 3)})`;

/**
 * "name (entry id)" within the name limit: padding and invisible characters cannot push the entry id out of sight, and
 * an id too long to fit beside the name's first characters is shortened with a hash of it (`shortenId`), never cut: two
 * entries whose ids share their beginning stay apart.
 */
function labelled(name: string, id: string): string {
  const suffix = labelOf(id);
  // Escape sequences go whole first: turning only their ESC into a space would leave "[31m" in the name.
  const visible = withoutHiddenCharacters(name).replace(/[\p{Cc}\p{Cf}\p{Z}]+/gu, ' ').trim();
  const room = Math.max(MIN_NAME_KEPT, MAX_SHOWN_NAME - suffix.length);
  const chars = [...visible];
  const kept = chars.length <= room ? visible : `${chars.slice(0, room - 1).join('').trimEnd()}…`;
  return `${kept}${suffix}`;
}

/** A name as it was before `labelled` (a ledger keeps names as they were shown): the label and the cut taken off. */
function unlabelled(name: string, id: string): string {
  const label = labelOf(id);
  return name.endsWith(label) ? name.slice(0, -label.length).replace(/…$/, '') : name;
}

/** A brand the person knows that is not connected now: an entry of brands.json, a brand of the trust ledger. */
export interface KnownBrand {
  readonly id: string;
  /** The name it was last shown under (the ledger's display name), if any. */
  readonly name?: string | undefined;
}

/**
 * The butler itself, as a brand the person knows: a card named "Majordome", "Your Butler" or "Your AI Assistant Picks"
 * would otherwise sell as if the person's own agent were the seller. Its id holds a ':' (never an entry's), so no
 * connection is ever taken for it.
 */
const THE_BUTLER_ITSELF: readonly KnownBrand[] = BUTLER_NAMES.map((name) => ({ id: ':majordome', name }));

/**
 * Keeps a card's display name from passing for another brand or for the butler itself: when a name reads like another connection's name or
 * id, or holds it whole ("Trailco", or "Trailco Outlet", on the endpoint configured as sly-shoes), every brand
 * involved is shown as "name (entry id)". `known` are the other brands the person knows (every entry configured, the
 * brands of the ledger): a name that reads as one of them is labelled too, whether or not that brand connected this
 * time, so a brand cannot pass for one that is down, disabled or only in the person's history.
 */
export function labelConnections<C extends BrandConnection>(connections: readonly C[], known: readonly KnownBrand[] = []): C[] {
  // What each connection is known by: its card's name and its entry id, as words.
  const connected = connections.map((c) => ({ id: c.id, names: [wordsOf(c.card.name), wordsOf(c.id)] }));
  const ids = new Set(connections.map((c) => c.id));
  // The brands not connected now, by their ids and the names they were shown under (never a connection's own record).
  const absent = [...THE_BUTLER_ITSELF, ...known].filter((k) => !ids.has(k.id)).map((k) => ({ id: k.id, names: [wordsOf(k.id), ...(k.name === undefined ? [] : [wordsOf(unlabelled(k.name, k.id))])] }));
  const ambiguous = new Set<string>();
  connections.forEach((c, i) => {
    const name = connected[i]!.names[0]!;
    for (const other of connected) {
      if (other.id === c.id || !other.names.some((n) => readsAs(name, n))) continue;
      // Both are shown with their entry ids: the one whose name reads as the other's, and the one it reads as.
      ambiguous.add(c.id).add(other.id);
    }
    if (absent.some((other) => other.names.some((n) => readsAs(name, n)))) ambiguous.add(c.id);
  });
  return connections.map((c) => (ambiguous.has(c.id) ? { ...c, card: { ...c.card, name: labelled(c.card.name, c.id) } } : c));
}
