import { createHash } from 'node:crypto';
import { IdSchema } from '../../protocol/index.ts';
import type { OrderRecord } from './butler-memory.ts';

/**
 * The order as the butler records it: under the brand's order id, unless an order for another offer is already
 * recorded under it. Order ids come from brands; one reused (by the same brand, or another's by chance) would
 * overwrite the earlier order in the person's records and drop its spend from the monthly total. Such an order is
 * kept under the brand's id suffixed with its idempotency key (the brand still sees its own id). Called by the
 * reservations inside the step that saves the order, so no other order can take the id in between.
 *
 * The id given is always a protocol id (`IdSchema`, at most 128 characters), as every id the ledger's evidence names
 * must be: a brand reusing one 128-character order id made the suffixed id too long for the ledger, so the person could
 * never report that order's outcome, and the brand was never convicted by a delivery. Too long, the brand's part is
 * replaced by its hash.
 */
export function withOwnOrderId(order: OrderRecord, earlier: Pick<OrderRecord, 'offer'> | undefined, idempotencyKey: string): OrderRecord {
  if (earlier === undefined || earlier.offer.offerId === order.offer.offerId) return order;
  const key = idempotencyKey.slice(5, 21);
  const suffixed = `${order.orderId}:${key}`;
  const orderId = IdSchema.safeParse(suffixed).success ? suffixed : `h.${createHash('sha256').update(order.orderId).digest('hex').slice(0, 40)}:${key}`;
  return { ...order, orderId };
}
