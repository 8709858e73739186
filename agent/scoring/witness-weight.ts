import { HONESTY_WEIGHTS } from './honesty-weights.ts';
import type { BrandTrustView } from './offer-evidence.ts';
import { establishedShare } from './established-share.ts';
import { logit } from './probability.ts';
import { sellerWeight } from './seller-weight.ts';

/**
 * One party's word about a GTIN in the market cross-check (`checkMarketConsensus`), split in two. `record`: the log-odds
 * its own checked record carries (`establishedShare` × the log-odds of its calibrated honesty, the ledger's estimate;
 * as `sellerWeight`), its own and counted per party. `presumed`: the share of its word that rests on no record of its
 * own, only on what the butler presumes of a stranger (1 − `establishedShare`: all of it for a seller never checked).
 * The presumed shares of the parties on each side of a claim count one stranger at most between them
 * (`strangerWitnessWeight`): many unchecked identities may be one actor, a record cannot be spawned. A seller whose checks held thus weighs what a
 * stranger does and more; one caught lying weighs less, down to its thin record's remainder of a stranger's say.
 */
export interface WitnessShares {
  readonly record: number;
  readonly presumed: number;
}

/** `WitnessShares` of a seller with this standing (undefined or never checked: a stranger, all presumed). */
export function witnessShares(standing: BrandTrustView | undefined): WitnessShares {
  const established = establishedShare(standing);
  if (standing === undefined || established === 0) return { record: 0, presumed: 1 };
  return { record: sellerWeight(standing), presumed: 1 - established };
}

/**
 * The weight of a stranger's word: the log-odds of the stranger honesty (`strangerHonestyOf`: what the butler believes
 * of an identity it has no record of; the newcomer prior when unknown, never above it), as a witness's credibility.
 */
export function strangerWitnessWeight(strangerHonesty: number | undefined): number {
  return credibilityWeight(Math.min(HONESTY_WEIGHTS.unknownPrior, strangerHonesty ?? HONESTY_WEIGHTS.unknownPrior));
}

/** The log-odds a witness of this honesty carries: none at or below a coin flip, at most `marketSellerCap` (even a good seller can be mistaken). */
function credibilityWeight(honesty: number): number {
  return Math.min(HONESTY_WEIGHTS.marketSellerCap, Math.max(0, logit(honesty)));
}
