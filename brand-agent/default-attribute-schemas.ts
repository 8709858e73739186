import {
  COMMON_ATTRIBUTES,
  builtinCategoryAttributes,
  isBuiltinCategory,
  type BrandCard,
  type CategoryAttributes,
} from '../protocol/index.ts';

/**
 * The card's attribute schemas with defaults for the categories the brand left undeclared: a built-in category gets
 * its TAXONOMY vocabulary plus the shared attributes, any other category the shared attributes alone.
 */
export function withDefaultAttributeSchemas(card: Pick<BrandCard, 'categories' | 'attributeSchemas'>): CategoryAttributes[] {
  const declared = new Map((card.attributeSchemas ?? []).map((s) => [s.category, s]));
  return card.categories.map((category) => {
    const own = declared.get(category);
    if (own) return own;
    const base = isBuiltinCategory(category) ? builtinCategoryAttributes(category).attributes : [];
    const names = new Set(base.map((a) => a.name));
    return { category, attributes: [...base, ...COMMON_ATTRIBUTES.filter((a) => !names.has(a.name))] };
  });
}
