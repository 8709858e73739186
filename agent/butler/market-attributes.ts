import { isSameCategory, type AttributeDefinition, type BrandCard } from '../../protocol/index.ts';
import { marketVocabularyOf, type MarketVocabulary } from '../need/index.ts';

/** The last vocabulary worked out for a list of cards, by its first card (a butler asks the same brands again and again). */
const vocabularies = new WeakMap<BrandCard, { readonly cards: readonly BrandCard[]; readonly vocabulary: MarketVocabulary }>();

/**
 * The attributes the asked brands declare for a category, merged across them (`marketVocabularyOf`): the words that
 * name attributes in the person's language. Cached per list of card objects (cards are immutable messages, as in
 * `declaredAttributesOf`); any other list is worked out afresh.
 */
export function marketAttributesOf(cards: readonly BrandCard[], category: string): readonly AttributeDefinition[] | undefined {
  const first = cards[0];
  let vocabulary: MarketVocabulary | undefined;
  if (first !== undefined) {
    const known = vocabularies.get(first);
    if (known !== undefined && known.cards.length === cards.length && known.cards.every((card, i) => card === cards[i])) vocabulary = known.vocabulary;
  }
  if (vocabulary === undefined) {
    vocabulary = marketVocabularyOf(cards);
    if (first !== undefined) vocabularies.set(first, { cards: [...cards], vocabulary });
  }
  return vocabulary.categories.find((c) => isSameCategory(c.id, category))?.attributes;
}
