import { hashReceiptTerms, type Mandate, type Offer, type Receipt } from '../../protocol/index.ts';

/** One way a receipt differs from the accepted offer. */
export interface ReceiptMismatch {
  readonly field: 'price' | 'currency' | 'sku' | 'quantity' | 'deliveryDays' | 'returnDays' | 'warrantyMonths' | 'termsHash' | 'offerId';
  readonly expected: string | number;
  readonly actual: string | number;
}

/** The verdict on a receipt: as agreed, or bait-and-switch with every difference listed. */
export type ReceiptVerdict = { readonly kind: 'as-agreed' } | { readonly kind: 'bait-and-switch'; readonly mismatches: readonly ReceiptMismatch[] };

/** Compares a receipt with the accepted offer and the mandate; any difference is bait-and-switch. */
export function checkReceipt(receipt: Receipt, offer: Offer, mandate: Mandate): ReceiptVerdict {
  const mismatches: ReceiptMismatch[] = [];
  const add = (field: ReceiptMismatch['field'], expected: string | number, actual: string | number) => {
    if (expected !== actual) mismatches.push({ field, expected, actual });
  };
  add('offerId', offer.offerId, receipt.offerId);
  add('price', offer.price.amountMinor, receipt.charged.amountMinor);
  add('currency', offer.price.currency, receipt.charged.currency);
  add('sku', offer.product.sku, receipt.sku);
  add('quantity', offer.quantity, receipt.quantity);
  add('deliveryDays', offer.terms.deliveryDays, receipt.terms.deliveryDays);
  add('returnDays', offer.terms.returnDays, receipt.terms.returnDays);
  add('warrantyMonths', offer.terms.warrantyMonths, receipt.terms.warrantyMonths);
  if (mismatches.length === 0) add('termsHash', mandate.termsHash, hashReceiptTerms(receipt));
  return mismatches.length === 0 ? { kind: 'as-agreed' } : { kind: 'bait-and-switch', mismatches };
}
