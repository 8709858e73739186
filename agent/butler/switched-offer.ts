import { createHash } from 'node:crypto';
import { hashReceiptTerms, type Offer, type Receipt } from '../../protocol/index.ts';

/**
 * The brand's offer as its receipt applied it: what it charged, on the terms, quantity and item it applied, under an id
 * of the butler's (derived from the accepted offer's and the receipt's terms, so the same switch is the same offer).
 * A receipt that differs from the accepted offer is the brand's new offer, never the old one accepted silently: the
 * person is asked again (`Reproposal`). Undefined when the receipt ships another item (`sku`): an item the brand never
 * described cannot be valued, so it is not proposed; the person's other offers are.
 */
export function switchedOffer(accepted: Offer, receipt: Receipt): Offer | undefined {
  if (receipt.sku !== accepted.product.sku) return undefined;
  const digest = createHash('sha256').update(`${accepted.offerId}\u0000${hashReceiptTerms(receipt)}`).digest('hex').slice(0, 32);
  // A price the brand charged is no discount it claimed: the was-price belonged to the price it offered.
  const { discount: _claimed, ...offered } = accepted;
  return {
    ...offered,
    offerId: `as-charged-${digest}`,
    price: { ...receipt.charged },
    quantity: receipt.quantity,
    terms: { ...receipt.terms },
  };
}
