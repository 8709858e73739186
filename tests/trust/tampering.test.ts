import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashChainedEvent, openDatabase, GENESIS_HASH, type ChainHead, type MajordomeDatabase } from '../../storage/index.ts';
import { TrustLedger } from '../../agent/trust/index.ts';
import { honest, lie } from './trust-fixtures.ts';

let dir: string;
let seq = 0;

/** A fresh file ledger with 20 events: 7 is a contradicted claim (the one a brand would like erased). */
function seededLedger(): { db: MajordomeDatabase; ledger: TrustLedger; head: ChainHead } {
  const db = openDatabase({ path: join(dir, `ledger-${++seq}.db`) });
  const ledger = new TrustLedger(db);
  for (const id of ['trailco', 'peakco']) ledger.registerBrand({ brandId: id, registeredAtMs: 0 });
  const events = [];
  for (let day = 0; day < 10; day++) events.push(...(day === 3 ? lie('trailco', day) : honest(day % 2 ? 'peakco' : 'trailco', day)));
  ledger.appendMany(events.slice(0, 6));
  ledger.appendMany(events.slice(6));
  expect(ledger.eventsFor('trailco').find((e) => e.seq === 7)?.kind).toBe('claim-contradicted');
  return { db, ledger, head: ledger.head() };
}

/** Raw SQL behind the API, with the append-only triggers dropped first. */
function tamper(db: MajordomeDatabase, sql: string): void {
  db.sqlite.exec(`DROP TRIGGER IF EXISTS trust_events_no_update; DROP TRIGGER IF EXISTS trust_events_no_delete; ${sql}`);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'majordome-tamper-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('8. tampering is detected and the first bad event is named', () => {
  it('an intact ledger verifies', () => {
    const { ledger, head } = seededLedger();
    const verdict = ledger.verify();
    expect(verdict.ok).toBe(true);
    expect(verdict.chain).toEqual({ ok: true, events: 20, head });
    expect(verdict.cache).toEqual({ ok: true, brands: 2 });
  });

  it('the triggers reject UPDATE and DELETE through SQL', () => {
    const { db, ledger } = seededLedger();
    expect(() => db.sqlite.exec("UPDATE trust_events SET kind = 'claim-verified' WHERE seq = 7")).toThrow(/append-only/);
    expect(() => db.sqlite.exec('DELETE FROM trust_events WHERE seq = 7')).toThrow(/append-only/);
    expect(ledger.verify().ok).toBe(true);
  });

  it('editing an event (erasing a lie)', () => {
    const { db, ledger } = seededLedger();
    tamper(db, `UPDATE trust_events SET kind = 'claim-verified' WHERE seq = 7`);
    const { chain, ok } = ledger.verify();
    expect(ok).toBe(false);
    expect(chain).toMatchObject({ ok: false, firstBadSeq: 7, fault: 'hash-mismatch', event: { seq: 7, brandId: 'trailco' } });
  });

  it('editing only the evidence bytes, even whitespace', () => {
    const { db, ledger } = seededLedger();
    tamper(db, `UPDATE trust_events SET evidence = evidence || ' ' WHERE seq = 12`);
    expect(ledger.verify().chain).toMatchObject({ ok: false, firstBadSeq: 12, fault: 'hash-mismatch' });
  });

  it('deleting an event', () => {
    const { db, ledger } = seededLedger();
    tamper(db, 'DELETE FROM trust_events WHERE seq = 7');
    expect(ledger.verify().chain).toMatchObject({ ok: false, firstBadSeq: 7, fault: 'missing-event', events: 6 });
  });

  it('reordering two events', () => {
    const { db, ledger } = seededLedger();
    tamper(db, 'UPDATE trust_events SET seq = -5 WHERE seq = 5; UPDATE trust_events SET seq = 5 WHERE seq = 6; UPDATE trust_events SET seq = 6 WHERE seq = -5;');
    expect(ledger.verify().chain).toMatchObject({ ok: false, firstBadSeq: 5, fault: 'hash-mismatch' });
  });

  it('cutting off the newest events', () => {
    const { db, ledger } = seededLedger();
    tamper(db, 'DELETE FROM trust_events WHERE seq >= 18');
    expect(ledger.verify().chain).toMatchObject({ ok: false, firstBadSeq: 18, fault: 'missing-event' });
  });

  it('rewriting the chain end to end (rehashing everything) is caught by an anchor noted earlier', () => {
    const { db, ledger, head } = seededLedger();
    tamper(db, `UPDATE trust_events SET kind = 'claim-verified' WHERE seq = 7`);
    // A careful forger recomputes every hash after the edit and the head.
    const rows = db.sqlite.prepare('SELECT seq, brand_id AS brandId, kind, occurred_at_ms AS occurredAtMs, evidence FROM trust_events ORDER BY seq').all() as Array<{
      seq: number;
      brandId: string;
      kind: string;
      occurredAtMs: number;
      evidence: string;
    }>;
    let prevHash = GENESIS_HASH;
    const update = db.sqlite.prepare('UPDATE trust_events SET prev_hash = ?, hash = ? WHERE seq = ?');
    for (const row of rows) {
      const hash = hashChainedEvent({ ...row, prevHash, evidenceJson: row.evidence });
      update.run(prevHash, hash, row.seq);
      prevHash = hash;
    }
    db.sqlite.prepare('UPDATE trust_chain_head SET hash = ? WHERE id = 1').run(prevHash);
    expect(ledger.verify().chain.ok).toBe(true);
    expect(ledger.verify({ anchor: head }).chain).toMatchObject({ ok: false, firstBadSeq: 20, fault: 'anchor-mismatch' });
  });

  it('a cached score edited behind the API is reported, and rebuild repairs it', () => {
    const { db, ledger } = seededLedger();
    db.sqlite.exec(`UPDATE trust_scores SET state = replace(state, '[', '[1') WHERE brand_id = 'trailco'`);
    const verdict = ledger.verify();
    expect(verdict.chain.ok).toBe(true);
    expect(verdict.ok).toBe(false);
    expect(verdict.cache).toMatchObject({ ok: false, brandId: 'trailco', problem: 'score-differs' });
    ledger.rebuild();
    expect(ledger.verify().ok).toBe(true);
  });

  it('(fixed) a cached score whose JSON no longer parses is reported as differing, not thrown', () => {
    const { db, ledger } = seededLedger();
    db.sqlite.exec(`UPDATE trust_scores SET state = substr(state, 1, length(state) - 3) WHERE brand_id = 'trailco'`);
    expect(ledger.verify().cache).toMatchObject({ ok: false, brandId: 'trailco', problem: 'score-differs' });
    ledger.rebuild();
    expect(ledger.verify().ok).toBe(true);
  });
});
