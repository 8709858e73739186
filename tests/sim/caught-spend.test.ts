import { describe, expect, it } from 'vitest';
import { findSameCategory } from '../../protocol/index.ts';
import { drawNeed } from '../../sim/consumers/draw-need.ts';
import { recordDecision } from '../../sim/metrics/record-decision.ts';
import { emptyPolicyTally } from '../../sim/metrics/tally.ts';
import type { Decision } from '../../sim/policies/decision.ts';
import type { PolicyId } from '../../sim/policies/policy-ids.ts';
import { policyProfile } from '../../sim/run/policy-profile.ts';
import { setUpShard } from '../../sim/run/shard-setup.ts';
import { scenarioFrom } from '../../sim/index.ts';
import { tinyScenario } from './sim-fixtures.ts';

// "Money to brands it had caught": of the money a butler pays to dishonest brands, the part paid to a brand its own
// ledger already held a failed check against. A first meeting is the price no private ledger can avoid; this is not.

describe('money paid to a brand the butler had already caught', () => {
  it('is flagged on a purchase from a seller with a failed check on this butler’s record, never without a ledger', async () => {
    const scenario = scenarioFrom(tinyScenario({ rounds: 4, consumers: { count: 3 }, policies: ['butler', 'butler-no-ledger'] }), [], 'tiny');
    const state = setUpShard({ scenario, consumers: [0, 1, 2], mode: 'fast', validateTrustEvents: true });
    const { market } = state;
    const flags: Partial<Record<PolicyId, Array<boolean | undefined>>> = {};
    for (let round = 0; round < 4; round++) {
      const now = state.clock.toRound(round);
      for (const pool of state.pools.values()) await pool.prepare(round);
      for (const cs of state.consumers) {
        const drawn = drawNeed(market, cs.consumer, round, now);
        const sellers = market.slots.filter((s) => findSameCategory(s.categories, drawn.need.category) !== undefined).map((s) => market.brandIdAt(s, round));
        for (const policy of state.policies) {
          const agent = cs.butlers.get(policy)!;
          // Every seller of this need has been caught once (its calibrated honesty 0.53, still above the floor).
          agent.trust.record(
            sellers.map((brandId) => ({ kind: 'claim-contradicted' as const, brandId, attribute: 'organic', asserted: 'true', observed: 'false', offerId: `${brandId}-old`, sku: 'old', stake: { amountMinor: 1_000, currency: 'EUR' }, source: 'test' })),
            now,
          );
          const d = await agent.decide({ market, round, now, clock: state.clock.now, consumer: cs.consumer, drawn, profile: policyProfile(scenario, policy), brands: state.pools.get(policy)!.connections(), arrival: sellers, requestId: `${cs.consumer.id}-r${round}` });
          if (d.status === 'purchased') (flags[policy] ??= []).push(d.sellerCaught);
        }
      }
    }
    expect(flags.butler?.length ?? 0).toBeGreaterThan(0);
    expect(flags.butler!.every((f) => f === true)).toBe(true);
    expect((flags['butler-no-ledger'] ?? []).every((f) => f === undefined)).toBe(true);
  }, 60_000);

  it('a caught seller’s money goes to the caught column, a first meeting’s does not', () => {
    const market = { slotOf: () => undefined } as never;
    const base: Decision = { policy: 'butler', status: 'purchased', offers: 3, acceptable: ['a'], preference: ['a'], brandId: 'a', price: 1_000, charged: 1_000, welfare: 100, budgetViolation: false, divergent: 'none', claimsFailed: 0, late: false, refusals: 0 };
    const tally = emptyPolicyTally();
    const setting = { market, now: new Date(0), arrival: ['a'], focalIds: new Set<string>(), deal: { category: 'coffee', quantity: 1 } };
    recordDecision(tally, { ...base, sellerCaught: false }, 0, setting);
    recordDecision(tally, { ...base, charged: 700, sellerCaught: true }, 0, setting);
    recordDecision(tally, base, 0, setting);
    expect(tally.spend).toBe(2_700);
    expect(tally.caughtSpend).toBe(700);
  });
});
