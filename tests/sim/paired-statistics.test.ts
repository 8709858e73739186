import { describe, expect, it } from 'vitest';
import { meanInterval, pairedStatistics, tQuantile975, verdictOf, verdictSentence } from '../../sim/index.ts';

describe('paired statistics', () => {
  it('computes a 95 % t-interval on a known small input', () => {
    // mean 3, s = √2.5, se = s/√5 = 0.707107, t(4) = 2.776 → half-width 1.962928
    const m = meanInterval([1, 2, 3, 4, 5]);
    expect(m).toEqual({ n: 5, mean: 3, low: 1.037072, high: 4.962928 });
    expect(meanInterval([7])).toEqual({ n: 1, mean: 7, low: null, high: null });
    expect(meanInterval([])).toEqual({ n: 0, mean: null, low: null, high: null });
  });

  it('uses exact t quantiles for small samples and converges to the normal one', () => {
    expect(tQuantile975(1)).toBe(12.706);
    expect(tQuantile975(30)).toBe(2.042);
    expect(tQuantile975(40)).toBeCloseTo(2.021, 3);
    expect(tQuantile975(120)).toBeCloseTo(1.98, 2);
    expect(tQuantile975(1e6)).toBeCloseTo(1.96, 3);
  });

  it('pairs per consumer: ratios ÷ oracle per consumer (not pooled) and butler − other differences', () => {
    // Consumer a is rich (oracle 1000), b and c poor (oracle 100): pooling would let a dominate.
    const run = {
      a: { butler: 900, naive: 1000, oracle: 1000, 'safe-oracle': 900 },
      b: { butler: 90, naive: 50, oracle: 100, 'safe-oracle': 90 },
      c: { butler: 80, naive: 40, oracle: 100, 'safe-oracle': 100 },
      d: { butler: 10, naive: 20, oracle: 0, 'safe-oracle': 0 },
    };
    const stats = pairedStatistics([run], ['butler', 'naive', 'oracle', 'safe-oracle']);
    expect(stats.units).toBe(3);
    expect(stats.ratios.butler!.oracle.mean).toBe(0.866667);
    expect(stats.ratios.naive!.oracle.mean).toBe(0.633333);
    expect(stats.ratios.butler!.safeOracle.mean).toBe(0.933333);
    const diff = stats.paired.find((d) => d.versus === 'naive')!.perConsumerRatio;
    // Per consumer: −0.1, +0.4, +0.4 → mean 0.233333; s = 0.288675; t(2) = 4.303.
    expect(diff.n).toBe(3);
    expect(diff.mean).toBe(0.233333);
    expect(diff.low).toBeCloseTo(0.233333 - (4.303 * 0.288675) / Math.sqrt(3), 5);
    expect(verdictOf(diff)).toBe('no-difference');
    // Seeds pool: the same consumers in a second seed double the units and narrow the interval.
    const two = pairedStatistics([run, run], ['butler', 'naive', 'oracle', 'safe-oracle']);
    expect(two.units).toBe(6);
    const diff2 = two.paired[0]!.perConsumerRatio;
    expect(diff2.high! - diff2.low!).toBeLessThan(diff.high! - diff.low!);
  });

  it('says plainly which side a difference falls on', () => {
    const better = { policy: 'butler' as const, versus: 'naive' as const, difference: { n: 30, mean: 0.041, low: 0.02, high: 0.06 } };
    expect(verdictSentence(better)).toBe('The butler left its people better off than naive shopping: +0.041 of the mean oracle welfare per consumer, in money (95 % CI +0.020 to +0.060, 30 consumers).');
    const worse = { ...better, versus: 'butler-no-ledger' as const, difference: { n: 30, mean: -0.106, low: -0.184, high: -0.028 } };
    expect(verdictSentence(worse)).toContain('WORSE off than its own no-ledger ablation: −0.106');
    expect(verdictSentence({ ...better, difference: { n: 30, mean: 0.01, low: -0.02, high: 0.04 } })).toContain('could not be told apart from naive shopping');
  });

  it('reads the money interval when the mean oracle welfare is 0 or less (the difference cannot be scaled by it)', () => {
    // Oracle welfare −10, 0 and +4: mean −2; the butler beats naive by 30, 40 and 50 minor units.
    const run = { a: { butler: 10, naive: -20, oracle: -10, 'safe-oracle': -10 }, b: { butler: 0, naive: -40, oracle: 0, 'safe-oracle': 0 }, c: { butler: 4, naive: -46, oracle: 4, 'safe-oracle': 4 } };
    const stats = pairedStatistics([run], ['butler', 'naive', 'oracle', 'safe-oracle']);
    const versusNaive = stats.paired.find((d) => d.versus === 'naive')!;
    expect(verdictOf(versusNaive.difference)).toBe('unknown');
    expect(verdictOf(versusNaive.money)).toBe('better');
    const sentence = verdictSentence(versusNaive);
    expect(sentence).toContain('better off than naive shopping: +40.000 per consumer in minor units of money');
    expect(sentence).toContain('3 consumers');
  });
});
