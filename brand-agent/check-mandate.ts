import { ProtocolError, exceedsBudget, hashOfferTerms, type Offer, type Order } from '../protocol/index.ts';

/**
 * The brand's half of consent: refuses an order unless its mandate authorises exactly this offer — same offer id and
 * quantity, offer and mandate unexpired, terms hash equal to the offer's, price within the mandate's maximum amount
 * (same currency). Throws the `ProtocolError` the butler receives. The butler's half, issuing the mandate and checking
 * the receipt against it, is in agent/consent.
 */
export function checkMandate(order: Order, offer: Offer, now: Date): void {
  const { mandate } = order;
  if (mandate.offerId !== order.offerId) throw new ProtocolError('TERMS_MISMATCH', 'the mandate is for a different offer');
  if (order.quantity !== offer.quantity) throw new ProtocolError('TERMS_MISMATCH', `the offer is for ${offer.quantity} units, the order for ${order.quantity}`);
  if (now.getTime() > Date.parse(offer.validUntil)) throw new ProtocolError('OFFER_EXPIRED', `offer ${offer.offerId} expired at ${offer.validUntil}`);
  if (now.getTime() > Date.parse(mandate.expiresAt)) throw new ProtocolError('MANDATE_EXPIRED', `the mandate expired at ${mandate.expiresAt}`);
  if (mandate.termsHash !== hashOfferTerms(offer)) throw new ProtocolError('TERMS_MISMATCH', 'the mandate terms hash does not match the offer');
  if (exceedsBudget(offer.price, mandate.maxAmount)) throw new ProtocolError('MANDATE_EXCEEDED', 'the offer price exceeds the mandate maximum amount');
}
