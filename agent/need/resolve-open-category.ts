import { loadGoogleTaxonomy } from '../../protocol/index.ts';
import type { MarketCategory, MarketVocabulary } from './market-vocabulary.ts';
import { matchTaxonomyCategory, type CategoryCandidate } from './match-taxonomy-category.ts';

/** A taxonomy node as the person is told about it. */
export interface NamedNode {
  readonly id: string;
  readonly path: string;
  readonly label: string;
}

/** Which sold category a request is about: one, a choice, a category nobody connected sells, or none recognised. */
export type OpenCategoryResolution =
  | { readonly kind: 'sold'; readonly category: MarketCategory; readonly node: NamedNode; readonly matched: string; readonly broader: boolean }
  | { readonly kind: 'choose'; readonly options: readonly MarketCategory[]; readonly matched: string }
  | { readonly kind: 'unsold'; readonly node: NamedNode }
  | { readonly kind: 'none' };

function named(candidate: CategoryCandidate): NamedNode {
  return { id: candidate.id, path: candidate.path, label: candidate.path.split(' > ').at(-1) ?? candidate.path };
}

/** The sold categories a taxonomy node stands for: itself, else what is sold below it, else the closest sold ancestor. */
function soldFor(market: MarketVocabulary, nodeId: string): { categories: MarketCategory[]; broader: boolean } {
  const taxonomy = loadGoogleTaxonomy();
  const withNode = market.categories.filter((c) => c.googleId !== undefined);
  const exact = withNode.filter((c) => c.googleId === nodeId);
  if (exact.length > 0) return { categories: exact.slice(0, 1), broader: false };
  const below = withNode.filter((c) => taxonomy.isWithin(c.googleId!, nodeId));
  if (below.length > 0) return { categories: below, broader: false };
  const lineage = taxonomy.lineageOf(nodeId);
  for (let k = lineage.length - 2; k >= 1; k--) {
    // A brand selling "Toys" sells Lego too; a whole top-level branch ("Home & Garden") is too broad to assume.
    const ancestor = withNode.filter((c) => c.googleId === lineage[k]!.id);
    if (ancestor.length > 0) return { categories: ancestor.slice(0, 1), broader: true };
  }
  return { categories: [], broader: false };
}

/**
 * Maps a request to the category the connected brands sell: the Google taxonomy node its words name (see
 * `matchTaxonomyCategory`), then the sold category standing for it. The same words naming unrelated nodes, or a broad
 * node under which several categories are sold ("toys": Lego or puzzles?), is a choice to put to the person.
 */
export function resolveOpenCategory(text: string, market: MarketVocabulary): OpenCategoryResolution {
  const match = matchTaxonomyCategory(text);
  if (match.kind === 'none') return { kind: 'none' };
  const candidates = match.kind === 'match' ? [match.best] : match.options;
  const sold = new Map<string, MarketCategory>();
  let broader = false;
  let first: CategoryCandidate | undefined;
  for (const candidate of candidates) {
    const found = soldFor(market, candidate.id);
    if (found.categories.length > 0 && first === undefined) first = candidate;
    for (const c of found.categories) sold.set(c.id, c);
    broader ||= found.broader;
  }
  const options = [...sold.values()];
  if (options.length === 0) return { kind: 'unsold', node: named(candidates[0]!) };
  if (options.length === 1) return { kind: 'sold', category: options[0]!, node: named(first!), matched: first!.matched, broader };
  return { kind: 'choose', options: options.slice(0, 6), matched: candidates[0]!.matched };
}
