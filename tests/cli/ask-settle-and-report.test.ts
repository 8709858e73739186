import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrderRecordSchema } from '../../agent/butler/index.ts';
import { TrustLedger } from '../../agent/trust/index.ts';
import { serveBrandOverHttp, type HttpBrandServer } from '../../brand-agent/index.ts';
import { askCommand } from '../../cli/commands/ask.ts';
import { EXIT_NOT_RECORDED, reportCommand } from '../../cli/commands/report.ts';
import { openDatabase } from '../../storage/index.ts';
import { fixtureBrand } from '../fixtures/fixture-brand.ts';
import { runCommand } from './cli-io.ts';

let dir: string;
let server: HttpBrandServer;
let brandsFile: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'majordome-ask-settle-'));
  // A brand from brands.json, not the demo market: there is no ground truth for its orders.
  server = await serveBrandOverHttp(fixtureBrand({ id: 'fixture-shoes' }));
  brandsFile = join(dir, 'brands.json');
  writeFileSync(brandsFile, JSON.stringify({ brands: [{ id: 'fixture-shoes', kind: 'http', url: server.url }] }));
});
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

let counter = 0;
const freshHome = () => {
  const home = join(dir, `home-${++counter}`);
  return { home, db: join(home, 'majordome.db'), env: { MAJORDOME_HOME: home } };
};

function storedOrders(dbPath: string) {
  const db = openDatabase({ path: dbPath, mustExist: true });
  try {
    const rows = db.sqlite.prepare('SELECT record FROM orders').all() as Array<{ record: string }>;
    return { orders: rows.map((r) => OrderRecordSchema.parse(JSON.parse(r.record))), events: new TrustLedger(db).eventCount() };
  } finally {
    db.close();
  }
}

const NEED = 'waterproof trail shoes size 43 under 200 euros';

describe('majordome ask --buy N --yes --settle against a brand without ground truth', () => {
  it('reports the purchase, says the outcome must be reported by the person, exits 0 and keeps the order', async () => {
    const { db, env } = freshHome();
    const r = await runCommand(askCommand, [NEED, '--db', db, '--brands', brandsFile, '--buy', '1', '--yes', '--settle'], env);
    expect(r.err).not.toMatch(/no ground truth for sku/);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Bought: order /);
    expect(r.out).toMatch(/settle: there is no ground truth for fixture-shoes .*majordome report \S+ "<what happened>"/);
    const { orders } = storedOrders(db);
    expect(orders).toHaveLength(1);
    expect(orders[0]!.status).toBe('placed');
  });

  it('prints JSON with the purchase and a no-ground-truth settlement', async () => {
    const { db, env } = freshHome();
    const r = await runCommand(askCommand, [NEED, '--json', '--db', db, '--brands', brandsFile, '--buy', '1', '--yes', '--settle'], env);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { purchase: { kind: string; order: { orderId: string } }; settlement: { kind: string; reason: string } };
    expect(json.purchase.kind).toBe('purchased');
    expect(json.settlement.kind).toBe('no-ground-truth');
    expect(storedOrders(db).orders.map((o) => o.orderId)).toEqual([json.purchase.order.orderId]);
  });
});

describe('majordome report', () => {
  it('records an order outcome once: a second report appends no evidence', async () => {
    const { db, env } = freshHome();
    const bought = await runCommand(askCommand, [NEED, '--json', '--db', db, '--brands', brandsFile, '--buy', '1', '--yes'], env);
    expect(bought.code).toBe(0);
    const orderId = (JSON.parse(bought.out) as { purchase: { order: { orderId: string } } }).purchase.order.orderId;
    const before = storedOrders(db).events;

    const first = await runCommand(reportCommand, [orderId, 'arrived late, not waterproof', '--db', db, '--brands', brandsFile], env);
    expect(first.code).toBe(0);
    const afterFirst = storedOrders(db);
    expect(afterFirst.events).toBeGreaterThan(before);
    expect(afterFirst.orders[0]!.status).toBe('outcome-reported');

    const second = await runCommand(reportCommand, [orderId, 'arrived late, not waterproof', '--db', db, '--brands', brandsFile], env);
    expect(second.code).toBe(EXIT_NOT_RECORDED);
    expect(second.out).toMatch(/already reported/);
    expect(storedOrders(db).events).toBe(afterFirst.events);
  });

  it('refuses an unknown order and a missing text', async () => {
    const { db, env } = freshHome();
    expect((await runCommand(reportCommand, ['no-such-order', 'fine', '--db', db, '--brands', brandsFile], env)).code).toBe(EXIT_NOT_RECORDED);
    await expect(runCommand(reportCommand, ['no-such-order', '--db', db], env)).rejects.toThrow(/what happened/);
  });
});
