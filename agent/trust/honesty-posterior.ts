import { TRUST_PARAMETERS, type TrustParameters } from './trust-parameters.ts';

/** A Beta distribution over the probability that a brand's offer is what it claims. */
export interface HonestyPosterior {
  readonly alpha: number;
  readonly beta: number;
}

/**
 * The one Beta posterior behind a brand's calibrated honesty: the newcomer prior (`calibration.baseRate` with the
 * weight of `calibration.priorWeight` checks) convicted by the brand's failed checks (forgetting-weighted). Its mean is
 * `estimatedHonesty`; the exploration slot draws from it. A brand without a failure is the prior alone.
 *
 * Only failures move it: a check that held says almost nothing about a brand, because a brand that deceives tells the
 * truth on most of what it says (the likelihood of "held" is about the same for an honest and a dishonest seller),
 * while a failure is evidence attributable to the brand itself. Counting held checks as evidence of honesty (as a
 * Bernoulli-rate model does) made every brand the person had bought from look safer than every stranger, so the butler
 * kept buying worse offers from familiar brands: in an all-honest market it lost 2 % of welfare to its own no-ledger
 * ablation (`npm run bench decisions`, experiment 03). Held checks still count as checks (how established a seller is,
 * `claimsChecked`), and a failure fades with the trust half-life. A failed delivery counts at its stake over the
 * brand's usual stake (`failedDeliveriesAtStake`, read by `scoreTrustState`): the estimate is the probability that the
 * money put at stake with the brand buys what was described, so one lie at four times a seller's usual stake is more
 * evidence than one at its usual stake, and honest small sales do not dilute it.
 */
export function honestyPosterior(
  checks: { readonly claimsChecked: number; readonly claimsFailed: number } | undefined,
  params: TrustParameters = TRUST_PARAMETERS,
): HonestyPosterior {
  const w = params.calibration.priorWeight;
  const newcomerHonesty = params.calibration.baseRate;
  const failed = Math.max(0, checks?.claimsFailed ?? 0);
  return { alpha: newcomerHonesty * w, beta: failed + (1 - newcomerHonesty) * w };
}
