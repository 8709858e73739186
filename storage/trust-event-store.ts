import type BetterSqlite3 from 'better-sqlite3';
import type { MajordomeDatabase } from './open-database.ts';
import type { TrustEventRow } from './schema/index.ts';
import { canonicalJson } from './canonical-json.ts';
import { hashChainedEvent } from './trust-chain-hash.ts';
import { StorageError } from './storage-error.ts';

/** An event to append: the storage layer chains and stores it without interpreting `kind` or `evidence`. */
export interface TrustEventDraft {
  readonly brandId: string;
  readonly kind: string;
  readonly occurredAtMs: number;
  /** Plain JSON; stored in canonical form (sorted keys), which is what the hash covers. */
  readonly evidence: unknown;
}

/** An event as stored: its position in the chain, its hash and the hash of the event before it. */
export interface StoredTrustEvent {
  readonly seq: number;
  readonly brandId: string;
  readonly kind: string;
  readonly occurredAtMs: number;
  /** The stored evidence parsed back from JSON, `undefined` if the bytes are not JSON (untrusted: validate before use). */
  readonly evidence: unknown;
  readonly prevHash: string;
  readonly hash: string;
}

/** The newest event of the chain (seq 0 and the genesis hash when the log is empty). */
export interface ChainHead {
  readonly seq: number;
  readonly hash: string;
}

/** The columns of a `TrustEventRow`, named as drizzle names them. */
const ROW_COLUMNS = 'seq, brand_id AS brandId, kind, occurred_at_ms AS occurredAtMs, evidence, prev_hash AS prevHash, hash';

/** How many rows one read of the log fetches; big enough to amortise the query, small enough to bound memory. */
const PAGE_SIZE = 8192;

/** The append-only, hash-chained trust event log. */
export class TrustEventStore {
  readonly #db: MajordomeDatabase;
  readonly #insert: BetterSqlite3.Statement;
  readonly #readHead: BetterSqlite3.Statement;
  readonly #writeHead: BetterSqlite3.Statement;
  readonly #page: BetterSqlite3.Statement;
  readonly #forBrand: BetterSqlite3.Statement;
  readonly #count: BetterSqlite3.Statement;

  constructor(db: MajordomeDatabase) {
    this.#db = db;
    const sqlite = db.sqlite;
    this.#insert = sqlite.prepare(
      'INSERT INTO trust_events (seq, brand_id, kind, occurred_at_ms, evidence, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.#readHead = sqlite.prepare('SELECT seq, hash FROM trust_chain_head WHERE id = 1');
    this.#writeHead = sqlite.prepare('UPDATE trust_chain_head SET seq = ?, hash = ? WHERE id = 1');
    this.#page = sqlite.prepare(`SELECT ${ROW_COLUMNS} FROM trust_events WHERE seq > ? ORDER BY seq LIMIT ?`);
    this.#forBrand = sqlite.prepare(`SELECT ${ROW_COLUMNS} FROM trust_events WHERE brand_id = ? AND seq > ? ORDER BY seq LIMIT ?`);
    this.#count = sqlite.prepare('SELECT count(*) FROM trust_events').pluck();
  }

  /**
   * Appends events in one `BEGIN IMMEDIATE` transaction (or inside the caller's, under a savepoint), chaining each
   * to the previous one. All or nothing: if any event cannot be stored, none is.
   */
  append(drafts: readonly TrustEventDraft[]): StoredTrustEvent[] {
    // Serialise before taking the write lock: a bad value fails fast and the lock is held only for SQL.
    const evidenceJson = drafts.map((draft) => canonicalJson(draft.evidence));
    return this.#db.writeTransaction(() => this.#appendRows(drafts, evidenceJson));
  }

  /**
   * Appends events inside the write transaction the caller already holds, with no savepoint of its own: the caller
   * must let that transaction roll back if this throws (a savepoint would copy every page the batch touches, the
   * brand index's above all, into a statement journal: about 15% of the insert's cost).
   */
  appendInTransaction(drafts: readonly TrustEventDraft[]): StoredTrustEvent[] {
    if (!this.#db.sqlite.inTransaction) throw new StorageError('NOT_IN_TRANSACTION', 'appendInTransaction needs an open write transaction');
    const evidenceJson = new Array<string>(drafts.length);
    for (let i = 0; i < drafts.length; i++) evidenceJson[i] = canonicalJson(drafts[i]!.evidence);
    return this.#appendRows(drafts, evidenceJson);
  }

  #appendRows(drafts: readonly TrustEventDraft[], evidenceJson: readonly string[]): StoredTrustEvent[] {
    const head = this.head();
    let prevHash = head.hash;
    let seq = head.seq;
    const stored: StoredTrustEvent[] = new Array(drafts.length);
    for (let i = 0; i < drafts.length; i++) {
      const draft = drafts[i]!;
      const json = evidenceJson[i]!;
      seq += 1;
      const hash = hashChainedEvent({ seq, prevHash, brandId: draft.brandId, kind: draft.kind, occurredAtMs: draft.occurredAtMs, evidenceJson: json });
      try {
        this.#insert.run(seq, draft.brandId, draft.kind, draft.occurredAtMs, json, prevHash, hash);
      } catch (cause) {
        if ((cause as { code?: unknown }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
          throw new StorageError('CHAIN_HEAD_CORRUPT', `event #${seq} already exists but the chain head says #${head.seq} is the newest`, { cause });
        }
        throw cause;
      }
      stored[i] = { seq, brandId: draft.brandId, kind: draft.kind, occurredAtMs: draft.occurredAtMs, evidence: draft.evidence, prevHash, hash };
      prevHash = hash;
    }
    if (drafts.length > 0) this.#writeHead.run(seq, prevHash);
    return stored;
  }

  /** The newest event's seq and hash, as recorded in the chain head row. */
  head(): ChainHead {
    const row = this.#readHead.get() as { seq: number; hash: string } | undefined;
    if (row === undefined) throw new StorageError('CHAIN_HEAD_CORRUPT', 'the chain head row is missing');
    return { seq: row.seq, hash: row.hash };
  }

  /** How many events the log holds. */
  count(): number {
    return Number(this.#count.get());
  }

  /** Up to `limit` events with seq greater than `afterSeq`, oldest first. */
  readPage(afterSeq: number, limit: number = PAGE_SIZE): StoredTrustEvent[] {
    return this.readRowPage(afterSeq, limit).map(toStored);
  }

  /** Like `readPage` but the rows exactly as stored (evidence as the canonical JSON text the hash covers). */
  readRowPage(afterSeq: number, limit: number = PAGE_SIZE): TrustEventRow[] {
    return this.#page.all(afterSeq, limit) as TrustEventRow[];
  }

  /** Every event in chain order, fetched a page at a time (other statements may run between pages). */
  *readAll(afterSeq = 0): Generator<StoredTrustEvent> {
    for (const row of this.readAllRows(afterSeq)) yield toStored(row);
  }

  /** Every row exactly as stored, in chain order, a page at a time. */
  *readAllRows(afterSeq = 0): Generator<TrustEventRow> {
    let cursor = afterSeq;
    for (;;) {
      const page = this.readRowPage(cursor);
      yield* page;
      if (page.length < PAGE_SIZE) return;
      cursor = page[page.length - 1]!.seq;
    }
  }

  /** One brand's events, oldest first (optionally only those after `afterSeq`, at most `limit`). */
  eventsFor(brandId: string, options: { afterSeq?: number; limit?: number } = {}): StoredTrustEvent[] {
    return (this.#forBrand.all(brandId, options.afterSeq ?? 0, options.limit ?? -1) as TrustEventRow[]).map(toStored);
  }
}

function toStored(row: TrustEventRow): StoredTrustEvent {
  let evidence: unknown;
  try {
    evidence = JSON.parse(row.evidence);
  } catch {
    // Tampered or corrupt bytes: `undefined` fails every evidence schema, and `verifyTrustChain` names the event.
    evidence = undefined;
  }
  return { seq: row.seq, brandId: row.brandId, kind: row.kind, occurredAtMs: row.occurredAtMs, evidence, prevHash: row.prevHash, hash: row.hash };
}
