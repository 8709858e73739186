import { hashOfferTerms, hashReceiptTerms, type Offer, type Receipt } from '../../protocol/index.ts';

/** One way a receipt differs from the accepted offer. */
export interface ReceiptMismatch {
  readonly field: 'price' | 'currency' | 'sku' | 'quantity' | 'deliveryDays' | 'returnDays' | 'warrantyMonths' | 'termsHash' | 'offerId';
  readonly expected: string | number;
  readonly actual: string | number;
}

/** The verdict on a receipt: as agreed, or bait-and-switch with every difference listed. */
export type ReceiptVerdict = { readonly kind: 'as-agreed' } | { readonly kind: 'bait-and-switch'; readonly mismatches: readonly ReceiptMismatch[] };

/**
 * Compares a receipt with the offer the person accepted, as it was ordered (the brand's offer id); any difference is
 * bait-and-switch. The terms hash is the accepted offer's (`hashOfferTerms`): the mandate's for an offer bought as the
 * brand made it, and the offer as charged for one the person accepted after a switch (see `switchedOffer`), whose mandate
 * names the brand's own offer.
 */
export function checkReceipt(receipt: Receipt, offer: Offer): ReceiptVerdict {
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
  if (mismatches.length === 0) add('termsHash', hashOfferTerms(offer), hashReceiptTerms(receipt));
  return mismatches.length === 0 ? { kind: 'as-agreed' } : { kind: 'bait-and-switch', mismatches };
}
