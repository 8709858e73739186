import type { OrderRecord } from './butler-memory.ts';

/**
 * The order as the butler records it: under the brand's order id, unless an order for another offer is already
 * recorded under it. Order ids come from brands; one reused (by the same brand, or another's by chance) would
 * overwrite the earlier order in the person's records and drop its spend from the monthly total. Such an order is
 * kept under the brand's id suffixed with its idempotency key (the brand still sees its own id). Called by the
 * reservations inside the step that saves the order, so no other order can take the id in between.
 */
export function withOwnOrderId(order: OrderRecord, earlier: Pick<OrderRecord, 'offer'> | undefined, idempotencyKey: string): OrderRecord {
  if (earlier === undefined || earlier.offer.offerId === order.offer.offerId) return order;
  return { ...order, orderId: `${order.orderId}:${idempotencyKey.slice(5, 21)}` };
}
