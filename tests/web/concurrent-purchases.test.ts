import { afterEach, describe, expect, it } from 'vitest';
import type { ShoppingView } from '../../web/index.ts';
import { authedGet, jsonRequest, openTestApp, readSse, type TestApp } from './web-fixtures.ts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function confirmed(app: TestApp, offerId: string) {
  const proposal = (await (await authedGet(app.app, `/api/offers/${encodeURIComponent(offerId)}/proposal`, app.token)).json()) as { confirmationId: string };
  return () => jsonRequest(app.app, 'POST', '/api/purchases', { offerId, confirmationId: proposal.confirmationId, confirm: true }, { token: app.token });
}

describe('concurrent confirmations in the web app', () => {
  it('two purchases confirmed at once never exceed the monthly cap together', async () => {
    t = await openTestApp();
    const events = await readSse(await jsonRequest(t.app, 'POST', '/api/chat', { text: 'waterproof trail shoes size 43 under 150 euros' }, { token: t.token }));
    const offers = (events.find((e) => e.event === 'result')!.data as ShoppingView).offers.slice(0, 2);
    expect(offers).toHaveLength(2);
    // Each offer fits the monthly cap alone; both together do not.
    const cap = Math.max(...offers.map((o) => o.price.amountMinor));
    const profile = t.session.butler.profile();
    t.session.butler.saveProfile({ ...profile, spendCapPerMonth: { amountMinor: cap, currency: 'EUR' } });
    const buys = await Promise.all(offers.map((o) => confirmed(t!, o.offerId)));
    const results = (await Promise.all(buys.map(async (buy) => (await buy()).json()))) as Array<{ kind: string }>;
    // One reaches the brand (placed, or refused if its receipt differs); the other is blocked while the first is pending.
    expect(results.filter((r) => r.kind === 'blocked-by-policy'), JSON.stringify(results)).toHaveLength(1);
    expect(t.session.butler.orders()).toHaveLength(1);
  });

  it('two confirmations of one offer at once order it once', async () => {
    t = await openTestApp();
    const events = await readSse(await jsonRequest(t.app, 'POST', '/api/chat', { text: 'waterproof trail shoes size 43 under 150 euros' }, { token: t.token }));
    const offer = (events.find((e) => e.event === 'result')!.data as ShoppingView).offers[0]!;
    const buys = [await confirmed(t, offer.offerId), await confirmed(t, offer.offerId)];
    const responses = await Promise.all(buys.map((buy) => buy()));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(t.session.butler.orders()).toHaveLength(1);
  });
});
