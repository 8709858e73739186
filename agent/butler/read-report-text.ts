import { knownAttributeLabelIn } from '../language/index.ts';

/** Letters and digits: what a word is made of, accents included ("imperméable"). */
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';

/** The words the person may use for an attribute: its wire name in words ("noise cancelling"), and its French label ("imperméable") when Majordome's vocabulary has one. */
function attributeWords(attribute: string): string[] {
  const english = attribute.replace(/_/g, '[ _-]?');
  const french = knownAttributeLabelIn(attribute, 'fr');
  // A label's qualifier in brackets ("pointure (EU)") is not what the person types.
  const frenchWords = french === undefined || french === attribute.replace(/_/g, ' ') ? undefined : french.replace(/\s*\([^)]*\)\s*$/, '').trim();
  return frenchWords ? [english, frenchWords.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')] : [english];
}

const NEGATION = "(?:not|isn'?t|wasn'?t|no|never|without|fake|false|pas|non|sans|jamais|aucun|aucune|faux|fausse)";
const HEDGE = '(?:really|actually|even|vraiment|du\\s+tout|même|si)';
const VERDICT = "(?:fake|false|a lie|wrong|broken|faux|fausse|un mensonge|cassée?)";

/** Whether the person's words name this attribute at all ("organic", "fair trade", "noise-cancelling", "imperméable"). */
export function mentionedInText(text: string, attribute: string): boolean {
  if (text === '') return false;
  return attributeWords(attribute).some((words) => new RegExp(`${EDGE_BEFORE}${words}${EDGE_AFTER}`, 'iu').test(text));
}

/**
 * Reads "not waterproof", "isn't organic", "no noise cancelling", "fake", and their French ("pas imperméable", "n'est
 * pas bio", "sans réduction de bruit active", "bio, c'est faux"), in the person's words, per attribute.
 */
export function contradictedInText(text: string, attribute: string): boolean {
  const lower = text.toLowerCase();
  return attributeWords(attribute).some(
    (words) =>
      new RegExp(`${EDGE_BEFORE}${NEGATION}\\s+(?:${HEDGE}\\s+)?${words}`, 'u').test(lower) ||
      new RegExp(`${EDGE_BEFORE}${words}${EDGE_AFTER}[^.,;]{0,20}${EDGE_BEFORE}(?:is|was|est|était|c'est|c’est)?\\s*${VERDICT}`, 'u').test(lower),
  );
}

/** Whether the person says it came late or never, in English or French ("arrived late", "en retard", "jamais reçu"). */
export function lateInText(text: string): boolean {
  return (
    /\b(late|delayed|never arrived|took (too )?long)\b/i.test(text) ||
    new RegExp(`${EDGE_BEFORE}(?:en\\s+retard|retardée?|jamais\\s+(?:arrivée?|reçue?|livrée?)|pas\\s+(?:arrivée?|reçue?|livrée?)|trop\\s+long)${EDGE_AFTER}`, 'iu').test(text)
  );
}
