import type { BrandTrustState } from './brand-trust-state.ts';

/**
 * The weight of a brand's failed deliveries and receipts as evidence for its calibrated honesty, in units of its usual
 * stake: each failure counts what it put at stake over what the brand's orders usually put at stake in the same
 * currency (`BrandTrustState.stakes`, the forgetting-weighted mean over its orders: the failures still on record
 * included, the part of them deliveries as described forgave taken out; never statements caught before purchase, whose
 * stake is the price of an offer the brand wrote), so a failure at the usual stake counts one check, one at four times
 * the stake of a seller's other sales more, and one on a small order still one: max(1, stake ÷ usual), in the fold's
 * units (forgetting-weighted checks). A seller honest on large orders must not make its lies cheap by telling them on
 * small ones. The floor is taken per currency on the failures' sums (the state keeps sums, not each failure): their
 * weight at the least, so the failures in a currency never count less than one check each all told.
 *
 * The model: the estimate is the probability that the money the person puts at stake with this brand buys what was
 * described, so the expected loss of an offer is P(deceive) × the money at risk, and a deception weighs the money it
 * took. A seller honest on small orders and lying on one four times larger has deceived with a large share of what it
 * was trusted with, not with one sale in four. There is no parameter: a failure's weight is bounded by the record
 * itself (the usual stake includes it, so one failure among n orders counts at most n), a brand whose sales are
 * all alike is read as before (one failure, one check), and a failure at a larger stake never leaves the total lower:
 * the total is max(w, W × F / (N + F)), w the failures' weight kept, W the orders' weight, F the failures' stake kept
 * and N the other orders', which grows with F (and W and w with the failures' weight kept), and a larger
 * failure is forgiven no faster (tests/trust/failure-stake-monotone.test.ts). Failures that named no stake, or staked
 * in a currency with no usual stake, count whole; amounts in two currencies are never compared.
 */
export function failedDeliveriesAtStake(state: Pick<BrandTrustState, 'claims' | 'stakes'>): number {
  let total = 0;
  for (const f of state.claims.failedDeliveries) {
    const usual = f.currency === undefined ? undefined : state.stakes.find((c) => c.currency === f.currency);
    total += usual !== undefined && usual.weight > 0 && usual.stake > 0 && f.stake > 0 ? Math.max(f.weight, (f.stake * usual.weight) / usual.stake) : f.weight;
  }
  return total;
}
