import { COMMON_ATTRIBUTES, type AttributeDefinition, type CategoryAttributes } from '../../protocol/index.ts';
import type { CatalogEntry } from '../definition.ts';

const COMMON = new Map(COMMON_ATTRIBUTES.map((a) => [a.name, a]));

function labelOf(name: string): string {
  const text = name.replaceAll('_', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The attribute schema a feed implies for each category it sells: the shared attributes the rows use, plus every
 * custom attribute with the type its values have (number, boolean, or text; a text with few distinct values is an enum).
 */
export function feedAttributeSchemas(entries: readonly CatalogEntry[], categories: readonly string[]): CategoryAttributes[] {
  const byCategory = new Map<string, Map<string, unknown[]>>();
  for (const entry of entries) {
    let attrs = byCategory.get(entry.product.category);
    if (!attrs) byCategory.set(entry.product.category, (attrs = new Map()));
    for (const [name, value] of Object.entries(entry.product.attributes)) {
      const values = attrs.get(name);
      if (values) values.push(value);
      else attrs.set(name, [value]);
    }
  }
  return categories.map((category) => {
    const attributes: AttributeDefinition[] = [];
    for (const [name, values] of byCategory.get(category) ?? []) {
      const common = COMMON.get(name);
      if (common) {
        attributes.push(common);
        continue;
      }
      const description = `Stated by the shop's product feed (${values.length} product${values.length > 1 ? 's' : ''})`;
      if (values.every((v) => typeof v === 'number')) attributes.push({ name, type: 'number', labels: { en: labelOf(name) }, description });
      else if (values.every((v) => typeof v === 'boolean')) attributes.push({ name, type: 'boolean', labels: { en: labelOf(name) }, description });
      else {
        const distinct = [...new Set(values.map(String))];
        attributes.push(
          distinct.length <= 12 && values.length >= 2 * distinct.length && distinct.every((v) => v.length <= 80)
            ? { name, type: 'enum', values: distinct.sort(), labels: { en: labelOf(name) }, description }
            : { name, type: 'text', labels: { en: labelOf(name) }, description },
        );
      }
    }
    return { category, attributes: attributes.slice(0, 64) };
  });
}
