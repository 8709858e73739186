import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pairedStatistics, verdictOf } from '../../sim/index.ts';

const POLICIES = ['butler', 'naive', 'oracle', 'safe-oracle'] as const;

/** Five consumers the butler serves 100 better than naive, and one whose oracle welfare is 1 minor unit. */
function marketWithANearZeroConsumer() {
  const run: Record<string, Record<string, number>> = {};
  for (const id of ['a', 'b', 'c', 'd', 'e']) run[id] = { butler: 900, naive: 800, oracle: 1000, 'safe-oracle': 950 };
  run.z = { butler: -40, naive: 10, oracle: 1, 'safe-oracle': 1 };
  return run;
}

describe('welfare statistics with a consumer whose oracle welfare is near 0', () => {
  it('reads the paired difference in money ÷ the mean oracle welfare, so one near-0 consumer weighs what its money weighs', () => {
    const run = marketWithANearZeroConsumer();
    const stats = pairedStatistics([run], [...POLICIES]);
    const units = Object.values(run);
    const meanOracle = units.reduce((s, w) => s + w.oracle!, 0) / units.length;
    const moneyMean = units.reduce((s, w) => s + w.butler! - w.naive!, 0) / units.length;
    const d = stats.paired.find((p) => p.versus === 'naive')!;
    expect(stats.meanOracleWelfare).toBeCloseTo(meanOracle, 5);
    expect(d.money.mean).toBeCloseTo(moneyMean, 5);
    expect(d.difference.mean).toBeCloseTo(moneyMean / meanOracle, 5);
    // The money says better (five consumers +100, one −50); ÷ each consumer's oracle welfare the −50 becomes −50 and hides it.
    expect(verdictOf(d.money)).toBe('better');
    expect(verdictOf(d.difference)).toBe('better');
    expect(verdictOf(d.perConsumerRatio)).toBe('no-difference');
    expect(d.perConsumerRatio.mean!).toBeLessThan(-5);
  });

  it('gives the ratio of totals beside the exploding per-consumer ratio, with an interval that holds it', () => {
    const run = marketWithANearZeroConsumer();
    const stats = pairedStatistics([run], [...POLICIES]);
    const units = Object.values(run);
    const sum = (k: string) => units.reduce((s, w) => s + w[k]!, 0);
    const butler = stats.ratios.butler!;
    expect(butler.oracle.mean!).toBeLessThan(-5);
    expect(butler.ofTotals.oracle.mean).toBeCloseTo(sum('butler') / sum('oracle'), 5);
    expect(butler.ofTotals.safeOracle.mean).toBeCloseTo(sum('butler') / sum('safe-oracle'), 5);
    expect(butler.ofTotals.oracle.low!).toBeLessThan(butler.ofTotals.oracle.mean!);
    expect(butler.ofTotals.oracle.high!).toBeGreaterThan(butler.ofTotals.oracle.mean!);
    expect(butler.ofTotals.oracle.high! - butler.ofTotals.oracle.low!).toBeLessThan(0.5);
    expect(stats.ratios.oracle!.ofTotals.oracle).toEqual({ n: 6, mean: 1, low: 1, high: 1 });
  });

  it('counts the units left out of the per-consumer ratios and keeps them in the totals and the money', () => {
    const run = { ...marketWithANearZeroConsumer(), y: { butler: 30, naive: 20, oracle: 0, 'safe-oracle': -5 } };
    const stats = pairedStatistics([run], [...POLICIES]);
    expect(stats.nonPositiveReference).toEqual({ oracle: 1, safeOracle: 1 });
    expect(stats.units).toBe(6);
    expect(stats.ratios.butler!.oracle.n).toBe(6);
    expect(stats.ratios.butler!.ofTotals.oracle.n).toBe(7);
    expect(stats.paired[0]!.money.n).toBe(7);
    expect(stats.paired[0]!.perConsumerRatio.n).toBe(6);
  });

  it('has the sign of Σ butler − Σ other, in money and ÷ the mean oracle welfare', () => {
    const welfare = fc.integer({ min: -50_000, max: 200_000 });
    const unit = fc.record({ butler: welfare, naive: welfare, oracle: fc.integer({ min: -1_000, max: 200_000 }) });
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 40 }), (units) => {
        const run = Object.fromEntries(units.map((w, i) => [`c${String(i).padStart(3, '0')}`, w]));
        const stats = pairedStatistics([run], ['butler', 'naive', 'oracle']);
        const d = stats.paired[0]!;
        const total = units.reduce((s, w) => s + w.butler - w.naive, 0);
        expect(Math.sign(d.money.mean!)).toBe(Math.sign(total));
        const oracle = units.reduce((s, w) => s + w.oracle, 0);
        // Rounded to 6 decimals, a difference below 5e-7 of the mean oracle welfare reads 0.
        if (oracle > 0 && Math.abs(total / oracle) >= 5e-7) expect(Math.sign(d.difference.mean!)).toBe(Math.sign(total));
        if (oracle <= 0) expect(d.difference.mean).toBeNull();
      }),
      { seed: 35, numRuns: 300 },
    );
  });
});
