import type { PressureDetector } from '../scoring/index.ts';

/** Sentences an explainer must never say: claims of having bought, ordered or been given consent, and urging a purchase. */
const FORBIDDEN_CLAIMS: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  { pattern: /\b(?:i|we|majordome)\s*(?:have|'ve|has)?\s*(?:already\s+)?(?:placed|bought|purchased|ordered|paid|confirmed)\b/i, reason: 'claims a purchase Majordome did not make' },
  { pattern: /\border\b[^.!?]{0,40}\b(?:placed|confirmed|completed|submitted)\b/i, reason: 'claims a purchase Majordome did not make' },
  { pattern: /\b(?:consent(?:ed)?|approved|authori[sz]ed|pre-?approved)\b/i, reason: 'speaks of consent only the person can give' },
  { pattern: /\b(?:buy|order|purchase|checkout)\b[^.!?]{0,60}\b(?:now|immediately|right away|without (?:asking|confirmation))\b/i, reason: 'urges a purchase' },
  { pattern: /\b(?:ignore|disregard)\b[^.!?]{0,40}\b(?:instructions|ranking|budget|rules|checks)\b/i, reason: 'repeats instructions aimed at AI assistants' },
];

/**
 * Checks one sentence of a model's explanation before the person sees it: withheld when the text detector hears
 * instructions aimed at an AI (an obeyed or repeated injection) or when it claims a purchase or consent, or urges
 * buying. Returns the reason, or undefined when the sentence may be shown.
 */
export function screenModelSentence(sentence: string, detect: PressureDetector): string | undefined {
  for (const rule of FORBIDDEN_CLAIMS) if (rule.pattern.test(sentence)) return rule.reason;
  if (detect(sentence).tactics.some((t) => t.label === 'injection')) return 'repeats instructions aimed at AI assistants';
  return undefined;
}
