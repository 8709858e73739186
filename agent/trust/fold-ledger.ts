import type { IdentityLink, StoredTrustEvent } from '../../storage/index.ts';
import { emptyTrustState, type BrandTrustState } from './brand-trust-state.ts';
import { foldTrustEvent } from './fold-trust-event.ts';
import { parseObservedEvidence } from './trust-event.ts';
import { TrustLedgerError } from './trust-ledger-error.ts';

/** One brand's fold and the seq of the last event folded into it. */
export interface FoldedBrand {
  readonly state: BrandTrustState;
  readonly lastSeq: number;
}

/** The fold of a whole event log: per-brand states and the identity links its identity-link events create. */
export interface FoldedLedger {
  readonly brands: Map<string, FoldedBrand>;
  readonly links: IdentityLink[];
  readonly events: number;
}

/**
 * Folds stored events, in chain order, exactly as appends fold them one by one (so the results are bit-identical).
 * Each event's evidence is validated against its kind's schema; one that no longer parses is a CORRUPT_RECORD.
 */
export function foldLedger(events: Iterable<StoredTrustEvent>): FoldedLedger {
  const brands = new Map<string, FoldedBrand>();
  const links: IdentityLink[] = [];
  let count = 0;
  for (const stored of events) {
    const observed = parseObservedEvidence(stored.kind, stored.evidence);
    if (observed === undefined || !Number.isSafeInteger(stored.occurredAtMs)) {
      throw new TrustLedgerError('CORRUPT_RECORD', `stored event #${stored.seq} does not parse as a trust event`, { seq: stored.seq });
    }
    const previous = brands.get(stored.brandId)?.state ?? emptyTrustState();
    brands.set(stored.brandId, { state: foldTrustEvent(previous, observed, stored.occurredAtMs), lastSeq: stored.seq });
    if (observed.kind === 'identity-link') links.push({ eventSeq: stored.seq, brandId: stored.brandId, linkedBrandId: observed.evidence.linkedBrandId });
    count++;
  }
  return { brands, links, events: count };
}
