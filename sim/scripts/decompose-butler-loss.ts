/**
 * Where does the butler lose welfare against the safe oracle? Runs one scenario in this thread (butler, oracle and
 * safe oracle only: every policy shops its own copy of the market, so the others change nothing here), reads every
 * butler ranking with the ground truth beside it, and splits each consumer-round's gap W_safe − W_butler (welfare
 * units, minor units of money) into:
 * - `offer-set`: W_safe − the best honest offer the butler saw (haggling and offer-set differences, both ways);
 * - `excluded`: the best honest offer it saw − the best offer it was allowed to buy (by truth), keyed by the exclusion
 *   reasons of that best honest offer (c, or a when nothing was left);
 * - `choice`: the best allowed offer − what it got, keyed by what it did: bought from a dishonest brand (e), an honest
 *   offer the ranking put first though truly worse (b), the exploration slot's pick (d), or no purchase (a).
 * Components sum to the gap exactly. A diagnostic, not a metric: nothing here feeds metrics.json.
 *
 * `node bin/run-ts.js sim/scripts/decompose-butler-loss.ts 06-open-market --seed 606 --consumers 16 --rounds 10 [--set path=value]… [--json] [--detail]`
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { Butler, ShoppingResult as ShopResult } from '../../agent/butler/index.ts';
import { ButlerAgent } from '../policies/butler-agent.ts';
import { trueOfferWelfare } from '../policies/oracle-agent.ts';
import { trueClaimFailures } from '../policies/true-claim-failures.ts';
import type { DecisionContext, Decision } from '../policies/decision.ts';
import { DISHONEST_STRATEGIES } from '../market/strategy-classes.ts';
import { loadScenario, parseAssignment, runSimulation } from '../index.ts';
import type { EventRow } from '../index.ts';

const OptionsSchema = z.object({
  scenario: z.string().min(1),
  seed: z.coerce.number().int().optional(),
  consumers: z.coerce.number().int().min(1).optional(),
  rounds: z.coerce.number().int().min(1).optional(),
  set: z.array(z.string()).default([]),
  json: z.boolean().default(false),
  detail: z.boolean().default(false),
});

function readOptions(): z.infer<typeof OptionsSchema> {
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { seed: { type: 'string' }, consumers: { type: 'string' }, rounds: { type: 'string' }, set: { type: 'string', multiple: true }, json: { type: 'boolean' }, detail: { type: 'boolean' } },
    allowPositionals: true,
  });
  const parsed = OptionsSchema.safeParse({ ...values, scenario: positionals[0] });
  if (!parsed.success) throw new Error(`decompose-butler-loss: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

/** What one butler decision looked like beside the truth. */
interface Seen {
  /** Best true welfare among the offers of truly honest brands it saw (ranked or excluded), and that offer's exclusion codes. */
  readonly bestHonest: number;
  readonly bestHonestCodes: readonly string[];
  /** Best true welfare among the offers it was allowed to buy (ranked), any brand; 0 = buying nothing. */
  readonly bestAllowed: number;
  /** True welfare of its top-ranked offer, and whether its brand is dishonest. */
  readonly top?: { readonly welfare: number; readonly dishonest: boolean } | undefined;
  /** The ranked offer the truth prefers was ranked this far down (1 = top). */
  readonly bestAllowedRank: number;
  /** With --detail: the top-ranked and the truly best allowed offers, as the butler valued them and as they truly are. */
  readonly detail: readonly string[];
  /** Orders refused for a switched receipt in this decision. */
  readonly refusals?: number | undefined;
}

const seen = new Map<string, Seen>();
/** Calibration of the top-ranked offers: the butler's claimsHold in tenths → [offers, offers whose claims truly hold]; and Σ worth vs Σ true worth of honest tops. */
const claimsCalibration = new Map<number, [number, number]>();
const worthCalibration = { butler: 0, truth: 0, n: 0 };
/** By whose record an offer's honesty started (trust / unknown-brand) and whether it was the top: Σ claimsHold, offers whose claims truly hold, offers. */
const sourceCalibration = new Map<string, { predicted: number; held: number; n: number }>();
const isDishonest = (strategy: string) => (DISHONEST_STRATEGIES as ReadonlySet<string>).has(strategy);
const keyOf = (round: number, consumer: string) => `${round}\u0000${consumer}`;

function observe(ctx: DecisionContext, result: ShopResult): Seen {
  const dishonest = (brandId: string) => DISHONEST_STRATEGIES.has(ctx.market.slotOf(brandId)?.strategy ?? 'deceptive');
  let bestHonest = 0;
  let bestHonestCodes: string[] = [];
  const consider = (offer: Parameters<typeof trueOfferWelfare>[1], codes: string[]) => {
    if (dishonest(offer.brandId)) return;
    const w = trueOfferWelfare(ctx, offer);
    if (w !== undefined && w > bestHonest) {
      bestHonest = w;
      bestHonestCodes = codes;
    }
  };
  for (const r of result.ranking.ranked) consider(r.offer, []);
  for (const e of result.ranking.excluded) consider(e.offer, [...new Set(e.reasons.map((r) => r.code))]);
  for (const r of result.ranking.ranked) {
    const key = `${r.scores.honesty.priorSource}${r.rank === 1 ? ', top' : ', not top'}`;
    const c = sourceCalibration.get(key) ?? { predicted: 0, held: 0, n: 0 };
    c.predicted += r.breakdown.claimsHold;
    c.held += trueClaimFailures(ctx.market, r.offer, ctx.now) === 0 ? 1 : 0;
    c.n += 1;
    sourceCalibration.set(key, c);
  }
  let bestAllowed = 0;
  let bestAllowedRank = 0;
  for (const r of result.ranking.ranked) {
    const w = trueOfferWelfare(ctx, r.offer) ?? Number.NEGATIVE_INFINITY;
    if (w > bestAllowed) {
      bestAllowed = w;
      bestAllowedRank = r.rank;
    }
  }
  const first = result.ranking.ranked[0];
  if (first) {
    const bin = Math.min(9, Math.floor(first.breakdown.claimsHold * 10));
    const c = claimsCalibration.get(bin) ?? [0, 0];
    c[0] += 1;
    if (trueClaimFailures(ctx.market, first.offer, ctx.now) === 0) c[1] += 1;
    claimsCalibration.set(bin, c);
    const w = trueOfferWelfare(ctx, first.offer);
    if (!dishonest(first.brandId) && w !== undefined) {
      worthCalibration.butler += first.breakdown.worth;
      worthCalibration.truth += w + first.breakdown.price;
      worthCalibration.n += 1;
    }
  }
  const top = first ? { welfare: trueOfferWelfare(ctx, first.offer) ?? 0, dishonest: dishonest(first.brandId) } : undefined;
  const describe = (r: (typeof result.ranking.ranked)[number]) => {
    const b = r.breakdown;
    const strategy = ctx.market.slotOf(r.brandId)?.strategy ?? '?';
    return `#${r.rank} ${r.brandId} (${strategy}) ${r.offer.product.sku} price ${b.price} ref ${b.reference} match ${b.preferenceMatch.toFixed(2)} worth ${Math.round(b.worth)} claimsHold ${b.claimsHold.toFixed(2)} needHolds ${b.needHolds.toFixed(2)} pressure ${b.pressure.toFixed(2)} surplus ${Math.round(b.surplus)} | true ${trueOfferWelfare(ctx, r.offer) ?? 'over budget'}, ${trueClaimFailures(ctx.market, r.offer, ctx.now)} false | evidence ${r.scores.honesty.evidence.filter((e) => e.impact !== 0).map((e) => `${e.code}${e.attribute ? `(${e.attribute})` : ''} ${e.impact.toFixed(2)}`).join(', ')} | title "${r.offer.product.title}" claims ${r.offer.claims.map((c) => `${c.attribute}=${String(c.asserted)}`).join(" ")}`;
  };
  const best = result.ranking.ranked.find((r) => r.rank === bestAllowedRank);
  const detail = first ? [describe(first), ...(best && best !== first ? [describe(best)] : [])] : [];
  return { bestHonest, bestHonestCodes, bestAllowed, top, bestAllowedRank, detail };
}

// Read each butler's rankings as it decides: its `shop` is wrapped for the length of one decision.
const decide = ButlerAgent.prototype.decide;
ButlerAgent.prototype.decide = async function (this: ButlerAgent, ctx: DecisionContext): Promise<Decision> {
  const inner = (this as unknown as { butler: Butler }).butler;
  const shop = inner.shop;
  inner.shop = async (...args: Parameters<Butler['shop']>) => {
    const result = await shop.apply(inner, args);
    if (this.variant.policy === 'butler') seen.set(keyOf(ctx.round, ctx.consumer.id), observe(ctx, result));
    return result;
  };
  try {
    const decision = await decide.call(this, ctx);
    const k = keyOf(ctx.round, ctx.consumer.id);
    const v = seen.get(k);
    if (v && this.variant.policy === 'butler') seen.set(k, { ...v, refusals: decision.refusals });
    return decision;
  } finally {
    inner.shop = shop;
  }
};

function add(map: Map<string, { n: number; gap: number }>, key: string, gap: number): void {
  const e = map.get(key) ?? { n: 0, gap: 0 };
  e.n += 1;
  e.gap += gap;
  map.set(key, e);
}

async function main(): Promise<void> {
  const options = readOptions();
  const overrides = [
    ...options.set.map(parseAssignment),
    ...(options.seed === undefined ? [] : [parseAssignment(`seed=${options.seed}`)]),
    ...(options.consumers === undefined ? [] : [parseAssignment(`consumers.count=${options.consumers}`)]),
    ...(options.rounds === undefined ? [] : [parseAssignment(`rounds=${options.rounds}`)]),
    parseAssignment('policies=["butler","oracle","safe-oracle"]'),
  ];
  const { scenario } = loadScenario(options.scenario, overrides);
  const run = await runSimulation(scenario, { mode: 'fast', workers: 1, events: true, validateTrustEvents: false });
  const byKey = new Map<string, Partial<Record<string, EventRow>>>();
  for (const e of run.events) {
    const k = keyOf(e.round, e.consumer);
    byKey.set(k, { ...byKey.get(k), [e.policy]: e });
  }
  const parts = new Map<string, { n: number; gap: number }>();
  let safeTotal = 0;
  let butlerTotal = 0;
  let oracleTotal = 0;
  for (const [k, rows] of byKey) {
    const b = rows['butler'];
    const s = rows['safe-oracle'];
    if (!b || !s) continue;
    safeTotal += s.welfare;
    butlerTotal += b.welfare;
    oracleTotal += rows['oracle']?.welfare ?? 0;
    const v = seen.get(k);
    if (!v) {
      add(parts, `a: no ranking (${b.status})`, s.welfare - b.welfare);
      continue;
    }
    add(parts, 'offer-set: safe oracle − best honest offer seen', s.welfare - v.bestHonest);
    const exclusion = v.bestHonest - v.bestAllowed;
    if (exclusion !== 0) add(parts, `${v.bestAllowed === 0 && v.top === undefined ? 'a' : 'c'}: best honest offer excluded (${v.bestHonestCodes.join('+') || 'ranked; an allowed dishonest offer was truly better'})`, exclusion);
    const choice = v.bestAllowed - b.welfare;
    if (choice === 0) continue;
    const dishonest = b.status === 'purchased' && isDishonest(b.strategy);
    const label =
      b.status !== 'purchased'
        ? `a: bought nothing (${b.status})`
        : b.divergent === 'taken'
          ? `d: exploration slot taken${dishonest ? ` (${b.strategy})` : ''}`
          : dishonest
            ? `e: bought from a dishonest brand (${b.strategy})`
            : (v.refusals ?? 0) > 0
              ? 'a/b: refused a switched receipt, bought the next brand'
              : b.welfare < 0
                ? 'b: bought an honest offer truly worth less than its price'
                : 'b: bought an honest offer truly worse than an allowed one';
    add(parts, label, choice);
    if (options.detail && label.startsWith('b') || options.detail && label.startsWith('e')) {
      process.stdout.write(`${label}: round ${b.round} ${b.consumer} category ${b.category} loss ${choice}\n${v.detail.map((d) => `   ${d}`).join('\n')}\n`);
    }
  }
  const gap = safeTotal - butlerTotal;
  const rows = [...parts.entries()].sort((x, y) => y[1].gap - x[1].gap).map(([label, e]) => ({ label, n: e.n, gap: e.gap, share: gap === 0 ? 0 : e.gap / gap }));
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ scenario: scenario.name, seed: scenario.seed, safe: safeTotal, oracle: oracleTotal, butler: butlerTotal, gap, parts: rows }, null, 1)}\n`);
    return;
  }
  process.stdout.write(`${scenario.name}, seed ${scenario.seed}, ${scenario.consumers.count} consumers × ${scenario.rounds} rounds\n`);
  process.stdout.write(`welfare: oracle ${oracleTotal}, safe oracle ${safeTotal}, butler ${butlerTotal} (pooled ÷ safe ${(butlerTotal / safeTotal).toFixed(3)}); gap ${gap}\n`);
  for (const r of rows) process.stdout.write(`${r.gap.toString().padStart(10)}  ${(r.share * 100).toFixed(1).padStart(6)} %  n=${r.n.toString().padStart(4)}  ${r.label}\n`);
  process.stdout.write('top-ranked offers by the butler\'s claimsHold: offers, share whose claims truly hold\n');
  for (const [bin, [n, held]] of [...claimsCalibration].sort((x, y) => x[0] - y[0])) process.stdout.write(`  ${(bin / 10).toFixed(1)}–${((bin + 1) / 10).toFixed(1)}: ${n} offers, ${(held / n).toFixed(2)} hold\n`);
  for (const [key, c] of [...sourceCalibration].sort()) process.stdout.write(`ranked offers, honesty from ${key}: ${c.n}, mean claimsHold ${(c.predicted / c.n).toFixed(2)}, truly hold ${(c.held / c.n).toFixed(2)}\n`);
  process.stdout.write(`honest top offers: Σ butler worth ${Math.round(worthCalibration.butler)}, Σ true worth (welfare + price) ${Math.round(worthCalibration.truth)} over ${worthCalibration.n}\n`);
}

await main();
