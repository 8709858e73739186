// Red team: two brand entries whose long ids share their first 40 characters (ids may have 64; the ledger's 128). Every
// surface that shortens an id must keep two ids apart: a brand must not pass for another in the trust table, or in
// the label that tells look-alike names apart, by picking an id that only differs past the cut.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { labelConnections, type BrandConnection } from '../../agent/butler/index.ts';
import { MAX_NAME_LENGTH } from '../../agent/decision/index.ts';
import { TrustLedger } from '../../agent/trust/index.ts';
import { shortenId } from '../../protocol/index.ts';
import { openDatabase } from '../../storage/index.ts';
import { runMajordome } from '../cli/cli-io.ts';

const PREFIX = 'trailco-official-european-distributions-';
const HONEST = `${PREFIX}network`;
const COPY = `${PREFIX}netw0rk`;

const dir = mkdtempSync(join(tmpdir(), 'majordome-long-ids-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('long ids that share their first 40 characters', () => {
  it('(fixed) stay apart in the trust table (on 86050b1 both rows read the same 40 characters)', async () => {
    expect(PREFIX.length).toBe(40);
    const dbPath = join(dir, 'trust.db');
    const db = openDatabase({ path: dbPath });
    try {
      const ledger = new TrustLedger(db);
      ledger.registerBrand({ brandId: HONEST, displayName: 'Trailco' });
      ledger.registerBrand({ brandId: COPY, displayName: 'Trailco' });
    } finally {
      db.close();
    }
    const r = await runMajordome(['trust', '--db', dbPath], { MAJORDOME_HOME: dir });
    expect(r.code).toBe(0);
    const cells = r.out.split('\n').filter((l) => l.includes('Trailco')).map((l) => l.slice(0, l.indexOf('(“')).trim());
    expect(cells).toHaveLength(2);
    expect(new Set(cells).size).toBe(2);
  });

  it('(fixed) stay apart in the label of look-alike names, within the 40 characters every surface shows of a name (on 86050b1 the explanation cut both to the same)', () => {
    const connection = (id: string, name: string) => ({ id, card: { id, name } }) as unknown as BrandConnection;
    const labels = labelConnections([connection(HONEST, 'Trailco'), connection(COPY, 'Trailco')]).map((c) => c.card.name);
    for (const label of labels) expect([...label].length).toBeLessThanOrEqual(MAX_NAME_LENGTH);
    expect(new Set(labels.map((l) => l.slice(0, MAX_NAME_LENGTH))).size).toBe(2);
  });

  it('shortenId keeps an id that fits whole, and is injective on longer ones (a hash of the whole id ends the cut)', () => {
    expect(shortenId('trailco', 40)).toBe('trailco');
    expect(shortenId(HONEST, HONEST.length)).toBe(HONEST);
    const a = shortenId(HONEST, 40);
    const b = shortenId(COPY, 40);
    expect(a.length).toBeLessThanOrEqual(40);
    expect(a).not.toBe(b);
    expect(a.startsWith(PREFIX.slice(0, 20))).toBe(true);
  });
});
