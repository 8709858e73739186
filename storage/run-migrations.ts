import type BetterSqlite3 from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { StorageError } from './storage-error.ts';

/** drizzle's bookkeeping table; we keep its exact shape so drizzle-kit tooling sees the same history. */
const MIGRATIONS_TABLE = '__drizzle_migrations';

/**
 * Applies the committed drizzle-kit migrations that are newer than the last applied one.
 * Same bookkeeping as drizzle's own migrator, but the check and the apply happen under one `BEGIN IMMEDIATE`,
 * so two processes opening a fresh database at once cannot both try to create the tables.
 */
export function runMigrations(sqlite: BetterSqlite3.Database, migrationsFolder: string): { applied: number } {
  let migrations: ReturnType<typeof readMigrationFiles>;
  try {
    migrations = readMigrationFiles({ migrationsFolder });
  } catch (cause) {
    throw new StorageError('MIGRATION_FAILED', `cannot read migrations in ${migrationsFolder}`, { cause });
  }
  const apply = sqlite.transaction((): number => {
    sqlite.exec(`CREATE TABLE IF NOT EXISTS "${MIGRATIONS_TABLE}" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`);
    const last: unknown = sqlite.prepare(`SELECT created_at FROM "${MIGRATIONS_TABLE}" ORDER BY created_at DESC LIMIT 1`).pluck().get();
    const lastMillis = last === undefined ? undefined : Number(last);
    const record = sqlite.prepare(`INSERT INTO "${MIGRATIONS_TABLE}" ("hash", "created_at") VALUES (?, ?)`);
    let applied = 0;
    for (const migration of migrations) {
      if (lastMillis !== undefined && lastMillis >= migration.folderMillis) continue;
      for (const statement of migration.sql) {
        if (statement.trim() !== '') sqlite.exec(statement);
      }
      record.run(migration.hash, migration.folderMillis);
      applied++;
    }
    return applied;
  });
  try {
    return { applied: apply.immediate() };
  } catch (cause) {
    if (cause instanceof StorageError) throw cause;
    throw new StorageError('MIGRATION_FAILED', `applying migrations failed: ${(cause as Error).message}`, { cause });
  }
}
