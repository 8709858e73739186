/**
 * Why does the butler with a ledger end below its no-ledger ablation? Runs one scenario over several seeds with the
 * butler, `butler-no-ledger` and the oracle, and then the butler again with one channel of its ledger cut at a time
 * (every policy shops its own copy of the market, so the butler's run alone is the same as beside the others):
 * (`LEDGER_CUTS` in ./ledger-channels.ts: view, checked, findings, past, refusals, and the what-if floor).
 * For each it prints Σ (W_butler − W_no-ledger) per unit (a household, or a consumer) ÷ the mean oracle welfare per
 * unit, with a paired 95 % interval over units, and the share of the uncut gap that cutting the channel closes.
 * With the uncut butler it also compares the two policies decision by decision (same consumer, same round): how many
 * differ, how (which bought what), and the welfare each kind of difference cost; where both bought, which term of the
 * value breakdown moved the order (the butler's value of both picks against the ablation's).
 * A diagnostic, not a metric: nothing here feeds metrics.json.
 *
 * `node bin/run-ts.js sim/scripts/ledger-gap.ts <scenario> [--seeds 5] [--seed S] [--consumers C] [--rounds R] [--cut view,checked,…] [--set path=value]… [--detail]`
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { Butler, ShoppingResult as ShopResult } from '../../agent/butler/index.ts';
import { ButlerAgent } from '../policies/butler-agent.ts';
import { trueOfferWelfare } from '../policies/oracle-agent.ts';
import type { DecisionContext, Decision } from '../policies/decision.ts';
import { DISHONEST_STRATEGIES } from '../market/strategy-classes.ts';
import { applyLedgerCut, LEDGER_CUTS } from './ledger-channels.ts';
import { toMajorUnits } from '../../protocol/index.ts';
import { loadScenario, parseAssignment, runSimulation, SIM_CURRENCY } from '../index.ts';
import type { EventRow } from '../index.ts';

/** A channel of `LEDGER_CUTS`, or several joined by '+' (cut together). */
type Cut = string;

const OptionsSchema = z.object({
  scenario: z.string().min(1),
  seeds: z.coerce.number().int().min(1).default(5),
  seed: z.coerce.number().int().optional(),
  consumers: z.coerce.number().int().min(1).optional(),
  rounds: z.coerce.number().int().min(1).optional(),
  cut: z.string().default(LEDGER_CUTS.join(',')),
  set: z.array(z.string()).default([]),
  detail: z.boolean().default(false),
});

function readOptions(): z.infer<typeof OptionsSchema> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: {
      seeds: { type: 'string' },
      seed: { type: 'string' },
      consumers: { type: 'string' },
      rounds: { type: 'string' },
      cut: { type: 'string' },
      set: { type: 'string', multiple: true },
      detail: { type: 'boolean' },
    },
    allowPositionals: true,
  });
  const parsed = OptionsSchema.safeParse({ ...values, scenario: positionals[0] });
  if (!parsed.success) throw new Error(`ledger-gap: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** One ranked offer as a policy valued it. */
interface Valued {
  readonly brandId: string;
  readonly sku: string;
  readonly rank: number;
  readonly value: number;
  readonly worth: number;
  readonly price: number;
  readonly reference: number;
  readonly claimsHold: number;
  readonly needHolds: number;
  readonly pressure: number;
  readonly surplus: number;
  readonly prior: number;
  readonly priorSource: string;
  readonly trueWelfare: number | undefined;
  readonly honestBrand: boolean;
  readonly evidence: string;
}
/** `policy|round|consumer` → every offer the policy ranked (first ranking of the decision) and what it excluded. */
const rankings = new Map<string, { ranked: Valued[]; excluded: { brandId: string; sku: string; codes: string[] }[] }>();
const isDishonest = (strategy: string) => (DISHONEST_STRATEGIES as ReadonlySet<string>).has(strategy);
const keyOf = (policy: string, round: number, consumer: string) => `${policy}|${round}|${consumer}`;

function valued(ctx: DecisionContext, result: ShopResult): { ranked: Valued[]; excluded: { brandId: string; sku: string; codes: string[] }[] } {
  const honestBrand = (brandId: string) => !DISHONEST_STRATEGIES.has(ctx.market.slotOf(brandId)?.strategy ?? 'deceptive');
  const ranked = result.ranking.ranked.map((r): Valued => {
    const b = r.breakdown;
    return {
      brandId: r.brandId,
      sku: r.offer.product.sku,
      rank: r.rank,
      value: r.value,
      worth: b.worth,
      price: b.price,
      reference: b.reference,
      claimsHold: b.claimsHold,
      needHolds: b.needHolds,
      pressure: b.pressure,
      surplus: b.surplus,
      prior: r.scores.honesty.prior,
      priorSource: r.scores.honesty.priorSource,
      trueWelfare: trueOfferWelfare(ctx, r.offer),
      honestBrand: honestBrand(r.brandId),
      evidence: r.scores.honesty.evidence
        .filter((e) => e.impact !== 0)
        .map((e) => `${e.code}${e.attribute ? `(${e.attribute})` : ''} ${e.impact.toFixed(2)}`)
        .join(', '),
    };
  });
  const excluded = result.ranking.excluded.map((e) => ({ brandId: e.brandId, sku: e.offer.product.sku, codes: [...new Set(e.reasons.map((r) => r.code))] }));
  return { ranked, excluded };
}

const decide = ButlerAgent.prototype.decide;
ButlerAgent.prototype.decide = async function (this: ButlerAgent, ctx: DecisionContext): Promise<Decision> {
  const inner = (this as unknown as { butler: Butler }).butler;
  const shop = inner.shop;
  const key = keyOf(this.variant.policy, ctx.round, ctx.consumer.id);
  inner.shop = async (...args: Parameters<Butler['shop']>) => {
    const result = await shop.apply(inner, args);
    if (!rankings.has(key)) rankings.set(key, valued(ctx, result));
    return result;
  };
  try {
    return await decide.call(this, ctx);
  } finally {
    inner.shop = shop;
  }
};

/** Mean and 95 % normal interval of a list. */
function meanInterval(xs: readonly number[]): { mean: number; low: number; high: number } {
  const n = xs.length;
  const mean = xs.reduce((s, x) => s + x, 0) / n;
  const variance = n > 1 ? xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1) : 0;
  const half = 1.96 * Math.sqrt(variance / n);
  return { mean, low: mean - half, high: mean + half };
}

const fmt = (x: number, d = 3) => `${x >= 0 ? '+' : ''}${x.toFixed(d)}`;
/** Minor units of the simulator's currency in major units, for printing. */
const major = (minor: number) => toMajorUnits({ amountMinor: minor, currency: SIM_CURRENCY });

interface SeedRun {
  readonly seed: number;
  /** consumer → household unit. */
  readonly unitOf: Map<string, string>;
  readonly noLedger: EventRow[];
  readonly oracle: EventRow[];
  readonly butler: Map<Cut, EventRow[]>;
}

function sumByUnit(rows: readonly EventRow[], unitOf: Map<string, string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) {
    const u = unitOf.get(r.consumer) ?? r.consumer;
    out.set(u, (out.get(u) ?? 0) + r.welfare);
  }
  return out;
}

/** Kinds of decision differences between the butler and its ablation, with the welfare (butler − ablation) they carry. */
function classify(b: EventRow, n: EventRow): string {
  const what = (r: EventRow) => (r.status !== 'purchased' ? `nothing (${r.status})` : isDishonest(r.strategy) ? `dishonest ${r.strategy}` : 'honest');
  if (b.status === 'purchased' && n.status === 'purchased') {
    if (b.brand === n.brand && b.product === n.product) return `same offer, different price/settlement`;
    return `butler ${what(b)} vs no-ledger ${what(n)}${b.brand === n.brand ? ' (same brand, other product)' : ''}`;
  }
  return `butler ${what(b)} vs no-ledger ${what(n)}`;
}

/**
 * For a decision where both bought different offers: find both picks in each policy's ranking and say which term of
 * the breakdown moved the order. Returns the term whose change (butler's margin − ablation's margin, both read as
 * "butler's pick − ablation's pick") is the largest, and a line of detail.
 */
function whyFlipped(bKey: string, nKey: string, b: EventRow, n: EventRow): { term: string; line: string } | undefined {
  const rb = rankings.get(bKey);
  const rn = rankings.get(nKey);
  if (!rb || !rn) return undefined;
  const find = (list: Valued[], row: EventRow) => list.find((v) => v.brandId === row.brand && v.sku.includes(row.product)) ?? list.find((v) => v.brandId === row.brand);
  const bInB = find(rb.ranked, b);
  const nInB = find(rb.ranked, n);
  const bInN = find(rn.ranked, b);
  const nInN = find(rn.ranked, n);
  const show = (v: Valued | undefined) =>
    v === undefined
      ? 'not ranked'
      : `#${v.rank} ${v.brandId} ${v.sku} price ${v.price} ref ${Math.round(v.reference)} worth ${Math.round(v.worth)} claimsHold ${v.claimsHold.toFixed(3)} (prior ${v.prior.toFixed(3)} ${v.priorSource}) needHolds ${v.needHolds.toFixed(3)} pressure ${Math.round(v.pressure)} surplus ${Math.round(v.surplus)} value ${Math.round(v.value)} | true ${v.trueWelfare ?? 'n/a'} | ${v.evidence}`;
  const line = [`butler's pick in butler's ranking:     ${show(bInB)}`, `no-ledger's pick in butler's ranking: ${show(nInB)}`, `butler's pick in no-ledger's ranking: ${show(bInN)}`, `no-ledger's pick in no-ledger's:      ${show(nInN)}`]
    .map((s) => `     ${s}`)
    .join('\n');
  if (!nInB) {
    const ex = rb.excluded.find((e) => e.brandId === n.brand);
    return { term: ex ? `ablation's pick excluded by the butler (${ex.codes.join('+')})` : "ablation's pick not offered to the butler", line };
  }
  if (b.status !== 'purchased') return { term: `the butler ranked the ablation's pick #${nInB.rank} and bought nothing`, line };
  if (!bInN) {
    const ex = rn.excluded.find((e) => e.brandId === b.brand);
    return { term: ex ? `butler's pick excluded by the ablation (${ex.codes.join('+')})` : "butler's pick not offered to the ablation", line };
  }
  if (!bInB || !nInN) return { term: 'pick not found in own ranking (fallback or re-proposal)', line };
  // Margin of the butler's pick over the ablation's, in each ranking, per term (claimsHold and needHolds as the
  // probability difference; price and reference as money; worth as money).
  const terms: Record<string, number> = {
    'claimsHold (honesty)': bInB.claimsHold - nInB.claimsHold - (bInN.claimsHold - nInN.claimsHold),
    needHolds: bInB.needHolds - nInB.needHolds - (bInN.needHolds - nInN.needHolds),
    'price (haggled)': -(bInB.price - nInB.price) + (bInN.price - nInN.price),
    'worth (relative)': (bInB.worth - nInB.worth - (bInN.worth - nInN.worth)) / Math.max(1, Math.abs(bInB.worth) + Math.abs(nInB.worth)),
  };
  // The term that moved most, in units comparable within the decision: the value margin's change explained by it.
  const valueShift = bInB.value - nInB.value - (bInN.value - nInN.value);
  const priorShift = bInB.prior - nInB.prior - (bInN.prior - nInN.prior);
  const term =
    Math.abs(priorShift) > 1e-9
      ? `honesty prior moved (${fmt(priorShift)}), claimsHold ${fmt(terms['claimsHold (honesty)'] ?? 0)}`
      : Math.abs(terms['claimsHold (honesty)'] ?? 0) > 1e-9
        ? `claimsHold moved without the prior (${fmt(terms['claimsHold (honesty)'] ?? 0)})`
        : Math.abs(terms['price (haggled)'] ?? 0) > 0
          ? 'price (haggled) moved'
          : Math.abs(terms['needHolds'] ?? 0) > 1e-9
            ? 'needHolds moved'
            : `other (value shift ${Math.round(valueShift)})`;
  return { term, line };
}

async function main(): Promise<void> {
  const options = readOptions();
  const cuts: Cut[] = options.cut.split(',').map((c) => c.trim());
  if (!cuts.includes('none')) cuts.unshift('none');
  // Every name checked before the first run (an unknown one throws).
  for (const cut of cuts) applyLedgerCut(cut);
  applyLedgerCut('none');
  const base = loadScenario(options.scenario, options.set.map(parseAssignment)).scenario;
  const firstSeed = options.seed ?? base.seed;
  const runs: SeedRun[] = [];
  const cpuStart = process.cpuUsage();
  for (let s = 0; s < options.seeds; s += 1) {
    const seed = firstSeed + s;
    const overrides = [
      ...options.set.map(parseAssignment),
      parseAssignment(`seed=${seed}`),
      ...(options.consumers === undefined ? [] : [parseAssignment(`consumers.count=${options.consumers}`)]),
      ...(options.rounds === undefined ? [] : [parseAssignment(`rounds=${options.rounds}`)]),
    ];
    const butler = new Map<Cut, EventRow[]>();
    let noLedger: EventRow[] = [];
    let oracle: EventRow[] = [];
    let unitOf = new Map<string, string>();
    for (const cut of cuts) {
      applyLedgerCut(cut);
      const policies = cut === 'none' ? '["butler","butler-no-ledger","oracle"]' : '["butler"]';
      const { scenario } = loadScenario(options.scenario, [...overrides, parseAssignment(`policies=${policies}`)]);
      if (cut === 'none') for (const key of [...rankings.keys()]) rankings.delete(key);
      const run = await runSimulation(scenario, { mode: 'fast', workers: 1, events: true, validateTrustEvents: false });
      butler.set(cut, run.events.filter((e) => e.policy === 'butler'));
      if (cut === 'none') {
        noLedger = run.events.filter((e) => e.policy === 'butler-no-ledger');
        oracle = run.events.filter((e) => e.policy === 'oracle');
        const ids = [...new Set(run.events.map((e) => e.consumer))].sort();
        unitOf = new Map(ids.map((id, i) => [id, `${seed}:${Math.floor(i / scenario.consumers.household)}`]));
        reportDecisions(seed, butler.get('none') ?? [], noLedger, options.detail);
      }
    }
    applyLedgerCut('none');
    runs.push({ seed, unitOf, noLedger, oracle, butler });
  }
  // The gap per cut: per unit (W_butler − W_no-ledger) ÷ mean oracle welfare per unit, paired over units.
  const oracleUnits = runs.flatMap((r) => [...sumByUnit(r.oracle, r.unitOf).values()]);
  const meanOracle = oracleUnits.reduce((s, x) => s + x, 0) / oracleUnits.length;
  process.stdout.write(`\n${base.name}: ${options.seeds} seeds from ${firstSeed}, ${oracleUnits.length} units, mean oracle welfare per unit ${fmt(major(meanOracle), 2).replace('+', '')}\n`);
  process.stdout.write('cut                butler − no-ledger ÷ mean oracle [95 %]     EUR/unit   share of the uncut gap closed\n');
  let uncut = 0;
  for (const cut of cuts) {
    const diffs: number[] = [];
    for (const r of runs) {
      const b = sumByUnit(r.butler.get(cut) ?? [], r.unitOf);
      const n = sumByUnit(r.noLedger, r.unitOf);
      for (const [u, w] of n) diffs.push(((b.get(u) ?? 0) - w) / meanOracle);
    }
    const m = meanInterval(diffs);
    if (cut === 'none') uncut = m.mean;
    const closed = cut === 'none' || uncut === 0 ? '' : `${(((m.mean - uncut) / -uncut) * 100).toFixed(0)} %`;
    process.stdout.write(`${cut.padEnd(18)} ${fmt(m.mean)} [${fmt(m.low)}, ${fmt(m.high)}]                  ${fmt(major(m.mean * meanOracle), 2).padStart(9)}   ${closed}\n`);
  }
  const cpu = process.cpuUsage(cpuStart);
  process.stdout.write(`CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s\n`);
}

const decisionKinds = new Map<string, { n: number; welfare: number }>();
const flipTerms = new Map<string, { n: number; welfare: number }>();

function reportDecisions(seed: number, butler: readonly EventRow[], noLedger: readonly EventRow[], detail: boolean): void {
  const byKey = new Map(noLedger.map((r) => [`${r.round}|${r.consumer}`, r]));
  let differ = 0;
  let firstDifferRound = Number.POSITIVE_INFINITY;
  for (const b of butler) {
    const n = byKey.get(`${b.round}|${b.consumer}`);
    if (!n) continue;
    const same = b.status === n.status && b.brand === n.brand && b.product === n.product && b.welfare === n.welfare;
    if (same) continue;
    differ += 1;
    firstDifferRound = Math.min(firstDifferRound, b.round);
    const kind = classify(b, n);
    const e = decisionKinds.get(kind) ?? { n: 0, welfare: 0 };
    e.n += 1;
    e.welfare += b.welfare - n.welfare;
    decisionKinds.set(kind, e);
    if (n.status === 'purchased' && !(b.brand === n.brand && b.product === n.product)) {
      const why = whyFlipped(keyOf('butler', b.round, b.consumer), keyOf('butler-no-ledger', n.round, n.consumer), b, n);
      if (why) {
        // Exclusion codes are kept in the key; the numbers of a moved prior are not.
        const term = why.term.startsWith('honesty prior moved') || why.term.startsWith('claimsHold moved') || why.term.startsWith('other') ? why.term.replace(/\(.*\)/, '').replace(/, claimsHold.*/, '').trim() : why.term;
        const label = `${b.status === 'purchased' ? 'butler bought another' : 'butler bought nothing'}; no-ledger ${isDishonest(n.strategy) ? 'dishonest' : 'honest'}: ${term}`;
        const f = flipTerms.get(label) ?? { n: 0, welfare: 0 };
        f.n += 1;
        f.welfare += b.welfare - n.welfare;
        flipTerms.set(label, f);
        if (detail) process.stdout.write(`seed ${seed} round ${b.round} ${b.consumer}: butler ${b.status} ${b.brand}/${b.product} ${b.welfare} vs no-ledger ${n.brand}/${n.product} (${n.strategy}) ${n.welfare} (Δ ${b.welfare - n.welfare}): ${why.term}\n${why.line}\n`);
      }
    }
  }
  process.stdout.write(`seed ${seed}: ${differ} of ${butler.length} decisions differ (first in round ${firstDifferRound})\n`);
  process.stdout.write('  running totals, kinds of difference: n, Σ (W_butler − W_no-ledger) in EUR\n');
  for (const [k, v] of [...decisionKinds].sort((x, y) => x[1].welfare - y[1].welfare)) process.stdout.write(`   ${String(v.n).padStart(5)} ${fmt(major(v.welfare), 2).padStart(12)}  ${k}\n`);
  process.stdout.write('  running totals, where the ablation bought another offer, what moved: n, Σ EUR\n');
  for (const [k, v] of [...flipTerms].sort((x, y) => x[1].welfare - y[1].welfare)) process.stdout.write(`   ${String(v.n).padStart(5)} ${fmt(major(v.welfare), 2).padStart(12)}  ${k}\n`);
}

await main();
