import type { IdentityLink, StoredTrustEvent } from '../../storage/index.ts';
import { emptyTrustState, type BrandTrustState } from './brand-trust-state.ts';
import { foldTrustEvent } from './fold-trust-event.ts';
import { insertInIdOrder } from './insert-in-id-order.ts';
import { evidenceOf, ledgerPriors, poolEvidence, type LedgerPriors } from './ledger-priors.ts';
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
 * A brand's priors as the ledger estimates them when one of its events is folded (`ledgerPriors`): every brand's state
 * so far, pooled in id order at the event's time, less the brand's own. Appends and rebuilds both read it this way,
 * from the same states in the same order, so their numbers are bit-identical.
 */
export function priorsWhenFolding(states: Iterable<BrandTrustState>, own: BrandTrustState, atMs: number): LedgerPriors {
  return ledgerPriors(poolEvidence(states, atMs), evidenceOf(own, atMs));
}

/**
 * Folds stored events, in chain order, exactly as appends fold them one by one (so the results are bit-identical).
 * Each event's evidence is validated against its kind's schema; one that no longer parses is a CORRUPT_RECORD. A brand's
 * priors are estimated from the brands folded so far (`priorsWhenFolding`).
 */
export function foldLedger(events: Iterable<StoredTrustEvent>): FoldedLedger {
  const brands = new Map<string, FoldedBrand>();
  const ids: string[] = [];
  const statesInIdOrder = function* (): Generator<BrandTrustState> {
    for (const id of ids) yield brands.get(id)!.state;
  };
  const links: IdentityLink[] = [];
  let count = 0;
  for (const stored of events) {
    const observed = parseObservedEvidence(stored.kind, stored.evidence);
    if (observed === undefined || !Number.isSafeInteger(stored.occurredAtMs)) {
      throw new TrustLedgerError('CORRUPT_RECORD', `stored event #${stored.seq} does not parse as a trust event`, { seq: stored.seq });
    }
    const known = brands.get(stored.brandId);
    const previous = known?.state ?? emptyTrustState();
    const at = stored.occurredAtMs;
    brands.set(stored.brandId, { state: foldTrustEvent(previous, observed, at, undefined, () => priorsWhenFolding(statesInIdOrder(), previous, at)), lastSeq: stored.seq });
    if (known === undefined) insertInIdOrder(ids, stored.brandId);
    if (observed.kind === 'identity-link') links.push({ eventSeq: stored.seq, brandId: stored.brandId, linkedBrandId: observed.evidence.linkedBrandId });
    count++;
  }
  return { brands, links, events: count };
}
