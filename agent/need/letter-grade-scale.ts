import type { AttributeDefinition } from '../../protocol/index.ts';

/**
 * Letter grades (the EU energy label's A–G, A–E): an enum whose values are single letters running on from "A", where
 * "A" is the best, as such labels are read. "B or better", "au moins B" accept every grade from "A" to "B".
 */
export function gradesAtLeast(attr: AttributeDefinition, grade: string): string[] | undefined {
  if (attr.type !== 'enum' || !attr.values || attr.values.length < 3) return undefined;
  const letters = attr.values.map((v) => v.toUpperCase());
  const sorted = [...letters].sort();
  if (!sorted.every((v, k) => v === String.fromCharCode(65 + k))) return undefined;
  const limit = grade.toUpperCase();
  return letters.includes(limit) ? attr.values.filter((v) => v.toUpperCase() <= limit) : undefined;
}

/** How "this grade or a better one" is said around a grade ("B or better", "au moins B"): before and after it. */
export const AT_LEAST_BEFORE: readonly string[] = ['at least', 'au moins', 'minimum', 'min'];
export const AT_LEAST_AFTER: readonly string[] = ['or better', 'or above', 'or higher', 'ou mieux', 'ou plus', 'ou superieur', 'minimum', 'min', 'au moins'];
