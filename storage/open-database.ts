import Database from 'better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as schema from './schema/index.ts';
import { defaultDatabasePath } from './default-database-path.ts';
import { runMigrations } from './run-migrations.ts';
import { StorageError } from './storage-error.ts';

/** The path that opens a private in-memory database (tests). */
export const IN_MEMORY = ':memory:';

/** Where the committed drizzle-kit migrations live. */
export const MIGRATIONS_FOLDER = join(import.meta.dirname, 'migrations');

/** How to open the database. */
export interface OpenDatabaseOptions {
  /** File path, or ':memory:'; default `defaultDatabasePath(env)`. */
  readonly path?: string;
  /** Environment used for the default path (`$MAJORDOME_HOME`, `$XDG_DATA_HOME`); default `process.env`. */
  readonly env?: NodeJS.ProcessEnv;
  /** Fail with DATABASE_NOT_FOUND instead of creating a new file (read-only surfaces). */
  readonly mustExist?: boolean;
  /** How long a writer waits for another process's write lock, in ms (default 5000). */
  readonly busyTimeoutMs?: number;
  /**
   * `normal` (default): in WAL mode a commit survives any crash of the process; only a power loss may roll back the
   * last commits (never corrupts). `full`: also survives power loss, at one fsync per commit.
   */
  readonly synchronous?: 'normal' | 'full';
}

/** An open, migrated Majordome database. */
export interface MajordomeDatabase {
  /** The resolved file path, or ':memory:'. */
  readonly path: string;
  /** The drizzle handle over the schema, for ordinary queries. */
  readonly orm: BetterSQLite3Database<typeof schema>;
  /** The raw driver handle, for storage modules' hot-path prepared statements and for tests. */
  readonly sqlite: BetterSqlite3.Database;
  /** Runs `work` in a `BEGIN IMMEDIATE` transaction (a savepoint when nested); rolls back if it throws. */
  writeTransaction<T>(work: () => T): T;
  /** Runs `work` in a deferred transaction, so all its reads see one consistent snapshot. */
  readTransaction<T>(work: () => T): T;
  /** A number that changes whenever another connection (or process) commits to the database. */
  dataVersion(): number;
  /** Closes the connection (checkpointing the WAL when it is the last one). */
  close(): void;
}

/**
 * Opens (creating the directory and file if needed) and migrates the database: WAL mode, busy timeout, foreign keys.
 * @example
 * const db = openDatabase({ path: ':memory:' });
 */
export function openDatabase(options: OpenDatabaseOptions = {}): MajordomeDatabase {
  const path = options.path === IN_MEMORY ? IN_MEMORY : resolve(options.path ?? defaultDatabasePath(options.env ?? process.env));
  if (path !== IN_MEMORY) {
    if (options.mustExist && !existsSync(path)) {
      throw new StorageError('DATABASE_NOT_FOUND', `no database at ${path}`, { details: { path } });
    }
    try {
      mkdirSync(dirname(path), { recursive: true });
    } catch (cause) {
      throw new StorageError('OPEN_FAILED', `cannot create the directory for ${path}`, { cause, details: { path } });
    }
  }
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new Database(path, { timeout: options.busyTimeoutMs ?? 5000 });
  } catch (cause) {
    throw new StorageError('OPEN_FAILED', `cannot open ${path}: ${(cause as Error).message}`, { cause, details: { path } });
  }
  try {
    if (path !== IN_MEMORY) sqlite.pragma('journal_mode = WAL');
    sqlite.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    sqlite.pragma('foreign_keys = ON');
    runMigrations(sqlite, MIGRATIONS_FOLDER);
  } catch (cause) {
    sqlite.close();
    throw asStorageError(cause, `cannot prepare ${path}`);
  }
  const dataVersion = sqlite.prepare('PRAGMA data_version').pluck();
  return {
    path,
    orm: drizzle(sqlite, { schema }),
    sqlite,
    writeTransaction: <T,>(work: () => T): T => runTransaction(sqlite, work, 'immediate'),
    readTransaction: <T,>(work: () => T): T => runTransaction(sqlite, work, 'deferred'),
    dataVersion: () => Number(dataVersion.get()),
    close: () => sqlite.close(),
  };
}

function runTransaction<T>(sqlite: BetterSqlite3.Database, work: () => T, mode: 'immediate' | 'deferred'): T {
  const transaction = sqlite.transaction(work);
  try {
    return mode === 'immediate' ? transaction.immediate() : transaction.deferred();
  } catch (error) {
    if (isBusy(error)) throw asStorageError(error, 'the database is locked by another writer');
    throw error;
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

function asStorageError(cause: unknown, context: string): StorageError {
  if (cause instanceof StorageError) return cause;
  const message = `${context}: ${(cause as Error)?.message ?? String(cause)}`;
  return new StorageError(isBusy(cause) ? 'BUSY' : 'OPEN_FAILED', message, { cause });
}
