import { formatMoney } from '../../protocol/index.ts';
import type { OrderRecord } from './butler-memory.ts';

/**
 * One plain sentence about an order whose outcome is unknown (`unconfirmed`), for the person: what the brand may have
 * taken, until when it could take the order, what the caps count (that amount, until the brand answers), and how to ask again. The brand's error text is left to the caller.
 */
export function describeUnconfirmedOrder(order: Pick<OrderRecord, 'mandate'>): string {
  const most = formatMoney(order.mandate.maxAmount);
  return `The brand did not confirm the order: it may have been placed. Your authorisation let it take the order for up to ${most} (until ${order.mandate.expiresAt}); an order taken in time may still be charged later, so that amount counts against your monthly cap until the brand answers (the order stays in your orders). Re-check it (majordome report <order-id> --recheck, or the Orders page), or confirm the same offer again, to ask the brand where the order stands: it is never ordered twice.`;
}
