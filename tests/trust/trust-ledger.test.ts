import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../storage/index.ts';
import { SERVER_IDENTITY_PREFIX, TRUST_MODEL_VERSION, TrustLedger, describeTrustEvent, formatStake, identityGroups, stakeFactor } from '../../agent/trust/index.ts';
import { DAY, T0, ev, honest, lie, memoryLedger } from './trust-fixtures.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'majordome-ledger-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('TrustLedger', () => {
  it('two connections to one file see each other’s appends, and the cache stays equal to a rebuild', () => {
    const path = join(dir, 'shared.db');
    const a = new TrustLedger(openDatabase({ path }));
    const b = new TrustLedger(openDatabase({ path }));
    a.registerBrand({ brandId: 'trailco', registeredAtMs: T0 });
    expect(b.hasBrand('trailco')).toBe(true);
    a.appendMany(honest('trailco', 0));
    const atMs = T0 + DAY;
    expect(b.scoreOf('trailco', atMs)).toEqual(a.scoreOf('trailco', atMs));
    b.appendMany(lie('trailco', 1));
    a.appendMany(honest('trailco', 2));
    expect(a.scoreOf('trailco', atMs + DAY)).toEqual(b.scoreOf('trailco', atMs + DAY));
    expect(a.scoreOf('trailco', atMs).events).toBe(6);
    expect(a.verify()).toMatchObject({ ok: true, cache: { ok: true } });
  });

  it('rebuilds by itself when the cache was written by another model version', () => {
    const path = join(dir, 'stale.db');
    const first = new TrustLedger(openDatabase({ path }));
    first.registerBrand({ brandId: 'trailco', registeredAtMs: T0 });
    first.appendMany([...honest('trailco', 0), ...lie('trailco', 1)]);
    const expected = first.scoreOf('trailco', T0 + 2 * DAY);
    const db = openDatabase({ path });
    db.sqlite.exec("UPDATE trust_scores SET model_version = 'trust-0:old', state = '[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]'");
    const second = new TrustLedger(db);
    expect(second.scoreOf('trailco', T0 + 2 * DAY)).toEqual(expected);
    expect(db.sqlite.prepare('SELECT DISTINCT model_version FROM trust_scores').pluck().all()).toEqual([TRUST_MODEL_VERSION]);
  });

  it('a cache of an older model written while this ledger runs (another process, older code) is read from the log, never a crash', () => {
    const path = join(dir, 'mixed.db');
    const ledger = new TrustLedger(openDatabase({ path }));
    ledger.registerBrand({ brandId: 'trailco', registeredAtMs: T0 });
    ledger.appendMany([...honest('trailco', 0), ...lie('trailco', 1)]);
    // An older butler on the same file rewrites the row in its own form: 17 numbers (trust-2), 19 (trust-3) or 20
    // (trust-4, before failed deliveries kept their stake).
    const other = openDatabase({ path });
    for (const [version, numbers] of [['trust-2:0123456789abcdef', 17], ['trust-3:0123456789abcdef', 19], ['trust-4:0123456789abcdef', 20]] as const) {
      const expected = ledger.scoreOf('trailco', T0 + 2 * DAY);
      other.sqlite.prepare('UPDATE trust_scores SET model_version = ?, state = ?').run(version, JSON.stringify(Array(numbers).fill(0)));
      expect(ledger.scoreOf('trailco', T0 + 2 * DAY)).toEqual(expected);
      ledger.appendMany([ev.clean('trailco', 2)]);
      expect(ledger.verify()).toMatchObject({ ok: true, cache: { ok: true } });
      ledger.rebuild();
    }
  });

  it('links identities transitively, and both sides carry each other’s lies', () => {
    const { ledger } = memoryLedger();
    for (const id of ['a', 'b', 'c', 'd']) ledger.registerBrand({ brandId: id, registeredAtMs: T0 });
    ledger.appendMany([...lie('a', 0), ...honest('c', 0)]);
    ledger.linkIdentities('a', 'b', { reason: 'shared-key', detail: 'same key' });
    ledger.linkIdentities('c', 'b', { reason: 'shared-domain', detail: 'same domain' });
    expect(ledger.linkedIdentities('c')).toEqual(['a', 'b']);
    expect(ledger.linkedIdentities('d')).toEqual([]);
    const atMs = T0 + DAY;
    expect(ledger.scoreOf('c', atMs).honesty.negative).toBeCloseTo(ledger.scoreOf('a', atMs).honesty.negative, 12);
    expect(ledger.scoreOf('a', atMs).honesty.positive).toBe(0);
    expect(identityGroups([{ brandId: 'x', linkedBrandId: 'y' }, { brandId: 'z', linkedBrandId: 'y' }]).get('y')).toEqual(['x', 'z']);
  });

  it('a server joins no one: identities linked only through a server share a ban’s reach, not each other’s lies', () => {
    const { ledger } = memoryLedger();
    const server = `${SERVER_IDENTITY_PREFIX}0123456789abcdef`;
    for (const id of ['liar', 'fair', 'twin', 'endpoint:1', server]) ledger.registerBrand({ brandId: id, registeredAtMs: T0 });
    ledger.appendMany([...lie('liar', 0), ...honest('fair', 0)]);
    for (const id of ['liar', 'fair']) ledger.linkIdentities(id, server, { reason: 'shared-endpoint', detail: 'same server' });
    for (const id of ['liar', 'twin']) ledger.linkIdentities(id, 'endpoint:1', { reason: 'shared-endpoint', detail: 'same URL' });
    expect(ledger.linkedIdentities('fair')).toEqual([]);
    expect(ledger.linkedIdentities('twin')).toEqual(['endpoint:1', 'liar']);
    expect(ledger.connectedIdentities('fair')).toEqual(['endpoint:1', 'liar', server, 'twin']);
    const atMs = T0 + DAY;
    expect(ledger.scoreOf('fair', atMs).claimsFailed).toBe(0);
    expect(ledger.scoreOf('twin', atMs).claimsFailed).toBeCloseTo(ledger.scoreOf('liar', atMs).claimsFailed, 12);
  });

  it('an old lie fades with time: forgetting works on event time', () => {
    const { ledger } = memoryLedger();
    ledger.registerBrand({ brandId: 'slip', registeredAtMs: T0 });
    for (let day = 0; day < 20; day++) ledger.appendMany(honest('slip', day));
    ledger.appendMany(lie('slip', 20));
    const soon = ledger.scoreOf('slip', T0 + 21 * DAY);
    const later = ledger.scoreOf('slip', T0 + 200 * DAY);
    expect(later.honesty.negative).toBeLessThan(soon.honesty.negative / 3);
    expect(later.honesty.uncertainty).toBeGreaterThan(soon.honesty.uncertainty);
  });

  it('weighs stakes by currency and describes evidence in plain words', () => {
    expect(stakeFactor(undefined)).toBe(1);
    // Read against the brand's usual stake in the stake's currency: at it 1 + ln 2, at ten times it the cap.
    expect(stakeFactor({ amountMinor: 10_000, currency: 'EUR' })).toBeCloseTo(1 + Math.log(2), 12);
    expect(stakeFactor({ amountMinor: 10_000, currency: 'JPY' }, 5_000)).toBeCloseTo(stakeFactor({ amountMinor: 1_000_000, currency: 'EUR' }, 5_000), 12);
    expect(stakeFactor({ amountMinor: 99_999_999, currency: 'EUR' }, 100)).toBe(3);
    expect(stakeFactor({ amountMinor: 1_000, currency: 'EUR' }, 100)).toBeCloseTo(1 + Math.log(1.1), 12);
    expect(formatStake({ amountMinor: 8_000, currency: 'EUR' })).toBe('80.00 EUR');
    expect(formatStake({ amountMinor: 5, currency: 'KWD' })).toBe('0.005 KWD');
    expect(formatStake({ amountMinor: 1200, currency: 'JPY' })).toBe('1200 JPY');
    const lieEvent = ev.contradicted('trailco', 0);
    expect(describeTrustEvent(lieEvent)).toBe(
      'claim FALSE: waterproof_rating claimed "IPX7", observed "IPX4" (checked by certification; offer trailco-offer-0); at stake 80.00 EUR; quote (pitch): "Fully waterproof to IPX7, guaranteed."',
    );
  });
});
