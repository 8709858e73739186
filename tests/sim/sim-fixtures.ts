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
