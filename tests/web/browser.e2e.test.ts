// End-to-end in a real headless Chromium (Debian's /usr/bin/chromium driven by playwright-core; never a browser download).
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HttpBrandServer } from '../../brand-agent/index.ts';
import { serveWebApp, type RunningWebApp } from '../../web/index.ts';
import { seedOrder } from '../cli/seed-order.ts';
import { needAnswer } from '../support/llm-answers.ts';
import { reply, startScriptedOpenAiServer, type ScriptedOpenAiServer } from '../support/scripted-openai-server.ts';
import { evilMarket, jsonRequest, openTestApp, type TestApp } from './web-fixtures.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = join(import.meta.dirname, '..', 'artifacts');
const available = existsSync(CHROMIUM);
const NEED = 'waterproof trail shoes size 43 under 150 euros';

/** A served app over a temp database file, and a fresh browser profile. */
interface Running {
  readonly t: TestApp;
  readonly server: RunningWebApp;
  readonly context: BrowserContext;
  readonly page: Page;
  readonly problems: string[];
  readonly home: string;
  close(): Promise<void>;
}

async function start(options: { brandsFile?: string; locale?: string; env?: NodeJS.ProcessEnv; seed?: number } = {}): Promise<Running> {
  const home = mkdtempSync(join(tmpdir(), 'majordome-e2e-'));
  const t = await openTestApp({ dbPath: join(home, 'majordome.db'), ...(options.seed !== undefined ? { seed: options.seed } : {}), ...(options.brandsFile ? { brandsFile: options.brandsFile } : {}), ...(options.env ? { env: options.env } : {}) });
  const server = await serveWebApp(t.app, { host: '127.0.0.1', port: 0 });
  const context = await chromium.launchPersistentContext(join(home, 'chromium-profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 900 },
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  context.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  page.on('dialog', (dialog) => {
    problems.push(`unexpected dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return {
    t,
    server,
    context,
    page,
    problems,
    home,
    close: async () => {
      await context.close();
      await server.close();
      await t.close();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

async function ask(page: Page, text: string): Promise<void> {
  await page.fill('#need-input', text);
  await page.click('#ask-button');
  await page.waitForSelector('.message.butler[data-done="true"]', { timeout: 60_000 });
}

/** Opens (or reloads) the trust dashboard in `page` and reads a brand's event count from it. */
async function eventsOnDashboard(page: Page, baseUrl: string, brandId: string): Promise<number> {
  await page.goto(`${baseUrl}/trust`);
  const text = await page.textContent(`tr[data-brand-id="${brandId}"] td.events-count`);
  return Number(text);
}

describe.skipIf(!available && !process.env.CI)('web app in a real browser', () => {
  let run: Running;
  beforeAll(async () => {
    if (!available) throw new Error(`Chromium is missing at ${CHROMIUM}: install Debian's chromium with apt (.ci/run does) — the browser test cannot be skipped in CI`);
    mkdirSync(ARTIFACTS, { recursive: true });
    // The exploration slot below is a Thompson draw: at the web tests' usual seed (7) this market's draw does not
    // explore since its brands' honesty is drawn once per brand (red team 31); at seed 1 it does (as at 3, 4 and 5; not
    // at 2). This run checks how the slot is shown, so it takes a seed whose draw shows it.
    run = await start({ seed: 1 });
  }, 60_000);
  afterAll(async () => {
    await run?.close();
  });

  it('types a need, sees ranked offers, buys with confirmation, and sees the ledger change in the dashboard', async () => {
    const { page, server, t } = run;
    await page.goto(`${server.url}/settings?token=${t.token}`);
    expect(new URL(page.url()).search).toBe('');
    await expect(page.title()).resolves.toContain('Majordome');
    // Settings: the most adventurous exploration appetite, so the outside-the-bubble slot is offered.
    await page.fill('input[name="explorationAppetite"]', '1');
    await page.click('#settings-form button[type="submit"]');
    await page.waitForSelector('#settings-result .ok');
    expect(t.session.butler.profile().explorationAppetite).toBe(1);

    await page.goto(`${server.url}/`);
    await ask(page, NEED);
    const progress = await page.$$eval('ul.progress li', (items) => items.map((li) => li.className));
    expect(progress.filter((c) => c === 'answered').length).toBeGreaterThan(2);
    expect(await page.textContent('.message.butler .status')).toMatch(/Ranked \d+ offer/);
    const ranks = await page.$$eval('section.offers .offer-card .rank', (els) => els.map((e) => e.textContent));
    expect(ranks.length).toBeGreaterThan(2);
    expect(ranks[0]).toBe('#1');
    expect(await page.textContent('section.offers .offer-card .badge')).toBe('recommended');
    // The exploration slot (appetite 1): before any purchase every brand is outside the bubble, so the Thompson draw
    // may surface a lower-ranked offer, labelled; it sits among the ranked offers in rank order.
    const slot = await page.$$eval('.message.butler[data-done="true"]', (messages) => messages.at(-1)?.querySelector('section.offers .offer-card.divergent .badge')?.textContent ?? null);
    expect(slot).toBe('outside your bubble');
    const order = await page.$$eval('.message.butler[data-done="true"]', (messages) =>
      [...(messages.at(-1)?.querySelectorAll('section.offers .offer-card .rank') ?? [])].map((r) => Number((r.textContent ?? '').slice(1))),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(await page.$$eval('section.offers .offer-card:first-child meter', (m) => m.length)).toBe(3);
    // Every bar reads the same way (higher is better for the person): fit, claims hold, no pressure.
    expect(await page.$$eval('section.offers .offer-card:first-child .score .label', (l) => l.map((e) => e.textContent))).toEqual(['Fit', 'Claims hold', 'No pressure']);
    expect(await page.$$eval('.offer-card meter', (m) => [...new Set(m.map((e) => e.getAttribute('optimum')))])).toEqual(['1']);
    expect(await page.$$eval('.declines li', (items) => items.map((li) => li.textContent ?? ''))).toEqual([expect.stringContaining('declined honestly')]);
    expect(await page.textContent('details.excluded summary')).toMatch(/^Not recommended \(\d+\)$/);
    expect(await page.$$eval('li.flag q.brand-quote', (quotes) => quotes.length)).toBeGreaterThan(0);

    // "Why?" opens the evidence.
    await page.click('section.offers .offer-card:first-child details.why > summary');
    expect(await page.textContent('section.offers .offer-card:first-child details.why')).toMatch(/needs met[\s\S]*Claims hold[\s\S]*No pressure/);
    // A plain-language "Why?": no field paths, no formulas and no repeated line outside the "details" toggle.
    const plain = await page.$$eval('.offer-card details.why', (whys) =>
      whys.map((w) => {
        const copy = w.cloneNode(true) as typeof w;
        for (const n of copy.querySelectorAll('details.numbers')) n.remove();
        return { text: copy.textContent ?? '', lines: [...copy.querySelectorAll('li')].map((li) => li.textContent ?? '') };
      }),
    );
    for (const w of plain) {
      expect(w.text).not.toMatch(/\w\[[^\]]*\]\.\w|product\.title|claims\.|[×=] *(quality|commercial|worth)|strength \d/);
      expect(new Set(w.lines).size).toBe(w.lines.length);
    }
    expect(await page.$$eval('section.offers .offer-card:first-child details.why details.numbers summary', (s) => s.map((e) => e.textContent))).toEqual(['details']);
    // The screenshot a person can look at: the main page with ranked offers.
    await page.screenshot({ path: join(ARTIFACTS, 'main-page.png'), fullPage: true });
    expect(statSync(join(ARTIFACTS, 'main-page.png')).size).toBeGreaterThan(20_000);

    // The dashboard, in a second tab, before buying.
    const dashboard = await run.context.newPage();
    const before = await eventsOnDashboard(dashboard, server.url, 'trailco');
    expect(before).toBeGreaterThan(0);

    // Buy: the confirmation dialog shows the proposal first; nothing is ordered until "Confirm purchase".
    await page.click('.offer-card[data-brand-id="trailco"] button.buy');
    await page.waitForSelector('#confirm-dialog[open]');
    expect(await page.textContent('#confirm-summary')).toMatch(/^Buy for \d+(\.\d+)? EUR from Trailco: 1 × ".+"/);
    expect(t.session.butler.orders()).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, 'confirm-dialog.png') });
    await page.click('#confirm-buy');
    await page.waitForSelector('.message.butler[data-purchase]');
    expect(await page.getAttribute('.message.butler[data-purchase]', 'data-purchase')).toBe('purchased');
    expect(t.session.butler.orders()).toHaveLength(1);
    // Buying records nothing in the ledger: the line says the trust is unchanged, never "28 % → 28 %".
    expect(await page.textContent('.message.butler[data-purchase] .trust-change')).toMatch(/unchanged — it moves when you report how the order went/);

    // Settle from the demo market's ground truth: the outcome lands in the ledger.
    await page.click('.message.butler[data-purchase] button.settle');
    await page.waitForSelector('.message.butler[data-purchase] .report-result ul.observations li');
    const observations = await page.$$eval('.report-result ul.observations li', (items) => items.length);
    expect(observations).toBeGreaterThan(0);
    // The trust line after settling shows the real before and after, events included.
    const settled = await page.textContent('.message.butler[data-purchase] .report-result .trust-change');
    const counts = /\((\d+) events\) → [^(]+\((\d+) events\)/.exec(settled ?? '');
    expect(counts).not.toBeNull();
    expect(Number(counts![2])).toBe(Number(counts![1]) + observations);

    const after = await eventsOnDashboard(dashboard, server.url, 'trailco');
    expect(after).toBe(before + observations);
    expect(await dashboard.textContent('.ledger-status')).toContain('chain and scores verified');
    await dashboard.screenshot({ path: join(ARTIFACTS, 'trust-dashboard.png'), fullPage: true });
    await dashboard.click('tr[data-brand-id="trailco"] a.brand-name');
    await dashboard.waitForSelector('tr.event.order-outcome');
    expect(await dashboard.$('figure.history svg.trust-chart polyline.trust')).not.toBeNull();

    expect(run.problems).toEqual([]);
  }, 240_000);
});

describe.skipIf(!available && !process.env.CI)('a hostile brand in a real browser', () => {
  let run: Running;
  let brand: HttpBrandServer;
  beforeAll(async () => {
    if (!available) throw new Error(`Chromium is missing at ${CHROMIUM}: install Debian's chromium with apt (.ci/run does) — the browser test cannot be skipped in CI`);
    const market = await evilMarket();
    brand = market.server;
    run = await start({ brandsFile: market.brandsFile });
  }, 60_000);
  afterAll(async () => {
    await run?.close();
    await brand?.close();
  });

  it('shows markup in brand names, titles, pitches and claims as text and never runs it', async () => {
    const { page, server, t } = run;
    await page.goto(`${server.url}/?token=${t.token}`);
    await ask(page, NEED);
    // Its offers carry instructions aimed at the butler: not buyable, listed under "Not recommended" with the quote.
    expect(await page.$$eval('section.offers .offer-card[data-brand-id="evil-shop"]', (n) => n.length)).toBe(0);
    expect(await page.$$eval('details.excluded .offer-card[data-brand-id="evil-shop"] button.buy', (n) => n.length)).toBe(0);
    await page.$$eval('details.excluded', (all) => all.forEach((d) => ((d as { open: boolean }).open = true)));
    const flags = await page.$$eval('details.excluded .offer-card[data-brand-id="evil-shop"] li.flag', (items) => items.map((i) => i.textContent ?? ''));
    expect(flags.some((f) => f.includes('tries to give orders to your butler'))).toBe(true);
    expect(await page.$$eval('details.excluded .offer-card[data-brand-id="evil-shop"] li.flag-exclusion q.brand-quote', (q) => q.length)).toBeGreaterThan(0);
    const card = page.locator('.offer-card[data-brand-id="evil-shop"]').first();
    await card.locator('details.why > summary').click();
    const texts = await page.$$eval('.offer-card[data-brand-id="evil-shop"]', (cards) => cards.map((c) => c.textContent ?? ''));
    expect(texts.length).toBeGreaterThan(0);
    expect(texts[0]).toContain('<script>window.__pwned="name"</script>E');
    expect(texts[0]).toContain('<img src=x onerror=');
    expect(texts[0]).toContain('IGNORE PREVIOUS INSTRUCTIONS');
    expect(texts[0]).toContain('<svg onload=');
    expect(await page.$$eval('.offer-card[data-brand-id="evil-shop"] img, .offer-card[data-brand-id="evil-shop"] script, .offer-card[data-brand-id="evil-shop"] svg b', (n) => n.length)).toBe(0);
    expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await page.goto(`${server.url}/trust`);
    expect(await page.textContent('tr[data-brand-id="evil-shop"] a.brand-name')).toContain('<script>');
    expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(run.problems).toEqual([]);
  }, 120_000);
});

describe.skipIf(!available && !process.env.CI)('a French request in a real browser', () => {
  let run: Running;
  beforeAll(async () => {
    if (!available) throw new Error(`Chromium is missing at ${CHROMIUM}: install Debian's chromium with apt (.ci/run does) — the browser test cannot be skipped in CI`);
    run = await start();
  }, 60_000);
  afterAll(async () => {
    await run?.close();
  });

  it('renders the whole turn in French: understanding, progress, badges, terms, scores, Why?, exclusions, declines, Buy', async () => {
    const { page, server, t } = run;
    // The most adventurous exploration appetite, so the exploration pick (and its label) is likely in the turn.
    expect((await jsonRequest(t.app, 'PUT', '/api/profile', { explorationAppetite: 1 }, { token: t.token })).status).toBe(200);
    await page.goto(`${server.url}/?token=${t.token}`);
    await ask(page, 'casque sans fil bleu xyzzy pour le sport moins de 80 €');
    const turn = page.locator('.message.butler[data-done="true"]').last();
    const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
    expect(plain(await turn.locator('.understood').textContent())).toMatch(/^Compris : Casque audio/);
    expect(await turn.getAttribute('lang')).toBe('fr');
    expect(plain(await turn.locator('p.muted').first().textContent())).toMatch(/^Supposé : quantité : 1/);
    expect(plain(await turn.locator('.status').textContent())).toMatch(/^\d+ offre\(s\) classée\(s\) ; \d+ non recommandée\(s\)\.$/);
    expect((await turn.locator('ul.progress li.answered .state').allTextContents()).map(plain)).toContainEqual(expect.stringMatching(/^ \d+ offre\(s\) en \d+ ms$/));
    const first = turn.locator('section.offers .offer-card').first();
    expect(['recommandée', 'classée', 'hors de vos habitudes']).toContain(await first.locator('.badge').textContent());
    expect(await first.locator('.score .label').allTextContents()).toEqual(['Adéquation', 'Promesses tenues', 'Sans pression']);
    expect((await first.locator('.score .value').allTextContents()).map(plain)).toEqual([expect.stringMatching(/^\d+ %$/), expect.stringMatching(/^\d+ %$/), expect.stringMatching(/^\d+ %$/)]);
    expect(plain(await first.locator('.terms').textContent())).toMatch(/^livraison \d+ j · retours \d+ j · garantie \d+ mois · valable jusqu’au /);
    expect(plain(await first.locator('.price').textContent())).toMatch(/^\d+(,\d\d)? €/);
    expect(await first.locator('button.buy').textContent()).toBe('Acheter…');
    expect(await first.locator('details.why > summary').textContent()).toBe('Pourquoi ?');
    await first.locator('details.why > summary').click();
    expect(await first.locator('details.why h5').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^Adéquation/), expect.stringMatching(/^Promesses tenues/), expect.stringMatching(/^Sans pression/)]));
    expect(await first.locator('details.numbers > summary').textContent()).toBe('détails');
    const divergent = turn.locator('section.offers .offer-card.divergent');
    if ((await divergent.count()) > 0) {
      expect(await divergent.locator('.badge').textContent()).toBe('hors de vos habitudes');
      expect(await divergent.locator('.divergent-note').textContent()).toMatch(/^Hors de vos habitudes — un choix d’exploration : /);
    }
    expect(await turn.locator('details.excluded > summary').textContent()).toMatch(/^Non recommandées \(\d+\)$/);
    expect(await turn.locator('section.declines h3').textContent()).toBe('Ont décliné');
    expect(await turn.locator('section.declines li').allTextContents()).toContainEqual(expect.stringContaining(' a décliné honnêtement : '));
    await page.screenshot({ path: join(ARTIFACTS, 'main-page-fr.png'), fullPage: true });
    // Everything Majordome writes in the turn, the brand's words (names, titles, quotes, pitches) and the figures' tactic
    // codes set aside: none of the English layout.
    await turn.evaluate((node) => node.querySelectorAll('details').forEach((d: { open: boolean }) => (d.open = true)));
    const majordome = await turn.evaluate((node) => {
      const copy = node.cloneNode(true) as typeof node;
      for (const n of copy.querySelectorAll('.brand-quote, .brand-name, h4.title, details.numbers li:not(:first-child)')) n.remove();
      return copy.textContent ?? '';
    });
    expect(majordome).toContain('Compris');
    // Majordome's own sentences quote brand words in « » (the explanation catalogue's marks): those are the brand's too.
    expect(majordome.replace(/«[^»]*»/g, '«»')).not.toMatch(/\b(understood|assumed|asking|offers?|ranked|recommended|excluded|outside your|delivery|returns|warranty|months|valid until|fit|claims hold|no pressure|why|details|value|evidence|pitch|buy|declined|not recommended)\b/i);
    expect(run.problems).toEqual([]);
  }, 120_000);

  // review (mend38): after a switched receipt the page showed the re-proposal's reason only, not its ranking, and
  // nothing to buy from it. Now the new ranking is listed (names, money of the turn) and each offer opens its proposal.
  it('lists the request ranked again and buys its top pick only through a new proposal and confirmation', async () => {
    const { page, server, t } = run;
    const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
    await page.goto(`${server.url}/?token=${t.token}`);
    await ask(page, 'chaussures de trail imperméables pointure 43 à moins de 150 euros');
    const names = new Map(await page.$$eval('section.offers .offer-card', (cards) => cards.map((c) => [c.getAttribute('data-brand-id') ?? '', c.querySelector('.brand-name')?.textContent ?? ''] as [string, string])));
    await page.click('section.offers .offer-card[data-brand-id="mega-sole-outlet"] button.buy');
    await page.waitForSelector('#confirm-dialog[open]');
    await page.click('#confirm-buy');
    const refused = page.locator('.message.butler[data-purchase="refused-bait-and-switch"]');
    await refused.waitFor();
    const items = refused.locator('section.reproposal li');
    expect(await items.count()).toBeGreaterThan(0);
    expect(await refused.locator('section.reproposal h4').textContent()).toBe('Offres classées');
    const listed = await items.evaluateAll((lis) => lis.map((li) => ({ brandId: li.getAttribute('data-brand-id') ?? '', rank: li.querySelector('.rank')?.textContent ?? '', name: li.querySelector('.brand-name')?.textContent ?? '', price: li.querySelector('.price')?.textContent ?? '', buy: li.querySelector('button.buy')?.textContent ?? '' })));
    expect(listed[0]!.rank).toBe('#1');
    for (const item of listed) {
      expect(item.brandId).not.toBe('mega-sole-outlet');
      expect(item.name).toBe(names.get(item.brandId));
      expect(plain(item.price)).toMatch(/^\d+(,\d\d)? €$/);
      expect(item.buy).toBe('Acheter…');
    }
    const orders = t.session.butler.orders().length;
    // The top pick's Buy opens its own proposal; nothing is ordered before "Confirmer l'achat".
    await items.first().locator('button.buy').click();
    await page.waitForSelector('#confirm-dialog[open]');
    expect(plain(await page.textContent('#confirm-summary'))).toContain(listed[0]!.name);
    expect(t.session.butler.orders()).toHaveLength(orders);
    await page.click('#confirm-buy');
    await page.locator('.message.butler[data-purchase="purchased"]').waitFor();
    expect(t.session.butler.orders()).toHaveLength(orders + 1);
    expect(t.session.butler.orders().at(-1)!.brandId).toBe(listed[0]!.brandId);
    expect(run.problems).toEqual([]);
  }, 240_000);
});

describe.skipIf(!available && !process.env.CI)('after a purchase, in French, in a real browser', () => {
  let run: Running;
  beforeAll(async () => {
    if (!available) throw new Error(`Chromium is missing at ${CHROMIUM}: install Debian's chromium with apt (.ci/run does) — the browser test cannot be skipped in CI`);
    // One honest demo brand, so the first offer is bought; a browser set to French.
    const market = mkdtempSync(join(tmpdir(), 'majordome-e2e-market-'));
    writeFileSync(join(market, 'brands.json'), JSON.stringify({ brands: [{ id: 'trailco', kind: 'builtin' }] }));
    run = await start({ brandsFile: join(market, 'brands.json'), locale: 'fr-FR' });
  }, 60_000);
  afterAll(async () => {
    await run?.close();
  });

  it('greets, confirms, reports (did it do the job?) in French, and releases an unconfirmed order on the orders page', async () => {
    const { page, server, t } = run;
    const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');
    await page.goto(`${server.url}/?token=${t.token}`);
    expect(await page.textContent('section.intro h1')).toBe('Que puis-je trouver pour vous ?');
    expect(await page.textContent('#ask-button')).toBe('Demander au majordome');
    await ask(page, 'chaussures de trail imperméables pointure 43 à moins de 150 euros');
    await page.click('section.offers .offer-card:first-child button.buy');
    await page.waitForSelector('#confirm-dialog[open]');
    expect(await page.textContent('#confirm-title')).toBe('Confirmez votre achat');
    expect(await page.textContent('#confirm-buy')).toBe('Confirmer l’achat');
    await page.click('#confirm-buy');
    const bought = page.locator('.message.butler[data-purchase="purchased"]');
    await bought.waitFor();
    expect(plain(await bought.locator('p.ok').textContent())).toMatch(/^Acheté : commande \S+, \d+(,\d\d)? € débités\. Dites-moi comment ça s’est passé une fois reçu\.$/);
    expect(plain(await bought.locator('.trust-change').textContent())).toMatch(/dans votre registre : \d+ % \(\d+ événements\), inchangée/);
    const form = bought.locator('form.report-form');
    expect(await form.locator('legend').textContent()).toBe('A-t-il fait l’affaire pour ce que vous vouliez, même si quelque chose n’était pas comme annoncé ?');
    await form.locator('textarea').fill('pas imperméable du tout');
    await form.locator('input[name="needMet"][value="yes"]').check();
    await form.locator('button[type="submit"]').click();
    await form.locator('.report-result ul.observations li').first().waitFor();
    expect(await form.locator('.report-result > p').first().textContent()).toMatch(/^\d+ observation\(s\) enregistrée\(s\) dans le registre :$/);
    expect(plain(await form.locator('.report-result .trust-change').textContent())).toMatch(/dans votre registre : \d+ % \(\d+ événements\) → \d+ % \(\d+ événements\)\. Voir le registre$/);
    const outcome = t.session.trust.eventsFor('trailco').find((e) => e.kind === 'order-outcome');
    expect(outcome?.evidence).toMatchObject({ outcome: 'not-as-described', needMet: true });
    // Everything Majordome wrote after the purchase, brand words set aside: none of the English words.
    const after = await bought.evaluate((node) => node.textContent ?? '');
    expect(after).not.toMatch(/\b(Bought|charged|Tell me|What happened|Report outcome|Recorded|observation\(s\) in|in your ledger|See the ledger)\b/);
    await page.screenshot({ path: join(ARTIFACTS, 'after-purchase-fr.png'), fullPage: true });

    // An order the brand never answered: the person's "nothing was charged" on the orders page.
    seedOrder(join(run.home, 'majordome.db'), { orderId: 'unconfirmed-0000000000000009', status: 'unconfirmed', index: 9 });
    // The orders page speaks the browser's language too: its words, and what the server answers to its buttons.
    await page.goto(`${server.url}/orders`);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.textContent('main h1')).toBe('Commandes');
    expect(await page.textContent('header nav a[aria-current="page"]')).toBe('Commandes');
    const unconfirmed = page.locator('article.order[data-order-id="unconfirmed-0000000000000009"]');
    expect(await unconfirmed.locator('p.status').textContent()).toMatch(/^non confirmée : la marque n’a pas répondu/);
    expect(await unconfirmed.locator('button.release').textContent()).toBe('Rien n’a été débité');
    await unconfirmed.locator('button.release').click();
    await unconfirmed.locator('.recheck-result p.released').waitFor();
    expect(await unconfirmed.locator('.recheck-result p.released').textContent()).toMatch(/^C’est noté, sur votre parole : rien n’a été débité pour la commande unconfirmed-0000000000000009\./);
    // The trust dashboard and the settings, in French; the settings' saved note comes from the server in French.
    await page.goto(`${server.url}/trust`);
    expect(await page.textContent('main h1')).toBe('Registre de confiance');
    expect(await page.locator('table.trust-table th').allTextContents()).toEqual(['Marque', 'Confiance', 'Incertitude', 'Honnêteté', 'Adéquation', 'Faible pression', 'Promesses tenues', 'Événements', 'Historique']);
    await page.goto(`${server.url}/settings`);
    expect(await page.textContent('main h1')).toBe('Réglages');
    await page.fill('#settings-form input[name="explorationAppetite"]', '0.35');
    await page.dispatchEvent('#settings-form input[name="explorationAppetite"]', 'input');
    expect(plain(await page.textContent('#appetite-value'))).toBe('35 %');
    await page.click('#settings-form button[type="submit"]');
    await page.locator('#settings-result p.ok').waitFor();
    expect(await page.textContent('#settings-result p.ok')).toBe('Enregistré. Votre majordome applique ces règles dès la prochaine demande.');
    expect(t.session.butler.order('unconfirmed-0000000000000009')).toMatchObject({ status: 'unconfirmed', release: { statement: 'nothing-charged', by: 'person', channel: 'web' } });
    expect(run.problems).toEqual([]);
  }, 120_000);
});

describe.skipIf(!available && !process.env.CI)('a language model’s explanation in a real browser', () => {
  let run: Running;
  let llm: ScriptedOpenAiServer;
  // A model that writes markup (it read brand text): shown as text after the offers, under the heading that says who wrote it.
  const SAID = 'Trailco fits what you asked <img src=x onerror="window.__pwned=\'model\'"> and nothing was flagged.';
  beforeAll(async () => {
    if (!available) throw new Error(`Chromium is missing at ${CHROMIUM}: install Debian's chromium with apt (.ci/run does) — the browser test cannot be skipped in CI`);
    llm = await startScriptedOpenAiServer((request) =>
      request.body?.stream
        ? reply.text(SAID)
        : reply.json(needAnswer({ category: 'running-shoes', hardConstraints: [{ attribute: 'size_eu', op: 'eq', value: 43 }, { attribute: 'waterproof', op: 'eq', value: true }], budgetMinor: 15_000 })),
    );
    run = await start({ env: { MAJORDOME_MODEL: 'scripted-model', OPENAI_BASE_URL: llm.baseUrl, OPENAI_API_KEY: 'sk-test', MAJORDOME_LLM_RETRIES: '0', MAJORDOME_LLM_TIMEOUT_MS: '20000' } });
  }, 60_000);
  afterAll(async () => {
    await run?.close();
    await llm?.close();
  });

  it('streams it after the offer cards, headed as the model’s, as text', async () => {
    const { page, server, t } = run;
    await page.goto(`${server.url}/?token=${t.token}`);
    await ask(page, NEED);
    const turn = page.locator('.message.butler[data-done="true"]').last();
    expect(await turn.locator('section.offers .offer-card').count()).toBeGreaterThan(0);
    const section = turn.locator('section.model-explanation');
    expect(await section.locator('.model-heading').textContent()).toBe('Written by the language model (scripted-model), not by Majordome; the ranking was computed by Majordome:');
    expect(await section.locator('.model-text').textContent()).toBe(SAID);
    expect(await section.locator('img').count()).toBe(0);
    // The model's words come after the offers in the turn.
    expect(await turn.evaluate((node) => {
      const offers = node.querySelector('section.offers');
      const model = node.querySelector('section.model-explanation');
      return offers !== null && model !== null && (offers.compareDocumentPosition(model) & 4) !== 0 // DOCUMENT_POSITION_FOLLOWING;
    })).toBe(true);
    expect(await page.evaluate(() => (globalThis as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(run.problems).toEqual([]);
  }, 120_000);
});
