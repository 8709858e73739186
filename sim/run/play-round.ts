import { findSameCategory } from '../../protocol/index.ts';
import { drawNeed } from '../consumers/draw-need.ts';
import { remedyCost } from '../consumers/welfare.ts';
import { driftConsumer } from '../consumers/consumer.ts';
import { recordDecision } from '../metrics/record-decision.ts';
import { welfareUnitOf } from '../metrics/paired-statistics.ts';
import { emptyPolicyTally, type ShardTally } from '../metrics/tally.ts';
import { decideBaseline, type BaselinePolicy } from '../policies/baseline-agent.ts';
import type { Decision, DecisionContext } from '../policies/decision.ts';
import { decideOracle } from '../policies/oracle-agent.ts';
import type { PolicyId } from '../policies/policy-ids.ts';
import type { EventRow } from './event-row.ts';
import { policyProfile } from './policy-profile.ts';
import type { ConsumerState, ShardState } from './shard-setup.ts';

async function decideRaw(cs: ConsumerState, policy: PolicyId, ctx: DecisionContext): Promise<Decision> {
  const butler = cs.butlers.get(policy);
  if (butler) return butler.decide(ctx);
  if (policy === 'oracle' || policy === 'safe-oracle') return decideOracle(ctx, policy);
  return decideBaseline(policy as BaselinePolicy, ctx);
}

/** A policy's decision with every refused order's lost time (one remedy each) taken off its welfare. */
async function decide(cs: ConsumerState, policy: PolicyId, ctx: DecisionContext): Promise<Decision> {
  const d = await decideRaw(cs, policy, ctx);
  if (d.refusals === 0) return d;
  return { ...d, welfare: d.welfare - d.refusals * remedyCost(ctx.drawn.persona, ctx.market.scenario.consumers) };
}

function eventRow(state: ShardState, round: number, cs: ConsumerState, category: string, d: Decision, oracleWelfare: number): EventRow {
  return {
    round,
    consumer: cs.consumer.id,
    policy: d.policy,
    category,
    status: d.status,
    brand: d.brandId ?? '',
    strategy: d.brandId ? (state.market.slotOf(d.brandId)?.strategy ?? '') : '',
    product: d.productId ?? '',
    price: d.price,
    charged: d.charged,
    welfare: d.welfare,
    oracleWelfare,
    budgetViolation: d.budgetViolation ? 1 : 0,
    divergent: d.divergent,
    offers: d.offers,
    acceptable: d.acceptable.length,
  };
}

/**
 * Plays one round: every consumer of the shard draws a need, every policy meets it on its own copy of the market,
 * and each decision goes into the round's tallies, the consumer's welfare, its diversity, the policy market's sales
 * and (when kept) the event rows.
 */
export async function playRound(state: ShardState, round: number, tally: ShardTally, events: EventRow[] | undefined): Promise<void> {
  const { market, scenario } = state;
  const now = state.clock.toRound(round);
  for (const pool of state.pools.values()) await pool.prepare(round);
  const focalIds = new Set(market.slots.filter((s) => s.focal).map((s) => market.brandIdAt(s, round)));
  for (const cs of state.consumers) {
    const { consumer } = cs;
    if (round > 0) driftConsumer(consumer, round, scenario.consumers);
    const drawn = drawNeed(market, consumer, round, now);
    const sellers = market.slots.filter((s) => findSameCategory(s.categories, drawn.need.category) !== undefined).map((s) => market.brandIdAt(s, round));
    const arrival = drawn.random.fork('arrival').shuffle(sellers);
    const requestId = `${consumer.id}-r${round}`;
    const decisions: Decision[] = [];
    for (const policy of state.policies) {
      const ctx: DecisionContext = { market, round, now, clock: state.clock.now, consumer, drawn, profile: policyProfile(scenario, policy), brands: state.pools.get(policy)!.connections(), arrival, requestId };
      decisions.push(await decide(cs, policy, ctx));
    }
    const oracleWelfare = decisions.find((d) => d.policy === 'oracle')?.welfare ?? 0;
    const setting = { market, now, arrival, focalIds, deal: drawn.need };
    const welfare = (tally.consumers[welfareUnitOf(consumer, scenario.consumers.household)] ??= {});
    for (const d of decisions) {
      recordDecision((tally.rounds[round]![d.policy] ??= emptyPolicyTally()), d, oracleWelfare, setting);
      welfare[d.policy] = (welfare[d.policy] ?? 0) + d.welfare;
      const slot = d.status === 'purchased' && d.brandId ? market.slotOf(d.brandId) : undefined;
      if (slot) {
        cs.diversity.get(d.policy)!.add(market, slot.slot, d.productId, round >= state.half);
        state.reactions.get(d.policy)?.recordSale(d.brandId!, round);
      }
      events?.push(eventRow(state, round, cs, drawn.need.category, d, oracleWelfare));
    }
  }
}
