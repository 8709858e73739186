import { readDemoMarket, readReferenceMarket } from '../brand-agent/reference/index.ts';
import { isBuiltinCategory } from '../protocol/index.ts';
import type { BenchSuite, BenchTarget } from './bench-case.ts';
import { percentile } from './stats.ts';

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

/** Issue 10 §4: how long reading and validating the demo market takes, the built-in part alone and the whole of it. */
export const demoMarketSuite: BenchSuite = {
  name: 'demo-market',
  async run(log) {
    const firstCore = timed(() => readReferenceMarket());
    const firstDemo = timed(() => readDemoMarket(undefined, firstCore.value));
    const core: number[] = [];
    const demo: number[] = [];
    for (let i = 0; i < 5; i++) {
      const c = timed(() => readReferenceMarket());
      core.push(c.ms);
      demo.push(timed(() => readDemoMarket(undefined, c.value)).ms);
    }
    const market = firstDemo.value;
    const open = market.categories.filter((c) => !isBuiltinCategory(c));
    log(`demo market: ${market.products.length} products, ${market.categories.length} categories (${open.length} Google taxonomy ids), ${market.brands.length} strategy brands + ${market.feedShops.length} feed shops`);
    log(`reference market (3 built-in categories): first read ${firstCore.ms.toFixed(0)} ms, then ${core.map((t) => t.toFixed(0)).join(' / ')} ms`);
    log(`open market on top: first read ${firstDemo.ms.toFixed(0)} ms, then ${demo.map((t) => t.toFixed(0)).join(' / ')} ms`);
    const coreMs = percentile(core, 50);
    const demoMs = percentile(demo, 50);
    const targets: BenchTarget[] = [
      { label: 'reference market read + validate (median of 5, warm)', measured: coreMs, unit: 'ms', target: '≤ 50 ms', met: coreMs <= 50 },
      { label: 'open market read + validate on top (median of 5, warm)', measured: demoMs, unit: 'ms', target: '≤ 250 ms', met: demoMs <= 250 },
      { label: 'open market first read in a fresh process', measured: firstDemo.ms, unit: 'ms', target: '≤ 1000 ms', met: firstDemo.ms <= 1000 },
    ];
    return targets;
  },
};
