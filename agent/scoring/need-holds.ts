import { clamp01 } from './probability.ts';

/**
 * The probability that what a brand delivers meets the person's hard requirements, from its record: a failure of
 * any kind (1 − honesty) that is a failure of the need (1 − the share of its failures that spared the need,
 * `failuresSpareNeed`): 1 − (1 − honesty) × (1 − failuresSpareNeed). A brand never bought from not as described has
 * no record of how its failures fall, so every failure counts as missing the need and this is its honesty: a false
 * "was" price lowers it as much as a false hard claim until deliveries say otherwise. Never below `honesty` (an offer
 * exactly as described meets the need).
 */
export function needHoldsProbability(honesty: number, failuresSpareNeed: number | undefined): number {
  const h = clamp01(honesty);
  const q = clamp01(failuresSpareNeed ?? 0);
  return q === 0 ? h : 1 - (1 - h) * (1 - q);
}

/**
 * The probability that one offer's product meets the need: P(as described) + P(not as described) × the share of the
 * brand's failures that spared the need, 1 − (1 − claimsHold) × (1 − failuresSpareNeed). `claimsHold` carries every
 * finding on the offer, a false "was" price included: without a record of how the brand's failures fall (a stranger,
 * a brand never bought from not as described) such a finding counts against the need as much as a false hard claim,
 * so this is `claimsHold`. An offer with findings against the very claims that carry the need's hard constraints
 * (`hardLogOdds` < 0) is judged on them: its likely failure is one of the need, so it is `claimsHold` too.
 */
export function offerNeedHolds(claimsHold: number, failuresSpareNeed: number | undefined, hardLogOdds: number): number {
  const c = clamp01(claimsHold);
  if (hardLogOdds < 0) return c;
  return needHoldsProbability(c, failuresSpareNeed);
}
