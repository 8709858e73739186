import { afterEach, describe, expect, it } from 'vitest';
import { jsonRequest, openTestApp, type TestApp } from './web-fixtures.ts';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** A person who lowered both caps, banned a brand and set a stricter honesty floor. */
async function carefulPerson(): Promise<TestApp> {
  const app = await openTestApp();
  const profile = app.session.butler.profile();
  app.session.butler.saveProfile({
    ...profile,
    spendCapPerOrder: { amountMinor: 8_000, currency: 'EUR' },
    spendCapPerMonth: { amountMinor: 10_000, currency: 'EUR' },
    bannedBrands: ['pushy-sports'],
    honestyFloor: 0.7,
  });
  return app;
}

describe('PUT /api/profile changes the settings it names and nothing else', () => {
  it('keeps the caps, bans and floor a body does not mention (on 6f5619c they went back to the defaults: 500 / 1500 EUR, no ban)', async () => {
    t = await carefulPerson();
    const res = await jsonRequest(t.app, 'PUT', '/api/profile', { explorationAppetite: 0.5 }, { token: t.token });
    expect(res.status).toBe(200);
    const saved = t.session.butler.profile();
    expect(saved.explorationAppetite).toBe(0.5);
    expect(saved.spendCapPerOrder.amountMinor).toBe(8_000);
    expect(saved.spendCapPerMonth.amountMinor).toBe(10_000);
    expect(saved.bannedBrands).toEqual(['pushy-sports']);
    expect(saved.honestyFloor).toBe(0.7);
  });

  it('refuses a setting it does not know, naming it, and changes nothing (on 6f5619c a misspelt key was dropped and every setting reset)', async () => {
    t = await carefulPerson();
    const before = t.session.butler.profile();
    const res = await jsonRequest(t.app, 'PUT', '/api/profile', { exploration: 0.5, spendCapPerMonth: { amountMinor: 99_000, currency: 'EUR' } }, { token: t.token });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('INVALID_BODY');
    expect(body.error.message).toContain('exploration');
    expect(t.session.butler.profile()).toEqual(before);
  });

  it('returns to the default honesty floor on honestyFloor: null, and refuses a cap in another currency than the stored one', async () => {
    t = await carefulPerson();
    expect((await jsonRequest(t.app, 'PUT', '/api/profile', { honestyFloor: null }, { token: t.token })).status).toBe(200);
    expect(t.session.butler.profile().honestyFloor).toBeUndefined();
    expect(t.session.butler.profile().spendCapPerOrder.amountMinor).toBe(8_000);
    const usd = await jsonRequest(t.app, 'PUT', '/api/profile', { spendCapPerOrder: { amountMinor: 100, currency: 'USD' } }, { token: t.token });
    expect(usd.status).toBe(400);
    expect(t.session.butler.profile().spendCapPerOrder).toEqual({ amountMinor: 8_000, currency: 'EUR' });
  });
});
