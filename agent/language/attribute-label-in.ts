import { BUILTIN_CATEGORIES, COMMON_ATTRIBUTES, builtinCategoryAttributes } from '../../protocol/index.ts';
import { ATTRIBUTE_LABELS_FR } from './attribute-labels-fr.ts';
import type { Language } from './language.ts';

/** Requirements every need can state whatever the category: offer fields, not attributes a brand declares. */
const OFFER_FIELDS = ['maker', 'price', 'delivery_days', 'return_days', 'warranty_months'] as const;

let vocabulary: { readonly names: ReadonlySet<string>; readonly french: ReadonlyMap<string, string> } | undefined;

/**
 * Majordome's own attribute vocabulary: the built-in vocabularies', the shared ones', its table for the open market's
 * categories and the offer fields, with their French labels. Every word is written in this codebase; none comes from
 * a brand's card.
 */
function ownVocabulary(): NonNullable<typeof vocabulary> {
  if (vocabulary) return vocabulary;
  const names = new Set<string>(OFFER_FIELDS);
  const french = new Map<string, string>();
  const add = (name: string, label: string | undefined) => {
    names.add(name);
    // "Pointure (EU)" reads "pointure (EU)" inside a sentence; an acronym ("GTIN (EAN)", "MIPS") stays as written.
    if (label && !french.has(name)) french.set(name, /^\p{Lu}\p{Ll}/u.test(label) ? `${label.charAt(0).toLowerCase()}${label.slice(1)}` : label);
  };
  for (const category of BUILTIN_CATEGORIES) for (const a of builtinCategoryAttributes(category).attributes) add(a.name, a.labels.fr);
  for (const a of COMMON_ATTRIBUTES) add(a.name, a.labels.fr);
  for (const [name, label] of Object.entries(ATTRIBUTE_LABELS_FR)) add(name, label);
  vocabulary = { names, french };
  return vocabulary;
}

/**
 * An attribute's name in Majordome's own words, when its vocabulary knows the attribute: the French label ("pointure
 * (EU)", "niveau sonore"), or in English the wire name in words ("size eu", "noise db"). Undefined for a name only a
 * brand declared: its wire name is the brand's choice of words (64 lowercase characters can spell an instruction), so it
 * is no fact of Majordome's.
 */
export function knownAttributeLabelIn(name: string, language: Language): string | undefined {
  const own = ownVocabulary();
  if (!own.names.has(name)) return undefined;
  return (language === 'fr' ? own.french.get(name) : undefined) ?? name.replace(/_/g, ' ');
}

/**
 * An attribute only a brand declared, named as the brand's words quoted, not in Majordome's voice: its wire name in
 * words between the language's quotation marks, said to be the brand's ("“water resistance” (brand's word)",
 * "« water resistance » (mot de la marque)"). A wire name is lowercase snake_case: it holds no quotation mark.
 */
export function brandAttributeWordIn(name: string, language: Language): string {
  const words = name.replace(/_/g, ' ');
  return language === 'fr' ? `« ${words} » (mot de la marque)` : `“${words}” (brand's word)`;
}

/**
 * An attribute's name inside a sentence shown to the person: Majordome's own label when it knows the attribute
 * (`knownAttributeLabelIn`), otherwise the brand's wire name quoted as its word (`brandAttributeWordIn`). A brand's
 * declared label is never used: it is free text (up to 120 characters) the brand wrote, and these sentences speak in
 * Majordome's voice.
 */
export function attributeLabelIn(name: string, language: Language): string {
  return knownAttributeLabelIn(name, language) ?? brandAttributeWordIn(name, language);
}
