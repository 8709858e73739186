import { createHmac } from 'node:crypto';

/** Pseudonyms already derived, by secret then brand: an HMAC per brand call was a visible share of a simulated decision. */
const derived = new Map<string, Map<string, string>>();
const MAX_SECRETS = 2_000;

/** A stable per-brand pseudonym: brands cannot link the same person across brands, nor learn who it is. */
export function buyerPseudonym(installSecret: string, brandId: string): string {
  let byBrand = derived.get(installSecret);
  if (byBrand === undefined) {
    if (derived.size >= MAX_SECRETS) derived.delete(derived.keys().next().value as string);
    derived.set(installSecret, (byBrand = new Map()));
  }
  let pseudonym = byBrand.get(brandId);
  if (pseudonym === undefined) {
    pseudonym = `buyer-${createHmac('sha256', installSecret).update(brandId).digest('hex').slice(0, 20)}`;
    // A secret meets few brands; a runaway list (a market of fresh identities) starts over rather than grow.
    if (byBrand.size >= 1_000) byBrand.clear();
    byBrand.set(brandId, pseudonym);
  }
  return pseudonym;
}
