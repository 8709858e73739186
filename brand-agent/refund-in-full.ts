import type { CancelOrder, Cancellation } from '../protocol/index.ts';
import type { OrderContext } from './definition.ts';

/**
 * The usual answer to a cancellation: the order is cancelled and everything the receipt charged is paid back.
 *
 * @example
 * createBrandAgent({ card, catalog, handlers: { requestOffers, placeOrder, cancelOrder: refundInFull } });
 */
export function refundInFull(request: CancelOrder, ctx: OrderContext): Cancellation {
  return {
    orderId: request.orderId,
    status: 'cancelled',
    reason: request.reason,
    refund: ctx.receipt.charged,
    message: `Order ${request.orderId} is cancelled and refunded in full.`,
    decidedAt: ctx.now.toISOString(),
  };
}
