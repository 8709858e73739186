import { describe, expect, it } from 'vitest';
import type { TrustScore } from '../../agent/trust/index.ts';
import { DemotionTracker, buildMarket, scenarioFrom, trustTallyOf, type ScoredBrand } from '../../sim/index.ts';
import { tinyScenario } from './sim-fixtures.ts';

function score(honesty: number, disbelief: number, pressure: number): TrustScore {
  return { trust: honesty, honesty: { score: honesty, disbelief }, pressure: { score: pressure } } as unknown as TrustScore;
}

describe('trust tally', () => {
  const market = buildMarket(scenarioFrom(tinyScenario(), [], 'tiny'));
  const honest = market.slots.find((s) => s.strategy === 'honest')!;
  const deceptive = market.slots.find((s) => s.strategy === 'deceptive')!;

  it('counts honest brands below the floor and flagged as pushy, without changing its input', () => {
    const ledgers: ScoredBrand[][] = [
      [
        { slot: honest, score: score(0.1, 0.5, 0.9) },
        { slot: deceptive, score: score(0.1, 0.5, 0.9) },
      ],
      [{ slot: honest, score: score(0.9, 0, 0.2) }],
    ];
    const before = JSON.stringify(ledgers);
    const t = trustTallyOf(ledgers, true);
    expect(JSON.stringify(ledgers)).toBe(before);
    expect(t.honest).toEqual({ pairs: 2, belowFloor: 1, nonPushyPairs: 2, pressureFlagged: 1 });
    expect(t.dishonest).toEqual({ tp: 1, fp: 1, fn: 0, tn: 1 });
    expect(t.brands[honest.baseId]!.n).toBe(2);
    // Same input, same tally (pure).
    expect(trustTallyOf(ledgers, true)).toEqual(t);
  });

  it('times demotions per typed defector identity, from its own start', () => {
    const tracker = new DemotionTracker();
    tracker.observe({ kind: 'on-off', slot: 3, since: 8 }, false, 8);
    tracker.observe({ kind: 'on-off', slot: 3, since: 8 }, true, 11);
    tracker.observe({ kind: 'on-off', slot: 3, since: 8 }, true, 12);
    tracker.observe({ kind: 'whitewash', slot: 5, epoch: 1, since: 6 }, true, 7);
    tracker.observe({ kind: 'whitewash', slot: 5, epoch: 2, since: 12 }, false, 12);
    const onOff = { histogram: {}, never: 0 };
    const whitewash = { histogram: {}, never: 0 };
    tracker.addTo(onOff, whitewash);
    expect(onOff).toEqual({ histogram: { '3': 1 }, never: 0 });
    expect(whitewash).toEqual({ histogram: { '1': 1 }, never: 1 });
  });
});
