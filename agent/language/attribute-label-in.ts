import { BUILTIN_CATEGORIES, COMMON_ATTRIBUTES, builtinCategoryAttributes, type AttributeDefinition } from '../../protocol/index.ts';
import type { Language } from './language.ts';

let known: ReadonlyMap<string, AttributeDefinition> | undefined;

/** The attributes whose labels we know without a market: the built-in vocabularies and the shared ones. */
function knownAttributes(): ReadonlyMap<string, AttributeDefinition> {
  if (known) return known;
  const byName = new Map<string, AttributeDefinition>();
  for (const category of BUILTIN_CATEGORIES) for (const a of builtinCategoryAttributes(category).attributes) if (!byName.has(a.name)) byName.set(a.name, a);
  for (const a of COMMON_ATTRIBUTES) if (!byName.has(a.name)) byName.set(a.name, a);
  known = byName;
  return byName;
}

/**
 * An attribute's name inside a sentence: in French its declared French label ("pointure (EU)", "réduction de bruit
 * active"), from `declared` (a brand's schema) or the built-in and shared vocabularies; otherwise, and always in
 * English, the wire name in words ("size eu", "noise db").
 */
export function attributeLabelIn(name: string, language: Language, declared?: readonly AttributeDefinition[]): string {
  if (language === 'fr') {
    const label = (declared?.find((a) => a.name === name) ?? knownAttributes().get(name))?.labels.fr;
    if (label) return `${label.charAt(0).toLowerCase()}${label.slice(1)}`;
  }
  return name.replace(/_/g, ' ');
}
