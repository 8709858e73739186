// Measures the feed path at shop scale (not a test): `node bin/run-ts.js tests/feed/bench-feed.ts [rows]`.
// Prints the time to read a 10,000-row TSV feed and the p50/p95 of a feed brand's answer to a brief over it.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrandAgentCore } from '../../brand-agent/index.ts';
import { createFeedBrand, readFeedFile } from '../../brand-agent/feed/index.ts';
import { PROTOCOL_VERSION, loadGoogleTaxonomy } from '../../protocol/index.ts';
import { SHOP } from './feed-options.ts';

const rows = Number(process.argv[2] ?? 10_000);
const t0 = performance.now();
loadGoogleTaxonomy();
const taxonomyMs = performance.now() - t0;
const categories = ['1026', '619', '543626', '3287', '328', '2696', '1022', '662'];
const lines = ['id\ttitle\tprice\tgoogle_product_category\tbrand\tcolor\tcondition\tweight_kg\tavailability'];
for (let i = 0; i < rows; i++) {
  lines.push(`sku-${i}\tProduct ${i}\t${(19 + (i % 500)).toFixed(2)} EUR\t${categories[i % categories.length]}\tMaker${i % 40}\t${['black', 'white', 'red'][i % 3]}\tnew\t${(1 + (i % 20) / 4).toFixed(2)}\tin_stock`);
}
const dir = mkdtempSync(join(tmpdir(), 'feed-bench-'));
const path = join(dir, 'feed.tsv');
writeFileSync(path, `${lines.join('\n')}\n`);
const loads: number[] = [];
for (let i = 0; i < 3; i++) {
  const s = performance.now();
  readFeedFile(path, SHOP);
  loads.push(performance.now() - s);
}
const brand = createFeedBrand({ id: 'bench-shop', path, ...SHOP });
const core = new BrandAgentCore(brand.definition);
const times: number[] = [];
for (let i = 0; i < 200; i++) {
  const s = performance.now();
  const outcome = await core.call('request_offers', {
    protocolVersion: PROTOCOL_VERSION,
    requestId: `req-${i}`,
    buyerId: 'bench',
    category: categories[i % categories.length],
    hardConstraints: [{ attribute: 'color', op: 'eq', value: 'red' }],
    softPreferences: [{ attribute: 'weight_kg', direction: 'lower', weight: 0.5 }],
    quantity: 1,
    currency: 'EUR',
    issuedAt: new Date().toISOString(),
  });
  times.push(performance.now() - s);
  if (i === 0) console.log(`first answer: ${JSON.stringify(outcome).slice(0, 160)}`);
}
times.sort((a, b) => a - b);
const q = (p: number) => times[Math.floor(p * (times.length - 1))]!.toFixed(2);
console.log(`taxonomy load ${taxonomyMs.toFixed(1)} ms`);
console.log(`feed load, ${rows} rows: ${loads.map((t) => t.toFixed(0)).join(' / ')} ms`);
console.log(`brief over ${rows} products: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms`);
brand.close();
rmSync(dir, { recursive: true, force: true });
