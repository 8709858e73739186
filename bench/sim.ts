import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { runSimulation, scenarioFrom, type ScenarioInput, type SimMode } from '../sim/index.ts';
import type { BenchSuite, BenchTarget } from './bench-case.ts';

/**
 * The simulator at scale: butler decisions per second (each decision = one consumer's need sent to 10 brands,
 * questions, haggling, fit/honesty/pressure scoring, ranking, a purchase with consent, settlement and ledger updates),
 * in fast mode and over MCP, and the peak RSS for 10k and 100k decisions with the same consumers (flat = memory does
 * not grow with rounds). Each configuration runs in its own process so its peak RSS is its own.
 * Sizes scale with SIM_BENCH_SCALE (default 1 = the 100,000 decisions).
 */
const SCALE = Number(process.env.SIM_BENCH_SCALE ?? 1);
const CONSUMERS = 200;

/** A market of 10 brands that all sell every category, half of them dishonest, only the butler shopping. */
export function benchScenario(rounds: number, consumers = CONSUMERS): ScenarioInput {
  return {
    name: 'bench',
    seed: 1,
    rounds,
    policies: ['butler'],
    consumers: { count: consumers },
    brands: {
      count: 10,
      dishonestShare: 0.5,
      honestMix: { honest: 2, 'honest-decliner': 1 },
      dishonestMix: { deceptive: 1, 'bait-and-switch': 1, pushy: 1, 'on-off': 1, 'prompt-injector': 1 },
      categoriesPerBrand: 3,
    },
  };
}

const ChildResultSchema = z.object({ elapsedMs: z.number(), decisions: z.number(), rounds: z.number(), maxRssMb: z.number(), heapMb: z.number(), purchases: z.number() });
type ChildResult = z.infer<typeof ChildResultSchema>;

const ChildArgsSchema = z.object({ rounds: z.number().int().positive(), consumers: z.number().int().positive(), mode: z.enum(['fast', 'mcp']), workers: z.number().int().positive() });

/** Runs one configuration in a fresh process (so peak RSS and warm-up are its own) and reads its JSON line. */
function runChild(args: z.infer<typeof ChildArgsSchema>): Promise<ChildResult> {
  const runner = fileURLToPath(new URL('../bin/run-ts.js', import.meta.url));
  const self = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    // --expose-gc lets each shard measure its live heap after a full collection (peak RSS alone mostly shows V8's heap sizing).
    const child = spawn(process.execPath, ['--expose-gc', runner, self, '--child', JSON.stringify(args)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        value = undefined;
      }
      const parsed = ChildResultSchema.safeParse(value);
      if (code === 0 && parsed.success) resolve(parsed.data);
      else reject(new Error(`sim bench child failed (exit ${code}): ${out.slice(-500)}`));
    });
  });
}

async function child(raw: string): Promise<void> {
  const args = ChildArgsSchema.parse(JSON.parse(raw));
  const scenario = scenarioFrom(benchScenario(args.rounds, args.consumers));
  const result = await runSimulation(scenario, { mode: args.mode as SimMode, workers: args.workers, events: false, validateTrustEvents: true });
  const purchases = result.tally.rounds.reduce((s, r) => s + (r.butler?.purchases ?? 0), 0);
  const decisions = result.tally.rounds.reduce((s, r) => s + (r.butler?.decisions ?? 0), 0);
  process.stdout.write(`${JSON.stringify({ elapsedMs: result.elapsedMs, decisions, rounds: args.rounds, maxRssMb: process.resourceUsage().maxRSS / 1024, heapMb: result.heapUsedBytes / 1e6, purchases })}\n`);
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);

/** The simulator benchmark suite. */
export const simSuite: BenchSuite = {
  name: 'sim',
  async run(log) {
    const workers = Math.max(1, availableParallelism());
    const bigRounds = Math.max(1, Math.round(500 * SCALE));
    const smallRounds = Math.max(1, Math.round(50 * SCALE));
    log(`market: 10 brands selling every category (5 dishonest or manipulative), ${CONSUMERS} consumers, butler only, ${workers} worker thread(s), fast mode`);
    const small = await runChild({ rounds: smallRounds, consumers: CONSUMERS, mode: 'fast', workers });
    log(`fast ${small.decisions} decisions (${small.rounds} rounds): ${fmt(small.elapsedMs / 1000)} s, ${fmt(small.decisions / (small.elapsedMs / 1000))} decisions/s, ${fmt(small.rounds / (small.elapsedMs / 1000), 2)} rounds/s, peak RSS ${fmt(small.maxRssMb, 0)} MB, live heap at the end ${fmt(small.heapMb, 0)} MB`);
    const big = await runChild({ rounds: bigRounds, consumers: CONSUMERS, mode: 'fast', workers });
    log(`fast ${big.decisions} decisions (${big.rounds} rounds): ${fmt(big.elapsedMs / 1000)} s, ${fmt(big.decisions / (big.elapsedMs / 1000))} decisions/s, ${fmt(big.rounds / (big.elapsedMs / 1000), 2)} rounds/s, peak RSS ${fmt(big.maxRssMb, 0)} MB, live heap at the end ${fmt(big.heapMb, 0)} MB`);
    // MCP vs fast on the same small market, one worker each, so the ratio is transport cost alone.
    const cmpRounds = Math.max(1, Math.round(10 * SCALE));
    const cmpConsumers = 50;
    const fastCmp = await runChild({ rounds: cmpRounds, consumers: cmpConsumers, mode: 'fast', workers: 1 });
    const mcpCmp = await runChild({ rounds: cmpRounds, consumers: cmpConsumers, mode: 'mcp', workers: 1 });
    const ratio = mcpCmp.elapsedMs / fastCmp.elapsedMs;
    log(`1 worker, ${fastCmp.decisions} decisions: fast ${fmt(fastCmp.elapsedMs / 1000)} s, mcp ${fmt(mcpCmp.elapsedMs / 1000)} s → mcp/fast ${fmt(ratio, 2)}×`);
    const perHundredK = (big.elapsedMs / big.decisions) * 100_000 / 1000;
    const targets: BenchTarget[] = [
      { label: `time for 100,000 butler decisions (fast, ${workers} workers; extrapolated from ${big.decisions})`, measured: Math.round(perHundredK * 10) / 10, unit: 's', target: '≤ 30 s', met: perHundredK <= 30 },
      { label: 'butler decisions per second (fast)', measured: Math.round(big.decisions / (big.elapsedMs / 1000)), unit: 'decisions/s', target: '≥ 3,334/s', met: big.decisions / (big.elapsedMs / 1000) >= 100_000 / 30 },
      { label: 'MCP mode time ÷ fast mode time', measured: Math.round(ratio * 100) / 100, unit: '×', target: '≤ 20×', met: ratio <= 20 },
      { label: `peak RSS, ${small.decisions} decisions`, measured: Math.round(small.maxRssMb), unit: 'MB', target: 'reported', met: true },
      { label: `peak RSS, ${big.decisions} decisions (same consumers, ${Math.round(big.rounds / small.rounds)}× the rounds)`, measured: Math.round(big.maxRssMb), unit: 'MB', target: 'reported', met: true },
      { label: `live heap after GC at the end, ${big.decisions} vs ${small.decisions} decisions`, measured: Math.round((big.heapMb / small.heapMb) * 100) / 100, unit: '×', target: 'flat: ≤ 1.5×', met: big.heapMb <= 1.5 * small.heapMb },
    ];
    return targets;
  },
};

if (process.argv[2] === '--child' && process.argv[1] === fileURLToPath(import.meta.url)) await child(process.argv[3] ?? '{}');
