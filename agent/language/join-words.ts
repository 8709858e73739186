import type { Language } from './language.ts';

const CONJUNCTIONS: Readonly<Record<Language, { readonly and: string; readonly or: string }>> = {
  en: { and: 'and', or: 'or' },
  fr: { and: 'et', or: 'ou' },
};

/** "a, b and c" / "a, b et c": a list joined with the language's "and" or "or" (no comma before the last item). */
export function joinWords(items: readonly string[], language: Language, conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${CONJUNCTIONS[language][conjunction]} ${items.at(-1)}`;
}
