import { parseArgs } from 'node:util';
import { z } from 'zod';
import {
  formatDuration,
  readScenarioInput,
  resolveScenarioPath,
  runSeeds,
  seedHonestTable,
  seedPairedTable,
  seedRatioTable,
  verdictInterval,
  type KeyTable,
  type MeanInterval,
  type SeedsResult,
} from '../sim/index.ts';
import type { BenchSuite, BenchTarget } from './bench-case.ts';

/**
 * Does the butler leave its person better off? Runs the seven built-in experiments (the five of the issue, the open market and the long con) over several seeds and prints, per
 * experiment, every policy's welfare ÷ oracle and ÷ safe oracle per consumer and of totals with 95 % CIs, the paired
 * butler − other differences in money, money to dishonest brands, budget violations and how honest brands fare in the ledgers; then checks
 * the issue's targets. It measures: whatever the numbers are, they are printed as they are.
 *
 * `npm run bench decisions -- --seeds 5 --consumers 12 --rounds 20 --workers 2 --experiments 01-half-dishonest,04-defectors`
 * (every option optional).
 */

/** Consumers and rounds per experiment: sized so all seven × 5 seeds fit in about fifteen minutes on two cores. */
const SIZES: Readonly<Record<string, { consumers: number; rounds: number }>> = {
  '01-half-dishonest': { consumers: 16, rounds: 16 },
  '02-order-bias': { consumers: 8, rounds: 10 },
  '03-manipulation': { consumers: 4, rounds: 6 },
  '04-defectors': { consumers: 12, rounds: 30 },
  '05-divergence': { consumers: 10, rounds: 24 },
  // The open world: needs from all 38 categories, 40 brands; every brand is a stranger to most people for long.
  '06-open-market': { consumers: 16, rounds: 10 },
  // The long con: brands honest on small deals and telling one lie on big ones (what the need asks for); printed, with no target of its own.
  '07-long-con': { consumers: 12, rounds: 16 },
};

/** Experiments the issue states no target for: their tables are printed, nothing is checked. */
const PRINTED_ONLY = new Set(['07-long-con']);

/** Experiments where the butler must beat naive and no-ledger (CI lower bound > 0) and reach 0.95 × the safe oracle. */
const MUST_WIN = new Set(['01-half-dishonest', '04-defectors']);

const OptionsSchema = z.object({
  seeds: z.coerce.number().int().min(1).max(100).default(5),
  consumers: z.coerce.number().int().min(2).max(10_000).optional(),
  rounds: z.coerce.number().int().min(1).max(10_000).optional(),
  // One thread by default: a worker re-loads the whole simulator, which costs more than it saves on runs this small.
  workers: z.coerce.number().int().min(1).max(64).default(1),
  /** A comma-separated subset of the experiments (default: all seven). */
  experiments: z
    .string()
    .transform((text) => text.split(',').map((e) => e.trim()).filter((e) => e.length > 0))
    .pipe(z.array(z.enum(Object.keys(SIZES) as [string, ...string[]])).min(1))
    .optional(),
});

function readOptions(): z.infer<typeof OptionsSchema> {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { seeds: { type: 'string' }, consumers: { type: 'string' }, rounds: { type: 'string' }, workers: { type: 'string' }, experiments: { type: 'string' } }, allowPositionals: true, strict: false });
  const parsed = OptionsSchema.safeParse(values);
  if (!parsed.success) throw new Error(`bench decisions: ${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

function textTable(t: KeyTable): string {
  const cells = [t.header.map(String), ...t.rows.map((r) => r.map((v) => (v === null ? '—' : String(v))))];
  const widths = t.header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [t.title, line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

const NAN = Number.NaN;

/**
 * The issue's targets, each on the statistic its words name, the other reading printed beside it: "paired CI lower
 * bound > 0" reads the paired per-consumer difference in money (÷ the mean oracle welfare, so its sign is the money's),
 * beside the per-consumer ratio difference; "≥ 0.95 × safe oracle" with "ratios per consumer, not pooled" reads the
 * mean per-consumer ratio ÷ safe oracle, beside Σ butler ÷ Σ safe oracle.
 */
function targetsOf(experiment: string, r: SeedsResult): BenchTarget[] {
  const out: BenchTarget[] = [];
  const fixed3 = (x: number | null | undefined) => (x === null || x === undefined ? 'n/a' : x.toFixed(3));
  const bounds = (m: MeanInterval | undefined) => `${fixed3(m?.low)} to ${fixed3(m?.high)}`;
  for (const versus of ['naive', 'butler-no-ledger'] as const) {
    const paired = r.statistics.paired.find((d) => d.versus === versus);
    // A mean oracle welfare of 0 or less scales nothing: the money interval, of the same sign, is read instead.
    const read = paired === undefined ? undefined : verdictInterval(paired);
    const inMoney = read?.inMoney === true;
    const d = read?.interval;
    const scale = inMoney ? 'money per consumer in minor units, the mean oracle welfare being 0 or less' : 'money per consumer ÷ mean oracle welfare';
    const beside = `; per-consumer ratio difference ${bounds(paired?.perConsumerRatio)}`;
    if (MUST_WIN.has(experiment)) {
      out.push({ label: `${experiment}: butler − ${versus}, CI lower bound (${scale}${beside})`, measured: d?.low ?? NAN, unit: '', target: '> 0', met: d?.low !== null && d?.low !== undefined && d.low > 0 });
    } else {
      out.push({ label: `${experiment}: butler − ${versus}, CI upper bound, never significantly below (${scale}${beside})`, measured: d?.high ?? NAN, unit: '', target: '≥ 0', met: d?.high !== null && d?.high !== undefined && d.high >= 0 });
    }
  }
  if (MUST_WIN.has(experiment)) {
    const ratios = r.statistics.ratios.butler;
    const safe = ratios?.safeOracle.mean ?? null;
    const totals = ratios?.ofTotals.safeOracle;
    out.push({ label: `${experiment}: butler welfare ÷ safe oracle (mean per consumer; Σ ÷ Σ ${fixed3(totals?.mean)} [${bounds(totals)}])`, measured: safe ?? NAN, unit: '', target: '≥ 0.95', met: safe !== null && safe >= 0.95 });
  }
  const money = r.money.butler;
  out.push({ label: `${experiment}: butler money to dishonest brands`, measured: (money?.dishonestSpendShare ?? NAN) * 100, unit: '%', target: '≤ 5 %', met: money?.dishonestSpendShare !== null && money?.dishonestSpendShare !== undefined && money.dishonestSpendShare <= 0.05 });
  out.push({ label: `${experiment}: butler budget violations`, measured: money?.budgetViolations ?? NAN, unit: '', target: '0', met: money?.budgetViolations === 0 });
  const honest = r.honestBrands.butler;
  out.push({ label: `${experiment}: honest brand–consumer pairs below the honesty floor (butler)`, measured: (honest?.belowFloorShare ?? NAN) * 100, unit: '%', target: '≤ 2 %', met: honest?.belowFloorShare !== null && honest?.belowFloorShare !== undefined && honest.belowFloorShare <= 0.02 });
  out.push({ label: `${experiment}: honest non-pushy pairs flagged as pushy (butler)`, measured: (honest?.pressureFlaggedShare ?? NAN) * 100, unit: '%', target: '≤ 2 %', met: honest?.pressureFlaggedShare !== null && honest?.pressureFlaggedShare !== undefined && honest.pressureFlaggedShare <= 0.02 });
  return out;
}

/** The decisions benchmark: the seven built-in experiments over several seeds, with the issue's targets (none for 07). */
export const decisionsSuite: BenchSuite = {
  name: 'decisions',
  async run(log) {
    const options = readOptions();
    const targets: BenchTarget[] = [];
    const started = performance.now();
    log(`seeds: ${options.seeds} per experiment (scenario seed, +1, …); workers: ${options.workers}; mode fast`);
    for (const [experiment, size] of Object.entries(SIZES).filter(([e]) => options.experiments?.includes(e) ?? true)) {
      const consumers = options.consumers ?? size.consumers;
      const rounds = options.rounds ?? size.rounds;
      const path = resolveScenarioPath(experiment);
      const raw = readScenarioInput(path);
      const base = z.object({ seed: z.number().int().default(1) }).passthrough().safeParse(raw);
      const first = base.success ? base.data.seed : 1;
      const seeds = Array.from({ length: options.seeds }, (_, i) => first + i);
      const t0 = performance.now();
      const result = await runSeeds(
        { raw, source: path, overrides: [{ path: 'consumers.count', value: consumers }, { path: 'rounds', value: rounds }] },
        seeds,
        { mode: 'fast', workers: options.workers, events: false },
      );
      const arms = result.studies[0]?.variants.length ?? 1;
      log(`\n-- ${experiment}: ${consumers} consumers × ${rounds} rounds × ${arms} arm(s) × seeds ${seeds.join(', ')} (${formatDuration(performance.now() - t0)})`);
      log(textTable(seedRatioTable(result)));
      log(textTable(seedPairedTable(result)));
      log(textTable(seedHonestTable(result)));
      const checked = PRINTED_ONLY.has(experiment) ? [] : targetsOf(experiment, result);
      for (const t of checked) log(`${t.met ? 'PASS' : 'MISS'}  ${t.label}: ${Number.isNaN(t.measured) ? 'n/a' : t.measured.toFixed(3)}${t.unit ? ` ${t.unit}` : ''} (target ${t.target})`);
      targets.push(...checked);
    }
    log(`\ndecisions bench: ${formatDuration(performance.now() - started)}; ${targets.filter((t) => t.met).length}/${targets.length} targets met`);
    return targets;
  },
};
