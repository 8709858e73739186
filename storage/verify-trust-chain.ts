import type { MajordomeDatabase } from './open-database.ts';
import { GENESIS_HASH, hashChainedEvent } from './trust-chain-hash.ts';
import { TrustEventStore, type ChainHead, type StoredTrustEvent } from './trust-event-store.ts';

/** Why an event breaks the chain. */
export const CHAIN_FAULTS = {
  'hash-mismatch': 'the event was edited or moved: its hash does not match its content and position',
  'broken-link': 'the event does not point at the hash of the event before it',
  'missing-event': 'an event is missing: the sequence skips it',
  'unexpected-seq': 'the event has a position that cannot occur in the chain',
  'head-mismatch': 'the recorded chain head does not match the newest event (events removed or added behind the API)',
  'anchor-mismatch': 'the event differs from the hash you anchored earlier',
} as const;

/** A reason an event breaks the chain. */
export type ChainFault = keyof typeof CHAIN_FAULTS;

/** The outcome of checking the whole chain: intact, or the first bad event and why. */
export type ChainVerdict =
  | { readonly ok: true; readonly events: number; readonly head: ChainHead }
  | {
      readonly ok: false;
      /** Events that verified before the first bad one. */
      readonly events: number;
      readonly firstBadSeq: number;
      readonly fault: ChainFault;
      readonly message: string;
      /** The offending row when it exists (a missing event has none). */
      readonly event?: Pick<StoredTrustEvent, 'seq' | 'brandId' | 'kind' | 'occurredAtMs'>;
    };

/** Options for `verifyTrustChain`. */
export interface VerifyChainOptions {
  /** A (seq, hash) pair noted earlier, e.g. printed by `majordome ledger verify`; catches a chain rewritten end to end. */
  readonly anchor?: ChainHead;
}

/**
 * Recomputes every event's hash from its stored bytes and checks the links, the sequence and the recorded head,
 * naming the first bad event. Reads one consistent snapshot.
 */
export function verifyTrustChain(db: MajordomeDatabase, options: VerifyChainOptions = {}): ChainVerdict {
  const store = new TrustEventStore(db);
  return db.readTransaction(() => {
    let expectedSeq = 1;
    let prevHash = GENESIS_HASH;
    let anchorHash: string | undefined;
    for (const event of store.readAllRows()) {
      // The hash covers the evidence bytes exactly as stored, so any edit (even whitespace) is caught.
      const where = { seq: event.seq, brandId: event.brandId, kind: event.kind, occurredAtMs: event.occurredAtMs };
      if (!Number.isSafeInteger(event.seq) || event.seq < expectedSeq) {
        return bad(expectedSeq - 1, event.seq, 'unexpected-seq', `event at position ${String(event.seq)}`, where);
      }
      if (event.seq > expectedSeq) return bad(expectedSeq - 1, expectedSeq, 'missing-event', `event #${expectedSeq} is missing`);
      const recomputed = hashChainedEvent({
        seq: event.seq,
        prevHash: event.prevHash,
        brandId: event.brandId,
        kind: event.kind,
        occurredAtMs: event.occurredAtMs,
        evidenceJson: event.evidence,
      });
      if (recomputed !== event.hash) return bad(expectedSeq - 1, event.seq, 'hash-mismatch', `event #${event.seq}`, where);
      if (event.prevHash !== prevHash) return bad(expectedSeq - 1, event.seq, 'broken-link', `event #${event.seq}`, where);
      if (options.anchor && event.seq === options.anchor.seq) anchorHash = event.hash;
      prevHash = event.hash;
      expectedSeq++;
    }
    const last = expectedSeq - 1;
    const head = store.head();
    if (head.seq > last) return bad(last, last + 1, 'missing-event', `the head names event #${head.seq} but the log ends at #${last}`);
    if (head.seq !== last || head.hash !== prevHash) {
      return bad(Math.min(head.seq, last), Math.min(head.seq + 1, last), 'head-mismatch', `head #${head.seq}, newest event #${last}`);
    }
    if (options.anchor && options.anchor.seq > 0) {
      if (anchorHash === undefined) return bad(last, options.anchor.seq, 'missing-event', `anchored event #${options.anchor.seq} is missing`);
      if (anchorHash !== options.anchor.hash) return bad(options.anchor.seq - 1, options.anchor.seq, 'anchor-mismatch', `event #${options.anchor.seq}`);
    }
    return { ok: true, events: last, head: { seq: last, hash: prevHash } };
  });
}

function bad(
  events: number,
  firstBadSeq: number,
  fault: ChainFault,
  what: string,
  event?: Pick<StoredTrustEvent, 'seq' | 'brandId' | 'kind' | 'occurredAtMs'>,
): ChainVerdict {
  const message = `${what}: ${CHAIN_FAULTS[fault]}`;
  return event === undefined ? { ok: false, events, firstBadSeq, fault, message } : { ok: false, events, firstBadSeq, fault, message, event };
}
