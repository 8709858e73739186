/**
 * Refusals said after the thing refused: "hand blenders need not apply", "leather is a no-go", "pink is out",
 * "gel pads are out of the question", "Bluetooth-only ones not wanted". The readers read a negation before what it
 * negates ("no hand blenders"), so such a clause is said that way round: "no hand blenders". Only a clause that ends
 * on the refusal is turned (the refusal must be its last words), so "out of stock" or "is out now" are left alone.
 */
const CLAUSE_END = String.raw`(?=\s*(?:[,;:.!?()\n]|$))`;
const REFUSAL = String.raw`(?:need\s+not\s+apply|needn['’]t\s+apply|(?:(?:is|are)\s+)?(?:not\s+wanted|not\s+welcome|unwanted|out\s+of\s+the\s+question|off\s+the\s+table|a\s+no(?:[-\s]?go)?)|(?:is|are)\s+out)`;
/** A clause start: the text's start or a clause mark (a line's bullet included), then any opening word of a list. */
const OPENING = String.raw`((?:^|[,;:.!?()\n*•–—]|\s-)\s*(?:[-*•]\s+)?)((?:and|but|also|so|plus)\s+)?`;
const REFUSED_AFTER = new RegExp(`${OPENING}([^,;:.!?()\\n]{1,60}?)\\s+${REFUSAL}${CLAUSE_END}`, 'giu');

/** The text with each clause that ends on a refusal said as "no <thing>". */
export function sayRefusalsFirst(text: string): string {
  return text.replace(REFUSED_AFTER, (_all, start: string, opener: string | undefined, thing: string) => `${start}${opener ?? ''}no ${thing}`);
}
