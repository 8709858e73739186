import { describe, expect, it } from 'vitest';
import { buildMarket, createConsumer, deliveryWelfare, remediesOf, scenarioFrom, wasDeceived } from '../../sim/index.ts';
import { tinyScenario } from './sim-fixtures.ts';

describe('risk-adjusted welfare', () => {
  const market = buildMarket(scenarioFrom(tinyScenario(), [], 'tiny'));
  const persona = [...createConsumer(market, 0).personas.values()][0]!;
  const population = market.scenario.consumers;
  const base = { product: persona.relevant[0]!, orderedQuantity: 1, deliveredQuantity: 1, charged: 5_000, promisedDeliveryDays: 3, actualDeliveryDays: 3, placedAtMs: Date.UTC(2026, 0, 5) };
  const remedy = Math.round(persona.valueMinor * population.remedyCost);
  const deception = Math.round(persona.valueMinor * population.deceptionCost);

  it('subtracts a remedy and the cost of being deceived when claims failed', () => {
    const honest = deliveryWelfare(persona, population, base);
    const lied = { ...base, claimsFailed: 2 };
    expect(remediesOf(lied)).toBe(1);
    expect(wasDeceived(lied)).toBe(true);
    expect(deliveryWelfare(persona, population, lied)).toBe(honest - remedy - deception);
  });

  it('charges a dispute and deception for a switched receipt, a dispute alone for a short delivery', () => {
    const honest = deliveryWelfare(persona, population, base);
    expect(deliveryWelfare(persona, population, { ...base, switched: true })).toBe(honest - remedy - deception);
    const short = { ...base, orderedQuantity: 2, deliveredQuantity: 1, charged: 10_000 };
    expect(remediesOf(short)).toBe(1);
    expect(wasDeceived(short)).toBe(false);
    expect(deliveryWelfare(persona, population, short)).toBe(deliveryWelfare(persona, population, { ...short, orderedQuantity: 1, charged: 5_000 }) - remedy);
    // Both at once: two remedies, deceived once.
    expect(deliveryWelfare(persona, population, { ...base, claimsFailed: 1, switched: true })).toBe(honest - 2 * remedy - deception);
  });

  it('prices remedies and deception from the scenario knobs (0 = off)', () => {
    const off = buildMarket(scenarioFrom(tinyScenario({ consumers: { count: 3, remedyCost: 0, deceptionCost: 0 } }), [], 'tiny')).scenario.consumers;
    expect(deliveryWelfare(persona, off, { ...base, claimsFailed: 3, switched: true })).toBe(deliveryWelfare(persona, off, base));
    expect(population.remedyCost).toBe(0.05);
    expect(population.deceptionCost).toBe(0.1);
  });
});
