import type { IdentityLink, StoredTrustEvent } from '../../storage/index.ts';
import { emptyTrustState, type BrandTrustState } from './brand-trust-state.ts';
import { foldTrustEvent } from './fold-trust-event.ts';
import { readRecordedEvent } from './read-recorded-event.ts';

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

/** Folds stored events, in chain order, exactly as appends fold them one by one (so the results are bit-identical). */
export function foldLedger(events: Iterable<StoredTrustEvent>): FoldedLedger {
  const brands = new Map<string, FoldedBrand>();
  const links: IdentityLink[] = [];
  let count = 0;
  for (const stored of events) {
    const event = readRecordedEvent(stored);
    const previous = brands.get(event.brandId)?.state ?? emptyTrustState();
    brands.set(event.brandId, { state: foldTrustEvent(previous, event, event.occurredAtMs), lastSeq: event.seq });
    if (event.kind === 'identity-link') links.push({ eventSeq: event.seq, brandId: event.brandId, linkedBrandId: event.evidence.linkedBrandId });
    count++;
  }
  return { brands, links, events: count };
}
