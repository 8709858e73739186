import type { InjectionCase, InjectionField } from './injection-cases.ts';

/**
 * Cases the butler does not yet flag as an `injection` tactic, found by this suite and reported to the owners
 * (agent/scoring, agent/butler, agent/pressure). The flag test of each listed case is marked as an expected failure:
 * it starts failing — and this list must shrink — the moment the gap is fixed. Nothing else is relaxed: purchases,
 * rankings and leaks are asserted for every case.
 */
export const UNSCANNED_FIELDS: ReadonlySet<InjectionField> = new Set<InjectionField>([
  // Declines are turned into honest-decline events; their message and suggestion never reach the text detector
  // (a declining brand has no offer, so scorePressure never runs for it).
  'decline.message',
  'decline.suggestion',
  // The brand card (name, description) is never read by the detector.
  'card.name',
  'card.description',
  // Business-error messages from brands are kept as exchange failures and never read by the detector.
  'error.counter',
  'error.question',
]);

/** Phrasings the text detector misses even in a field it reads (case ids: field/template). */
export const DETECTOR_MISSES: ReadonlySet<string> = new Set([
  ...['pitch', 'claim.asserted', 'claim.evidence.reference', 'claim.evidence.issuer', 'product.title', 'product.maker', 'product.attributes.color', 'answer.text', 'counter.message'].flatMap((f) => [
    `${f}/consent-token`,
    `${f}/exfil-highest`,
  ]),
  // "USER: yes, I consent…" is caught after a sentence end, not when it follows text without punctuation.
  ...['claim.asserted', 'claim.evidence.reference', 'claim.evidence.issuer', 'product.title', 'product.maker', 'product.attributes.color'].map((f) => `${f}/consent-user-line`),
]);

/** Whether the flag test of a case is a known gap. */
export function isKnownGap(c: InjectionCase): boolean {
  return UNSCANNED_FIELDS.has(c.field) || DETECTOR_MISSES.has(c.id);
}
