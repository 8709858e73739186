import { isHeldAgainstBrand, isInformationalInField, restsOnModelAlone, type PressureDetector } from '../scoring/index.ts';
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
 * A text that makes the detector throw is flagged (no observation: there is no finding to quote) and the scan goes on.
 */
export function scanBrandTexts(texts: readonly BrandText[], detect: PressureDetector): { observations: TrustObservation[]; flagged: ReadonlySet<string> } {
  const observations: TrustObservation[] = [];
  const flagged = new Set<string>();
  // Where each (brand, label, field) observation sits: one each, the most confident finding (the ledger weighs by it).
  const at = new Map<string, number>();
  const sorted = [...texts].sort((a, b) => (a.brandId < b.brandId ? -1 : a.brandId > b.brandId ? 1 : a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
  for (const { brandId, field, text } of sorted) {
    if (!text.trim()) continue;
    let report: ReturnType<PressureDetector>;
    try {
      report = detect(text);
    } catch {
      // A text the detector chokes on is not read as clean: the field counts as flagged (a decline carrying it is not
      // an honest "no fit"), and the rest of the brands' texts are still read.
      flagged.add(`${brandId}\u0000${field}`);
      continue;
    }
    for (const tactic of report.tactics) {
      if (tactic.confidence < LEDGER_TACTIC_MIN_CONFIDENCE || isInformationalInField(field, tactic.label)) continue;
      flagged.add(`${brandId}\u0000${field}`);
      // As for offers (observeRound): the model alone reading everyday shop words withholds the credit (a decline
      // carrying it is not an honest "no fit") but is not recorded against the brand.
      if (!isHeldAgainstBrand(tactic.label, restsOnModelAlone(tactic))) continue;
      const key = `${brandId}\u0000${tactic.label}\u0000${field}`;
      const observation: TrustObservation = { kind: 'pressure-tactic', brandId, tactic: tactic.label, quote: tactic.span.slice(0, 300) || text.slice(0, 300), field, confidence: tactic.confidence };
      const index = at.get(key);
      if (index === undefined) {
        at.set(key, observations.length);
        observations.push(observation);
      } else {
        const held = observations[index];
        if (held?.kind === 'pressure-tactic' && tactic.confidence > held.confidence) observations[index] = observation;
      }
    }
  }
  return { observations, flagged };
}
