import { createHash } from 'node:crypto';
import type { Offer } from './offer.ts';

/** Serialises JSON with object keys sorted, so equal values always give equal bytes. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('canonicalJson: non-finite number');
    return JSON.stringify(value) ?? 'null';
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The parts of an offer a mandate binds: who sells what, how many, for how much, on which terms. */
export function offerTermsOf(offer: Pick<Offer, 'offerId' | 'brandId' | 'product' | 'quantity' | 'price' | 'terms'>): Record<string, unknown> {
  return {
    offerId: offer.offerId,
    brandId: offer.brandId,
    sku: offer.product.sku,
    quantity: offer.quantity,
    price: offer.price,
    terms: offer.terms,
  };
}

/** sha256 (hex) of the canonical offer terms; a mandate carries it, a receipt must match it. */
export function hashOfferTerms(offer: Pick<Offer, 'offerId' | 'brandId' | 'product' | 'quantity' | 'price' | 'terms'>): string {
  return createHash('sha256').update(canonicalJson(offerTermsOf(offer))).digest('hex');
}

/** sha256 of the terms a receipt says were applied, in the same canonical form as `hashOfferTerms`. */
export function hashReceiptTerms(receipt: {
  offerId: string;
  brandId: string;
  sku: string;
  quantity: number;
  charged: { amountMinor: number; currency: string };
  terms: Offer['terms'];
}): string {
  return createHash('sha256')
    .update(
      canonicalJson({
        offerId: receipt.offerId,
        brandId: receipt.brandId,
        sku: receipt.sku,
        quantity: receipt.quantity,
        price: receipt.charged,
        terms: receipt.terms,
      }),
    )
    .digest('hex');
}
