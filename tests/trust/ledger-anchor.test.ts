import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteButlerMemory, type OrderRecord } from '../../agent/butler/index.ts';
import { issueMandate } from '../../agent/consent/index.ts';
import { TrustLedger } from '../../agent/trust/index.ts';
import { openButler } from '../../app/index.ts';
import { ledgerAnchorCommand } from '../../cli/commands/ledger-anchor.ts';
import { EXIT_TAMPERED, EXIT_UNANCHORED, ledgerVerifyCommand } from '../../cli/commands/ledger-verify.ts';
import type { Offer } from '../../protocol/index.ts';
import { ButlerStore, LEDGER_ANCHOR_FILE, openDatabase, verifyOrderChain } from '../../storage/index.ts';
import { runCommand } from '../cli/cli-io.ts';
import { T0, honest, lie } from './trust-fixtures.ts';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'majordome-anchor-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const offer = { offerId: 'trailco:req:0', requestId: 'req', brandId: 'trailco', product: { sku: 'ridge-43', title: 'Ridge', maker: 'T', category: 'running-shoes', attributes: {} }, quantity: 1, price: { amountMinor: 11_900, currency: 'EUR' }, terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 }, validUntil: '2026-01-06T10:00:00.000Z', claims: [], round: 0 } as Offer;
const mandate = issueMandate(offer, { mandateId: 'mandate-1', now: new Date(T0) });

let counter = 0;
/** A home with a ledger (an honest brand and a liar, one order) as the butler wrote it. */
function home(options: { lies: boolean } = { lies: true }) {
  const h = join(dir, `home-${++counter}`);
  mkdirSync(h);
  const path = join(h, 'majordome.db');
  const db = openDatabase({ path });
  const ledger = new TrustLedger(db);
  ledger.registerBrand({ brandId: 'trailco', displayName: 'TrailCo', registeredAtMs: T0 });
  ledger.registerBrand({ brandId: 'shadyco', registeredAtMs: T0 });
  for (let day = 0; day < 3; day++) ledger.appendMany([...honest('trailco', day), ...(options.lies ? lie('shadyco', day) : honest('shadyco', day))]);
  const memory = new SqliteButlerMemory(new ButlerStore(db), () => new Date(T0));
  const order: OrderRecord = { orderId: 'order-1', requestId: 'req', brandId: 'trailco', offer, mandate, status: 'placed', placedAt: new Date(T0).toISOString() };
  memory.saveOrder(order);
  db.close();
  return { home: h, path, env: { MAJORDOME_HOME: h } };
}

describe('the orders are in a hash chain', () => {
  it('chains every order state and catches an order edited behind the butler', () => {
    const { path } = home();
    const db = openDatabase({ path });
    try {
      const memory = new SqliteButlerMemory(new ButlerStore(db), () => new Date(T0));
      memory.saveOrder({ ...memory.order('order-1')!, status: 'outcome-reported', note: 'fine' });
      const intact = verifyOrderChain(db);
      expect(intact).toMatchObject({ ok: true, events: 2, orders: 1 });
      // Lowering the recorded charge in the orders table (the old way to hide spending) no longer goes unseen.
      db.sqlite.prepare('UPDATE orders SET record = replace(record, \'11900\', \'1190\') WHERE order_id = ?').run('order-1');
      expect(verifyOrderChain(db)).toMatchObject({ ok: false, fault: 'order-mismatch', orderId: 'order-1' });
      expect(() => db.sqlite.prepare('DELETE FROM order_events').run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
  });
});

describe('majordome ledger anchor / verify against the anchor file', () => {
  it('prints both heads with the time and records them in MAJORDOME_HOME; verify then matches', async () => {
    const { env, home: h } = home();
    const anchored = await runCommand(ledgerAnchorCommand, [], env);
    expect(anchored.code).toBe(0);
    expect(anchored.out).toMatch(/trust events {2}#\d+ [0-9a-f]{64}/);
    expect(anchored.out).toMatch(/order records #1 [0-9a-f]{64}/);
    expect(readFileSync(join(h, LEDGER_ANCHOR_FILE), 'utf8').trim().split('\n')).toHaveLength(1);
    const verified = await runCommand(ledgerVerifyCommand, [], env);
    expect(verified.code).toBe(0);
    expect(verified.out).toMatch(/Matches the last anchor/);
  });

  it('detects a full rewrite followed by --rebuild (the chain itself is consistent, the anchor is not)', async () => {
    const original = home();
    expect((await runCommand(ledgerAnchorCommand, [], original.env)).code).toBe(0);
    // The attacker rebuilds a whole, internally consistent history in which the liar never lied, and swaps the file in.
    const forged = home({ lies: false });
    copyFileSync(forged.path, original.path);
    for (const suffix of ['-wal', '-shm']) if (existsSync(original.path + suffix)) rmSync(original.path + suffix);
    expect((await runCommand(ledgerVerifyCommand, ['--rebuild'], original.env)).code).toBe(EXIT_TAMPERED);
    const verified = await runCommand(ledgerVerifyCommand, [], original.env);
    expect(verified.code).toBe(EXIT_TAMPERED);
    expect(verified.out).toMatch(/differs from the anchor/);
  });

  it('reports an event appended after the last anchor that the butler did not anchor', async () => {
    const { env, path } = home();
    expect((await runCommand(ledgerAnchorCommand, [], env)).code).toBe(0);
    const db = openDatabase({ path });
    new TrustLedger(db).appendMany(lie('trailco', 4));
    db.close();
    const verified = await runCommand(ledgerVerifyCommand, [], env);
    expect(verified.code).toBe(EXIT_UNANCHORED);
    expect(verified.out).toMatch(/UNANCHORED: \d+ trust event\(s\) and 0 order state\(s\)/);
  });

  it('the butler anchors what it wrote when it closes, and not over changes made behind its back', async () => {
    const { env, path, home: h } = home();
    const notices: string[] = [];
    const session = await openButler({ dbPath: path, env, onNotice: (n) => notices.push(n) });
    await session.close();
    expect((await runCommand(ledgerVerifyCommand, [], env)).code).toBe(0);
    const db = openDatabase({ path });
    new TrustLedger(db).appendMany(lie('trailco', 4));
    db.close();
    const next = await openButler({ dbPath: path, env, onNotice: (n) => notices.push(n) });
    await next.close();
    expect(notices.some((n) => n.includes('changed since its last anchor'))).toBe(true);
    expect(readFileSync(join(h, LEDGER_ANCHOR_FILE), 'utf8').trim().split('\n')).toHaveLength(1);
    expect((await runCommand(ledgerVerifyCommand, [], env)).code).toBe(EXIT_UNANCHORED);
  });
});
