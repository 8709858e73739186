import { builtinCategoryAttributes, canonicalCategoryId, isBuiltinCategory, isSameCategory, type AttributeDefinition, type BrandCard } from '../../protocol/index.ts';

const cache = new WeakMap<Pick<BrandCard, 'attributeSchemas'>, Map<string, readonly AttributeDefinition[] | undefined>>();

/**
 * The attributes one brand declares for a category on its own card (protocol 1.1 `attributeSchemas`), or the built-in
 * vocabulary for a built-in category a 1.0 card sells; undefined when it declares none. Read per brand, never merged
 * across brands: what one brand's offer is checked against must come from that brand. Cached per card object.
 */
export function declaredAttributesOf(card: Pick<BrandCard, 'attributeSchemas'>, category: string): readonly AttributeDefinition[] | undefined {
  let byCategory = cache.get(card);
  if (!byCategory) cache.set(card, (byCategory = new Map()));
  if (byCategory.has(category)) return byCategory.get(category);
  const declared = card.attributeSchemas?.filter((s) => isSameCategory(s.category, category)).flatMap((s) => s.attributes) ?? [];
  const id = canonicalCategoryId(category);
  const attributes = declared.length > 0 ? declared : isBuiltinCategory(id) ? builtinCategoryAttributes(id).attributes : undefined;
  byCategory.set(category, attributes);
  return attributes;
}
