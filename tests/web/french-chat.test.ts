import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ShoppingView } from '../../web/index.ts';
import { jsonRequest, openTestApp, readSse, type SseEvent, type TestApp } from './web-fixtures.ts';

// Issue 13 §4: the web chat answers a French request in French — its sentences and every word around them in the turn
// (the page's navigation and settings stay English).

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

  it('sends the turn’s words around the sentences in French: understanding, progress, badges, terms, scores, headings', async () => {
    await jsonRequest(t.app, 'PUT', '/api/profile', { explorationAppetite: 1 }, { token: t.token });
    const events = await chat('casque sans fil bleu xyzzy pour le sport moins de 80 €');
    const understanding = events[0]!.data as { language: string; labels: Record<string, string> };
    expect(understanding.language).toBe('fr');
    expect(understanding.labels).toEqual({ understood: 'Compris : ', assumed: 'Supposé : ', notUnderstood: 'Je n’ai pas compris : ', separator: ' ; ' });
    const progress = events.filter((e) => e.event === 'progress').map((e) => (e.data as { text: string }).text);
    expect(progress[0]).toMatch(/^Interrogation de \d+ marque\(s\)…$/);
    expect(progress.at(-1)).toMatch(/^\d+ offre\(s\) classée\(s\) ; \d+ non recommandée\(s\)\.$/);
    const view = events.find((e) => e.event === 'result')!.data as ShoppingView;
    expect(view.language).toBe('fr');
    expect(view.labels).toMatchObject({ fit: 'Adéquation', claimsHold: 'Promesses tenues', noPressure: 'Sans pression', why: 'Pourquoi ?', buy: 'Acheter…', declined: 'Ont décliné' });
    expect(view.labels.notRecommended).toBe(`Non recommandées (${view.excluded.length})`);
    const cards = [...view.offers, ...view.excluded, ...(view.divergent.kind === 'picked' ? [view.divergent.offer] : [])];
    for (const card of cards) {
      expect(['recommandée', 'classée', 'exclue', 'hors de vos habitudes']).toContain(card.badge);
      expect(plain(card.termsText)).toMatch(/^livraison \d+ j · retours \d+ j · garantie \d+ mois · valable jusqu’au \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
      expect(plain(card.priceText)).toMatch(/^\d+(,\d\d)? €$/);
      expect(plain(card.scoreTexts.fit)).toMatch(/^\d+ %$/);
      expect(card.why.figures[0]).toMatch(/^adéquation \d+ %, promesses tenues \d+ % \(au départ \d+ %, /);
    }
    expect(view.divergent.kind === 'picked' ? view.divergent.offer.badge : 'hors de vos habitudes').toBe('hors de vos habitudes');
    expect(view.declines.map((d) => d.lead)).toContain(' a décliné honnêtement : ');
    // Every word of Majordome's in the turn, brand text aside (it is quoted data): none of the English layout.
    const quotes = cards.flatMap((c) => [...c.flags, ...c.why.fit.evidence, ...c.why.honesty.evidence, ...c.why.pressure.tactics].flatMap((x) => (x.quote ? [x.quote] : [])));
    expect(quotes.length).toBeGreaterThan(0);
    const words = [
      ...Object.values(understanding.labels),
      ...progress,
      ...Object.values(view.labels),
      ...cards.flatMap((c) => [c.badge, c.termsText, c.priceNote, ...Object.values(c.why.headings), ...Object.values(c.why.empty), c.why.figures[0]!]),
      ...quotes.map((q) => q.lead),
      ...view.declines.map((d) => d.lead),
      ...(view.divergent.kind === 'picked' ? [view.divergent.note.replace(view.divergent.reason, '')] : []),
    ];
    for (const w of words) expect(w).not.toMatch(/\b(understood|assumed|asking|offers?|ranked|recommended|excluded|outside your|delivery|returns|warranty|months|valid until|fit|claims hold|no pressure|why|details|value|evidence|pitch|buy|declined|in (its|the|a|an) )\b/i);
  }, 60_000);

  it('keeps an English request’s turn words in English', async () => {
    const events = await chat('wireless headphones for running under 80 euros');
    expect((events[0]!.data as { labels: { understood: string } }).labels.understood).toBe('Understood: ');
    const view = events.find((e) => e.event === 'result')!.data as ShoppingView;
    expect(view.language).toBe('en');
    expect(view.labels).toMatchObject({ fit: 'Fit', claimsHold: 'Claims hold', noPressure: 'No pressure', why: 'Why?', buy: 'Buy…', declined: 'Declined' });
    expect(view.labels.notRecommended).toBe(`Not recommended (${view.excluded.length})`);
    expect(view.offers[0]!.termsText).toMatch(/^delivery \d+ d · returns \d+ d · warranty \d+ months · valid until \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);
    expect(view.offers[0]!.priceText).toMatch(/^\d+(\.\d\d)? EUR$/);
    expect(view.offers[0]!.scoreTexts.fit).toMatch(/^\d+%$/);
  }, 60_000);
});
