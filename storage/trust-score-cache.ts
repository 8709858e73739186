import type BetterSqlite3 from 'better-sqlite3';
import { ne } from 'drizzle-orm';
import type { MajordomeDatabase } from './open-database.ts';
import { trustScores, type TrustScoreRow } from './schema/index.ts';
import { StorageError } from './storage-error.ts';

/** One brand's cached trust state: an opaque fold of its events up to `lastSeq`, made by model `modelVersion`. */
export interface CachedTrustState {
  readonly brandId: string;
  readonly modelVersion: string;
  readonly lastSeq: number;
  /** The fold state parsed back from JSON, `undefined` if unreadable (untrusted: validate before use). */
  readonly state: unknown;
}

/** The cache table of per-brand trust states; write it in the same transaction as the events it folds. */
export class TrustScoreCache {
  readonly #db: MajordomeDatabase;
  readonly #get: BetterSqlite3.Statement;
  readonly #put: BetterSqlite3.Statement;

  constructor(db: MajordomeDatabase) {
    this.#db = db;
    this.#get = db.sqlite.prepare('SELECT brand_id AS brandId, model_version AS modelVersion, last_seq AS lastSeq, state FROM trust_scores WHERE brand_id = ?');
    this.#put = db.sqlite.prepare(
      'INSERT INTO trust_scores (brand_id, model_version, last_seq, state) VALUES (?, ?, ?, ?) ' +
        'ON CONFLICT (brand_id) DO UPDATE SET model_version = excluded.model_version, last_seq = excluded.last_seq, state = excluded.state',
    );
  }

  /** The cached state of one brand, if any. */
  get(brandId: string): CachedTrustState | undefined {
    const row = this.#get.get(brandId) as TrustScoreRow | undefined;
    return row === undefined ? undefined : toCached(row);
  }

  /** Every cached state. */
  all(): CachedTrustState[] {
    return this.#db.orm.select().from(trustScores).all().map(toCached);
  }

  /** Inserts or replaces cached states (JSON numbers round-trip exactly, so a cached fold equals a recomputed one). */
  put(states: readonly CachedTrustState[]): void {
    this.#db.writeTransaction(() => this.putInTransaction(states));
  }

  /** Like `put`, inside the write transaction the caller holds (no savepoint): the caller rolls back if this throws. */
  putInTransaction(states: readonly CachedTrustState[]): void {
    if (!this.#db.sqlite.inTransaction) throw new StorageError('NOT_IN_TRANSACTION', 'putInTransaction needs an open write transaction');
    for (const s of states) this.#put.run(s.brandId, s.modelVersion, s.lastSeq, JSON.stringify(s.state));
  }

  /** True when some cached state was made by a different model version (parameters changed: rebuild). */
  hasStale(modelVersion: string): boolean {
    return this.#db.orm.select({ brandId: trustScores.brandId }).from(trustScores).where(ne(trustScores.modelVersion, modelVersion)).limit(1).all().length > 0;
  }

  /** Drops every cached state (before a rebuild). */
  clear(): void {
    this.#db.writeTransaction(() => {
      this.#db.orm.delete(trustScores).run();
    });
  }
}

function toCached(row: TrustScoreRow): CachedTrustState {
  let state: unknown;
  try {
    state = JSON.parse(row.state);
  } catch {
    state = undefined;
  }
  return { brandId: row.brandId, modelVersion: row.modelVersion, lastSeq: row.lastSeq, state };
}
