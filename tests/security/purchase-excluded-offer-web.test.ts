// The web JSON API cannot buy an offer the ranking excluded (red team): hiding its buy button was the only guard;
// the butler now refuses it and the API says why, with a typed result the page shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpBrandServer } from '../../brand-agent/index.ts';
import type { ShoppingView } from '../../web/index.ts';
import { authedGet, evilMarket, jsonRequest, openTestApp, readSse, type TestApp } from '../web/web-fixtures.ts';

let t: TestApp;
let brand: HttpBrandServer;
let view: ShoppingView;

beforeAll(async () => {
  const market = await evilMarket();
  brand = market.server;
  t = await openTestApp({ brandsFile: market.brandsFile });
  const events = await readSse(await jsonRequest(t.app, 'POST', '/api/chat', { text: 'waterproof trail shoes size 43 under 150 euros' }, { token: t.token }));
  view = events.find((e) => e.event === 'result')!.data as ShoppingView;
});
afterAll(async () => {
  await t.close();
  await brand.close();
});

describe('POST /api/purchases refuses an offer the ranking excluded', () => {
  it('the hostile brand’s offer, excluded for instructions aimed at the butler, is not bought through the JSON API', async () => {
    const card = view.excluded.find((o) => o.brandId === 'evil-shop' && o.why.exclusions.some((x) => x.code === 'injection'));
    expect(card, 'the hostile brand’s offer is excluded for injection').toBeDefined();
    const proposalRes = await authedGet(t.app, `/api/offers/${encodeURIComponent(card!.offerId)}/proposal`, t.token);
    expect(proposalRes.status).toBe(200);
    const proposal = (await proposalRes.json()) as { confirmationId: string; excluded?: Array<{ code: string }> };
    // Said before the person confirms…
    expect(proposal.excluded?.map((x) => x.code)).toContain('injection');
    const res = await jsonRequest(t.app, 'POST', '/api/purchases', { offerId: card!.offerId, confirmationId: proposal.confirmationId, confirm: true }, { token: t.token });
    expect(res.status).toBe(200);
    // …and refused when they do, with the reasons.
    const body = (await res.json()) as { kind: string; exclusions?: Array<{ code: string; reason: string; detail: string }> };
    expect(body.kind).toBe('excluded-by-ranking');
    expect(body.exclusions?.map((x) => x.code)).toContain('injection');
    expect(t.session.butler.orders().filter((o) => o.brandId === 'evil-shop')).toEqual([]);
  });
});
