import { HONESTY_WEIGHTS } from './honesty-weights.ts';
import type { BrandTrustView } from './offer-evidence.ts';
import { establishedShare } from './established-share.ts';
import { logit } from './probability.ts';

/**
 * How much one seller's word counts, in log-odds: the log-odds that its own offers are what they claim (its
 * calibrated honesty), scaled by how established it is (checks / (checks + 2)). A seller with no history, an
 * unknown one, or one no better than a coin flip carries no weight, so invented identities and sock puppets cannot
 * outvote a seller the person has dealt with in the market cross-check, nor speak for themselves in the money
 * reference (`marketReferenceMinor`: above 0, as `recordCredibility`, the person's record vouches for the seller).
 */
export function sellerWeight(standing: BrandTrustView | undefined): number {
  const established = establishedShare(standing);
  if (standing === undefined || established === 0) return 0;
  return established * Math.min(HONESTY_WEIGHTS.marketSellerCap, Math.max(0, logit(standing.estimatedHonesty)));
}
