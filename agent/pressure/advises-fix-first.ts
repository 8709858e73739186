/**
 * Advice to fix the cause before buying ("find the leak before adding new material", "dry the wall first, then
 * insulate"): the seller tells the reader to delay the purchase, which answers "act now on the damp patch" read as
 * urgency.
 */
const FIX_FIRST = /\b(?:find|fix|repair|mend|dry|treat|check|sort out|trace|stop) (?:the|any|your|that) (?:[a-z]+ ){0,2}?[a-z]+ (?:first|before (?:adding|buying|ordering|installing|fitting|replacing|laying|booking))\b/;

/** Whether the (normalised) text advises fixing the cause before buying, with no exclamation. */
export function advisesFixFirst(text: string): boolean {
  return FIX_FIRST.test(text) && !/!/.test(text);
}
