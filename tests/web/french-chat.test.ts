import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShoppingView } from '../../web/index.ts';
import { jsonRequest, openTestApp, readSse, type SseEvent, type TestApp } from './web-fixtures.ts';

// Issue 13 §4: the web chat answers a French request in French; the page's own labels may stay English.

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

let t: TestApp;
const chat = async (text: string, previous?: unknown): Promise<SseEvent[]> => {
  const res = await jsonRequest(t.app, 'POST', '/api/chat', previous === undefined ? { text } : { text, previous }, { token: t.token });
  expect(res.status).toBe(200);
  return readSse(res);
};

beforeAll(async () => {
  t = await openTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('the web chat in French', () => {
  it('shows the understood need, the summary, each offer’s why and its value in French', async () => {
    const events = await chat('un aspirateur sans fil silencieux à moins de 400 €');
    expect(events[0]!.data).toMatchObject({ kind: 'need' });
    expect(plain((events[0]!.data as { description: string }).description)).toBe('Aspirateurs, sans fil, moins de 400 €, idéalement niveau sonore plus faible');
    const view = events.find((e) => e.event === 'result')!.data as ShoppingView;
    expect(plain(view.summary)).toMatch(/^[^:]+ : respecte vos (?:\d|deux) critères, /);
    expect(view.offers.length).toBeGreaterThan(0);
    for (const card of view.offers) {
      expect(card.explanation).toMatch(/ : respecte vos (?:\d|deux) critères/);
      expect(plain(card.why.value!.text)).toMatch(/^gain attendu \d+,\d\d € = /);
      expect(plain(card.why.value!.plain)).toMatch(/^Vaut environ \d+,\d\d € pour vous pour un prix de \d+,\d\d € : vous devriez y gagner environ \d+,\d\d €/);
    }
    // The evidence lines of the "Why?" panel (fit, claims, pressure) are French too.
    const whyLines = [...view.offers, ...view.excluded].flatMap((c) => [...c.why.fit.evidence, ...c.why.honesty.evidence, ...c.why.pressure.tactics].map((e) => plain(e.detail)));
    expect(whyLines.some((l) => /^livraison en \d+ jours/.test(l))).toBe(true);
    for (const line of whyLines) expect(line.replace(/«[^»]*»/g, '«»'), line).not.toMatch(/\b(the|is|wanted|under the budget|delivery|returns|warranty|claimed|without evidence|says|sellers?|wording|asks for)\b/);
    expect(view.excluded.flatMap((c) => c.why.fit.violations).map(plain).some((v) => /^(coûte \d+,\d\d €, soit|sans fil : non)/.test(v))).toBe(true);
    const excluded = view.excluded.flatMap((c) => c.why.exclusions.map((x) => x.detail));
    expect(excluded.length).toBeGreaterThan(0);
    expect(excluded.some((d) => /^(sans fil de l’offre : non|coûte \d+,\d\d €)/.test(plain(d)))).toBe(true);
    expect(view.noOffer).toBe('Aucune offre ne peut être recommandée pour ce besoin.');
  }, 60_000);

  it('asks its question in French and keeps French after a bare answer', async () => {
    const first = await chat('des chaussures de trail imperméables');
    const question = first[0]!.data as { kind: string; question: string; pending: unknown };
    expect(question.kind).toBe('clarify');
    expect(question.question).toBe('Quelle pointure vous faut-il (pointure européenne, par exemple 42 ou 42,5) ?');
    const second = await chat('43', question.pending);
    expect((second[0]!.data as { description: string }).description).toBe('Chaussures de trail, pointure 43, imperméable');
    const view = second.find((e) => e.event === 'result')!.data as ShoppingView;
    expect(view.summary).not.toMatch(/\bfits\b/);
  }, 60_000);
});
