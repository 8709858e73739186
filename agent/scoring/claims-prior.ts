import { HONESTY_WEIGHTS } from './honesty-weights.ts';
import type { BrandTrustView } from './offer-evidence.ts';
import { clamp01 } from './probability.ts';
import { isStrangerToClaims } from './stranger-honesty.ts';

/**
 * Where belief in a brand's claims starts for one offer (the prior `scoreHonesty` moves by the offer's findings).
 *
 * The rule: belief in what a brand CLAIMS is earned only by claims of its that were CHECKED (`claimsChecked`: deliveries
 * as described or not, receipts against offers, its statements caught true or false against its own offers, answers
 * and price history). A record of anything else (offer fits, pressure tactics, clean interactions, honest declines)
 * says how the brand deals, not whether what it says holds: a brand with such a record and no checked claim is a
 * stranger to its claims, priced as one — the newcomer prior capped by what the strangers the butler met turned out to
 * be (`strangerHonesty`, from `strangerHonestyOf`), and never above its own calibrated estimate. A brand with checked
 * claims starts from its calibrated estimate (`estimatedHonesty`). Counting records instead of checks let a
 * whitewasher or a patient liar be believed more than a stranger for having talked to the butler (0.8 against a
 * stranger's 0.53–0.71 in 07-long-con). No parameter: the stranger rule, keyed on checks instead of records.
 */
export function claimsPrior(trust: BrandTrustView | undefined, strangerHonesty: number | undefined): number {
  const stranger = Math.min(HONESTY_WEIGHTS.unknownPrior, clamp01(strangerHonesty ?? HONESTY_WEIGHTS.unknownPrior));
  if (trust === undefined) return stranger;
  const own = clamp01(trust.estimatedHonesty);
  return isStrangerToClaims(trust) ? Math.min(own, stranger) : own;
}
