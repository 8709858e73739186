import type { BrandTrustState } from './brand-trust-state.ts';

/**
 * The weight of a brand's failed deliveries and receipts as evidence for its calibrated honesty, in units of its usual
 * stake: each failure counts what it put at stake over what the brand's events usually put at stake in the same
 * currency (`BrandTrustState.stakes`, the forgetting-weighted mean over its staked events: the failures still on record
 * included, the part of them deliveries as described forgave taken out), so a failure at the usual stake counts one
 * check, one at four times the stake of a seller's other sales more, one on a small order less.
 *
 * The model: the estimate is the probability that the money the person puts at stake with this brand buys what was
 * described, so the expected loss of an offer is P(deceive) × the money at risk, and a deception weighs the money it
 * took. A seller honest on small orders and lying on one four times larger has deceived with a large share of what it
 * was trusted with, not with one sale in four. There is no parameter: a failure's weight is bounded by the record
 * itself (the usual stake includes it, so one failure among n staked events counts at most n), a brand whose sales are
 * all alike is read as before (one failure, one check), and a failure at a larger stake never leaves the total lower:
 * the total is W × F / (N + F), W the staked events' weight, F the failures' stake kept and N the other events', which
 * grows with F (and W with the failures' weight kept), and a larger
 * failure is forgiven no faster (tests/trust/failure-stake-monotone.test.ts). Failures that named no stake, or staked
 * in a currency with no usual stake, count whole; amounts in two currencies are never compared.
 */
export function failedDeliveriesAtStake(state: Pick<BrandTrustState, 'claims' | 'stakes'>): number {
  let total = 0;
  for (const f of state.claims.failedDeliveries) {
    const usual = f.currency === undefined ? undefined : state.stakes.find((c) => c.currency === f.currency);
    total += usual !== undefined && usual.weight > 0 && usual.stake > 0 && f.stake > 0 ? (f.stake * usual.weight) / usual.stake : f.weight;
  }
  return total;
}
