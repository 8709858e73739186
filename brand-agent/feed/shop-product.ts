import { AttributeNameSchema, normalizeWord } from '../../protocol/index.ts';
import type { FeedIssue, FeedRecord } from './feed-error.ts';
import { isMerchantFieldName } from './feed-entry.ts';
import type { ShopCategoryMapper } from './shop-category-mapper.ts';

/**
 * A product as a shop's own export states it (Shopify products.json, a WooCommerce CSV, schema.org JSON-LD), before it
 * becomes a feed row: the facts that have a Merchant Center word under that word, the rest under the shop's own names.
 */
export interface ShopProduct {
  /** The position a person finds it at: a spreadsheet row, or the product's number in a JSON file or page. */
  readonly row: number;
  /** Merchant Center fields the export states: id, title, price, sale_price, availability, quantity, brand, gtin, condition… */
  readonly fields: Record<string, string>;
  /** Product facts under the shop's names (Size, Colour, Attribute 1 name, additionalProperty names), values as written. */
  readonly attributes: Record<string, string>;
  /** The shop's own category words, as written ("Clothing > Hoodies"), in the order the shop lists them. */
  readonly categories: readonly string[];
  /** The file's own name of each field (the key as in `fields`, or "category"), for problem reports ("variant 2 price"). */
  readonly fieldNames: Record<string, string>;
}

/** What a shop's export's parser returns: its products and every problem found, by row and field. */
export interface ShopExport {
  readonly products: ShopProduct[];
  readonly issues: FeedIssue[];
}

/** Shop attribute names people write in English or French, as the shared attribute they are. */
const SHARED_NAMES: Record<string, string> = {
  colour: 'color', couleur: 'color', farbe: 'color', taille: 'size', pointure: 'size', matiere: 'material', marque: 'brand',
  etat: 'condition', genre: 'gender',
};

/** "Frame Size", "Taille", "Colour" → frame_size, size, color; undefined when nothing usable is left. */
export function shopAttributeName(raw: string): string | undefined {
  const snake = normalizeWord(raw.trim())
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[_\d]+|_+$/g, '')
    .slice(0, 64);
  const name = SHARED_NAMES[snake] ?? snake;
  return AttributeNameSchema.safeParse(name).success ? name : undefined;
}

/**
 * The feed row a shop's product becomes: its Merchant fields, its attributes under shared names (colour → color), and a
 * Google category mapped from its own words by `mapCategory`. Notes and problems are reported by row and by the shop's
 * own field name; a product no category can be found for is left out, saying why.
 */
export function feedRecordOfShopProduct(product: ShopProduct, mapCategory: ShopCategoryMapper): { record?: FeedRecord; issues: FeedIssue[] } {
  const issues: FeedIssue[] = [];
  const fields: Record<string, string> = { ...product.fields };
  const fieldNames: Record<string, string> = { ...product.fieldNames };
  for (const [raw, value] of Object.entries(product.attributes)) {
    const label = product.fieldNames[`attribute:${raw}`] ?? raw;
    const name = shopAttributeName(raw);
    const text = value.trim();
    if (text === '') continue;
    if (name === undefined) {
      issues.push({ row: product.row, field: label, why: `"${raw.slice(0, 60)}" cannot be an attribute name; not stated` });
      continue;
    }
    if (name === 'brand') {
      fields.brand ??= text;
      continue;
    }
    if (isMerchantFieldName(name) || name === 'google_product_category') {
      issues.push({ row: product.row, field: label, why: `"${raw.slice(0, 60)}" is the name of a feed field (price, shipping, gtin…), not a product fact; not stated` });
      continue;
    }
    if (fields[name] !== undefined) continue;
    fields[name] = text;
    fieldNames[name] = label;
  }
  const category = mapCategory(product.categories, fields.title);
  const categoryField = product.fieldNames.category ?? 'category';
  if (!category.ok) {
    issues.push({ row: product.row, field: categoryField, why: category.why });
    return { issues };
  }
  if (category.note) issues.push({ row: product.row, field: categoryField, why: category.note });
  fields.google_product_category = category.category;
  return { record: { row: product.row, fields, fieldNames }, issues };
}
