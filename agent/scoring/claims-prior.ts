import { toMajorUnits, type Money } from '../../protocol/index.ts';
import { HONESTY_WEIGHTS } from './honesty-weights.ts';
import type { BrandTrustView } from './offer-evidence.ts';
import { clamp01 } from './probability.ts';

/**
 * Where belief in a brand's claims starts for one offer (the prior `scoreHonesty` moves by the offer's findings).
 *
 * The rule: belief in what a brand CLAIMS is earned only by claims of its that were CHECKED, at the stake in question.
 * A record of anything else (offer fits, pressure tactics, clean interactions, honest declines, answers) says how the
 * brand deals, not whether what it says holds: a brand with such a record and no checked claim is a stranger to its
 * claims and starts where a stranger does, the newcomer prior capped by what the strangers the butler met turned out
 * to be (`strangerHonesty`, from `strangerHonestyOf`). Its own calibrated estimate (`estimatedHonesty`) counts as far
 * as its checks vouch for this offer, by the credibility factor Z = n / (n + `marketEstablishedAt`) of actuarial
 * credibility (as `establishedShare`): prior = stranger + Z × (own − stranger) when its own is the higher, its own
 * otherwise (evidence against a brand is never diluted by the strangers). n counts the brand's orders (each one check
 * of what it claimed: delivered as described or not, a receipt against the offer) at this offer's stake, each at most
 * one and otherwise what it put at stake over the offer's price, in the offer's currency (`checksAtStake`): honest
 * sales of 10 EUR coffee vouch little for a 1,000 EUR bicycle, as the long con (07) exploits. Before this rule a
 * brand's record of any kind lifted it to its own estimate, so a whitewasher or a patient liar was believed more than a
 * stranger for having talked to the butler (0.8 against a stranger's 0.53–0.71 in 07-long-con). No new parameter.
 */
export function claimsPrior(trust: BrandTrustView | undefined, strangerHonesty: number | undefined, price?: Money): number {
  const stranger = Math.min(HONESTY_WEIGHTS.unknownPrior, clamp01(strangerHonesty ?? HONESTY_WEIGHTS.unknownPrior));
  if (trust === undefined) return stranger;
  const own = clamp01(trust.estimatedHonesty);
  if (!(own > stranger)) return own;
  const n = checksAtStake(trust, price);
  return stranger + (n / (n + HONESTY_WEIGHTS.marketEstablishedAt)) * (own - stranger);
}

/**
 * How many checks of the brand's claims stand behind an offer at `price`: its orders in the offer's currency, each
 * counted at most once and otherwise at what it put at stake over the price (from the forgetting-weighted count W and
 * sum S of their stakes: min(W, S / price), which is exact when its orders are alike and never counts an order twice).
 * A view that keeps no order stakes (a port without them) or an offer without a price reads its `claimsChecked`.
 */
export function checksAtStake(trust: BrandTrustView, price: Money | undefined): number {
  const stakes = trust.orderStakes;
  if (stakes === undefined || price === undefined) return Math.max(0, trust.claimsChecked);
  const major = toMajorUnits(price);
  for (const c of stakes) {
    if (c.currency !== price.currency || !(c.weight > 0)) continue;
    return major > 0 ? Math.min(c.weight, c.stake / major) : c.weight;
  }
  return 0;
}
