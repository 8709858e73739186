import { describe, expect, it } from 'vitest';
import {
  SimError,
  applyScenarioParams,
  buildMarket,
  builtinScenarioNames,
  loadScenario,
  parseAssignment,
  parseScenario,
  scenarioFrom,
  sweepGrid,
  variantsOf,
} from '../../sim/index.ts';
import { tinyScenario } from './sim-fixtures.ts';

describe('scenario files', () => {
  it('rejects bad values with the failing path', () => {
    const result = parseScenario({ ...tinyScenario(), brands: { count: 4, dishonestShare: 1.5 } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.some((i) => i.startsWith('brands.dishonestShare:'))).toBe(true);
  });

  it('rejects unknown fields and unknown strategies by path', () => {
    const unknownField = parseScenario({ ...tinyScenario(), brands: { count: 4, dishonestSahre: 0.5 } });
    expect(unknownField.ok).toBe(false);
    if (!unknownField.ok) expect(unknownField.issues.join('\n')).toMatch(/brands/);
    const badStrategy = parseScenario({ ...tinyScenario(), brands: { count: 4, honestMix: { saintly: 1 } } });
    expect(badStrategy.ok).toBe(false);
    if (!badStrategy.ok) expect(badStrategy.issues.join('\n')).toMatch(/^brands\.honestMix/m);
  });

  it('throws INVALID_SCENARIO listing issues when a strategy parameter is invalid', () => {
    const scenario = scenarioFrom(tinyScenario({ brands: { count: 2, dishonestShare: 1, dishonestMix: { deceptive: 1 }, params: { deceptive: { numericPuffery: 7 } } } }));
    expect(() => buildMarket(scenario)).toThrowError(SimError);
    expect(() => buildMarket(scenario)).toThrowError(/brands\.params\.deceptive: numericPuffery/);
  });

  it('sets dotted paths, creating objects but never inventing array items', () => {
    const raw = tinyScenario();
    const set = applyScenarioParams(raw, [parseAssignment('brands.dishonestShare=0.25'), parseAssignment('brands.params.pushy.validForMinutes=5'), parseAssignment('name=renamed')]);
    const scenario = scenarioFrom(set);
    expect(scenario.brands.dishonestShare).toBe(0.25);
    expect(scenario.brands.params.pushy).toEqual({ validForMinutes: 5 });
    expect(scenario.name).toBe('renamed');
    expect(raw.name).toBe('tiny');
    expect(() => applyScenarioParams({ ...raw, brands: { ...raw.brands, extra: [] } }, [parseAssignment('brands.extra.3.strategy=honest')])).toThrowError(/not an index/);
    expect(() => parseAssignment('no-equals-sign')).toThrowError(SimError);
  });

  it('expands sweep axes into the cartesian product, first axis slowest', () => {
    const { variants, paths } = sweepGrid(['brands.dishonestShare=0,0.5', 'consumers.statedShare=1,0.5']);
    expect(paths).toEqual(['brands.dishonestShare', 'consumers.statedShare']);
    expect(variants.map((v) => v.set.map((a) => a.value))).toEqual([
      [0, 1],
      [0, 0.5],
      [0.5, 1],
      [0.5, 0.5],
    ]);
    expect(variants[1]!.name).toBe('dishonestShare=0 statedShare=0.5');
  });

  it('every built-in experiment validates, builds its market in each variant and names its arms', () => {
    for (const name of builtinScenarioNames()) {
      const { scenario, raw } = loadScenario(name);
      for (const variant of variantsOf(scenario)) {
        const market = buildMarket(scenarioFrom(applyScenarioParams(raw, variant.set)));
        expect(market.slots.length).toBe(scenario.brands.count + scenario.brands.extra.length);
        for (const category of market.categories) expect(market.slots.some((s) => s.categories.includes(category))).toBe(true);
      }
    }
  });
});
