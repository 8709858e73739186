/**
 * Care advice with a remedy the reader carries out alone ("limescale is slowly clogging your kettle; descale it monthly
 * with vinegar", "old batteries can leak without warning, so store them in a dry box"): a warning about wear that tells
 * the reader what to do, not a threat that sells the shop's product or service. Any word of a sale (buy, book, order,
 * our, us, cover, insure, upgrade) or an exclamation keeps the finding.
 */
const OWN_REMEDY = /\b(?:descale|store|clean|rinse|dry|unplug|check|test|inspect|replace|flush|drain|bleed|oil|grease|tighten|wipe|empty|defrost|ventilate|air) (?:it|them|this|these|the|your|each|every|regularly|monthly|weekly|yearly|once)\b/;
const SALE_WORD = /!|\b(?:buy|book|order|our|ours|us|we|cover|insure|insurance|upgrade|subscribe|call|contact|add|plan|service)\b/;

/** Whether the (normalised) text advises a remedy the reader does alone, with no sale word and no exclamation. */
export function advisesOwnRemedy(text: string): boolean {
  return OWN_REMEDY.test(text) && !SALE_WORD.test(text);
}
