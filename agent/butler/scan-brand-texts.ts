import { isInformationalInField, type PressureDetector } from '../scoring/index.ts';
import type { TrustObservation } from './butler-trust.ts';
import { LEDGER_TACTIC_MIN_CONFIDENCE } from './observe-round.ts';

/** A piece of brand-controlled text outside any offer: card fields, decline messages, error messages. */
export interface BrandText {
  readonly brandId: string;
  /** Where it came from, e.g. "card.description", "decline.message", "error.message". */
  readonly field: string;
  readonly text: string;
}

/**
 * Reads brand text that is not part of an offer — the card, declines, error messages — with the same detector as
 * offers, so an instruction hidden there is flagged against the brand too. One observation per brand, label and field.
 */
export function scanBrandTexts(texts: readonly BrandText[], detect: PressureDetector): { observations: TrustObservation[]; flagged: ReadonlySet<string> } {
  const observations: TrustObservation[] = [];
  const flagged = new Set<string>();
  const seen = new Set<string>();
  const sorted = [...texts].sort((a, b) => (a.brandId < b.brandId ? -1 : a.brandId > b.brandId ? 1 : a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
  for (const { brandId, field, text } of sorted) {
    if (!text.trim()) continue;
    for (const tactic of detect(text).tactics) {
      if (tactic.confidence < LEDGER_TACTIC_MIN_CONFIDENCE || isInformationalInField(field, tactic.label)) continue;
      flagged.add(`${brandId}\u0000${field}`);
      const key = `${brandId}\u0000${tactic.label}\u0000${field}`;
      if (seen.has(key)) continue;
      seen.add(key);
      observations.push({ kind: 'pressure-tactic', brandId, tactic: tactic.label, quote: tactic.span.slice(0, 300) || text.slice(0, 300), field });
    }
  }
  return { observations, flagged };
}
