import type { OrderOfOffer, PastOrder } from './butler-memory.ts';

/** The first of these orders placed (or tried) for the offer that did not fail: a purchase never buys an offer twice. */
export function orderOfOfferIn(orders: readonly PastOrder[], offerId: string): OrderOfOffer | undefined {
  return orders.find((o) => o.offer.offerId === offerId && o.status !== 'failed');
}
