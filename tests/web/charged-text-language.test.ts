// mendleft39 finding 2 (mend38 left): the purchased view's `chargedText` (and the orders list's) was English-styled
// money ("129.00 EUR") in every language; it is now written with the turn language's money, as the sentence beside it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShoppingView } from '../../web/index.ts';
import { authedGet, jsonRequest, openTestApp, readSse, type TestApp } from './web-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'majordome-charged-text-'));
const brandsFile = join(dir, 'brands.json');
writeFileSync(brandsFile, JSON.stringify({ brands: [{ id: 'trailco', kind: 'builtin' }] }));
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp({ brandsFile, deps: { purchaseRateLimit: { limit: 100, windowMs: 60_000 } } });
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the money charged, in the turn’s language', () => {
  it('is written as the French sentence writes it after a French purchase, and in the orders list for ?lang=fr', async () => {
    const view = (await readSse(await jsonRequest(t.app, 'POST', '/api/chat', { text: 'chaussures de trail imperméables pointure 43 à moins de 150 euros' }, { token: t.token }))).find((e) => e.event === 'result')!.data as ShoppingView;
    const offerId = view.offers[0]!.offerId;
    const proposal = (await (await authedGet(t.app, `/api/offers/${encodeURIComponent(offerId)}/proposal?lang=fr`, t.token)).json()) as { confirmationId: string };
    const res = await jsonRequest(t.app, 'POST', '/api/purchases?lang=fr', { offerId, confirmationId: proposal.confirmationId, confirm: true }, { token: t.token });
    const bought = (await res.json()) as { kind: string; text: string; chargedText: string; orderId: string };
    expect(bought.kind).toBe('purchased');
    expect(plain(bought.chargedText)).toMatch(/^\d+(,\d\d)? €$/);
    expect(plain(bought.text)).toContain(`${plain(bought.chargedText)} débités`);
    const list = (await (await authedGet(t.app, '/api/orders?lang=fr', t.token)).json()) as { orders: Array<{ orderId: string; chargedText: string }> };
    expect(plain(list.orders.find((o) => o.orderId === bought.orderId)!.chargedText)).toBe(plain(bought.chargedText));
    const english = (await (await authedGet(t.app, '/api/orders', t.token)).json()) as { orders: Array<{ chargedText: string }> };
    expect(english.orders[0]!.chargedText).toMatch(/^\d+\.\d\d EUR$/);
  }, 60_000);
});
