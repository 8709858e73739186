/**
 * The one vocabulary of single negation words the request readers use (English and French, normalised: lower case, no
 * accents; "don't" is already "do not" by then). The clause-modality lexicon's negation phrases ("but not", "anything
 * but", "pas de chez") live with the other role phrases in `lexicon.ts`.
 */

/**
 * Words said right before what they negate, exclude or say the product goes without: "not a scooter", "no pods",
 * "never again", "nothing heavier than", "without a bag", "except white", "neither … nor", "pas", "jamais", "rien",
 * "sans", "sauf", "ni", "aucun". What follows one of them is what the person does not want.
 */
export const NEGATION_WORDS: ReadonlySet<string> = new Set([
  'not', 'no', 'non', 'never', 'nothing', 'without', 'except', 'nor', 'neither',
  'pas', 'jamais', 'rien', 'sans', 'sauf', 'ni', 'aucun', 'aucune',
]);

/**
 * The negation words plus the French particles "ne" and "n'", which open a negation before the verb and leave its
 * second half for later ("je ne paierai plus au-delà", "qui ne coupe pas le bruit"): they tell a reading nearby is
 * negated, but name nothing excluded themselves ("n'importe quel casque" is any headphones).
 */
export const NEGATION_MARKERS: ReadonlySet<string> = new Set([...NEGATION_WORDS, 'ne', 'n']);
