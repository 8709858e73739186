import type { ScenarioInput } from '../../sim/index.ts';

/** A market small enough for unit tests: a few consumers and rounds, every kind of brand present. */
export function tinyScenario(overrides: Partial<ScenarioInput> = {}): ScenarioInput {
  return {
    name: 'tiny',
    description: 'test market',
    seed: 11,
    rounds: 3,
    consumers: { count: 3 },
    brands: {
      count: 6,
      dishonestShare: 0.5,
      honestMix: { honest: 2, 'honest-decliner': 1 },
      dishonestMix: { deceptive: 1, 'bait-and-switch': 1, whitewasher: 1 },
      categoriesPerBrand: 3,
      productsPerCategory: { min: 6, max: 8 },
      whitewashEveryRounds: 2,
    },
    ...overrides,
  };
}

/**
 * `tinyScenario` with every strategy of the reference market (pushy, prompt-injector and on-off included) and several
 * policies (the oracles ask every brand twice): the market of the tests that compare a fast path with the path it skips.
 */
export function everyStrategyScenario(seed: number): ScenarioInput {
  return tinyScenario({
    seed,
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
}
