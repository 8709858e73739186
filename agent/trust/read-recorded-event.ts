import type { StoredTrustEvent } from '../../storage/index.ts';
import { TrustEventSchema, type RecordedTrustEvent } from './trust-event.ts';
import { TrustLedgerError } from './trust-ledger-error.ts';

/** Parses a stored event back into a recorded trust event; a row that no longer matches the schema is a CORRUPT_RECORD. */
export function readRecordedEvent(stored: StoredTrustEvent): RecordedTrustEvent {
  const date = new Date(stored.occurredAtMs);
  // An out-of-range time (only possible by editing the file) becomes a string the schema rejects.
  const occurredAt = Number.isNaN(date.getTime()) ? `invalid:${String(stored.occurredAtMs)}` : date.toISOString();
  const parsed = TrustEventSchema.safeParse({ kind: stored.kind, brandId: stored.brandId, occurredAt, evidence: stored.evidence });
  if (!parsed.success) {
    throw new TrustLedgerError('CORRUPT_RECORD', `stored event #${stored.seq} does not parse as a trust event`, {
      seq: stored.seq,
      issues: parsed.error.issues,
    });
  }
  // parsed.data is a fresh object, so extending it in place is safe (and much cheaper than a spread on this hot path).
  return Object.assign(parsed.data, { seq: stored.seq, occurredAtMs: stored.occurredAtMs, hash: stored.hash, prevHash: stored.prevHash });
}
