import { hashReceiptTerms, type Mandate, type Offer, type Order, type Receipt } from '../../protocol/index.ts';

/** An offer valid until 2027, for 2 units at 159.90 EUR in total. */
export function acceptedOffer(over: Partial<Offer> = {}): Offer {
  return {
    offerId: 'trailco:req-1:0',
    requestId: 'req-1',
    brandId: 'trailco',
    product: { sku: 'trail-43', title: 'Trail shoe', category: 'running-shoes', attributes: { size_eu: 43 } },
    quantity: 2,
    price: { amountMinor: 15_990, currency: 'EUR' },
    terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 },
    validUntil: '2027-01-01T00:00:00.000Z',
    claims: [],
    round: 0,
    ...over,
  };
}

/** The honest receipt for an offer under a mandate. */
export function honestReceipt(offer: Offer, mandate: Mandate): Receipt {
  const body = { offerId: offer.offerId, brandId: offer.brandId, sku: offer.product.sku, quantity: offer.quantity, charged: { ...offer.price }, terms: { ...offer.terms } };
  return { ...body, orderId: 'order-1', idempotencyKey: `idem-${mandate.mandateId}-0000`, placedAt: '2026-12-03T10:01:00.000Z', termsHash: hashReceiptTerms(body) };
}

/** An order under a mandate for its offer. */
export function orderFor(offer: Offer, mandate: Mandate, over: Partial<Order> = {}): Order {
  return { protocolVersion: '1.0', idempotencyKey: 'idem-0123456789abcdef', requestId: offer.requestId, offerId: offer.offerId, buyerId: 'buyer-1', quantity: offer.quantity, mandate, ...over };
}
