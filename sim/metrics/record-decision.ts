import type { Market } from '../market/build-market.ts';
import { isDeceiving, isDefecting, type Deal } from '../market/defection.ts';
import { DISHONEST_STRATEGIES } from '../market/strategy-classes.ts';
import type { Decision } from '../policies/decision.ts';
import type { PolicyTally } from './tally.ts';

/** Where a decision happened: the market, the time, the arrival order, the focal brands' ids this round and the deal. */
export interface DecisionSetting {
  readonly market: Market;
  readonly now: Date;
  readonly arrival: readonly string[];
  readonly focalIds: ReadonlySet<string>;
  /** The need's category and quantity: what a purchase on it was (`isDeceiving`). */
  readonly deal: Deal;
}

/** Adds one decision (and the oracle's welfare on the same need) to a policy's tally for the round. */
export function recordDecision(tally: PolicyTally, d: Decision, oracleWelfare: number, setting: DecisionSetting): void {
  tally.decisions += 1;
  tally.oracleWelfare += oracleWelfare;
  tally.welfare += d.welfare;
  tally.refusedSwitches += d.refusals;
  if (d.divergent !== 'none') tally.divergentShown += 1;
  if (d.divergent === 'taken') tally.divergentTaken += 1;
  const focalRank = d.preference.findIndex((id) => setting.focalIds.has(id));
  if (focalRank >= 0) {
    tally.focalAcceptable += 1;
    tally.focalRankSum += focalRank + 1;
  }
  if (d.status !== 'purchased' || d.brandId === undefined) return;
  tally.purchases += 1;
  tally.spend += d.charged;
  if (d.budgetViolation) tally.budgetViolations += 1;
  tally.claimsFailed += d.claimsFailed;
  if (d.late) tally.late += 1;
  const slot = setting.market.slotOf(d.brandId);
  const strategy = slot?.strategy ?? 'unknown';
  tally.spendByStrategy[strategy] = (tally.spendByStrategy[strategy] ?? 0) + d.charged;
  tally.purchasesByStrategy[strategy] = (tally.purchasesByStrategy[strategy] ?? 0) + 1;
  if (slot && DISHONEST_STRATEGIES.has(slot.strategy)) tally.dishonestSpend += d.charged;
  if (slot && isDeceiving(slot, setting.now, setting.deal)) tally.deceivingSpend += d.charged;
  if (d.sellerCaught === true) tally.caughtSpend += d.charged;
  if (slot && isDefecting(slot, setting.now)) {
    tally.defectorSpend += d.charged;
    tally.defectorWelfare += d.welfare;
  }
  if (setting.focalIds.has(d.brandId)) {
    tally.focalPurchases += 1;
    tally.focalSpend += d.charged;
  }
  const k = d.acceptable.length;
  if (k >= 2) {
    tally.orderBiasEligible += 1;
    tally.chanceMicro += Math.round(1_000_000 / k);
    const firstArrived = setting.arrival.find((id) => d.acceptable.includes(id));
    if (firstArrived === d.brandId) tally.firstArrivalChosen += 1;
    if (d.acceptable[0] === d.brandId) tally.idFirstChosen += 1;
  }
}
