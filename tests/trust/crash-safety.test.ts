import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSeededRandom } from '../../protocol/index.ts';
import { openDatabase, TrustEventStore } from '../../storage/index.ts';
import { TrustLedger } from '../../agent/trust/index.ts';
import { startAppendLoop } from './child-processes.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'majordome-crash-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Every acknowledged event must be in the log with the hash the writer was told. */
function expectAcknowledgedPresent(path: string, acknowledged: Map<number, string>): number {
  const db = openDatabase({ path });
  try {
    const ledger = new TrustLedger(db);
    const verdict = ledger.verify();
    expect(verdict.chain.ok, JSON.stringify(verdict.chain)).toBe(true);
    expect(verdict.cache).toMatchObject({ ok: true });
    const store = new TrustEventStore(db);
    for (const [seq, hash] of acknowledged) expect(store.readPage(seq - 1, 1)[0]?.hash).toBe(hash);
    return ledger.eventCount();
  } finally {
    db.close();
  }
}

describe('crash safety', () => {
  it('SIGKILL at a random moment: the chain verifies and every acknowledged append is present', async () => {
    const random = createSeededRandom('crash-safety');
    const path = join(dir, 'crash.db');
    let acknowledgedTotal = 0;
    for (let round = 0; round < 2; round++) {
      const child = startAppendLoop(path, `crash-${round}`, 0, ['trailco', 'peakco', 'shadyco']);
      await child.batches(random.int(10, 60));
      await new Promise((r) => setTimeout(r, random.int(0, 15)));
      child.process.kill('SIGKILL');
      const exit = await child.exited;
      expect(exit.signal).toBe('SIGKILL');
      acknowledgedTotal += child.acknowledged.size;
      const count = expectAcknowledgedPresent(path, child.acknowledged);
      // Events committed after the last acknowledgement may exist too; none acknowledged may be missing.
      expect(count).toBeGreaterThanOrEqual(Math.max(...child.acknowledged.keys()));
    }
    expect(acknowledgedTotal).toBeGreaterThan(0);
  });
});
