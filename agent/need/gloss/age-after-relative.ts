/** The relatives the lexicons gloss a recipient to. */
const RELATIVES = ['mother', 'mum', 'father', 'dad', 'son', 'daughter', 'child', 'girl', 'boy', 'kid', 'grandmother', 'grandfather', 'brother', 'sister', 'husband', 'wife', 'girlfriend', 'boyfriend', 'nephew', 'niece', 'aunt', 'uncle', 'friend', 'baby'];

/** A relative, "of" and a bare figure: "daughter of 5", "hija de 7:", the figure not followed by a unit or a word. */
const RELATIVE_OF_FIGURE = new RegExp(`\\b(${RELATIVES.join('|')}) of (\\d{1,3})(?=\\s*(?:[,.;:!?)]|$))`, 'g');

/**
 * In every language read through a gloss, "my daughter of 5" ("mijn dochter van 5", "mi hija de 5") says her age:
 * written "aged 5", so the reader never takes the figure for a price.
 */
export function ageAfterRelative(english: string): string {
  return english.replace(RELATIVE_OF_FIGURE, '$1 aged $2');
}
