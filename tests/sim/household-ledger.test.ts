import { describe, expect, it } from 'vitest';
import { runStudy, scenarioFrom, shardConsumers } from '../../sim/index.ts';
import { setUpShard } from '../../sim/run/shard-setup.ts';
import { tinyScenario } from './sim-fixtures.ts';

// Households (`consumers.household`): consecutive consumers whose butlers pool what they learned in one trust ledger
// per butler policy. What one member's butler caught is on the others' record; nothing else is shared.

describe('shards never cut a household', () => {
  it('covers every consumer once, in order, in whole households, for any count, worker count and size', () => {
    for (const count of [1, 2, 5, 7, 12, 13, 100]) {
      for (const parts of [1, 2, 3, 4, 8]) {
        for (const group of [1, 2, 3, 4, 10]) {
          const shards = shardConsumers(count, parts, group);
          expect(shards.flat()).toEqual(Array.from({ length: count }, (_, i) => i));
          expect(shards.length).toBeLessThanOrEqual(parts);
          for (const shard of shards) {
            expect(shard.length).toBeGreaterThan(0);
            // A shard starts at a household's first member, and the next shard at the next household's.
            expect(shard[0]! % group).toBe(0);
          }
          const households = Math.ceil(count / group);
          if (households >= parts) expect(shards.length).toBe(parts);
        }
      }
    }
  });

  it('splits as before when every consumer is their own household', () => {
    expect(shardConsumers(10, 3)).toEqual(shardConsumers(10, 3, 1));
    expect(shardConsumers(10, 3).map((s) => s.length)).toEqual([3, 3, 4]);
  });
});

describe('one ledger per household and butler policy', () => {
  it('members share their remembering butlers’ ledger; other households and the no-ledger butler do not', () => {
    const scenario = scenarioFrom(tinyScenario({ consumers: { count: 5, household: 2 }, policies: ['butler', 'butler-no-pressure', 'butler-no-ledger', 'oracle'] }), [], 'tiny');
    const state = setUpShard({ scenario, consumers: [0, 1, 2, 3, 4], mode: 'fast', validateTrustEvents: true });
    const trust = (consumer: number, policy: 'butler' | 'butler-no-pressure' | 'butler-no-ledger') => state.consumers[consumer]!.butlers.get(policy)!.trust;
    expect(trust(0, 'butler')).toBe(trust(1, 'butler'));
    expect(trust(2, 'butler')).toBe(trust(3, 'butler'));
    expect(trust(1, 'butler')).not.toBe(trust(2, 'butler'));
    expect(trust(4, 'butler')).not.toBe(trust(3, 'butler'));
    // Each policy keeps its own household ledger: an ablation never reads the butler's verdicts.
    expect(trust(0, 'butler-no-pressure')).toBe(trust(1, 'butler-no-pressure'));
    expect(trust(0, 'butler-no-pressure')).not.toBe(trust(0, 'butler'));
    expect(trust(0, 'butler-no-ledger')).not.toBe(trust(1, 'butler-no-ledger'));
    // Memory (purchases, tastes) stays each person's own.
    expect(state.consumers[0]!.butlers.get('butler')!.memory).not.toBe(state.consumers[1]!.butlers.get('butler')!.memory);

    const brandId = state.market.brandIdAt(state.market.slots[0]!, 0);
    const now = state.clock.toRound(0);
    trust(0, 'butler').record([{ kind: 'claim-contradicted', brandId, attribute: 'organic', asserted: 'true', observed: 'false', offerId: `${brandId}-o`, sku: 'x', stake: { amountMinor: 1_000, currency: 'EUR' }, source: 'test' }], now);
    expect(trust(1, 'butler').view(brandId, now)?.claimsFailed).toBe(1);
    expect(trust(2, 'butler').view(brandId, now)).toBeUndefined();
  });

  it('without households every butler keeps its own ledger', () => {
    const scenario = scenarioFrom(tinyScenario({ consumers: { count: 2 }, policies: ['butler', 'oracle'] }), [], 'tiny');
    const state = setUpShard({ scenario, consumers: [0, 1], mode: 'fast', validateTrustEvents: true });
    expect(state.consumers[0]!.butlers.get('butler')!.trust).not.toBe(state.consumers[1]!.butlers.get('butler')!.trust);
  });
});

describe('a simulation with households', () => {
  const raw = tinyScenario({ rounds: 4, consumers: { count: 6, household: 3 }, policies: ['butler', 'butler-no-ledger', 'naive', 'oracle', 'safe-oracle'] });

  it('gives the same bytes for one worker and two, and counts each household as one unit of the statistics', async () => {
    const one = await runStudy({ raw, source: 'tiny', overrides: [] }, { mode: 'fast', workers: 1, events: true });
    const two = await runStudy({ raw, source: 'tiny', overrides: [] }, { mode: 'fast', workers: 2, events: true });
    expect(JSON.stringify(two.variants[0]!.metrics)).toBe(JSON.stringify(one.variants[0]!.metrics));
    expect(JSON.stringify(two.variants[0]!.events)).toBe(JSON.stringify(one.variants[0]!.events));
    const stats = one.variants[0]!.metrics.perConsumer;
    expect(Object.keys(one.variants[0]!.consumerWelfare).sort()).toEqual(['h000000', 'h000001']);
    expect(stats.units).toBeLessThanOrEqual(2);
    expect(stats.method).toContain('households of 3');
  }, 120_000);

  it('rejects a household size that is not a positive whole number', () => {
    for (const household of [0, 1.5, -2]) {
      expect(() => scenarioFrom(tinyScenario({ consumers: { count: 4, household } }), [], 'tiny')).toThrow(/household/);
    }
  });
});
