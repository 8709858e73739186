// After a purchase on the web: the report says whether what arrived did the job (`needMet`, validated), an unconfirmed
// order can be released on the person's word (POST /api/orders/:id/release), and what is said after the purchase —
// and the greeting before any request — follows the language of the turn (or of the browser), chosen by the server.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spendOfOrder } from '../../agent/butler/index.ts';
import { TOKEN_HEADER, type ShoppingView } from '../../web/index.ts';
import { seedOrder } from '../cli/seed-order.ts';
import { FIXED_NOW, authedGet, jsonRequest, openTestApp, readSse, type TestApp } from './web-fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'majordome-after-purchase-'));
// One honest demo brand: the first offer is bought, not refused for a switched receipt.
const brandsFile = join(dir, 'brands.json');
writeFileSync(brandsFile, JSON.stringify({ brands: [{ id: 'trailco', kind: 'builtin' }] }));
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

type Bought = { kind: string; text: string; tellMe: string; orderId: string; language: string; report: Record<string, string>; trust: { text: string; seeLedger: string } };

/** Asks for `need` in the chat, and buys its first offer through the proposal, in `lang`. */
async function buyFirst(t: TestApp, need: string, lang: 'en' | 'fr'): Promise<Bought> {
  const view = (await readSse(await jsonRequest(t.app, 'POST', '/api/chat', { text: need }, { token: t.token }))).find((e) => e.event === 'result')!.data as ShoppingView;
  const offerId = view.offers[0]!.offerId;
  const proposal = (await (await authedGet(t.app, `/api/offers/${encodeURIComponent(offerId)}/proposal?lang=${lang}`, t.token)).json()) as { confirmationId: string };
  const res = await jsonRequest(t.app, 'POST', `/api/purchases?lang=${lang}`, { offerId, confirmationId: proposal.confirmationId, confirm: true }, { token: t.token });
  expect(res.status).toBe(200);
  return (await res.json()) as Bought;
}

const outcomeEvents = (t: TestApp) => t.session.trust.eventsFor('trailco').filter((e) => e.kind === 'order-outcome').map((e) => e.evidence as { needMet?: boolean; orderId: string });

describe('the web report says whether it did the job (needMet)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp({ brandsFile, deps: { purchaseRateLimit: { limit: 100, windowMs: 60_000 } } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('records needMet with the report, and refuses a value that is not a boolean with a typed 400', async () => {
    const bought = await buyFirst(t, 'waterproof trail shoes size 43 under 150 euros', 'en');
    expect(bought.kind).toBe('purchased');
    const path = `/api/orders/${encodeURIComponent(bought.orderId)}/report`;
    const bad = await jsonRequest(t.app, 'POST', path, { text: 'not waterproof', needMet: 'yes' }, { token: t.token });
    expect(bad.status).toBe(400);
    const error = ((await bad.json()) as { error: { code: string; issues: Array<{ path: string }> } }).error;
    expect(error.code).toBe('INVALID_BODY');
    expect(error.issues.map((i) => i.path)).toEqual(['needMet']);
    expect(outcomeEvents(t)).toEqual([]);
    const res = await jsonRequest(t.app, 'POST', path, { text: 'arrived on time but not waterproof', needMet: true }, { token: t.token });
    expect(res.status).toBe(200);
    const result = (await res.json()) as { observations: Array<{ kind: string; needMet?: boolean }>; recordedText: string; lines: string[] };
    expect(result.observations.at(-1)).toMatchObject({ kind: 'order-outcome', needMet: true });
    expect(result.recordedText).toBe(`Recorded ${result.observations.length} observation(s) in the ledger:`);
    expect(outcomeEvents(t)).toEqual([expect.objectContaining({ orderId: bought.orderId, needMet: true })]);
  }, 60_000);

  it('a report that does not say leaves it absent', async () => {
    const bought = await buyFirst(t, 'waterproof trail shoes size 43 under 150 euros', 'en');
    expect((await jsonRequest(t.app, 'POST', `/api/orders/${encodeURIComponent(bought.orderId)}/report`, { text: 'not waterproof' }, { token: t.token })).status).toBe(200);
    expect(outcomeEvents(t).find((e) => e.orderId === bought.orderId)).not.toHaveProperty('needMet');
  }, 60_000);

  it('the orders page’s report form asks it (yes, no, or not said)', async () => {
    await buyFirst(t, 'waterproof trail shoes size 43 under 150 euros', 'en');
    const page = await (await authedGet(t.app, '/orders', t.token)).text();
    expect(page).toContain('<legend>Did it do the job you bought it for, even if something was not as described?</legend>');
    expect(page).toContain('<input type="radio" name="needMet" value="yes">');
    expect(page).toContain('<input type="radio" name="needMet" value="" checked>');
  }, 60_000);
});

describe('after a purchase in French', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp({ brandsFile, deps: { purchaseRateLimit: { limit: 100, windowMs: 60_000 } } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('says what became of the order, the report form, what the report recorded and the trust line in French', async () => {
    const bought = await buyFirst(t, 'chaussures de trail imperméables pointure 43 à moins de 150 euros', 'fr');
    expect(bought.kind).toBe('purchased');
    expect(plain(bought.text)).toMatch(/^Acheté : commande \S+, \d+(,\d\d)? € débités\.$/);
    expect(bought.tellMe).toBe('Dites-moi comment ça s’est passé une fois reçu.');
    expect(bought.language).toBe('fr');
    expect(bought.report).toMatchObject({ whatHappened: 'Que s’est-il passé ? ', submit: 'Signaler le résultat', yes: 'oui', no: 'non' });
    expect(bought.trust.text).toMatch(/dans votre registre : \d+ % \(\d+ événements\), inchangée/);
    const res = await jsonRequest(t.app, 'POST', `/api/orders/${encodeURIComponent(bought.orderId)}/report?lang=fr`, { text: 'arrivé en retard', needMet: false }, { token: t.token });
    expect(res.status).toBe(200);
    const result = (await res.json()) as { recordedText: string; lines: string[]; trust: { text: string; seeLedger: string } };
    expect(result.recordedText).toMatch(/^\d+ observation\(s\) enregistrée\(s\) dans le registre :$/);
    expect(result.lines.at(-1)).toMatch(/^order-outcome — (pas )?satisfait$/);
    expect(plain(result.trust.text)).toMatch(/dans votre registre : \d+ % \(\d+ événements\) → \d+ % \(\d+ événements\)\.$/);
    expect(result.trust.seeLedger).toBe('Voir le registre');
  }, 60_000);

  it('greets in the browser’s language before any request (English by default)', async () => {
    const page = (headers: Record<string, string>, path = '/') => Promise.resolve(t.app.request(path, { headers: { [TOKEN_HEADER]: t.token, ...headers } })).then((r) => r.text());
    const french = await page({ 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.8' });
    expect(french).toContain('<h1>Que puis-je trouver pour vous ?</h1>');
    expect(french).toContain('Demander au majordome');
    expect(french).toContain('Confirmez votre achat');
    expect(french).not.toContain('What can I find for you?');
    const english = await page({ 'accept-language': 'de-DE,de;q=0.9' });
    expect(english).toContain('<h1>What can I find for you?</h1>');
    expect(await page({}, '/?lang=fr')).toContain('Essayez : ');
  });
});

describe('releasing an unconfirmed order on the web', () => {
  const ORDER_ID = 'unconfirmed-0000000000000001';
  let t: TestApp;
  beforeAll(async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'majordome-release-web-')), 'butler.db');
    seedOrder(dbPath, { orderId: ORDER_ID, status: 'unconfirmed', now: new Date(FIXED_NOW) });
    seedOrder(dbPath, { orderId: 'ord-placed', status: 'placed', index: 2, now: new Date(FIXED_NOW) });
    t = await openTestApp({ dbPath });
  });
  afterAll(async () => {
    await t?.close();
  });

  const release = (id: string, body: unknown, lang = '') => jsonRequest(t.app, 'POST', `/api/orders/${id}/release${lang}`, body, { token: t.token });
  // What the orders take from the month, as the caps count it.
  const spent = () => t.session.butler.orders().reduce((sum, o) => sum + spendOfOrder(o).amountMinor, 0);

  it('the orders page offers it beside the re-check', async () => {
    const page = await (await authedGet(t.app, '/orders', t.token)).text();
    expect(page).toContain('<button type="button" class="release">Nothing was charged</button>');
  });

  it('records the person’s statement (typed), frees the month, keeps the order; once, only for an unconfirmed order', async () => {
    expect(spent()).toBe(24_000);
    expect((await release(ORDER_ID, { statement: 'charged' })).status).toBe(400);
    expect((await release(ORDER_ID, { statement: 'nothing-charged', by: 'brand' })).status).toBe(400);
    expect((await release(ORDER_ID, {})).status).toBe(400);
    const res = await release(ORDER_ID, { statement: 'nothing-charged' }, '?lang=fr');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { kind: string; text: string; release: { statement: string; by: string; channel: string } };
    expect(body.kind).toBe('released');
    expect(body.release).toMatchObject({ statement: 'nothing-charged', by: 'person', channel: 'web' });
    expect(plain(body.text)).toContain('rien n’a été débité pour la commande unconfirmed-0000000000000001. Les 120 € qu’elle retenait ne comptent plus');
    expect(spent()).toBe(12_000);
    expect(t.session.butler.order(ORDER_ID)).toMatchObject({ status: 'unconfirmed', release: { by: 'person' } });
    expect((await release(ORDER_ID, { statement: 'nothing-charged' })).status).toBe(409);
    expect((await release('ord-placed', { statement: 'nothing-charged' })).status).toBe(409);
    expect((await release('no-such-order', { statement: 'nothing-charged' })).status).toBe(404);
    const page = await (await authedGet(t.app, '/orders', t.token)).text();
    expect(page).toContain('You said nothing was charged');
    expect(page).not.toContain('class="release">Nothing was charged');
  });
});
