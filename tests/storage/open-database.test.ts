import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { is } from 'drizzle-orm';
import { SQLiteTable, getTableConfig } from 'drizzle-orm/sqlite-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ButlerStore, MIGRATIONS_FOLDER, StorageError, defaultDatabasePath, openDatabase, runMigrations } from '../../storage/index.ts';
import * as schema from '../../storage/schema/index.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'majordome-open-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('defaultDatabasePath', () => {
  it('prefers $MAJORDOME_HOME, then $XDG_DATA_HOME, then the platform data directory', () => {
    expect(defaultDatabasePath({ MAJORDOME_HOME: '/srv/mj', XDG_DATA_HOME: '/x' }, 'linux', '/home/ada')).toBe('/srv/mj/majordome.db');
    expect(defaultDatabasePath({ XDG_DATA_HOME: '/x' }, 'linux', '/home/ada')).toBe('/x/majordome/majordome.db');
    expect(defaultDatabasePath({}, 'linux', '/home/ada')).toBe('/home/ada/.local/share/majordome/majordome.db');
    expect(defaultDatabasePath({}, 'darwin', '/Users/ada')).toBe('/Users/ada/Library/Application Support/majordome/majordome.db');
    expect(defaultDatabasePath({ LOCALAPPDATA: '/c/Users/ada/AppData/Local' }, 'win32', '/c/Users/ada')).toBe(join('/c/Users/ada/AppData/Local', 'majordome', 'majordome.db'));
  });

  it('is what openDatabase uses when no path is given', () => {
    const home = join(dir, 'home-env');
    const db = openDatabase({ env: { MAJORDOME_HOME: home } });
    expect(db.path).toBe(join(home, 'majordome.db'));
    expect(existsSync(db.path)).toBe(true);
    db.close();
  });
});

describe('openDatabase', () => {
  it('creates the directory and file, in WAL mode with foreign keys on', () => {
    const path = join(dir, 'nested', 'deeper', 'a.db');
    const db = openDatabase({ path });
    expect(existsSync(path)).toBe(true);
    expect(db.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('applies every committed migration once, and again on reopen applies none', () => {
    const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
    const path = join(dir, 'b.db');
    const first = openDatabase({ path });
    expect(first.sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(journal.entries.length);
    first.close();
    const second = openDatabase({ path });
    expect(second.sqlite.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get()).toBe(journal.entries.length);
    expect(second.sqlite.prepare('SELECT seq, hash FROM trust_chain_head').get()).toEqual({ seq: 0, hash: '0'.repeat(64) });
    second.close();
  });

  it('the migrated database has every table and column the drizzle schema declares (run `npm run db:generate` if not)', () => {
    const db = openDatabase({ path: ':memory:' });
    const tables = Object.values(schema as Record<string, unknown>).filter((v): v is SQLiteTable => is(v, SQLiteTable));
    expect(tables.length).toBeGreaterThanOrEqual(5);
    for (const table of tables) {
      const config = getTableConfig(table);
      const columns = (db.sqlite.pragma(`table_info(${config.name})`) as Array<{ name: string; notnull: number }>).map((c) => c.name).sort();
      expect(columns, config.name).toEqual(config.columns.map((c) => c.name).sort());
      const indexes = (db.sqlite.pragma(`index_list(${config.name})`) as Array<{ name: string }>).map((i) => i.name);
      for (const index of config.indexes) expect(indexes, config.name).toContain(index.config.name);
    }
    const triggers = db.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").pluck().all();
    expect(triggers).toEqual(['order_events_no_delete', 'order_events_no_update', 'trust_events_no_delete', 'trust_events_no_update']);
    db.close();
  });

  it('mustExist refuses to create a new file', () => {
    const path = join(dir, 'missing', 'none.db');
    expect(() => openDatabase({ path, mustExist: true })).toThrow(StorageError);
    try {
      openDatabase({ path, mustExist: true });
    } catch (error) {
      expect((error as StorageError).code).toBe('DATABASE_NOT_FOUND');
    }
    expect(existsSync(path)).toBe(false);
  });

  it('writeTransaction rolls back everything when the work throws', () => {
    const db = openDatabase({ path: ':memory:' });
    expect(() =>
      db.writeTransaction(() => {
        db.sqlite.prepare('INSERT INTO brands (brand_id, registered_at_ms) VALUES (?, ?)').run('trailco', 0);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(db.sqlite.prepare('SELECT count(*) FROM brands').pluck().get()).toBe(0);
    db.close();
  });

  it('dataVersion changes when another connection commits', () => {
    const path = join(dir, 'c.db');
    const a = openDatabase({ path });
    const b = openDatabase({ path });
    const before = a.dataVersion();
    expect(a.dataVersion()).toBe(before);
    b.sqlite.prepare('INSERT INTO brands (brand_id, registered_at_ms) VALUES (?, ?)').run('peakco', 0);
    expect(a.dataVersion()).not.toBe(before);
    a.close();
    b.close();
  });
});

/** A database file migrated up to (not including) the migration at index `upTo`, the way the app applies them. */
function databaseMigratedUpTo(upTo: number): string {
  const path = join(mkdtempSync(join(tmpdir(), 'majordome-migrate-')), 'old.db');
  const before = mkdtempSync(join(tmpdir(), 'majordome-migrations-'));
  const journal = JSON.parse(readFileSync(join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: Array<{ tag: string }> };
  mkdirSync(join(before, 'meta'));
  writeFileSync(join(before, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: journal.entries.slice(0, upTo) }));
  for (const entry of journal.entries.slice(0, upTo)) copyFileSync(join(MIGRATIONS_FOLDER, `${entry.tag}.sql`), join(before, `${entry.tag}.sql`));
  const old = new Database(path);
  runMigrations(old, before);
  old.close();
  return path;
}

describe('migrating an existing database', () => {
  it('keeps every ranking exclusion, each under the ranking that stored it (a follow-up round\'s under its request)', () => {
    // The schema as of migration 0005 (exclusions keyed by request only).
    const path = databaseMigratedUpTo(6);
    const old = new Database(path);
    const insert = old.prepare('INSERT INTO ranking_exclusions (request_id, offer_id, reasons, ranked_at) VALUES (?, ?, ?, ?)');
    const reasons = JSON.stringify([{ code: 'injection', detail: 'x' }]);
    for (const [requestId, offerId] of [['req-1', 'a-1'], ['req-1.cheaper', 'a-2'], ['req-2', 'b-1']] as const) insert.run(requestId, offerId, reasons, '2026-11-01T00:00:00.000Z');
    old.close();
    const db = openDatabase({ path });
    try {
      expect(db.sqlite.prepare('SELECT request_id, offer_id, reasons, ranking_id FROM ranking_exclusions ORDER BY request_id').all()).toEqual([
        { request_id: 'req-1', offer_id: 'a-1', reasons, ranking_id: 'req-1' },
        { request_id: 'req-1.cheaper', offer_id: 'a-2', reasons, ranking_id: 'req-1' },
        { request_id: 'req-2', offer_id: 'b-1', reasons, ranking_id: 'req-2' },
      ]);
      // Ranking req-1 again replaces both its rows, as for exclusions stored after the migration.
      new ButlerStore(db).replaceRankingExclusions('req-1', []);
      expect(db.sqlite.prepare('SELECT request_id FROM ranking_exclusions').pluck().all()).toEqual(['req-2']);
    } finally {
      db.close();
    }
  });

  it('keeps every order and gives each placed one its purchase row (one order per offer holds for old orders too)', () => {
    // The schema as of migration 0002 (before purchases and the order chain), applied the way the app applies it.
    const path = databaseMigratedUpTo(3);
    const old = new Database(path);
    const record = JSON.stringify({ orderId: 'order-old', offer: { offerId: 'shop:req:0' } });
    old.prepare("INSERT INTO orders VALUES ('order-old', 'req', 'shop', 'placed', '2026-11-01T00:00:00.000Z', 13500, 'EUR', ?)").run(record);
    old.close();
    const db = openDatabase({ path });
    try {
      expect(db.sqlite.prepare('SELECT order_id, status, charged_minor FROM orders').all()).toEqual([{ order_id: 'order-old', status: 'placed', charged_minor: 13500 }]);
      expect(db.sqlite.prepare('SELECT offer_id, status, order_id FROM purchases').all()).toEqual([{ offer_id: 'shop:req:0', status: 'ordered', order_id: 'order-old' }]);
    } finally {
      db.close();
    }
  });
});
