// `majordome report <order-id> --recheck`: asks the brand again where an unconfirmed order stands (never orders).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteButlerMemory } from '../../agent/butler/index.ts';
import { issueMandate } from '../../agent/consent/index.ts';
import { EXIT_NOT_RECORDED, reportCommand } from '../../cli/commands/report.ts';
import type { Offer } from '../../protocol/index.ts';
import { ButlerStore, openDatabase } from '../../storage/index.ts';
import { runCommand } from './cli-io.ts';

const ORDER_ID = 'unconfirmed-0123456789abcdef';
let dir: string;
let db: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'majordome-recheck-cli-'));
  const home = join(dir, 'home');
  mkdirSync(home);
  db = join(home, 'majordome.db');
  env = { MAJORDOME_HOME: home };
  const database = openDatabase({ path: db });
  const now = new Date();
  const memory = new SqliteButlerMemory(new ButlerStore(database), () => now);
  const offer = {
    offerId: 'trailco:req-1:1',
    requestId: 'req-1',
    brandId: 'trailco',
    product: { sku: 'trail-1', title: 'Trail shoe', maker: 'Trailco', category: 'running-shoes', attributes: { size_eu: 43 } },
    quantity: 1,
    price: { amountMinor: 12_000, currency: 'EUR' },
    terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 },
    validUntil: new Date(now.getTime() + 86_400_000).toISOString(),
    claims: [],
    round: 0,
  } as Offer;
  memory.recordOffers([offer], now.toISOString());
  memory.reserve({ offer, idempotencyKey: 'idem-0123456789abcdef0123456789abcdef', now, currency: 'EUR', check: () => ({ allowed: true, violations: [] }) });
  const mandate = issueMandate(offer, { mandateId: 'mandate-0123456789abcdef', now });
  memory.complete(offer.offerId, { kind: 'ordered', order: { orderId: ORDER_ID, requestId: 'req-1', brandId: 'trailco', offer, mandate, status: 'unconfirmed', placedAt: now.toISOString() } });
  database.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('majordome report <order-id> --recheck', () => {
  it('asks the brand by the order key and says what it answered; then there is nothing left to re-check', async () => {
    const first = await runCommand(reportCommand, [ORDER_ID, '--recheck', '--db', db], env);
    expect(first.code).toBe(0);
    expect(first.out).toContain('The order failed: [UNKNOWN_ORDER]');
    const second = await runCommand(reportCommand, [ORDER_ID, '--recheck', '--db', db], env);
    expect(second.code).toBe(EXIT_NOT_RECORDED);
    expect(second.out).toContain(`Order ${ORDER_ID} is failed: there is nothing to re-check.`);
    expect((await runCommand(reportCommand, ['no-such-order', '--recheck', '--db', db], env)).code).toBe(EXIT_NOT_RECORDED);
    await expect(runCommand(reportCommand, [ORDER_ID, 'some text', '--recheck', '--db', db], env)).rejects.toThrow(/--recheck takes the order id alone/);
  });
});
