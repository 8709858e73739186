import { canonicalJson, formatMoney, hashReceiptTerms, offerTermsOf, type Money, type Offer, type Order, type Receipt } from '../../protocol/index.ts';
import type { FailureDetail } from './check-verdict.ts';
import { TERMS_HASH_VECTORS_PATH, loadTermsHashVectors } from './terms-hash-vectors.ts';

/** How to debug a wrong hash: what should have been hashed, and the vectors to test an implementation against. */
function hashHint(offer: Offer): string {
  const example = loadTermsHashVectors().vectors[0];
  return `; it must be sha256 hex of ${canonicalJson(offerTermsOf(offer))} (a receipt puts "charged" under "price"); test your hash with the ${loadTermsHashVectors().vectors.length} vectors in ${TERMS_HASH_VECTORS_PATH}${example ? `, e.g. ${example.name} → ${example.sha256.slice(0, 16)}…` : ''}`;
}

/** Why a receipt is not the receipt of this order: a sentence plus the offending field, expected and actual values. */
export interface ReceiptMismatch extends FailureDetail {
  readonly reason: string;
}

const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

/** Money as a person and a developer both read it: "14.40 EUR (1440 minor units)". */
function money(m: Money): string {
  return `${formatMoney(m)} (${m.amountMinor} minor units)`;
}

function mismatch(path: string, expected: unknown, actual: unknown, reason: string): ReceiptMismatch {
  return { reason, path, expected, actual };
}

/**
 * Checks a receipt against the order and the offer it accepted: it must echo the order, name the brand, charge
 * exactly the offer price (never more than the mandate allows), apply the offer's terms, and carry the terms hash
 * the mandate bound (which is also the hash of its own terms, `charged` hashed under `price`).
 */
export function receiptMismatch(receipt: Receipt, order: Order, offer: Offer, brandId: string): ReceiptMismatch | undefined {
  if (receipt.offerId !== order.offerId) return mismatch('offerId', order.offerId, receipt.offerId, `receipt names offer ${receipt.offerId}, the order ${order.offerId}`);
  if (receipt.idempotencyKey !== order.idempotencyKey) {
    return mismatch('idempotencyKey', order.idempotencyKey, receipt.idempotencyKey, `receipt names idempotency key ${receipt.idempotencyKey}`);
  }
  if (receipt.brandId !== brandId) return mismatch('brandId', brandId, receipt.brandId, `receipt names brand ${receipt.brandId}, the card ${brandId}`);
  if (receipt.quantity !== order.quantity) return mismatch('quantity', order.quantity, receipt.quantity, `receipt is for ${receipt.quantity} units, the order for ${order.quantity}`);
  if (receipt.sku !== offer.product.sku) return mismatch('sku', offer.product.sku, receipt.sku, `receipt is for sku ${receipt.sku}, the offer for ${offer.product.sku}`);
  const max = order.mandate.maxAmount;
  if (receipt.charged.currency !== max.currency || receipt.charged.amountMinor > max.amountMinor) {
    return mismatch('charged', max, receipt.charged, `receipt charged ${money(receipt.charged)}, more than the mandate allows (${money(max)})`);
  }
  if (!same(receipt.charged, offer.price)) {
    return mismatch('charged', offer.price, receipt.charged, `receipt charged ${money(receipt.charged)}, the accepted offer says ${money(offer.price)}`);
  }
  for (const key of Object.keys(offer.terms) as Array<keyof Offer['terms']>) {
    if (receipt.terms[key] !== offer.terms[key]) {
      return mismatch(`terms.${key}`, offer.terms[key], receipt.terms[key], `receipt applies terms.${key} = ${receipt.terms[key]}, the accepted offer ${offer.terms[key]}`);
    }
  }
  const ownHash = hashReceiptTerms(receipt);
  if (receipt.termsHash !== ownHash) return mismatch('termsHash', ownHash, receipt.termsHash, `receipt termsHash is not the hash of its own terms${hashHint(offer)}`);
  if (receipt.termsHash !== order.mandate.termsHash) {
    return mismatch('termsHash', order.mandate.termsHash, receipt.termsHash, 'receipt termsHash differs from the terms hash the mandate bound');
  }
  return undefined;
}
