import { SimTrust } from '../agents/sim-trust.ts';
import { flaggedDishonest, trustTallyOf, type ScoredBrand } from '../metrics/trust-tally-of.ts';
import type { ShardTally } from '../metrics/tally.ts';
import type { PolicyId } from '../policies/policy-ids.ts';
import type { ConsumerState, ShardState } from './shard-setup.ts';

/** The brands one consumer's butler knows at the end of a round, with their trust scores, in slot order. */
function scoredBrands(state: ShardState, cs: ConsumerState, policy: PolicyId, round: number, atMs: number): ScoredBrand[] {
  const trust = cs.butlers.get(policy)?.trust;
  if (!(trust instanceof SimTrust)) return [];
  const out: ScoredBrand[] = [];
  for (const slot of state.market.slots) {
    const score = trust.score(state.market.brandIdAt(slot, round), atMs);
    if (score) out.push({ slot, score });
  }
  return out;
}

/** Lets a consumer's butler watch the defectors it knows: on-off brands once they cheated, each whitewasher identity. */
function watchDefectors(state: ShardState, cs: ConsumerState, policy: PolicyId, known: readonly ScoredBrand[], round: number): void {
  const tracker = cs.demotions.get(policy)!;
  for (const { slot, score } of known) {
    const flagged = flaggedDishonest(score);
    if (slot.strategy === 'on-off') {
      const first = state.defectors.firstCheat.get(slot.slot);
      if (first !== undefined && round >= first) tracker.observe({ kind: 'on-off', slot: slot.slot, since: first }, flagged, round);
    } else if (slot.strategy === 'whitewasher') {
      const epoch = state.market.epochAt(slot, round);
      tracker.observe({ kind: 'whitewash', slot: slot.slot, epoch, since: epoch * state.scenario.brands.whitewashEveryRounds }, flagged, round);
    }
  }
}

/**
 * Closes a round: tallies what each ledger-keeping butler policy's ledgers say, lets the butlers watch the defectors,
 * and lets each policy's market react to the round's sales (starved brands exit).
 */
export async function closeRound(state: ShardState, round: number, tally: ShardTally): Promise<void> {
  const atMs = state.clock.now().getTime();
  for (const policy of state.ledgerPolicies) {
    const ledgers = state.consumers.map((cs) => scoredBrands(state, cs, policy, round, atMs));
    tally.trust[round]![policy] = trustTallyOf(ledgers, policy === state.trajectoryPolicy);
    state.consumers.forEach((cs, i) => watchDefectors(state, cs, policy, ledgers[i]!, round));
  }
  if (state.reactions.size === 0) return;
  const active = (tally.activeBrands[round] ??= {});
  for (const [policy, reaction] of state.reactions) {
    reaction.endRound(round);
    for (const slot of state.market.slots) if (!reaction.isTrading(slot)) await state.pools.get(policy)!.remove(slot);
    active[policy] = reaction.tradingByStrategy();
  }
}
