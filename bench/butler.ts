import { loadavg } from 'node:os';
import { InMemoryButlerMemory, createButler, type BrandConnection, type ButlerTrust } from '../agent/butler/index.ts';
import type { Need } from '../agent/need/index.ts';
import { detectPressureTactics } from '../agent/pressure/index.ts';
import { RECOMMENDATION_FLOOR } from '../agent/trust/index.ts';
import { BrandAgentCore } from '../brand-agent/index.ts';
import { catalogFromListings, createStrategyBrand, loadReferenceMarket, STRATEGY_IDS } from '../brand-agent/reference/index.ts';
import type { BenchSuite } from './bench-case.ts';
import { directConnection, type RecordedCall } from './fixtures/direct-connection.ts';
import { formatMs, percentile } from './stats.ts';
import { threadCpuMs } from './thread-cpu.ts';

/** The bench's need: trail shoes, size 43, under 200 euros. */
export const benchNeed: Need = {
  category: 'running-shoes',
  hardConstraints: [
    { attribute: 'size_eu', op: 'eq', value: 43 },
    { attribute: 'terrain', op: 'eq', value: 'trail' },
  ],
  softPreferences: [{ attribute: 'weight_g', direction: 'lower', weight: 0.5 }],
  quantity: 1,
  budget: { amountMinor: 20_000, currency: 'EUR' },
  currency: 'EUR',
  text: 'trail shoes size 43 under 200 euros',
};

/** A trust port that knows nothing and records nothing: the bench measures one request's work, not a ledger. */
export const noTrust: ButlerTrust = { view: () => undefined, pastOutcomes: () => [], record: () => undefined };

/** A fixed instant, parsed once: the clock is called by the butler and the brands alike, inside the times measured. */
export function benchClock(): () => Date {
  const instant = Date.parse('2026-11-23T10:00:00Z');
  return () => new Date(instant);
}

/** The bench's 10 brands (half honest) selling size-43 running shoes of the reference market, each a fresh core. */
export function benchBrandCores(clock: () => Date): BrandAgentCore[] {
  const market = loadReferenceMarket();
  const shoes = market.products.filter((p) => p.category === 'running-shoes' && p.attributes.size_eu === 43);
  const strategies = ['honest', 'honest', 'honest-decliner', 'pushy', 'deceptive', 'honest', 'bait-and-switch', 'on-off', 'prompt-injector', 'honest'] as const;
  return strategies.map((strategy, i) => {
    const listings = shoes.filter((_, j) => (j + i) % 2 === 0).map((p, j) => ({ product: p.productId, price: p.rrp.amountMinor - 500 * ((i + j) % 5), stock: 20 }));
    const catalog = catalogFromListings({ skuPrefix: `B${i}`, currency: 'EUR', defaultTerms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 }, listings, product: (id) => market.products.find((p) => p.productId === id) });
    return new BrandAgentCore(createStrategyBrand({ id: `brand-${i}`, name: `Brand ${i}`, strategy, categories: ['running-shoes'], catalog, clock }));
  });
}

/** Butler overhead from a Need to ranked offers from 10 brands, excluding the time spent inside the brands. */
export const butlerSuite: BenchSuite = {
  name: 'butler',
  async run(log) {
    const clock = benchClock();
    const calls: RecordedCall[] = [];
    const makeCores = () => benchBrandCores(clock);
    const brands: BrandConnection[] = makeCores().map((core) => directConnection(core, calls));
    // The same brands again, to replay the very same calls without the butler: the time spent inside brands.
    const replayCores = new Map(makeCores().map((core) => [core.card.id, core]));
    void STRATEGY_IDS;
    const butler = createButler({ brands: () => brands, memory: new InMemoryButlerMemory({ secret: 'bench' }), trust: noTrust, detectPressure: detectPressureTactics, clock, seed: 1, honestyFloor: RECOMMENDATION_FLOOR });
    const iterations = Number(process.env.BENCH_ITERATIONS ?? 200);
    // A butler is a long-running process: the requests measured follow a warm-up long enough for V8 to have compiled
    // the hot path (its optimizing compiler still finishes dozens of functions per 50 requests in the first 200).
    const warmup = Number(process.env.BENCH_WARMUP ?? 300);
    const overhead: number[] = [];
    const brandTime: number[] = [];
    // CPU time too: unlike wall time, it does not grow when other jobs load the machine. The process's CPU counts V8's
    // compiler and garbage-collector helper threads as well; the JavaScript thread's own is read apart where it can be.
    const overheadCpu: number[] = [];
    const brandCpu: number[] = [];
    const overheadThread: number[] = [];
    const brandThread: number[] = [];
    const cpuMs = () => {
      const u = process.cpuUsage();
      return (u.user + u.system) / 1000;
    };
    let offers = 0;
    for (let i = 0; i < iterations + warmup; i++) {
      calls.length = 0;
      const start = performance.now();
      const cpuStart = cpuMs();
      const threadStart = threadCpuMs();
      const result = await butler.shop(benchNeed, { requestId: `bench-${i}` });
      // The person is shown why: the explanation (written on first read) is part of the butler's work here.
      void result.explanation.summary;
      const totalCpu = cpuMs() - cpuStart;
      const totalThread = (threadCpuMs() ?? 0) - (threadStart ?? 0);
      const total = performance.now() - start;
      const replayStart = performance.now();
      const replayCpuStart = cpuMs();
      const replayThreadStart = threadCpuMs();
      for (const c of calls) await replayCores.get(c.brandId)!.call(c.tool, c.args);
      const directCpu = cpuMs() - replayCpuStart;
      const directThread = (threadCpuMs() ?? 0) - (replayThreadStart ?? 0);
      const direct = performance.now() - replayStart;
      if (i >= warmup) {
        overhead.push(total - direct);
        brandTime.push(direct);
        overheadCpu.push(totalCpu - directCpu);
        brandCpu.push(directCpu);
        overheadThread.push(totalThread - directThread);
        brandThread.push(directThread);
        offers = result.ranking.ranked.length + result.ranking.excluded.length;
      }
    }
    const p50 = percentile(overhead, 50);
    const brandP50 = percentile(brandTime, 50);
    const cpuP50 = percentile(overheadCpu, 50);
    const brandCpuP50 = percentile(brandCpu, 50);
    log(`${iterations} requests to 10 brands after ${warmup} to warm up (${offers} offers scored per request, questions and counters included); load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    log(`butler overhead p50 ${formatMs(p50)}  p90 ${formatMs(percentile(overhead, 90))} | same brands called directly p50 ${formatMs(brandP50)} | overhead / brand time ${(p50 / brandP50).toFixed(2)}×`);
    log(`CPU time, whole process: butler overhead p50 ${formatMs(cpuP50)} | same brands called directly p50 ${formatMs(brandCpuP50)} | overhead / brand CPU ${(cpuP50 / brandCpuP50).toFixed(2)}×`);
    if (threadCpuMs() !== undefined) {
      const threadP50 = percentile(overheadThread, 50);
      const brandThreadP50 = percentile(brandThread, 50);
      log(`CPU time, JavaScript thread alone (the rest is V8's compiler and GC helpers): butler overhead p50 ${formatMs(threadP50)} | same brands called directly p50 ${formatMs(brandThreadP50)} | ${(threadP50 / brandThreadP50).toFixed(2)}×`);
    }
    return [
      { label: 'butler overhead, Need → ranked offers from 10 brands (p50)', measured: p50, unit: 'ms', target: '≤ 5 ms', met: p50 <= 5 },
      { label: 'butler overhead ÷ time inside the 10 brands (p50s)', measured: Math.round((p50 / brandP50) * 100) / 100, unit: '×', target: '≤ 1.0×', met: p50 <= brandP50 },
      { label: 'butler overhead, CPU time of the whole process (p50; not inflated by other jobs on the machine)', measured: cpuP50, unit: 'ms', target: '≤ 5 ms', met: cpuP50 <= 5 },
    ];
  },
};
