// The pages around the chat — orders, the trust dashboard, a brand's ledger, the settings, the reports, an error — speak the language the
// chat page greets in: `?lang=`, else the browser's Accept-Language, else English. French pages carry none of the
// English pages' words (the brand's own words aside) and ask the server to answer their buttons in French.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../web/index.ts';
import { PAGE_LABELS } from '../../web/page-labels.ts';
import { seedOrder } from '../cli/seed-order.ts';
import { FIXED_NOW, jsonRequest, openTestApp, readSse, type TestApp } from './web-fixtures.ts';

const PAGES = ['/orders', '/trust', '/trust/trailco', '/settings', '/reports'] as const;
let t: TestApp;

beforeAll(async () => {
  const dbPath = join(mkdtempSync(join(tmpdir(), 'majordome-french-pages-')), 'majordome.db');
  seedOrder(dbPath, { orderId: 'placed-00000000000000000001', status: 'placed', index: 1, now: new Date(FIXED_NOW) });
  seedOrder(dbPath, { orderId: 'unconfirmed-0000000000000002', status: 'unconfirmed', index: 2, now: new Date(FIXED_NOW) });
  t = await openTestApp({ dbPath });
  // One request, so the ledger has brands and events to show.
  await readSse(await jsonRequest(t.app, 'POST', '/api/chat', { text: 'chaussures de trail imperméables pointure 43 à moins de 150 euros' }, { token: t.token }));
}, 60_000);
afterAll(async () => {
  await t.close();
});

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await t.app.request(path, { headers: { [TOKEN_HEADER]: t.token, ...headers } });
  expect(res.status, path).toBe(200);
  return res.text();
};
const FRENCH_BROWSER = { 'accept-language': 'fr-FR,fr;q=0.9,en;q=0.5' };
const ENGLISH_BROWSER = { 'accept-language': 'en-GB,en;q=0.9' };

/** Every fixed English string of the pages (functions aside) that French words differently. */
function englishOnlyWords(): string[] {
  const out: string[] = [];
  const walk = (en: unknown, fr: unknown) => {
    if (typeof en === 'string') {
      if (en !== fr && en.trim().length >= 4) out.push(en.trim());
    } else if (typeof en === 'object' && en !== null) for (const [key, value] of Object.entries(en)) walk(value, (fr as Record<string, unknown>)[key]);
  };
  walk(PAGE_LABELS.en, PAGE_LABELS.fr);
  return out;
}

/** The text a page shows (tags dropped, entities read), where a word is looked for whole. */
function visibleText(page: string): string {
  return page
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}
const shows = (text: string, words: string) => new RegExp(`(?<![\\w-])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`).test(text);

describe('the pages in French', () => {
  it('every page is in French for a French browser: its language, navigation, footer and none of the English words', async () => {
    const english = englishOnlyWords();
    expect(english.length).toBeGreaterThan(50);
    // The same look finds the English words on the English pages (it can find what it looks for).
    for (const path of PAGES) {
      const text = visibleText(await get(path));
      expect(english.filter((words) => shows(text, words)).length, path).toBeGreaterThan(4);
    }
    for (const path of PAGES) {
      const page = await get(path, FRENCH_BROWSER);
      expect(page, path).toContain('<html lang="fr">');
      expect(page, path).toContain(`>${PAGE_LABELS.fr.layout.pages.orders}</a>`);
      expect(page, path).toContain(PAGE_LABELS.fr.layout.footer);
      const text = visibleText(page);
      const found = english.filter((words) => shows(text, words));
      expect(found, path).toEqual([]);
    }
  });

  it('orders: headings, statuses, amounts and the report and re-check forms in French, answering in French', async () => {
    const page = await get('/orders', FRENCH_BROWSER);
    expect(page).toContain('<h1>Commandes</h1>');
    expect(page).toContain('passée, en attente de votre retour');
    expect(page).toContain('non confirmée : la marque n’a pas répondu');
    expect(page).toMatch(/120\s€/);
    expect(page).toContain('A-t-il fait l’affaire pour ce que vous vouliez');
    expect(page).toContain('Revérifier auprès de la marque');
    expect(page).toMatch(/<form class="report-form" data-order-id="placed-00000000000000000001" data-lang="fr"/);
    expect(page).toMatch(/<form class="recheck-form" data-order-id="unconfirmed-0000000000000002" data-lang="fr"/);
  });

  it('trust: the dashboard and a brand’s ledger in French', async () => {
    const dashboard = await get('/trust', FRENCH_BROWSER);
    expect(dashboard).toContain('<h1>Registre de confiance</h1>');
    expect(dashboard).toMatch(/\d+ événements dans le registre chaîné par hachage · chaîne et notes vérifiées : tête n° \d+/);
    expect(dashboard).toContain('<th>Marque</th><th>Confiance</th><th>Incertitude</th>');
    const brand = await get('/trust/trailco', FRENCH_BROWSER);
    expect(brand).toContain('← toutes les marques');
    expect(brand).toMatch(/Confiance <strong class="trust-value">\d+ %<\/strong> ± \d+ % d’incertitude/);
    expect(brand).toMatch(/<td>(échange sans problème|adéquation de l’offre|affirmation vérifiée|refus honnête)<\/td>/);
  });

  it('settings: legends, values, disclosure and the saved note in French', async () => {
    const page = await get('/settings', FRENCH_BROWSER);
    expect(page).toContain('<h1>Réglages</h1>');
    expect(page).toContain('Plafond par commande (EUR)');
    expect(page).toContain(' commerce équitable</label>');
    expect(page).toContain('data-saved="Enregistré. Votre majordome applique ces règles dès la prochaine demande."');
    expect(page).toMatch(/data-percent-of-100="100 %"/);
  });

  it('?lang= chooses as it does for the chat page: over the browser’s language, either way', async () => {
    expect(await get('/settings?lang=fr', ENGLISH_BROWSER)).toContain('<h1>Réglages</h1>');
    const english = await get('/orders?lang=en', FRENCH_BROWSER);
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('<h1>Orders</h1>');
  });

  it('reports and error pages in French; an error’s detail stays as the server wrote it', async () => {
    expect(await get('/reports', FRENCH_BROWSER)).toContain('<h1>Rapports de simulation</h1>');
    const missing = await t.app.request('/nowhere', { headers: { [TOKEN_HEADER]: t.token, ...FRENCH_BROWSER } });
    expect(missing.status).toBe(404);
    const notFound = await missing.text();
    expect(notFound).toContain('<html lang="fr">');
    expect(notFound).toContain('<h1>Erreur 404</h1>');
    expect(notFound).toContain(`>${PAGE_LABELS.fr.error.back}</a>`);
    const noToken = await t.app.request('/orders', { headers: FRENCH_BROWSER });
    expect(noToken.status).toBe(401);
    const locked = await noToken.text();
    expect(locked).toContain(`<h1>${PAGE_LABELS.fr.error.tokenHeading}</h1>`);
    expect(visibleText(locked)).toContain(PAGE_LABELS.fr.error.tokenHelpBefore);
    expect(await (await t.app.request('/nowhere', { headers: { [TOKEN_HEADER]: t.token } })).text()).toContain('<h1>Error 404</h1>');
  });

  it('a language asked in ?lang= is kept by every navigation link; chosen by the browser, the links stay plain', async () => {
    const asked = await get('/trust?lang=fr', ENGLISH_BROWSER);
    for (const href of ['/', '/trust', '/orders', '/settings', '/reports']) expect(asked).toContain(`<a href="${href}?lang=fr"`);
    const browser = await get('/trust', FRENCH_BROWSER);
    expect(browser).toContain('<a href="/orders">');
    expect(browser).not.toContain('?lang=');
    expect(await get('/orders?lang=xx', FRENCH_BROWSER)).toContain('<a href="/settings">');
  });

  it('without a language asked, the pages stay English, as they were', async () => {
    const titles: Record<(typeof PAGES)[number], string> = { '/orders': '<h1>Orders</h1>', '/trust': '<h1>Trust ledger</h1>', '/trust/trailco': '← all brands', '/settings': '<h1>Settings</h1>', '/reports': '<h1>Simulation reports</h1>' };
    for (const path of PAGES) {
      const page = await get(path);
      expect(page, path).toContain('<html lang="en">');
      expect(page, path).toContain(titles[path]);
      expect(page, path).toContain('>Orders</a>');
    }
    expect(await get('/orders')).toContain('placed, waiting for your report');
  });
});
