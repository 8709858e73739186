import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShoppingView } from '../../web/index.ts';
import { jsonRequest, openTestApp, readSse, type TestApp } from './web-fixtures.ts';

// The confirmation a French turn leads to is asked in French (the sentence the person says yes to, and the dialog's
// headings); English stays the default; a language the butler does not speak is a typed 400, not a silent default.

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(async () => {
  await t.close();
});

async function firstOffer(text: string): Promise<string> {
  const res = await jsonRequest(t.app, 'POST', '/api/chat', { text }, { token: t.token });
  const view = (await readSse(res)).find((e) => e.event === 'result')!.data as ShoppingView;
  expect(view.offers.length).toBeGreaterThan(0);
  return view.offers[0]!.offerId;
}

describe('the purchase confirmation in the turn’s language', () => {
  it('words the question and the dialog in French for ?lang=fr, in English by default', async () => {
    const offerId = await firstOffer('un aspirateur sans fil silencieux à moins de 400 €');
    const fr = await jsonRequest(t.app, 'GET', `/api/offers/${offerId}/proposal?lang=fr`, undefined, { token: t.token });
    expect(fr.status).toBe(200);
    const french = (await fr.json()) as { summary: string; labels: Record<string, string>; termsText: string; priceText: string };
    expect(plain(french.summary)).toMatch(/^Acheter pour \d+,\d\d € chez .+ : 1 × « .+ », livraison en \d+ jours, retours sous \d+ jours, garantie \d+ mois \?$/);
    expect(french.labels).toMatchObject({ title: 'Confirmez votre achat', brand: 'Marque', product: 'Produit', price: 'Prix', terms: 'Conditions', cancel: 'Annuler', buy: 'Confirmer l’achat' });
    expect(plain(french.priceText)).toMatch(/^\d+,\d\d €$/);
    expect(french.termsText).toMatch(/^livraison \d+ j · retours \d+ j · garantie \d+ mois/);

    const en = await jsonRequest(t.app, 'GET', `/api/offers/${offerId}/proposal`, undefined, { token: t.token });
    const english = (await en.json()) as { summary: string; labels: Record<string, string> };
    expect(english.summary).toMatch(/^Buy for \d+\.\d\d EUR from .+: 1 × ".+", delivery in \d+ days, \d+-day returns, \d+-month warranty\?$/);
    expect(english.labels.brand).toBe('Brand');
  }, 60_000);

  it('answers a language it does not speak with a typed error', async () => {
    const offerId = await firstOffer('cordless vacuum under 400 EUR');
    const res = await jsonRequest(t.app, 'GET', `/api/offers/${offerId}/proposal?lang=xx`, undefined, { token: t.token });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('INVALID_QUERY');
  }, 60_000);
});
