import { loadGoogleTaxonomy } from './google-taxonomy.ts';
import type { BuiltinCategory } from './taxonomy.ts';

/**
 * The Google taxonomy node each built-in category id stands for. The string ids stay valid on the wire as aliases
 * (simulator, reference brands and 1.0 peers use them); new categories use the official numeric ids.
 */
export const BUILTIN_CATEGORY_GOOGLE_IDS: Readonly<Record<BuiltinCategory, string>> = {
  'running-shoes': '187',
  headphones: '543626',
  coffee: '1868',
};

const ALIAS_OF_GOOGLE_ID: ReadonlyMap<string, string> = new Map(Object.entries(BUILTIN_CATEGORY_GOOGLE_IDS).map(([alias, id]) => [id, alias]));

/** The official Google taxonomy id a category id means: an alias's node, a known numeric id itself, else undefined. */
export function googleCategoryIdOf(category: string): string | undefined {
  if (Object.hasOwn(BUILTIN_CATEGORY_GOOGLE_IDS, category)) return BUILTIN_CATEGORY_GOOGLE_IDS[category as BuiltinCategory];
  return /^\d{1,9}$/.test(category) && loadGoogleTaxonomy().has(category) ? category : undefined;
}

/** True when a category id is a built-in alias or an id of the shipped Google taxonomy. */
export function isKnownCategory(category: string): boolean {
  return googleCategoryIdOf(category) !== undefined;
}

/**
 * The one id categories are compared by: the Google node of a built-in category, by number or by English path, is
 * its alias ("1868" and "Food, Beverages & Tobacco > Beverages > Coffee" → "coffee"); any other taxonomy path is its
 * numeric id; every other id stays as written.
 */
export function canonicalCategoryId(category: string): string {
  const alias = ALIAS_OF_GOOGLE_ID.get(category);
  if (alias !== undefined) return alias;
  if (!category.includes('>')) return category;
  const id = loadGoogleTaxonomy().idOfPath(category);
  return id === undefined ? category : (ALIAS_OF_GOOGLE_ID.get(id) ?? id);
}

/** True when two category ids name the same category (a built-in alias and its Google id do). */
export function isSameCategory(a: string, b: string): boolean {
  return a === b || canonicalCategoryId(a) === canonicalCategoryId(b);
}

/** The id a list (a brand card's categories) writes `category` with, if it lists that category at all. */
export function findSameCategory(categories: readonly string[], category: string): string | undefined {
  return categories.includes(category) ? category : categories.find((c) => isSameCategory(c, category));
}
