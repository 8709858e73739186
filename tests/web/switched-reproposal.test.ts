import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShoppingView } from '../../web/index.ts';
import { authedGet, jsonRequest, openTestApp, readSse, type TestApp } from './web-fixtures.ts';

// review (mend38): after a switched receipt the page got the re-proposal's ranking listed by brand id with English
// money, and showed only its reason. The view now names the brands and writes the money in the turn's language, and
// each re-proposed offer is bought through the same proposal and single-use confirmation as any purchase.

type Reproposal = { reason: string; topOfferId?: string; heading: string; buy: string; ranked: Array<{ rank: number; offerId: string; brandId: string; brandName: string; title: string; priceText: string }> };
type Purchase = { kind: string; text: string; reproposal?: Reproposal };

let t: TestApp;

async function json<T>(res: Response): Promise<T> {
  return (await res.json()) as T;
}
const propose = async (offerId: string, lang: string) => json<{ confirmationId: string; priceText: string }>(await authedGet(t.app, `/api/offers/${encodeURIComponent(offerId)}/proposal?lang=${lang}`, t.token));
const buy = (body: unknown, lang: string) => jsonRequest(t.app, 'POST', `/api/purchases?lang=${lang}`, body, { token: t.token });

beforeAll(async () => {
  t = await openTestApp({ deps: { purchaseRateLimit: { limit: 100, windowMs: 60_000 } } });
});
afterAll(async () => {
  await t.close();
});

describe('a switched receipt on the web, in a French turn', () => {
  it('shows the new ranking with the brands’ names and French money, and buys from it only on a new confirmation', async () => {
    const events = await readSse(await jsonRequest(t.app, 'POST', '/api/chat', { text: 'chaussures de trail imperméables pointure 43 à moins de 150 euros' }, { token: t.token }));
    const view = events.find((e) => e.event === 'result')!.data as ShoppingView;
    const switcher = view.offers.find((o) => o.brandId === 'mega-sole-outlet')!;
    expect(switcher).toBeDefined();
    const result = await json<Purchase>(await buy({ offerId: switcher.offerId, confirmationId: (await propose(switcher.offerId, 'fr')).confirmationId, confirm: true }, 'fr'));
    expect(result.kind).toBe('refused-bait-and-switch');
    const reproposal = result.reproposal!;
    expect(reproposal.heading).toBe('Offres classées');
    expect(reproposal.ranked.length).toBeGreaterThan(0);
    expect(reproposal.topOfferId).toBe(reproposal.ranked[0]!.offerId);
    const names = new Map(view.offers.map((o) => [o.brandId, o.brandName]));
    for (const r of reproposal.ranked) {
      expect(r.brandId).not.toBe('mega-sole-outlet');
      // The brand's name as the turn's cards show it, never its id; the price as they write it.
      expect(r.brandName).toBe(names.get(r.brandId));
      expect(r.brandName).not.toBe(r.brandId);
      expect(r.priceText.replace(/[\u00a0\u202f]/g, ' ')).toMatch(/^\d+(,\d\d)? €$/);
    }
    // Buying the new top pick: no order without its own proposal and a fresh confirmation, which is single use.
    const top = reproposal.ranked[0]!;
    expect((await buy({ offerId: top.offerId, confirmationId: 'not-issued', confirm: true }, 'fr')).status).toBe(409);
    const confirmation = (await propose(top.offerId, 'fr')).confirmationId;
    expect((await json<Purchase>(await buy({ offerId: top.offerId, confirmationId: confirmation, confirm: true }, 'fr'))).kind).toBe('purchased');
    expect((await buy({ offerId: top.offerId, confirmationId: confirmation, confirm: true }, 'fr')).status).toBe(409);
  }, 120_000);
});
