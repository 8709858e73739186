import { TRUST_PARAMETERS, type TrustParameters } from './trust-parameters.ts';

/** A Beta distribution over the probability that a brand's offer is what it claims. */
export interface HonestyPosterior {
  readonly alpha: number;
  readonly beta: number;
}

/**
 * The one Beta posterior behind a brand's calibrated honesty: its checks (held, failed, forgetting-weighted) on top
 * of the newcomer prior (`calibration.baseRate` with the weight of `calibration.priorWeight` checks). Its mean is
 * `estimatedHonesty`; the exploration slot draws from it. A brand without any check is the prior alone.
 */
export function honestyPosterior(
  checks: { readonly claimsChecked: number; readonly claimsFailed: number } | undefined,
  params: TrustParameters = TRUST_PARAMETERS,
): HonestyPosterior {
  const w = params.calibration.priorWeight;
  const newcomerHonesty = params.calibration.baseRate;
  const failed = checks?.claimsFailed ?? 0;
  const held = Math.max(0, (checks?.claimsChecked ?? 0) - failed);
  return { alpha: held + newcomerHonesty * w, beta: failed + (1 - newcomerHonesty) * w };
}
