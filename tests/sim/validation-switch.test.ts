import { describe, expect, it } from 'vitest';
import { runStudy, stableJson, studyMetrics, type StudyResult } from '../../sim/index.ts';
import { tinyScenario } from './sim-fixtures.ts';

// Every strategy of the reference market (pushy, prompt-injector and on-off included), several policies.
const raw = tinyScenario({
  seed: 5,
  rounds: 4,
  consumers: { count: 3 },
  policies: ['butler', 'butler-no-pressure', 'naive', 'oracle'],
  brands: {
    count: 8,
    dishonestShare: 0.6,
    honestMix: { honest: 2, 'honest-decliner': 1 },
    dishonestMix: { deceptive: 1, 'bait-and-switch': 1, pushy: 1, 'on-off': 1, 'prompt-injector': 1, whitewasher: 1 },
    categoriesPerBrand: 3,
    productsPerCategory: { min: 6, max: 8 },
    whitewashEveryRounds: 2,
  },
});

function run(validate: boolean): Promise<StudyResult> {
  return runStudy({ raw, source: 'validation-switch', overrides: [] }, { mode: 'fast', workers: 1, events: true, validateTrustEvents: validate });
}

describe('the in-process validation switch', () => {
  it('fast mode gives byte-identical metrics and identical decisions with validation on and off', async () => {
    const on = await run(true);
    const off = await run(false);
    expect(stableJson(studyMetrics(off))).toBe(stableJson(studyMetrics(on)));
    expect(off.variants[0]!.events).toEqual(on.variants[0]!.events);
    // The market traded: the comparison covers purchases, not only empty rounds.
    expect(on.variants[0]!.metrics.policies.butler!.purchases).toBeGreaterThan(0);
  }, 120_000);
});
