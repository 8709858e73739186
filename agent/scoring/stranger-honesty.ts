import type { BrandTrustView } from './offer-evidence.ts';

/**
 * What the butler may believe of a stranger (an identity it has no record of): the lower of two readings of the
 * strangers it might be, so a liar gains from neither —
 * - the market in hand: the mean calibrated honesty of the brands in this request it does know;
 * - the person's record (`checkedHonesty`, from `checkedHonestyOf` over every identity on record): how the strangers
 *   this butler met and checked turned out.
 * Undefined when it knows none (the newcomer prior applies; scoring never lets it exceed that prior). A stranger is a
 * draw from the brands the butler has seen, not a brand better than the ones it caught: otherwise a liar that sheds its
 * record by re-registering under a fresh identity (whitewashing) ranks above every brand the butler knows something
 * against. The request alone missed exactly that liar, whose caught identities no longer answer: the record still
 * holds them. Where the butler has caught no one (02, 03) both are the newcomer prior: strangers and known brands
 * stand level. No parameter.
 */
export function strangerHonestyOf(views: readonly (BrandTrustView | undefined)[], checkedHonesty?: number): number | undefined {
  const inRequest = meanHonesty(views, () => true);
  if (checkedHonesty === undefined || !Number.isFinite(checkedHonesty)) return inRequest;
  return inRequest === undefined ? checkedHonesty : Math.min(inRequest, checkedHonesty);
}

/**
 * The mean calibrated honesty of the identities whose claims were checked (held or failed): how the strangers the
 * person met turned out, each identity counted once (a liar re-registering under five names was five strangers met).
 * Identities never checked say nothing of a stranger's honesty and are left out; undefined when none was checked.
 */
export function checkedHonestyOf(views: Iterable<BrandTrustView | undefined>): number | undefined {
  return meanHonesty(views, (v) => v.claimsChecked > 0);
}

/** The mean calibrated honesty of the views that count (undefined when none does). */
function meanHonesty(views: Iterable<BrandTrustView | undefined>, counts: (view: BrandTrustView) => boolean): number | undefined {
  let sum = 0;
  let n = 0;
  for (const v of views) {
    if (v === undefined || !counts(v)) continue;
    sum += v.estimatedHonesty;
    n += 1;
  }
  return n === 0 ? undefined : sum / n;
}
