import { DEFAULT_LANGUAGE, type Language } from '../language/index.ts';
import { AFTER_PURCHASE_MESSAGES } from './after-purchase-messages.ts';
import type { OrderRecord } from './butler-memory.ts';

/**
 * One plain sentence about an order whose outcome is unknown (`unconfirmed`), for the person, in their language: what
 * the brand may have taken, until when it could take the order, what the caps count (that amount, until the brand
 * answers), how to ask again, and how to say nothing was charged. The brand's error text is left to the caller.
 */
export function describeUnconfirmedOrder(order: Pick<OrderRecord, 'mandate'>, language: Language = DEFAULT_LANGUAGE): string {
  const say = AFTER_PURCHASE_MESSAGES[language];
  return say.unconfirmedNotice(say.money(order.mandate.maxAmount), order.mandate.expiresAt);
}
