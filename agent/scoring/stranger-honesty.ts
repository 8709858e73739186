import type { BrandTrustView } from './offer-evidence.ts';

/**
 * What the butler may believe of a stranger (an identity it has no record of) in this market: the mean calibrated
 * honesty of the brands in this request it does know (undefined when it knows none, so the newcomer prior applies;
 * scoring never lets it exceed that prior). A stranger is a draw from the market the butler has seen, not a brand
 * better than the ones it caught: otherwise a liar that sheds its record by re-registering under a fresh identity
 * (whitewashing) ranks above every brand the butler knows something against, as it did in experiment 04. Where the
 * butler has caught no one (02, 03) it is the newcomer prior: strangers and known brands stand level. No parameter.
 */
export function strangerHonestyOf(views: readonly (BrandTrustView | undefined)[]): number | undefined {
  let sum = 0;
  let n = 0;
  for (const v of views) {
    if (v === undefined) continue;
    sum += v.estimatedHonesty;
    n += 1;
  }
  return n === 0 ? undefined : sum / n;
}
