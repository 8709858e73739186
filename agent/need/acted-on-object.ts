import type { Token } from './tokenize.ts';

/** Verbs that say what a product does to something: "keep my coffee hot", "garder les boissons au frais". */
const KEEP_VERBS: ReadonlySet<string> = new Set([
  'keep', 'keeps', 'keeping', 'kept', 'garder', 'garde', 'gardent', 'gardant', 'conserver', 'conserve', 'conservent', 'maintenir', 'maintient',
  'tenir', 'tient',
]);
/** The state it keeps the thing in. */
const STATES: ReadonlySet<string> = new Set([
  'hot', 'warm', 'cold', 'cool', 'chilled', 'frozen', 'dry', 'safe', 'secure', 'fresh', 'clean', 'charged', 'tidy', 'cosy', 'cozy', 'protected',
  'organised', 'organized', 'chaud', 'chaude', 'chauds', 'chaudes', 'froid', 'froide', 'froids', 'froides', 'frais', 'fraiche', 'fraiches', 'tiede',
  'tiedes', 'sec', 'seche', 'secs', 'seches', 'propre', 'propres', 'abri', 'securite', 'charge', 'charges', 'protege', 'proteges',
]);
/** Words between the thing and its state that belong to the state: "au chaud", "à l'abri", "en sécurité". */
const STATE_LEADS: ReadonlySet<string> = new Set(['au', 'aux', 'a', 'l', 'en']);
/** Most words the thing kept is named with ("my", "morning", "coffee"). */
const MAX_OBJECT_WORDS = 4;

/**
 * Positions of the words saying what a product does to something, "keep … hot / cold / dry / safe": the thing it keeps
 * is what it acts on, not the product ("something to keep my coffee hot" wants no coffee; "pour garder mon café au
 * chaud" neither), and the state is no product either ("hot" is no hot-and-cold therapy). Category readers skip them;
 * what the product is must be named elsewhere or asked.
 */
export function actedOnPositions(tokens: readonly Token[]): ReadonlySet<number> {
  const positions = new Set<number>();
  for (let v = 0; v < tokens.length; v++) {
    if (tokens[v]!.kind !== 'word' || !KEEP_VERBS.has(tokens[v]!.norm)) continue;
    for (let s = v + 2; s <= v + 1 + MAX_OBJECT_WORDS + 2 && s < tokens.length; s++) {
      const token = tokens[s]!;
      if (token.kind !== 'word') break;
      if (!STATES.has(token.norm)) continue;
      let end = s;
      while (end > v + 1 && STATE_LEADS.has(tokens[end - 1]!.norm)) end--;
      if (end - (v + 1) > MAX_OBJECT_WORDS) break;
      for (let k = v; k <= s; k++) positions.add(k);
      v = s;
      break;
    }
  }
  return positions;
}
