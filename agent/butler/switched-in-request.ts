import type { Offer } from '../../protocol/index.ts';
import type { OrderRecord, RankingExclusion } from './butler-memory.ts';
import { sameShopRequest } from './cheaper-request-id.ts';

/**
 * Why an offer may not be bought when its brand changed the terms of an order at checkout in the same request (its
 * "anything cheaper?" round included): the brand deceived on this very deal, so none of its offers in the request is
 * bought, whichever surface asks and whether the person names the offer or takes the butler's new proposal (which
 * leaves them out). Read on the order log, which every butler keeps, ledger or not. Undefined when it did not.
 */
export function switchedInRequest(offer: Pick<Offer, 'offerId' | 'brandId' | 'requestId'>, orders: readonly OrderRecord[]): RankingExclusion['reasons'][number] | undefined {
  // The switched offer itself is already ordered (`already-ordered`): this reads the brand's other offers.
  const switched = orders.find((o) => o.status === 'refused-bait-and-switch' && o.brandId === offer.brandId && o.offer.offerId !== offer.offerId && sameShopRequest(o.requestId, offer.requestId));
  if (switched === undefined) return undefined;
  const changes = switched.note === undefined ? '' : ` (${switched.note})`;
  return { code: 'switched-in-request', detail: `order ${switched.orderId} of this brand was refused in this request: its receipt changed the accepted offer${changes}`.slice(0, 500) };
}
