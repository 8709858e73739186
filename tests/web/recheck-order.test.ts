// An unconfirmed order (the brand's answers to place_order and get_order were both lost) on the web orders page: a
// re-check button asks the brand again where it stands (POST /api/orders/:id/recheck), and never orders.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteButlerMemory } from '../../agent/butler/index.ts';
import { issueMandate } from '../../agent/consent/index.ts';
import type { Offer } from '../../protocol/index.ts';
import { ButlerStore, openDatabase } from '../../storage/index.ts';
import { FIXED_NOW, authedGet, jsonRequest, openTestApp, type TestApp } from './web-fixtures.ts';

const ORDER_ID = 'unconfirmed-0123456789abcdef';
let t: TestApp;

beforeAll(async () => {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'majordome-recheck-')), 'butler.db');
  const db = openDatabase({ path: dbPath });
  const now = new Date(FIXED_NOW);
  const memory = new SqliteButlerMemory(new ButlerStore(db), () => now);
  const offer = {
    offerId: 'trailco:req-1:1',
    requestId: 'req-1',
    brandId: 'trailco',
    product: { sku: 'trail-1', title: 'Trail shoe', maker: 'Trailco', category: 'running-shoes', attributes: { size_eu: 43 } },
    quantity: 1,
    price: { amountMinor: 12_000, currency: 'EUR' },
    terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 },
    validUntil: '2026-11-24T10:00:00.000Z',
    claims: [],
    round: 0,
  } as Offer;
  memory.recordOffers([offer], FIXED_NOW);
  expect(memory.reserve({ offer, idempotencyKey: 'idem-0123456789abcdef0123456789abcdef', now, currency: 'EUR', check: () => ({ allowed: true, violations: [] }) }).kind).toBe('reserved');
  const mandate = issueMandate(offer, { mandateId: 'mandate-0123456789abcdef', now });
  memory.complete(offer.offerId, { kind: 'ordered', order: { orderId: ORDER_ID, requestId: 'req-1', brandId: 'trailco', offer, mandate, status: 'unconfirmed', placedAt: FIXED_NOW, note: 'no answer from the brand' } });
  db.close();
  t = await openTestApp({ dbPath });
});
afterAll(async () => {
  await t?.close();
});

describe('re-checking an unconfirmed order on the web', () => {
  it('the orders page offers a re-check for it, saying what counts and until when', async () => {
    const page = await (await authedGet(t.app, '/orders', t.token)).text();
    expect(page).toContain(`class="recheck-form" data-order-id="${ORDER_ID}"`);
    expect(page).toContain('Re-check with the brand');
    expect(page).toContain('counts against your monthly cap until the brand answers');
  });

  it('asks the brand by the order key: its "no such order" ends it failed; a second re-check has nothing to ask', async () => {
    const res = await jsonRequest(t.app, 'POST', `/api/orders/${ORDER_ID}/recheck`, {}, { token: t.token });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ kind: 'failed', code: 'UNKNOWN_ORDER' });
    expect(t.session.butler.orders().map((o) => [o.orderId, o.status])).toEqual([[ORDER_ID, 'failed']]);
    const again = await jsonRequest(t.app, 'POST', `/api/orders/${ORDER_ID}/recheck`, {}, { token: t.token });
    expect(again.status).toBe(409);
    expect((await jsonRequest(t.app, 'POST', '/api/orders/no-such-order/recheck', {}, { token: t.token })).status).toBe(404);
    expect((await jsonRequest(t.app, 'POST', `/api/orders/${ORDER_ID}/recheck`, { buy: true }, { token: t.token })).status).toBe(400);
  });
});
