import { HONESTY_WEIGHTS } from './honesty-weights.ts';
import type { BrandTrustView } from './offer-evidence.ts';
import { logit } from './probability.ts';
import { establishedShare } from './established-share.ts';

/**
 * How far the person's record vouches for what a seller asks, in [0, 1): the credibility factor of actuarial
 * credibility theory (Bühlmann), Z = n / (n + k), with n the seller's checks and k = `marketEstablishedAt`
 * (`establishedShare`, as in `sellerWeight`), for a seller whose record is clean (its calibrated honesty at the
 * newcomer's prior or above: only failed checks move it); a mixed record vouches in proportion to its honesty's
 * log-odds over the prior's, and a seller no better than a coin flip, or never checked, not at all (`sellerWeight` 0).
 * Against it, what sellers with no record ask together counts 1 − Z.
 */
export function recordCredibility(standing: BrandTrustView | undefined): number {
  const established = establishedShare(standing);
  if (standing === undefined || established === 0) return 0;
  return established * Math.min(1, Math.max(0, logit(standing.estimatedHonesty) / logit(HONESTY_WEIGHTS.unknownPrior)));
}
