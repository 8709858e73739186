import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TrustLedger } from '../../agent/trust/index.ts';
import { runMajordome } from './cli-io.ts';
import { openDatabase } from '../../storage/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'majordome-ledger-exit-'));
const dbPath = join(dir, 'majordome.db');

beforeAll(() => {
  const db = openDatabase({ path: dbPath });
  try {
    const ledger = new TrustLedger(db);
    ledger.registerBrand({ brandId: 'mega-sole-outlet', displayName: 'Mega Sole Outlet' });
    ledger.registerBrand({ brandId: 'trailco', displayName: 'Trailco' });
  } finally {
    db.close();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[]) => runMajordome(args, { MAJORDOME_HOME: dir });

describe('majordome ledger <brand> exit codes', () => {
  it('exits 0 for a brand id', async () => {
    const r = await cli(['ledger', 'trailco', '--db', dbPath]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('trailco (“Trailco”)');
  });

  it('exits 1 for a display name, naming the id to use', async () => {
    const r = await cli(['ledger', 'Mega Sole Outlet', '--db', dbPath]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('no brand "Mega Sole Outlet" in the ledger. "Mega Sole Outlet" is the display name of mega-sole-outlet: run `majordome ledger mega-sole-outlet`.');
  });

  it('exits 1 for an unknown brand and 2 for a missing one', async () => {
    expect((await cli(['ledger', 'nobody', '--db', dbPath])).code).toBe(1);
    expect((await cli(['ledger', '--db', dbPath])).code).toBe(2);
  });
});
