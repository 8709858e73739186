import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, TrustEventStore } from '../../storage/index.ts';
import { TrustLedger } from '../../agent/trust/index.ts';
import { startAppendLoop } from './child-processes.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'majordome-concurrent-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('two processes appending at once', () => {
  it('keep one valid chain, lose nothing, and leave caches equal to a rebuild', async () => {
    const path = join(dir, 'shared.db');
    // Both writers touch the shared brands, so their score updates interleave on the same rows.
    const a = startAppendLoop(path, 'writer-a', 60, ['shared-1', 'shared-2', 'only-a']);
    const b = startAppendLoop(path, 'writer-b', 60, ['shared-1', 'shared-2', 'only-b']);
    const [exitA, exitB] = await Promise.all([a.exited, b.exited]);
    expect(exitA, exitA.stderr).toMatchObject({ code: 0 });
    expect(exitB, exitB.stderr).toMatchObject({ code: 0 });

    const seqs = [...a.acknowledged.keys(), ...b.acknowledged.keys()].sort((x, y) => x - y);
    expect(new Set(seqs).size).toBe(seqs.length);
    expect(seqs).toEqual(Array.from({ length: seqs.length }, (_, i) => i + 1));

    const db = openDatabase({ path });
    try {
      const ledger = new TrustLedger(db);
      expect(ledger.eventCount()).toBe(seqs.length);
      const verdict = ledger.verify();
      expect(verdict.chain).toMatchObject({ ok: true, events: seqs.length });
      expect(verdict.cache).toMatchObject({ ok: true, brands: 4 });
      const store = new TrustEventStore(db);
      for (const [seq, hash] of [...a.acknowledged, ...b.acknowledged]) expect(store.readPage(seq - 1, 1)[0]?.hash).toBe(hash);
      const interleaved = seqs.filter((s, i) => i > 0 && a.acknowledged.has(s) !== a.acknowledged.has(seqs[i - 1]!)).length;
      // Not a timing assertion: just evidence the two writers really did alternate at least once.
      expect(interleaved).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });
});
