import type BetterSqlite3 from 'better-sqlite3';
import type { MajordomeDatabase } from './open-database.ts';
import type { OrderEventRow } from './schema/index.ts';
import { hashChainedEvent } from './trust-chain-hash.ts';
import { StorageError } from './storage-error.ts';
import type { ChainHead } from './trust-event-store.ts';

/** An order state to append: the record is canonical JSON text (what the hash covers). */
export interface OrderEventDraft {
  readonly orderId: string;
  readonly brandId: string;
  readonly status: string;
  readonly occurredAtMs: number;
  readonly recordJson: string;
}

const COLUMNS = 'seq, order_id AS orderId, brand_id AS brandId, status, occurred_at_ms AS occurredAtMs, record, prev_hash AS prevHash, hash';
const PAGE_SIZE = 4096;

/**
 * The append-only, hash-chained log of order records: every state an order reaches is appended here in the same
 * transaction that updates the `orders` row, so the orders are covered by a chain (and by its anchors) like the trust events.
 */
export class OrderEventLog {
  readonly #db: MajordomeDatabase;
  readonly #insert: BetterSqlite3.Statement;
  readonly #readHead: BetterSqlite3.Statement;
  readonly #writeHead: BetterSqlite3.Statement;
  readonly #latest: BetterSqlite3.Statement;
  readonly #page: BetterSqlite3.Statement;

  constructor(db: MajordomeDatabase) {
    this.#db = db;
    const sqlite = db.sqlite;
    this.#insert = sqlite.prepare('INSERT INTO order_events (seq, order_id, brand_id, status, occurred_at_ms, record, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    this.#readHead = sqlite.prepare('SELECT seq, hash FROM order_chain_head WHERE id = 1');
    this.#writeHead = sqlite.prepare('UPDATE order_chain_head SET seq = ?, hash = ? WHERE id = 1');
    this.#latest = sqlite.prepare(`SELECT ${COLUMNS} FROM order_events WHERE order_id = ? ORDER BY seq DESC LIMIT 1`);
    this.#page = sqlite.prepare(`SELECT ${COLUMNS} FROM order_events WHERE seq > ? ORDER BY seq LIMIT ?`);
  }

  /** Appends one order state (in the caller's transaction, or its own), unless it equals the order's latest state. */
  append(draft: OrderEventDraft): OrderEventRow | undefined {
    return this.#db.writeTransaction(() => {
      const latest = this.latest(draft.orderId);
      if (latest && latest.record === draft.recordJson && latest.status === draft.status) return undefined;
      const head = this.head();
      const seq = head.seq + 1;
      const hash = hashChainedEvent({ seq, prevHash: head.hash, brandId: draft.brandId, kind: draft.status, occurredAtMs: draft.occurredAtMs, evidenceJson: draft.recordJson });
      this.#insert.run(seq, draft.orderId, draft.brandId, draft.status, draft.occurredAtMs, draft.recordJson, head.hash, hash);
      this.#writeHead.run(seq, hash);
      return { seq, orderId: draft.orderId, brandId: draft.brandId, status: draft.status, occurredAtMs: draft.occurredAtMs, record: draft.recordJson, prevHash: head.hash, hash };
    });
  }

  /** The newest order event's seq and hash, as recorded in the head row. */
  head(): ChainHead {
    const row = this.#readHead.get() as ChainHead | undefined;
    if (row === undefined) throw new StorageError('CHAIN_HEAD_CORRUPT', 'the order chain head row is missing');
    return { seq: row.seq, hash: row.hash };
  }

  /** The latest state appended for an order. */
  latest(orderId: string): OrderEventRow | undefined {
    return this.#latest.get(orderId) as OrderEventRow | undefined;
  }

  /** The hash of the event at `seq`, if it exists. */
  hashAt(seq: number): string | undefined {
    return (this.#page.all(seq - 1, 1) as OrderEventRow[]).find((r) => r.seq === seq)?.hash;
  }

  /** Every row exactly as stored, in chain order, a page at a time. */
  *readAllRows(): Generator<OrderEventRow> {
    let cursor = 0;
    for (;;) {
      const page = this.#page.all(cursor, PAGE_SIZE) as OrderEventRow[];
      yield* page;
      if (page.length < PAGE_SIZE) return;
      cursor = page[page.length - 1]!.seq;
    }
  }
}
