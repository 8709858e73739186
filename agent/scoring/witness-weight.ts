import { HONESTY_WEIGHTS } from './honesty-weights.ts';
import type { BrandTrustView } from './offer-evidence.ts';
import { establishedShare } from './established-share.ts';
import { logit } from './probability.ts';

/**
 * How much one party's word about a GTIN weighs in the market cross-check (`checkMarketConsensus`), in log-odds: the
 * log-odds that a seller with its credibility tells the truth (its calibrated honesty, capped at
 * `marketSellerCap`: even a good seller can be mistaken). A seller never checked has the stranger's credibility (what
 * the butler believes of an identity it has no record of, `strangerHonesty`, never above the newcomer prior), so its
 * word counts, as a stranger's. A checked seller's credibility is its own record's, shrunk towards the stranger's by
 * how thin that record is (`establishedShare`: n checks weigh n / (n + `marketEstablishedAt`)), so a seller whose
 * checks held never weighs less than a stranger and one caught lying weighs less, down to nothing. Whether such words
 * are independent (many unchecked identities may be one actor) is the caller's concern: see `checkMarketConsensus`.
 */
export function witnessWeight(standing: BrandTrustView | undefined, strangerWeight: number): number {
  const established = establishedShare(standing);
  if (standing === undefined || established === 0) return strangerWeight;
  return established * credibilityWeight(standing.estimatedHonesty) + (1 - established) * strangerWeight;
}

/** The weight of a stranger's word: `credibilityWeight` of the stranger honesty (the newcomer prior when unknown, never above it). */
export function strangerWitnessWeight(strangerHonesty: number | undefined): number {
  return credibilityWeight(Math.min(HONESTY_WEIGHTS.unknownPrior, strangerHonesty ?? HONESTY_WEIGHTS.unknownPrior));
}

/** The log-odds a witness of this honesty carries: none at or below a coin flip, at most `marketSellerCap`. */
function credibilityWeight(honesty: number): number {
  return Math.min(HONESTY_WEIGHTS.marketSellerCap, Math.max(0, logit(honesty)));
}
