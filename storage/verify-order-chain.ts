import type { MajordomeDatabase } from './open-database.ts';
import { canonicalJson } from './canonical-json.ts';
import { OrderEventLog } from './order-event-log.ts';
import { GENESIS_HASH, hashChainedEvent } from './trust-chain-hash.ts';
import type { ChainHead } from './trust-event-store.ts';

/** Why the order chain or its projection is broken. */
export const ORDER_CHAIN_FAULTS = {
  'hash-mismatch': 'the order event was edited or moved: its hash does not match its content and position',
  'broken-link': 'the order event does not point at the hash of the event before it',
  'missing-event': 'an order event is missing: the sequence skips it',
  'head-mismatch': 'the recorded order chain head does not match the newest order event',
  'order-mismatch': 'the orders table differs from the chained order records (an order was edited, added or removed behind the butler)',
} as const;

/** A reason the order chain is broken. */
export type OrderChainFault = keyof typeof ORDER_CHAIN_FAULTS;

/** The verdict on the order chain: intact with its head, or the first fault. */
export type OrderChainVerdict =
  | { readonly ok: true; readonly events: number; readonly orders: number; readonly head: ChainHead; readonly hashAt: (seq: number) => string | undefined }
  | { readonly ok: false; readonly fault: OrderChainFault; readonly message: string; readonly seq?: number; readonly orderId?: string };

/**
 * Recomputes every order event's hash and link, checks the head, and checks that each row of `orders` is exactly the
 * latest chained state of that order (and that no chained order is missing from it). Reads one snapshot.
 */
export function verifyOrderChain(db: MajordomeDatabase): OrderChainVerdict {
  const log = new OrderEventLog(db);
  return db.readTransaction(() => {
    let expected = 1;
    let prevHash = GENESIS_HASH;
    const hashes = new Map<number, string>();
    const latest = new Map<string, { status: string; record: string }>();
    for (const e of log.readAllRows()) {
      if (e.seq !== expected) return fail('missing-event', `order event #${expected} is missing`, expected);
      const recomputed = hashChainedEvent({ seq: e.seq, prevHash: e.prevHash, brandId: e.brandId, kind: e.status, occurredAtMs: e.occurredAtMs, evidenceJson: e.record });
      if (recomputed !== e.hash) return fail('hash-mismatch', `order event #${e.seq}`, e.seq, e.orderId);
      if (e.prevHash !== prevHash) return fail('broken-link', `order event #${e.seq}`, e.seq, e.orderId);
      hashes.set(e.seq, e.hash);
      latest.set(e.orderId, { status: e.status, record: e.record });
      prevHash = e.hash;
      expected++;
    }
    const last = expected - 1;
    const head = log.head();
    if (head.seq !== last || head.hash !== prevHash) return fail('head-mismatch', `head #${head.seq}, newest order event #${last}`);
    const rows = db.sqlite.prepare('SELECT order_id AS orderId, status, record FROM orders').all() as Array<{ orderId: string; status: string; record: string }>;
    for (const row of rows) {
      const chained = latest.get(row.orderId);
      if (!chained || chained.status !== row.status || chained.record !== canonicalRecord(row.record)) return fail('order-mismatch', `order ${row.orderId}`, undefined, row.orderId);
    }
    if (rows.length !== latest.size) {
      const present = new Set(rows.map((r) => r.orderId));
      const missing = [...latest.keys()].find((id) => !present.has(id));
      return fail('order-mismatch', `order ${missing ?? '?'} was removed`, undefined, missing);
    }
    return { ok: true, events: last, orders: rows.length, head: { seq: last, hash: prevHash }, hashAt: (seq: number) => hashes.get(seq) };
  });
}

function canonicalRecord(text: string): string | undefined {
  try {
    return canonicalJson(JSON.parse(text));
  } catch {
    return undefined;
  }
}

function fail(fault: OrderChainFault, what: string, seq?: number, orderId?: string): OrderChainVerdict {
  return { ok: false, fault, message: `${what}: ${ORDER_CHAIN_FAULTS[fault]}`, ...(seq !== undefined ? { seq } : {}), ...(orderId !== undefined ? { orderId } : {}) };
}
