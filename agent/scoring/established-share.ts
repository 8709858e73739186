import { HONESTY_WEIGHTS } from './honesty-weights.ts';
import type { BrandTrustView } from './offer-evidence.ts';

/** How established a seller is from its checks n: n / (n + `marketEstablishedAt`), 0 for a seller never checked. */
export function establishedShare(standing: BrandTrustView | undefined): number {
  if (standing === undefined || !(standing.claimsChecked > 0)) return 0;
  return standing.claimsChecked / (standing.claimsChecked + HONESTY_WEIGHTS.marketEstablishedAt);
}
