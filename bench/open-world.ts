import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { marketVocabularyOf, matchRequestCategory, understandNeedText } from '../agent/need/index.ts';
import { DEMO_MARKET_BRAND_IDS, createDemoBrand } from '../brand-agent/demo-market/index.ts';
import { BrandAgentCore } from '../brand-agent/index.ts';
import { createFeedBrand, readFeedFile, type FeedOptions } from '../brand-agent/feed/index.ts';
import { LOCALIZED_TAXONOMY_LOCALES, PROTOCOL_VERSION, parseGoogleTaxonomy, parseLocalizedTaxonomy } from '../protocol/index.ts';
import type { BenchSuite, BenchTarget } from './bench-case.ts';
import { percentile } from './stats.ts';

const ROWS = 10_000;
const SHOP: FeedOptions = { currency: 'EUR', returnDays: 30, warrantyMonths: 24, deliveryDays: 3, defaultStock: 10 };
const CATEGORIES = ['1026', '619', '543626', '3287', '328', '2696', '1022', '662'];
const REQUESTS = [
  'a road bike under 500 euros',
  'un aspirateur sans fil silencieux à moins de 200 €',
  'a birthday present for a 10-year-old who loves Lego, 40 euros max',
  'des écouteurs bluetooth à réduction de bruit',
  'une tente 4 places pour le camping',
  'an ergonomic office chair with lumbar support',
  'un VTT en carbone de moins de 12 kg pour mon fils de 14 ans',
  'a quiet bagless vacuum cleaner, not Dyson, by Friday',
  'croquettes pour chiot sans céréales, 12 kg',
  'a 27 inch 4K monitor with USB-C, max 350 euros',
  'une valise cabine rigide rouge',
  'waterproof trail running shoes size 43 under 150 euros',
];

function feedText(rows: number): string {
  const lines = ['id\ttitle\tprice\tgoogle_product_category\tbrand\tcolor\tcondition\tweight_kg\tavailability'];
  for (let i = 0; i < rows; i++) {
    lines.push(`sku-${i}\tProduct ${i}\t${(19 + (i % 500)).toFixed(2)} EUR\t${CATEGORIES[i % CATEGORIES.length]}\tMaker${i % 40}\t${['black', 'white', 'red'][i % 3]}\tnew\t${(1 + (i % 20) / 4).toFixed(2)}\tin_stock`);
  }
  return `${lines.join('\n')}\n`;
}

/** Issue 10's open-world figures: taxonomy load, request → category, feed load and a feed brand's brief latency. */
export const openWorldSuite: BenchSuite = {
  name: 'open-world',
  async run(log) {
    const taxonomyText = readFileSync(new URL('../protocol/data/google-product-taxonomy.en-US.txt', import.meta.url), 'utf8');
    const loads: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      parseGoogleTaxonomy(readFileSync(new URL('../protocol/data/google-product-taxonomy.en-US.txt', import.meta.url), 'utf8'));
      loads.push(performance.now() - started);
    }
    log(`taxonomy: ${taxonomyText.length} characters, read + parse + index ${loads.map((t) => t.toFixed(1)).join(' / ')} ms`);
    // Each localized edition is read and checked against en-US only when a shop's words are not English.
    for (const locale of LOCALIZED_TAXONOMY_LOCALES) {
      const url = new URL(`../protocol/data/google-product-taxonomy.${locale}.txt`, import.meta.url);
      const times: number[] = [];
      const heapBefore = process.memoryUsage().heapUsed;
      for (let i = 0; i < 5; i++) {
        const started = performance.now();
        parseLocalizedTaxonomy(locale, readFileSync(url, 'utf8'));
        times.push(performance.now() - started);
      }
      log(`taxonomy ${locale}: read + parse + check ${times.map((t) => t.toFixed(1)).join(' / ')} ms (heap ${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(1)} MB after 5 reads, before GC)`);
    }
    matchRequestCategory('warm-up');
    const matches: number[] = [];
    for (let i = 0; i < 600; i++) {
      const started = performance.now();
      matchRequestCategory(REQUESTS[i % REQUESTS.length]!);
      matches.push(performance.now() - started);
    }
    // Full need understanding (category, constraints from the declared schemas, money, dates) against the demo
    // market's vocabulary, with the whole taxonomy loaded.
    const market = marketVocabularyOf(DEMO_MARKET_BRAND_IDS.map((id) => createDemoBrand(id, { clock: () => new Date('2026-11-20T10:00:00Z') }).card));
    const context = { now: new Date('2026-11-20T10:00:00Z'), defaultCurrency: 'EUR', market };
    for (const text of REQUESTS) understandNeedText(text, context);
    const needs: number[] = [];
    for (let i = 0; i < 1_200; i++) {
      const started = performance.now();
      understandNeedText(REQUESTS[i % REQUESTS.length]!, context);
      needs.push(performance.now() - started);
    }
    log(`need understanding over ${market.categories.length} sold categories: p50 ${percentile(needs, 50).toFixed(3)} ms, p95 ${percentile(needs, 95).toFixed(3)} ms`);
    const dir = mkdtempSync(join(tmpdir(), 'majordome-open-world-'));
    const path = join(dir, 'feed.tsv');
    writeFileSync(path, feedText(ROWS));
    const feedLoads: number[] = [];
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      readFeedFile(path, SHOP);
      feedLoads.push(performance.now() - started);
    }
    log(`feed of ${ROWS} rows: read and checked in ${feedLoads.map((t) => t.toFixed(0)).join(' / ')} ms`);
    const brand = createFeedBrand({ id: 'bench-shop', path, ...SHOP });
    const core = new BrandAgentCore(brand.definition);
    const briefs: number[] = [];
    for (let i = 0; i < 300; i++) {
      const started = performance.now();
      await core.call('request_offers', {
        protocolVersion: PROTOCOL_VERSION,
        requestId: `req-${i}`,
        buyerId: 'bench',
        category: CATEGORIES[i % CATEGORIES.length],
        hardConstraints: [{ attribute: 'color', op: 'eq', value: 'red' }],
        softPreferences: [{ attribute: 'weight_kg', direction: 'lower', weight: 0.5 }],
        quantity: 1,
        currency: 'EUR',
        issuedAt: new Date().toISOString(),
      });
      briefs.push(performance.now() - started);
    }
    brand.close();
    rmSync(dir, { recursive: true, force: true });
    const taxonomyMs = percentile(loads, 50);
    const matchMs = percentile(matches, 50);
    const needMs = percentile(needs, 50);
    const feedMs = percentile(feedLoads, 50);
    const briefMs = percentile(briefs, 50);
    log(`request → taxonomy category p50 ${matchMs.toFixed(3)} ms; feed brief p50 ${briefMs.toFixed(2)} ms, p95 ${percentile(briefs, 95).toFixed(2)} ms`);
    const targets: BenchTarget[] = [
      { label: 'taxonomy load (read, parse, index; median of 5)', measured: taxonomyMs, unit: 'ms', target: '≤ 150 ms', met: taxonomyMs <= 150 },
      { label: 'request → taxonomy category p50 (category matching only)', measured: matchMs, unit: 'ms', target: '≤ 2 ms', met: matchMs <= 2 },
      { label: 'need understanding p50 (full deterministic engine, whole taxonomy, demo market schemas)', measured: needMs, unit: 'ms', target: '≤ 2 ms', met: needMs <= 2 },
      { label: `feed load, ${ROWS} rows (median of 3)`, measured: feedMs, unit: 'ms', target: '≤ 1000 ms', met: feedMs <= 1000 },
      { label: `feed brand answer to a brief over ${ROWS} products, p50`, measured: briefMs, unit: 'ms', target: '≤ 5 ms', met: briefMs <= 5 },
    ];
    return targets;
  },
};
