import type { ButlerMemory } from './butler-memory.ts';
import { orderIdempotencyKey } from './purchase.ts';

/**
 * The butler id of the offer an order still `unconfirmed` was placed for under an idempotency key (the key is derived
 * from the offer, `orderIdempotencyKey`), for a connection of a new process asked where that order stands
 * (`BindOptions.orderedOffer`); undefined for any other key. Read when asked: unconfirmed orders are few.
 */
export function orderedOfferOfKey(memory: Pick<ButlerMemory, 'orders' | 'installSecret'>): (idempotencyKey: string) => string | undefined {
  return (idempotencyKey) => {
    const secret = memory.installSecret();
    return memory.orders().find((o) => o.status === 'unconfirmed' && orderIdempotencyKey(secret, o.offer.offerId) === idempotencyKey)?.offer.offerId;
  };
}
