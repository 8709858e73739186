import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { protocolCallTally, runSimulation, scenarioFrom, type ScenarioInput, type SimMode } from '../sim/index.ts';
import type { BenchSuite, BenchTarget } from './bench-case.ts';
import { parseCpuProfile } from './cpu-profile-summary.ts';
import { simCpuSplit, type SimCpuSplit } from './sim-cpu-split.ts';

/**
 * The simulator at scale: butler decisions per second (each decision = one consumer's need sent to 10 brands,
 * questions, haggling, fit/honesty/pressure scoring, ranking, a purchase with consent, settlement and ledger updates),
 * in fast mode and over MCP, and the peak RSS and live heap for 10k, 20k and 100k decisions with the same consumers
 * (flat = memory does not grow with rounds: the live heap at 100k against 20k, once the caches have filled). Each
 * configuration runs in its own process so its peak RSS is its own. Fast mode runs with in-process validation off
 * (brand messages and trust events: nothing crosses a trust boundary; tests/sim shows byte-identical metrics either
 * way); MCP mode validates every message. Besides wall-clock rates, each run reports
 * its CPU time, so decisions per CPU-second stay meaningful on a machine other jobs are loading.
 * Sizes scale with SIM_BENCH_SCALE (default 1 = the issue's 100,000 decisions).
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

const ChildResultSchema = z.object({ elapsedMs: z.number(), cpuMs: z.number(), decisions: z.number(), rounds: z.number(), maxRssMb: z.number(), heapMb: z.number(), purchases: z.number(), messages: z.record(z.string(), z.number()) });
type ChildResult = z.infer<typeof ChildResultSchema>;

const ChildArgsSchema = z.object({ rounds: z.number().int().positive(), consumers: z.number().int().positive(), mode: z.enum(['fast', 'mcp']), workers: z.number().int().positive(), validate: z.boolean() });

/** Runs one configuration in a fresh process (so peak RSS and warm-up are its own) and reads its JSON line. */
function runChild(args: z.infer<typeof ChildArgsSchema>, nodeFlags: readonly string[] = []): Promise<ChildResult> {
  const runner = fileURLToPath(new URL('../bin/run-ts.js', import.meta.url));
  const self = fileURLToPath(import.meta.url);
  return new Promise((resolve, reject) => {
    // --expose-gc lets each shard measure its live heap after a full collection (peak RSS alone mostly shows V8's heap sizing).
    const child = spawn(process.execPath, ['--expose-gc', ...nodeFlags, runner, self, '--child', JSON.stringify(args)], { stdio: ['ignore', 'pipe', 'inherit'] });
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
  // CPU of every thread of this process (shard workers included) during the run.
  const cpuStart = process.cpuUsage();
  const result = await runSimulation(scenario, { mode: args.mode as SimMode, workers: args.workers, events: false, validateTrustEvents: args.validate });
  const cpu = process.cpuUsage(cpuStart);
  const purchases = result.tally.rounds.reduce((s, r) => s + (r.butler?.purchases ?? 0), 0);
  const decisions = result.tally.rounds.reduce((s, r) => s + (r.butler?.decisions ?? 0), 0);
  process.stdout.write(`${JSON.stringify({ elapsedMs: result.elapsedMs, cpuMs: (cpu.user + cpu.system) / 1000, decisions, rounds: args.rounds, maxRssMb: process.resourceUsage().maxRSS / 1024, heapMb: result.heapUsedBytes / 1e6, purchases, messages: protocolCallTally() })}\n`);
}

/**
 * One run under `node --cpu-prof` (one worker, so one thread does the work), its CPU split by part of the code from the
 * largest profile written (the thread that ran the shard).
 */
async function profiledSplit(args: z.infer<typeof ChildArgsSchema>): Promise<{ result: ChildResult; split: SimCpuSplit }> {
  const dir = mkdtempSync(join(tmpdir(), 'majordome-sim-prof-'));
  try {
    const result = await runChild(args, ['--cpu-prof', `--cpu-prof-dir=${dir}`]);
    const largest = readdirSync(dir)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => join(dir, f))
      .sort((a, b) => statSync(b).size - statSync(a).size)[0];
    if (largest === undefined) throw new Error('sim bench: the profiled run wrote no .cpuprofile');
    const root = fileURLToPath(new URL('../', import.meta.url));
    return { result, split: simCpuSplit(parseCpuProfile(readFileSync(largest, 'utf8')), root) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (n: number, digits = 1) => n.toFixed(digits);
const perSecond = (r: ChildResult) => r.decisions / (r.elapsedMs / 1000);
const perCpuSecond = (r: ChildResult) => r.decisions / (r.cpuMs / 1000);
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

function describe(r: ChildResult, workers: number): string {
  return `${r.decisions} decisions (${r.rounds} rounds): ${fmt(r.elapsedMs / 1000)} s wall, ${fmt(perSecond(r))} decisions/s (${fmt(perSecond(r) / workers)} per core), ` +
    `${fmt(r.cpuMs / 1000)} s CPU = ${fmt(perCpuSecond(r))} decisions per CPU-second, peak RSS ${fmt(r.maxRssMb, 0)} MB, live heap at the end ${fmt(r.heapMb, 0)} MB`;
}

/** The simulator benchmark suite. */
export const simSuite: BenchSuite = {
  name: 'sim',
  async run(log) {
    const workers = Math.max(1, availableParallelism());
    const bigRounds = Math.max(1, Math.round(500 * SCALE));
    const smallRounds = Math.max(1, Math.round(50 * SCALE));
    // The flat-memory baseline: by 20k decisions the shared caches (detector memos, brand texts, price points) are full.
    const midRounds = Math.max(1, Math.round(100 * SCALE));
    log(`market: 10 brands selling every category (5 dishonest or manipulative), ${CONSUMERS} consumers, butler only, ${workers} worker thread(s) on ${availableParallelism()} cores; load average before: ${load()}`);
    const small = await runChild({ rounds: smallRounds, consumers: CONSUMERS, mode: 'fast', workers, validate: false });
    log(`fast ${describe(small, workers)}`);
    const mid = await runChild({ rounds: midRounds, consumers: CONSUMERS, mode: 'fast', workers, validate: false });
    log(`fast ${describe(mid, workers)}`);
    const big = await runChild({ rounds: bigRounds, consumers: CONSUMERS, mode: 'fast', workers, validate: false });
    log(`fast ${describe(big, workers)}`);
    // MCP vs fast on the same small market, one worker each, so the ratio is transport (and its validation) alone.
    const cmpRounds = Math.max(1, Math.round(10 * SCALE));
    const cmpConsumers = 50;
    const fastCmp = await runChild({ rounds: cmpRounds, consumers: cmpConsumers, mode: 'fast', workers: 1, validate: false });
    const checkedCmp = await runChild({ rounds: cmpRounds, consumers: cmpConsumers, mode: 'fast', workers: 1, validate: true });
    const mcpCmp = await runChild({ rounds: cmpRounds, consumers: cmpConsumers, mode: 'mcp', workers: 1, validate: true });
    const ratio = mcpCmp.elapsedMs / fastCmp.elapsedMs;
    const cpuRatio = mcpCmp.cpuMs / fastCmp.cpuMs;
    log(`1 worker, ${fastCmp.decisions} decisions: fast ${fmt(fastCmp.elapsedMs / 1000)} s (${fmt(fastCmp.cpuMs / 1000)} s CPU), fast with in-process validation ${fmt(checkedCmp.elapsedMs / 1000)} s (${fmt(checkedCmp.cpuMs / 1000)} s CPU), mcp ${fmt(mcpCmp.elapsedMs / 1000)} s (${fmt(mcpCmp.cpuMs / 1000)} s CPU) → mcp/fast ${fmt(ratio, 2)}× wall, ${fmt(cpuRatio, 2)}× CPU`);
    // Where a decision's CPU goes. The reference brands' own code is work any butler must wait for: with a butler that
    // cost nothing and no garbage to collect, the cores could not make more decisions per second than that allows.
    const profiled = await profiledSplit({ rounds: cmpRounds, consumers: CONSUMERS, mode: 'fast', workers: 1, validate: false });
    const per = (ms: number) => ms / profiled.result.decisions;
    const s = profiled.split;
    log(
      `CPU per decision by part (1 worker, ${profiled.result.decisions} decisions, node --cpu-prof self time, native frames counted for their JavaScript caller): reference brands ${fmt(per(s.brands), 2)} ms, ` +
        `butler ${fmt(per(s.butler), 2)} ms, simulator ${fmt(per(s.simulator), 2)} ms, shared protocol/storage ${fmt(per(s.shared), 2)} ms, libraries ${fmt(per(s.libraries), 2)} ms, ` +
        `garbage collection ${fmt(per(s.gc), 2)} ms, runtime ${fmt(per(s.runtime), 2)} ms`,
    );
    // Protocol messages per decision by tool (fast connections of the one thread that ran the shard).
    const messages = Object.entries(profiled.result.messages).sort(([a], [b]) => (a < b ? -1 : 1));
    log(`protocol messages per decision (1 worker, ${profiled.result.decisions} decisions): ${messages.map(([tool, n]) => `${tool} ${fmt(n / profiled.result.decisions, 2)}`).join(', ')}`);
    const brandsCeiling = (workers * 1000) / per(s.brands);
    log(`load average after: ${load()} (wall-clock rates on a loaded machine are lower bounds; CPU time is far less affected, though contention inflates it too)`);
    const rate = perSecond(big);
    const perHundredK = 100_000 / rate;
    const cpuCapacity = perCpuSecond(big) * workers;
    const bigIsTarget = big.decisions >= 100_000;
    const targets: BenchTarget[] = [
      { label: `time for 100,000 butler decisions (fast, ${workers} workers${bigIsTarget ? '' : `; extrapolated from ${big.decisions}`})`, measured: Math.round(perHundredK * 10) / 10, unit: 's', target: '≤ 30 s', met: perHundredK <= 30 },
      { label: 'butler decisions per second (fast, wall clock)', measured: Math.round(rate), unit: 'decisions/s', target: '≥ 3,334/s', met: rate >= 100_000 / 30 },
      { label: `butler decisions per second per core (fast, ${workers} workers)`, measured: Math.round(rate / workers), unit: 'decisions/s', target: `≥ ${Math.ceil(100_000 / 30 / workers)}/s`, met: rate / workers >= 100_000 / 30 / workers },
      { label: `decisions per CPU-second × ${workers} cores (what the cores give when nothing else runs)`, measured: Math.round(cpuCapacity), unit: 'decisions/s', target: '≥ 3,334/s', met: cpuCapacity >= 100_000 / 30 },
      { label: 'MCP mode time ÷ fast mode time', measured: Math.round(ratio * 100) / 100, unit: '×', target: '≤ 20×', met: ratio <= 20 },
      {
        label: `floor: decisions/s the ${workers} cores allow if only the reference brands' own code ran (butler, simulator and GC free)`,
        measured: Math.round(brandsCeiling),
        unit: 'decisions/s',
        target: 'reported (≥ 3,334/s needed for the target to be reachable without faster brands)',
        met: true,
      },
      { label: `peak RSS, ${small.decisions} decisions`, measured: Math.round(small.maxRssMb), unit: 'MB', target: 'reported', met: true },
      { label: `peak RSS, ${mid.decisions} decisions`, measured: Math.round(mid.maxRssMb), unit: 'MB', target: 'reported', met: true },
      { label: `live heap after GC at the end, ${mid.decisions} decisions (caches full)`, measured: Math.round(mid.heapMb), unit: 'MB', target: 'reported', met: true },
      { label: `live heap after GC at the end, ${big.decisions} decisions`, measured: Math.round(big.heapMb), unit: 'MB', target: 'reported', met: true },
      bigIsTarget
        ? { label: `peak RSS, ${big.decisions} decisions`, measured: Math.round(big.maxRssMb), unit: 'MB', target: '≤ 1,024 MB', met: big.maxRssMb <= 1024 }
        : { label: `peak RSS, ${big.decisions} decisions (same consumers, ${Math.round(big.rounds / small.rounds)}× the rounds; the 100k target needs SIM_BENCH_SCALE=1)`, measured: Math.round(big.maxRssMb), unit: 'MB', target: 'reported (≤ 1,024 MB at 100k)', met: true },
      { label: `live heap after GC at the end, ${big.decisions} vs ${mid.decisions} decisions (caches full at both)`, measured: Math.round((big.heapMb / mid.heapMb) * 100) / 100, unit: '×', target: 'flat: ≤ 1.5×', met: big.heapMb <= 1.5 * mid.heapMb },
    ];
    return targets;
  },
};

if (process.argv[2] === '--child' && process.argv[1] === fileURLToPath(import.meta.url)) await child(process.argv[3] ?? '{}');
