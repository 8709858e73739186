import { describe, expect, it } from 'vitest';
import { loadDemoMarket, productIdOfSku } from '../../brand-agent/reference/index.ts';
import { buildMarket, createConsumer, drawNeed, loadScenario, runShard, scenarioFrom, SimError } from '../../sim/index.ts';
import { isBuiltinCategory } from '../../protocol/index.ts';
import { tinyScenario } from './sim-fixtures.ts';

const NOW = new Date('2026-01-05T09:00:00.000Z');

describe('scenarios that draw needs from the open market', () => {
  it('accepts "all", a list or weights, and keeps the three built-in categories by default', () => {
    expect(scenarioFrom(tinyScenario()).consumers.categories).toEqual({ 'running-shoes': 1, headphones: 1, coffee: 1 });
    expect(buildMarket(scenarioFrom(tinyScenario())).categories).toEqual(['coffee', 'headphones', 'running-shoes']);
    const listed = buildMarket(scenarioFrom(tinyScenario({ consumers: { count: 3, categories: ['1026', '619', 'coffee'] } })));
    expect(listed.categories).toEqual(['1026', '619', 'coffee']);
    expect([...listed.categoryWeights.values()]).toEqual([1, 1, 1]);
    const all = buildMarket(scenarioFrom(tinyScenario({ consumers: { count: 3, categories: 'all' }, brands: { ...tinyScenario().brands, count: 40, categoriesPerBrand: 4 } })));
    expect(all.categories.length).toBe(loadDemoMarket().categories.length);
    for (const category of all.categories) {
      expect(all.productsByCategory.get(category)!.length, category).toBeGreaterThan(0);
      expect(all.slots.some((s) => s.categories.includes(category)), category).toBe(true);
      if (!isBuiltinCategory(category)) expect(all.tastesOf(category)?.hard.length, category).toBeGreaterThan(0);
    }
  });

  it('refuses a category the demo market does not sell, naming it', () => {
    const scenario = scenarioFrom(tinyScenario({ consumers: { count: 3, categories: ['1026', '99999'] } }));
    expect(() => buildMarket(scenario)).toThrow(SimError);
    expect(() => buildMarket(scenario)).toThrow(/"99999" is not sold in the demo market/);
  });

  it('draws varied needs whose constraints and preferences use each category’s own attributes, deterministically', () => {
    const { scenario } = loadScenario('06-open-market');
    const market = buildMarket(scenario);
    const demo = loadDemoMarket();
    const drawn = new Set<string>();
    const needs: string[] = [];
    for (let i = 0; i < 60; i++) {
      const consumer = createConsumer(market, i);
      for (let round = 0; round < 3; round++) {
        const { need } = drawNeed(market, consumer, round, NOW);
        drawn.add(need.category);
        needs.push(JSON.stringify(need));
        const schema = demo.attributeSchemaOf(need.category);
        if (!schema) continue;
        for (const c of need.hardConstraints) expect(schema.some((a) => a.name === c.attribute), `${need.category} ${c.attribute}`).toBe(true);
        for (const p of need.softPreferences) expect(schema.some((a) => a.name === p.attribute), `${need.category} ${p.attribute}`).toBe(true);
        expect(need.budget!.amountMinor).toBeGreaterThan(0);
      }
    }
    expect(drawn.size).toBeGreaterThanOrEqual(25);
    const again = buildMarket(scenario);
    const replay = Array.from({ length: 60 }, (_, i) => createConsumer(again, i)).flatMap((c) => [0, 1, 2].map((r) => JSON.stringify(drawNeed(again, c, r, NOW).need)));
    expect(replay).toEqual(needs);
  });

  it('plays rounds of the open-market scenario end to end: purchases in open categories, settled against the truth', async () => {
    const scenario = scenarioFrom(loadScenario('06-open-market').raw, [
      { path: 'rounds', value: 2 },
      { path: 'consumers.count', value: 8 },
      { path: 'policies', value: ['butler', 'naive'] },
    ]);
    const result = await runShard({ scenario, consumers: [0, 1, 2, 3, 4, 5, 6, 7], mode: 'fast', events: true, validateTrustEvents: true, onRound: () => undefined });
    const bought = result.events.filter((e) => e.status === 'purchased');
    const truth = loadDemoMarket().truth;
    expect(result.events.length).toBe(2 * 8 * 2);
    expect(bought.length).toBeGreaterThan(0);
    expect(result.events.filter((e) => !isBuiltinCategory(e.category)).length).toBeGreaterThan(0);
    for (const e of bought) expect(truth.product(productIdOfSku(e.product))?.category, e.product).toBe(e.category);
  });
});
