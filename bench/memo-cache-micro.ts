import { BoundedMap, MemoCache, createSeededRandom } from '../protocol/index.ts';

/**
 * The memo caches' own cost: CPU µs per lookup (a get, and a set on a miss) for BoundedMap (oldest-first) and MemoCache
 * (two generations), on a stream like the simulator's brand texts: most lookups repeat a text from a shared pool (a
 * pitch, a name), the rest name one request's ids and are never seen again. Run: node bin/run-ts.js bench/memo-cache-micro.ts
 */
const CAPACITY = 5_000;
const POOL = 8_000;
const LOOKUPS = 2_000_000;
const ONE_SHOT_SHARE = 0.15;

function stream(seed: number): string[] {
  const random = createSeededRandom(seed);
  const pool = Array.from({ length: POOL }, (_, i) => `Brand pitch ${i}: the best value in its class, delivered tomorrow, free returns.`);
  const out: string[] = [];
  for (let i = 0; i < LOOKUPS; i++) {
    // Pool texts by a skewed law (a few texts on every offer); one-shot texts built fresh, as a brand writes them per request.
    if (random.next() < ONE_SHOT_SHARE) out.push(`Counter for request req-${i}: we can do €${(i % 997) + 1}.00 today only.`);
    else out.push(pool[Math.floor(POOL * random.next() ** 3)]!);
  }
  return out;
}

function run(make: () => { get(k: string): number | undefined; set(k: string, v: number): void }, keys: readonly string[]): { usPerLookup: number; hitRate: number } {
  const cache = make();
  let hits = 0;
  const start = process.cpuUsage();
  for (const key of keys) {
    if (cache.get(key) !== undefined) hits++;
    else cache.set(key, key.length);
  }
  const cpu = process.cpuUsage(start);
  return { usPerLookup: (cpu.user + cpu.system) / keys.length, hitRate: hits / keys.length };
}

const keys = stream(1);
for (let pass = 0; pass < 3; pass++) {
  const bounded = run(() => new BoundedMap<string, number>(CAPACITY), keys);
  const memo = run(() => new MemoCache<string, number>(CAPACITY), keys);
  console.log(JSON.stringify({ pass, boundedMap: bounded, memoCache: memo }));
}
