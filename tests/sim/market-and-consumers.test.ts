import { describe, expect, it } from 'vitest';
import { productIdOfSku } from '../../brand-agent/reference/index.ts';
import { satisfiesConstraint } from '../../protocol/index.ts';
import { buildMarket, createConsumer, deliveryWelfare, drawNeed, scenarioFrom, trueUtility } from '../../sim/index.ts';
import { tinyScenario } from './sim-fixtures.ts';

const DAY_MS = 86_400_000;

describe('seeded market', () => {
  it('is the same for the same seed and different for another', () => {
    const a = buildMarket(scenarioFrom(tinyScenario()));
    const b = buildMarket(scenarioFrom(tinyScenario()));
    const c = buildMarket(scenarioFrom(tinyScenario({ seed: 12 })));
    const shape = (m: typeof a) => m.slots.map((s) => [s.baseId, s.strategy, s.catalog.map((e) => `${e.product.sku}@${e.price.amountMinor}`)]);
    expect(shape(a)).toEqual(shape(b));
    expect(shape(a)).not.toEqual(shape(c));
  });

  it('allocates round(count × dishonestShare) dishonest brands from the mix', () => {
    const market = buildMarket(scenarioFrom(tinyScenario({ brands: { count: 8, dishonestShare: 0.25, honestMix: { honest: 1 }, dishonestMix: { deceptive: 1, pushy: 1 } } })));
    const strategies = market.slots.map((s) => s.strategy).sort();
    expect(strategies).toEqual(['deceptive', 'honest', 'honest', 'honest', 'honest', 'honest', 'honest', 'pushy']);
  });

  it('gives a whitewasher a fresh identity every few rounds and still knows its ground truth', () => {
    const market = buildMarket(scenarioFrom(tinyScenario()));
    const slot = market.slots.find((s) => s.strategy === 'whitewasher')!;
    const ids = [0, 1, 2].map((r) => market.brandIdAt(slot, r));
    expect(ids[0]).toBe(slot.baseId);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[0]);
    expect(market.slotOf(ids[2]!)).toBe(slot);
    const product = productIdOfSku(slot.catalog[0]!.product.sku);
    expect(market.truth.fulfilment(ids[2]!, product)).toEqual(market.truth.fulfilment(slot.baseId, product));
    const honest = market.slots.find((s) => s.strategy === 'honest')!;
    expect(market.brandIdAt(honest, 2)).toBe(honest.baseId);
  });
});

describe('simulated consumers', () => {
  const market = buildMarket(scenarioFrom(tinyScenario({ consumers: { count: 5, deadlines: { share: 0.5 } } })));

  it('draw the same need for (seed, consumer, round) whatever else was drawn before', () => {
    const now = new Date('2026-02-01T09:00:00.000Z');
    const fresh = drawNeed(market, createConsumer(market, 3), 2, now).need;
    const busy = createConsumer(market, 3);
    drawNeed(market, busy, 0, now);
    drawNeed(market, busy, 1, now);
    expect(drawNeed(market, busy, 2, now).need).toEqual(fresh);
    expect(drawNeed(market, createConsumer(market, 4), 2, now).need).not.toEqual(fresh);
  });

  it('state no budget in a share noBudgetShare of needs, the rest of each need drawn as without it', () => {
    const now = new Date('2026-02-01T09:00:00.000Z');
    const some = buildMarket(scenarioFrom(tinyScenario({ consumers: { count: 5, deadlines: { share: 0.5 }, noBudgetShare: 0.5 } })));
    const needs = [0, 1, 2, 3, 4].flatMap((i) => [0, 1, 2, 3].map((round) => ({ i, round, need: drawNeed(some, createConsumer(some, i), round, now).need })));
    const stated = needs.filter((n) => n.need.budget !== undefined).length;
    expect(stated).toBeGreaterThan(0);
    expect(stated).toBeLessThan(needs.length);
    for (const { i, round, need } of needs) {
      const { budget, ...rest } = drawNeed(market, createConsumer(market, i), round, now).need;
      expect(budget).toBeDefined();
      expect(need).toEqual(need.budget === undefined ? rest : { ...rest, budget });
    }
  });

  it('hold hard constraints that some product of the category meets, and a budget', () => {
    for (let i = 0; i < 5; i++) {
      const consumer = createConsumer(market, i);
      for (const persona of consumer.personas.values()) {
        expect(persona.relevant.length).toBeGreaterThan(0);
        for (const p of persona.relevant) for (const c of persona.hard) expect(satisfiesConstraint(p.attributes[c.attribute], c)).toBe(true);
        expect(persona.budgetMinor).toBeGreaterThan(0);
        expect(persona.valueMinor).toBeGreaterThan(persona.budgetMinor);
      }
    }
  });

  it('value a product that truly misses a hard constraint far less, and pay for lateness', () => {
    const consumer = createConsumer(market, 0);
    const persona = [...consumer.personas.values()].find((p) => p.hard.length > 0)!;
    const population = market.scenario.consumers;
    const fits = persona.relevant[0]!;
    const misses = (market.productsByCategory.get(persona.category) ?? []).find((p) => !persona.hard.every((c) => satisfiesConstraint(p.attributes[c.attribute], c)));
    if (misses) expect(trueUtility(persona, misses, population)).toBeLessThanOrEqual(population.hardMissUtility);
    const base = { product: fits, orderedQuantity: 1, deliveredQuantity: 1, charged: 10_000, promisedDeliveryDays: 3, actualDeliveryDays: 3, placedAtMs: Date.UTC(2026, 0, 5) };
    const onTime = deliveryWelfare(persona, population, base);
    const late = deliveryWelfare(persona, population, { ...base, actualDeliveryDays: 8 });
    expect(onTime - late).toBe(Math.round(persona.valueMinor * trueUtility(persona, fits, population)) - Math.round(persona.valueMinor * trueUtility(persona, fits, population) - persona.valueMinor * population.lateCostPerDay * 5));
    // Nothing arrived: nothing gained, nothing paid, but a dispute to get the money back.
    expect(deliveryWelfare(persona, population, { ...base, deliveredQuantity: 0 })).toBe(-Math.round(persona.valueMinor * population.remedyCost));
    const deadline = new Date(base.placedAtMs + 2 * DAY_MS).toISOString();
    expect(deliveryWelfare(persona, population, { ...base, deadline })).toBeLessThan(onTime);
  });
});
