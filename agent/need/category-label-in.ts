import { CATEGORY_LABELS_FR, googleCategoryIdOf, isBuiltinCategory } from '../../protocol/index.ts';
import type { Language } from '../language/index.ts';
import { SUMMARY_MESSAGES } from './summary-messages.ts';

/**
 * A category's display label in the person's language: the English label as given; in French, a built-in category's
 * own French name, else the French label of its Google taxonomy node when one was written (protocol's
 * CATEGORY_LABELS_FR), else the English label.
 */
export function categoryLabelIn(category: { readonly id: string; readonly googleId?: string | undefined; readonly label: string }, language: Language): string {
  if (language === 'en') return category.label;
  if (isBuiltinCategory(category.id)) return SUMMARY_MESSAGES[language].builtinLabels[category.id];
  const googleId = category.googleId ?? googleCategoryIdOf(category.id) ?? category.id;
  return CATEGORY_LABELS_FR[googleId]?.label ?? category.label;
}
