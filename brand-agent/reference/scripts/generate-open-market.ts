// Regenerates brand-agent/reference/data/open-market/ from the specs: `node bin/run-ts.js brand-agent/reference/scripts/generate-open-market.ts`.
// Deterministic: the same specs and seed always write the same bytes (the generated files are committed).
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildOpenMarket } from './build-open-market.ts';
import { OPEN_MARKET_CATEGORY_SPECS, OPEN_MARKET_SEED, OPEN_MARKET_SHOP_SPECS } from './open-market-inputs.ts';

const DATA = fileURLToPath(new URL('../data/', import.meta.url));
const OUT = join(DATA, 'open-market');

const reserved = readdirSync(join(DATA, 'products')).flatMap((file) => {
  const parsed = JSON.parse(readFileSync(join(DATA, 'products', file), 'utf8')) as { products: { gtin: string }[] };
  return parsed.products.map((p) => p.gtin);
});
const files = buildOpenMarket({ seed: OPEN_MARKET_SEED, categories: OPEN_MARKET_CATEGORY_SPECS, shops: OPEN_MARKET_SHOP_SPECS, reservedGtins: reserved });
for (const folder of ['products', 'brands', 'feeds']) rmSync(join(OUT, folder), { recursive: true, force: true });
for (const [path, text] of files) {
  mkdirSync(dirname(join(OUT, path)), { recursive: true });
  writeFileSync(join(OUT, path), text);
}
const products = [...files.keys()].filter((p) => p.startsWith('products/')).reduce((n, p) => n + (JSON.parse(files.get(p)!) as { products: unknown[] }).products.length, 0);
console.log(`wrote ${files.size} files to ${OUT}: ${products} products`);
