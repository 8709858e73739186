import type { Token } from './tokenize.ts';

/** Words that end what a comparison is made with ("than our old Bosch, which …", "than my Dyson and …"). */
const ENDS: ReadonlySet<string> = new Set([
  'and', 'but', 'or', 'with', 'without', 'which', 'that', 'who', 'under', 'below', 'max', 'for', 'so', 'because', 'please', 'pls',
  'et', 'mais', 'ou', 'avec', 'sans', 'qui', 'moins', 'pour', 'car', 'donc', 'stp',
]);
/** French comparison words a "que" completes ("plus léger que", "moins bruyant que", "mieux que"). */
const FRENCH_COMPARATIVES: ReadonlySet<string> = new Set(['plus', 'moins', 'mieux', 'meilleur', 'meilleure', 'meilleurs', 'meilleures', 'pire', 'aussi']);
/** Most words a comparison's other term is named with. */
const MAX_WORDS = 5;
/** How far before "que" the French comparison word may be ("plus silencieuse que"). */
const MAX_GAP = 3;

function opensComparison(tokens: readonly Token[], k: number): boolean {
  const norm = tokens[k]!.norm;
  if (norm === 'than') return true;
  if (norm !== 'que' && norm !== 'qu') return false;
  for (let b = k - 1; b >= Math.max(0, k - MAX_GAP); b--) if (FRENCH_COMPARATIVES.has(tokens[b]!.norm)) return true;
  return false;
}

/**
 * Positions of what a comparison is made with: "quieter than our old Bosch", "plus légère que ma Quechua". That is the
 * thing the person has, not a maker they want: no reader takes a name there as a preference (the words are still
 * reported if nothing explains them).
 */
export function comparedPositions(tokens: readonly Token[]): ReadonlySet<number> {
  let positions = read.get(tokens);
  if (positions === undefined) read.set(tokens, (positions = findCompared(tokens)));
  return positions;
}

const read = new WeakMap<readonly Token[], ReadonlySet<number>>();

function findCompared(tokens: readonly Token[]): ReadonlySet<number> {
  const positions = new Set<number>();
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.kind !== 'word' || !opensComparison(tokens, k)) continue;
    for (let j = k + 1; j < tokens.length && j <= k + MAX_WORDS; j++) {
      const token = tokens[j]!;
      if (token.kind !== 'word' || ENDS.has(token.norm)) break;
      positions.add(j);
    }
  }
  return positions;
}
