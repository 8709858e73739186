import { STRATEGY_IDS } from '../../brand-agent/reference/index.ts';
import type { Market } from '../market/build-market.ts';
import { POLICY_IDS, type PolicyId } from '../policies/policy-ids.ts';
import type { Confusion, DemotionTally, PolicyTally, ShardTally } from './tally.ts';
import { addPolicyTally, emptyPolicyTally } from './tally.ts';
import type { ActiveMarketSummary, DemotionSummary, DetectionSummary, HonestBrandSummary, PolicySummary, Ratio, RoundPolicySummary, RunMetrics } from './metrics-types.ts';
import { DISHONEST_STRATEGIES } from '../market/strategy-classes.ts';
import { pairedStatistics } from './paired-statistics.ts';
import type { StrategyId } from '../../brand-agent/reference/index.ts';

/** Rounds a number to 6 decimals (fixed rounding keeps metrics.json byte-identical across machines and shardings). */
export function fixed(x: number): number {
  const r = Math.round(x * 1e6) / 1e6;
  return Object.is(r, -0) ? 0 : r;
}

/** a ÷ b rounded, or null when b is 0. */
export function ratio(a: number, b: number): Ratio {
  return b === 0 ? null : fixed(a / b);
}

const STRATEGY_ORDER = [...STRATEGY_IDS, 'unknown'];

function sharesOf(byStrategy: Readonly<Record<string, number>>, total: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of STRATEGY_ORDER) if (byStrategy[s] !== undefined && total > 0) out[s] = fixed(byStrategy[s]! / total);
  return out;
}

function sharesOrCounts(byStrategy: Readonly<Record<string, number>>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of STRATEGY_ORDER) if (byStrategy[s] !== undefined) out[s] = byStrategy[s]!;
  return out;
}

function detection(c: Confusion): DetectionSummary {
  return { precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn), tp: c.tp, fp: c.fp, fn: c.fn, tn: c.tn };
}

function demotion(t: DemotionTally): DemotionSummary {
  const entries = Object.entries(t.histogram)
    .map(([k, v]) => [Number(k), v] as const)
    .sort((a, b) => a[0] - b[0]);
  const demoted = entries.reduce((s, [, v]) => s + v, 0);
  const sum = entries.reduce((s, [k, v]) => s + k * v, 0);
  let median: Ratio = null;
  if (demoted > 0) {
    // Lower median of the demotion times (integers: no averaging, no float noise).
    let seen = 0;
    for (const [k, v] of entries) {
      seen += v;
      if (seen >= Math.ceil(demoted / 2)) {
        median = k;
        break;
      }
    }
  }
  return { pairs: demoted + t.never, demoted, neverDemoted: t.never, meanRounds: ratio(sum, demoted), medianRounds: median };
}

function policySummary(total: PolicyTally, late: PolicyTally, diversity: ShardTally['diversity'][PolicyId], lateDiversity: ShardTally['lateDiversity'][PolicyId], hasOracle: boolean): PolicySummary {
  const t = total;
  const chance = ratio(t.chanceMicro, t.orderBiasEligible * 1_000_000);
  const first = ratio(t.firstArrivalChosen, t.orderBiasEligible);
  const idFirst = ratio(t.idFirstChosen, t.orderBiasEligible);
  return {
    decisions: t.decisions,
    purchases: t.purchases,
    completion: ratio(t.purchases, t.decisions),
    welfare: t.welfare,
    welfarePerDecision: ratio(t.welfare, t.decisions),
    welfareRatio: hasOracle ? ratio(t.welfare, t.oracleWelfare) : null,
    lateWelfareRatio: hasOracle ? ratio(late.welfare, late.oracleWelfare) : null,
    budgetViolations: t.budgetViolations,
    budgetViolationRate: ratio(t.budgetViolations, t.decisions),
    spend: t.spend,
    dishonestSpend: t.dishonestSpend,
    dishonestSpendShare: ratio(t.dishonestSpend, t.spend),
    defectorSpend: t.defectorSpend,
    deceivingSpend: t.deceivingSpend,
    deceivingSpendShare: ratio(t.deceivingSpend, t.spend),
    caughtSpend: t.caughtSpend,
    caughtSpendShare: ratio(t.caughtSpend, t.spend),
    defectorWelfare: t.defectorWelfare,
    refusedSwitches: t.refusedSwitches,
    claimsFailedPerPurchase: ratio(t.claimsFailed, t.purchases),
    lateDeliveryShare: ratio(t.late, t.purchases),
    spendShareByStrategy: sharesOf(t.spendByStrategy, t.spend),
    orderBias: {
      eligible: t.orderBiasEligible,
      firstArrivalShare: first,
      idFirstShare: idFirst,
      chance,
      firstArrivalBias: first === null || chance === null ? null : fixed(first - chance),
      idOrderBias: idFirst === null || chance === null ? null : fixed(idFirst - chance),
    },
    divergence: { shown: t.divergentShown, taken: t.divergentTaken },
    diversity: {
      brandsPerConsumer: diversity ? ratio(diversity.brands, diversity.consumers) : null,
      stylesPerConsumer: diversity ? ratio(diversity.styles, diversity.consumers) : null,
      lateBrandsPerConsumer: lateDiversity ? ratio(lateDiversity.brands, lateDiversity.consumers) : null,
      lateStylesPerConsumer: lateDiversity ? ratio(lateDiversity.styles, lateDiversity.consumers) : null,
    },
    focal: { acceptable: t.focalAcceptable, meanRank: ratio(t.focalRankSum, t.focalAcceptable), purchases: t.focalPurchases, spend: t.focalSpend, spendShare: ratio(t.focalSpend, t.spend) },
  };
}

/** Turns a run's merged integer tallies into its metrics (pure; the same tallies always give the same bytes). */
export function computeMetrics(market: Market, tally: ShardTally): RunMetrics {
  const { scenario } = market;
  const policies = POLICY_IDS.filter((p) => scenario.policies.includes(p));
  const hasOracle = policies.includes('oracle');
  const half = Math.floor(scenario.rounds / 2);
  const summaries: Partial<Record<PolicyId, PolicySummary>> = {};
  for (const policy of policies) {
    const total = emptyPolicyTally();
    const late = emptyPolicyTally();
    tally.rounds.forEach((round, r) => {
      const t = round[policy];
      if (!t) return;
      addPolicyTally(total, t);
      if (r >= half) addPolicyTally(late, t);
    });
    summaries[policy] = policySummary(total, late, tally.diversity[policy], tally.lateDiversity[policy], hasOracle);
  }
  const rounds = tally.rounds.map((round, r) => {
    const out: Partial<Record<PolicyId, RoundPolicySummary>> = {};
    for (const policy of policies) {
      const t = round[policy] ?? emptyPolicyTally();
      out[policy] = {
        decisions: t.decisions,
        purchases: t.purchases,
        welfare: t.welfare,
        welfareRatio: hasOracle ? ratio(t.welfare, t.oracleWelfare) : null,
        spend: t.spend,
        dishonestSpendShare: ratio(t.dishonestSpend, t.spend),
        budgetViolations: t.budgetViolations,
        focalSpend: t.focalSpend,
        spendShareByStrategy: sharesOf(t.spendByStrategy, t.spend),
      };
    }
    return { round: r, policies: out };
  });
  const ledgerPolicies = policies.filter((p) => tally.trust.some((round) => round[p] !== undefined));
  const last = tally.trust[tally.trust.length - 1] ?? {};
  const detectionOut: RunMetrics['detection'] = Object.fromEntries(
    ledgerPolicies.flatMap((p) => (last[p] ? [[p, { dishonest: detection(last[p]!.dishonest), pressure: detection(last[p]!.pressure) }]] : [])),
  );
  const detectionByRound: RunMetrics['detectionByRound'] = Object.fromEntries(
    ledgerPolicies.map((p) => [
      p,
      tally.trust.map((round) => {
        const t = round[p];
        return t
          ? { dishonestRecall: ratio(t.dishonest.tp, t.dishonest.tp + t.dishonest.fn), dishonestPrecision: ratio(t.dishonest.tp, t.dishonest.tp + t.dishonest.fp), pressureRecall: ratio(t.pressure.tp, t.pressure.tp + t.pressure.fn) }
          : { dishonestRecall: null, dishonestPrecision: null, pressureRecall: null };
      }),
    ]),
  );
  const trajectoryPolicy = ledgerPolicies[0] ?? null;
  const trustBrands: Record<string, { strategy: string; trust: Ratio[]; honesty: Ratio[]; pressure: Ratio[]; knownBy: number[] }> = {};
  for (const slot of [...market.slots].sort((a, b) => (a.baseId < b.baseId ? -1 : 1))) {
    const series = { strategy: slot.strategy, trust: [] as Ratio[], honesty: [] as Ratio[], pressure: [] as Ratio[], knownBy: [] as number[] };
    for (const round of tally.trust) {
      const b = trajectoryPolicy ? round[trajectoryPolicy]?.brands[slot.baseId] : undefined;
      series.trust.push(b ? ratio(b.trust, b.n * 1_000_000) : null);
      series.honesty.push(b ? ratio(b.honesty, b.n * 1_000_000) : null);
      series.pressure.push(b ? ratio(b.pressure, b.n * 1_000_000) : null);
      series.knownBy.push(b?.n ?? 0);
    }
    trustBrands[slot.baseId] = series;
  }
  const honestBrands: RunMetrics['honestBrands'] = Object.fromEntries(
    ledgerPolicies.flatMap((p): Array<[PolicyId, HonestBrandSummary]> => {
      const h = last[p]?.honest;
      return h
        ? [[p, { pairs: h.pairs, belowFloor: h.belowFloor, belowFloorShare: ratio(h.belowFloor, h.pairs), nonPushyPairs: h.nonPushyPairs, pressureFlagged: h.pressureFlagged, pressureFlaggedShare: ratio(h.pressureFlagged, h.nonPushyPairs) }]]
        : [];
    }),
  );
  const reaction = scenario.brands.reaction;
  const reacting: RunMetrics['market'] =
    reaction.kind === 'none'
      ? null
      : {
          reaction: reaction.kind,
          starvedRounds: reaction.starvedRounds,
          byRound: tally.rounds.map((_, r) => {
            const out: Partial<Record<PolicyId, ActiveMarketSummary>> = {};
            for (const p of policies) {
              const byStrategy = tally.activeBrands[r]?.[p];
              if (!byStrategy) continue;
              const brands = Object.values(byStrategy).reduce((a, b) => a + b, 0);
              const dishonest = Object.entries(byStrategy).reduce((a, [k, v]) => a + (DISHONEST_STRATEGIES.has(k as StrategyId) ? v : 0), 0);
              out[p] = { brands, dishonest, dishonestShare: ratio(dishonest, brands), byStrategy: sharesOrCounts(byStrategy) };
            }
            return out;
          }),
        };
  const demotions = (source: ShardTally['onOffDemotion']) =>
    Object.fromEntries(POLICY_IDS.flatMap((p) => (source[p] ? [[p, demotion(source[p]!)]] : []))) as Partial<Record<PolicyId, DemotionSummary>>;
  return {
    scenario: { name: scenario.name, seed: scenario.seed, rounds: scenario.rounds, consumers: scenario.consumers.count, start: scenario.start, roundDays: scenario.roundDays, policies },
    brands: market.slots.map((s) => ({ id: s.baseId, name: s.name, strategy: s.strategy, categories: s.categories, products: s.catalog.length, focal: s.focal })),
    policies: summaries,
    rounds,
    detection: detectionOut,
    detectionByRound,
    trust: { policy: trajectoryPolicy, brands: trustBrands },
    defectors: { onOff: demotions(tally.onOffDemotion), whitewash: demotions(tally.whitewashDemotion) },
    perConsumer: pairedStatistics([tally.consumers], policies, [scenario.consumers.household]),
    honestBrands,
    market: reacting,
  };
}
