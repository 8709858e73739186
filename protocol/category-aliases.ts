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

/** The official Google taxonomy id a category id means: an alias's node, a known numeric id itself, else undefined. */
export function googleCategoryIdOf(category: string): string | undefined {
  if (Object.hasOwn(BUILTIN_CATEGORY_GOOGLE_IDS, category)) return BUILTIN_CATEGORY_GOOGLE_IDS[category as BuiltinCategory];
  return /^\d{1,9}$/.test(category) && loadGoogleTaxonomy().has(category) ? category : undefined;
}

/** True when a category id is a built-in alias or an id of the shipped Google taxonomy. */
export function isKnownCategory(category: string): boolean {
  return googleCategoryIdOf(category) !== undefined;
}
