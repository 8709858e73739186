/** Relations a "she"/"elle" can stand for, and those a "he"/"il" can; the others (partner, friend, child…) either. */
export const FEMALE_RELATIONS: ReadonlySet<string> = new Set(['sister', 'mother', 'wife', 'girlfriend', 'granddaughter', 'daughter', 'grandmother', 'niece', 'aunt', 'girl']);
export const MALE_RELATIONS: ReadonlySet<string> = new Set(['brother', 'father', 'husband', 'boyfriend', 'grandson', 'son', 'grandfather', 'nephew', 'uncle', 'boy']);

/** The values of a declared gender attribute, as the catalogues write them: women's and men's lines, and both. */
const FEMALE_VALUES = /^(women|womens|woman|female|ladies|femme|femmes)$/i;
const MALE_VALUES = /^(men|mens|man|male|homme|hommes)$/i;
const BOTH_VALUES = /^(unisex|mixte)$/i;
/** Below this age a child's clothes and shoes are sized as children's, not in women's or men's lines. */
const ADULT_LINE_AGE = 13;

/**
 * The gender values a product for one of the speaker's people may have, from the values its category declares: "my
 * wife" → women's or unisex ("running shoes for my wife": not a men's line). Undefined for a relation with no gender
 * (partner, friend), for a child below the age of adult lines, or when no declared value fits.
 */
export function genderValuesFor(relation: string, ageYears: number | undefined, declared: readonly string[]): string[] | undefined {
  if (ageYears !== undefined && ageYears < ADULT_LINE_AGE) return undefined;
  const own = FEMALE_RELATIONS.has(relation) ? FEMALE_VALUES : MALE_RELATIONS.has(relation) ? MALE_VALUES : undefined;
  if (own === undefined) return undefined;
  const values = declared.filter((v) => own.test(v));
  return values.length === 0 ? undefined : [...values, ...declared.filter((v) => BOTH_VALUES.test(v))];
}
