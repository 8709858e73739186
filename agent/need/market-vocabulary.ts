import {
  BUILTIN_CATEGORIES,
  COMMON_ATTRIBUTES,
  TAXONOMY,
  builtinCategoryAttributes,
  canonicalCategoryId,
  googleCategoryIdOf,
  isBuiltinCategory,
  loadGoogleTaxonomy,
  type AttributeDefinition,
  type BrandCard,
} from '../../protocol/index.ts';
import { marketMakersOf, type CardMakers, type MarketMakers } from './market-makers.ts';

/** One category the connected brands sell, with the attributes they declare for it (merged across brands). */
export interface MarketCategory {
  /** The canonical category id (`canonicalCategoryId`): a built-in alias for its Google node, else the Google taxonomy id. */
  readonly id: string;
  /** The Google taxonomy node it stands for, when known. */
  readonly googleId: string | undefined;
  /** English display label ("Bicycles", "Running shoes"). */
  readonly label: string;
  /** Declared attributes (first declaration of a name wins; enum values are the union across brands). */
  readonly attributes: readonly AttributeDefinition[];
  /** How many connected brands sell it. */
  readonly brands: number;
}

/** What the connected brands sell: the categories and their declared attribute vocabularies. */
export interface MarketVocabulary {
  readonly categories: readonly MarketCategory[];
  /** The makers and product lines the cards list (protocol 1.2), when any card lists some. */
  readonly makers?: MarketMakers;
}

/** The parts of a brand card the vocabulary reads. */
export type CardVocabulary = Pick<BrandCard, 'categories' | 'attributeSchemas'> & CardMakers;

function labelOf(id: string): string {
  if (isBuiltinCategory(id)) return TAXONOMY[id].label;
  return loadGoogleTaxonomy().get(id)?.label ?? id;
}

/**
 * One attribute name as the market reads it, from every card's declaration of it (in card order, `card` the card's
 * position): the type most cards give it (a tie goes to the earliest card), declared as the first card giving that type
 * declares it, with the enum values of every card giving it that type. One card redefining a shared name as another
 * type ("cordless" as an enum, first in the directory) must not change how the person's words are read for the whole
 * market: read as its type, "a cordless vacuum" lost the requirement, and corded vacuums became eligible.
 */
function resolveAttribute(declarations: ReadonlyArray<{ readonly card: number; readonly attr: AttributeDefinition }>): AttributeDefinition {
  const cardsByType = new Map<AttributeDefinition['type'], Set<number>>();
  for (const { card, attr } of declarations) cardsByType.set(attr.type, (cardsByType.get(attr.type) ?? new Set()).add(card));
  let type = declarations[0]!.attr.type;
  // Map order is first-declaration order, so a strictly larger count is needed to pass an earlier type.
  for (const [t, cards] of cardsByType) if (cards.size > cardsByType.get(type)!.size) type = t;
  const same = declarations.filter((d) => d.attr.type === type).map((d) => d.attr);
  const first = same[0]!;
  if (first.type !== 'enum') return first;
  const values = [...new Set(same.flatMap((a) => a.values ?? []))].slice(0, 64);
  return same.length === 1 || values.length === 0 ? first : { ...first, values };
}

/**
 * The market vocabulary of a set of brand cards: every category sold, with the attributes declared for it (protocol
 * 1.1 `attributeSchemas`; a 1.0 card selling a built-in category contributes that category's built-in vocabulary).
 */
export function marketVocabularyOf(cards: readonly CardVocabulary[]): MarketVocabulary {
  const byId = new Map<string, { declarations: Map<string, Array<{ card: number; attr: AttributeDefinition }>>; brands: number }>();
  for (const [index, card] of cards.entries()) {
    // A card listing "coffee" and one listing 1868 sell the same category: one entry, under the canonical id.
    const sold = new Map<string, string[]>();
    for (const written of card.categories) {
      const id = canonicalCategoryId(written);
      sold.set(id, [...(sold.get(id) ?? []), written]);
    }
    for (const [category, written] of sold) {
      let entry = byId.get(category);
      if (!entry) byId.set(category, (entry = { declarations: new Map(), brands: 0 }));
      entry.brands += 1;
      const declared = card.attributeSchemas?.filter((s) => written.includes(s.category)) ?? [];
      const attributes = declared.length > 0 ? declared.flatMap((s) => s.attributes) : isBuiltinCategory(category) ? builtinCategoryAttributes(category).attributes : [];
      for (const attr of attributes) {
        const declarations = entry.declarations.get(attr.name);
        if (declarations === undefined) entry.declarations.set(attr.name, [{ card: index, attr }]);
        else declarations.push({ card: index, attr });
      }
    }
  }
  // Card order (the directory's order), so the same brands always give the same vocabulary; within a category, the
  // attributes more brands declare come first (stable), so one brand's own words ("quiet" as a yes/no it alone states)
  // cannot be read before the vocabulary the market shares (noise_db) and turn a wish into a constraint only it meets.
  const categories = [...byId.entries()].map(([id, entry]) => {
    // How many cards declare a name (a card declaring it twice is one card).
    const declaredBy = new Map([...entry.declarations].map(([name, ds]) => [name, new Set(ds.map((d) => d.card)).size]));
    const count = (a: AttributeDefinition) => declaredBy.get(a.name) ?? 0;
    const attributes = [...entry.declarations.values()].map(resolveAttribute).sort((a, b) => count(b) - count(a));
    return { id, googleId: googleCategoryIdOf(id), label: labelOf(id), attributes, brands: entry.brands };
  });
  return cards.some((c) => (c.makers?.length ?? 0) > 0) ? { categories, makers: marketMakersOf(cards) } : { categories };
}

let builtin: MarketVocabulary | undefined;

/** The vocabulary assumed when no market is given: the three built-in categories with their built-in attributes. */
export function builtinMarketVocabulary(): MarketVocabulary {
  builtin ??= marketVocabularyOf([{ categories: [...BUILTIN_CATEGORIES] }]);
  return builtin;
}

/** A category's declared attributes plus the shared ones (brand, colour, size, material, condition, …) not declared. */
export function attributesOf(category: MarketCategory): readonly AttributeDefinition[] {
  const names = new Set(category.attributes.map((a) => a.name));
  return [...category.attributes, ...COMMON_ATTRIBUTES.filter((a) => !names.has(a.name))];
}
