import type { BuiltinCategory } from '../../protocol/index.ts';
import { notTheProductPositions, storyObjectPositions } from './not-the-product.ts';
import type { LexiconEntry } from './lexicon-types.ts';
import type { PhraseMatcher } from './phrase-matcher.ts';
import type { Token } from './tokenize.ts';

/** Which category a request is about, and how sure the engine is. */
export type CategoryVerdict =
  | { readonly kind: 'named'; readonly category: BuiltinCategory }
  | { readonly kind: 'hinted'; readonly category: BuiltinCategory; readonly evidence: string }
  | { readonly kind: 'previous'; readonly category: BuiltinCategory }
  | { readonly kind: 'ambiguous'; readonly candidates: readonly BuiltinCategory[] }
  | { readonly kind: 'none'; readonly generic: boolean };

/** The verdict plus where the category nouns sit (the quantity reader uses them: "2 headphones"). */
export interface CategoryDetection {
  readonly verdict: CategoryVerdict;
  readonly categoryWordAt: ReadonlySet<number>;
}

/**
 * Detects the category: one category named outright ("shoes", "casque", "café"), not as what the product acts on
 * ("to keep my coffee hot") nor as what it is not ("not a coffee machine"), wins; two named categories are
 * ambiguous; with none named, the category most hinted at ("size 43", "noise cancelling", a maker) is taken;
 * an earlier turn's category is kept unless the answer names another one.
 */
export function detectCategory(tokens: readonly Token[], text: string, matcher: PhraseMatcher<LexiconEntry>, previous?: BuiltinCategory): CategoryDetection {
  // "The dog ate my shoe … puppy food": what the story's verb did to something owned names no product — unless nothing
  // else does ("I lost my headphones, need new ones").
  const story = storyObjectPositions(tokens);
  if (story.length > 0) {
    const withoutStory = detectIn(tokens, text, matcher, previous, story);
    if (withoutStory.verdict.kind !== 'none') return withoutStory;
  }
  return detectIn(tokens, text, matcher, previous, []);
}

function detectIn(tokens: readonly Token[], text: string, matcher: PhraseMatcher<LexiconEntry>, previous: BuiltinCategory | undefined, story: readonly number[]): CategoryDetection {
  // "to keep my coffee hot", "not a scooter": what the product acts on, or is not, does not name it.
  const notProduct = new Set([...notTheProductPositions(tokens, text), ...story]);
  const used = tokens.map((_, i) => notProduct.has(i));
  const strong = new Map<BuiltinCategory, number>();
  const weak = new Map<BuiltinCategory, { count: number; evidence: string }>();
  const categoryWordAt = new Set<number>();
  let generic = false;
  for (let i = 0; i < tokens.length; i++) {
    const match = matcher.matchAt(tokens, used, i);
    if (!match) continue;
    const { category } = match.entry;
    if (match.entry.generic) generic = true;
    if (category?.strong) {
      strong.set(category.id, (strong.get(category.id) ?? 0) + 1);
      categoryWordAt.add(i);
    } else if (category) {
      const current = weak.get(category.id);
      weak.set(category.id, { count: (current?.count ?? 0) + 1, evidence: current?.evidence ?? match.phrase });
    }
    i = match.end - 1;
  }
  const named = [...strong.keys()];
  if (previous !== undefined) {
    const others = named.filter((c) => c !== previous);
    if (others.length === 1 && !named.includes(previous)) return { verdict: { kind: 'named', category: others[0]! }, categoryWordAt };
    if (others.length > 1) return { verdict: { kind: 'ambiguous', candidates: named }, categoryWordAt };
    return { verdict: { kind: 'previous', category: previous }, categoryWordAt };
  }
  if (named.length === 1) return { verdict: { kind: 'named', category: named[0]! }, categoryWordAt };
  if (named.length > 1) return { verdict: { kind: 'ambiguous', candidates: named }, categoryWordAt };
  const ranked = [...weak.entries()].sort((a, b) => b[1].count - a[1].count);
  const [top, second] = ranked;
  if (top && (!second || second[1].count < top[1].count)) return { verdict: { kind: 'hinted', category: top[0], evidence: top[1].evidence }, categoryWordAt };
  if (top && second) return { verdict: { kind: 'ambiguous', candidates: ranked.filter((r) => r[1].count === top[1].count).map((r) => r[0]) }, categoryWordAt };
  return { verdict: { kind: 'none', generic }, categoryWordAt };
}
