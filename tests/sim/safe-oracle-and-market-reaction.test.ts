import { describe, expect, it } from 'vitest';
import { DISHONEST_STRATEGIES, MarketReaction, buildMarket, runStudy, scenarioFrom, stableJson, studyMetrics, type StudyResult } from '../../sim/index.ts';
import { tinyScenario } from './sim-fixtures.ts';

describe('safe oracle', () => {
  it('buys only from truly honest brands, never more welfare than the oracle overall', async () => {
    const raw = tinyScenario({ rounds: 3, consumers: { count: 3 }, policies: ['naive', 'oracle', 'safe-oracle'] });
    const study = await runStudy({ raw, source: 'tiny', overrides: [] }, { mode: 'fast', workers: 1, events: true });
    const events = study.variants[0]!.events;
    const safe = events.filter((e) => e.policy === 'safe-oracle' && e.status === 'purchased');
    expect(safe.length).toBeGreaterThan(0);
    for (const e of safe) expect(DISHONEST_STRATEGIES.has(e.strategy as never)).toBe(false);
    // The market has dishonest brands the other policies do buy from, so the restriction is real.
    expect(events.some((e) => e.policy === 'naive' && DISHONEST_STRATEGIES.has(e.strategy as never))).toBe(true);
    const m = study.variants[0]!.metrics;
    expect(m.policies['safe-oracle']!.dishonestSpendShare).toBe(0);
    expect(m.policies['safe-oracle']!.welfare).toBeLessThanOrEqual(m.policies.oracle!.welfare);
    expect(m.perConsumer.ratios['safe-oracle']!.safeOracle.mean).toBe(1);
  }, 60_000);
});

describe('markets react', () => {
  const raw = tinyScenario({
    rounds: 5,
    consumers: { count: 3 },
    policies: ['naive', 'cheapest', 'oracle'],
    brands: { ...tinyScenario().brands, reaction: { kind: 'exit', starvedRounds: 2 } },
  });
  const run = (workers: number): Promise<StudyResult> => runStudy({ raw, source: 'tiny', overrides: [] }, { mode: 'fast', workers, events: true });

  it('is deterministic (any worker count) and starved brands leave each policy’s market', async () => {
    const one = await run(1);
    const bytes = stableJson(studyMetrics(one));
    expect(stableJson(studyMetrics(await run(1)))).toBe(bytes);
    expect(stableJson(studyMetrics(await run(2)))).toBe(bytes);
    const market = one.variants[0]!.metrics.market!;
    expect(market).not.toBeNull();
    expect(market.byRound.length).toBe(5);
    const total = one.variants[0]!.metrics.brands.length;
    for (const policy of ['naive', 'cheapest', 'oracle'] as const) {
      const counts = market.byRound.map((r) => r[policy]!.brands);
      // Never re-enter; with 3 consumers and 6 brands some are starved and exit.
      for (let i = 1; i < counts.length; i++) expect(counts[i]!).toBeLessThanOrEqual(counts[i - 1]!);
      expect(counts[counts.length - 1]!).toBeLessThan(total);
    }
    // The strategy mix differs between worlds: where the oracle shops, dishonest brands starve; naive feeds some.
    const last = market.byRound[4]!;
    expect(last.oracle!.dishonestShare).not.toBe(last.naive!.dishonestShare);
  }, 120_000);

  it('exits a brand after exactly K rounds without a sale, and only then', () => {
    const market = buildMarket(scenarioFrom(tinyScenario(), [], 'tiny'));
    const reaction = new MarketReaction(market, 2);
    const [a, b] = market.slots;
    reaction.recordSale(market.brandIdAt(a!, 0), 0);
    reaction.endRound(0);
    expect(reaction.isTrading(a!)).toBe(true);
    expect(reaction.isTrading(b!)).toBe(true);
    reaction.endRound(1);
    expect(reaction.isTrading(a!)).toBe(true);
    expect(reaction.isTrading(b!)).toBe(false);
    reaction.endRound(2);
    expect(reaction.isTrading(a!)).toBe(false);
    // Once gone, a sale cannot bring it back.
    reaction.recordSale(market.brandIdAt(a!, 3), 3);
    reaction.endRound(3);
    expect(reaction.isTrading(a!)).toBe(false);
    expect(Object.values(reaction.tradingByStrategy()).reduce((x, y) => x + y, 0)).toBe(0);
  });

  it('is off by default', async () => {
    const study = await runStudy({ raw: tinyScenario({ rounds: 1, consumers: { count: 1 }, policies: ['naive', 'oracle'] }), source: 'tiny', overrides: [] }, { mode: 'fast', workers: 1, events: false });
    expect(study.variants[0]!.metrics.market).toBeNull();
  }, 60_000);
});
