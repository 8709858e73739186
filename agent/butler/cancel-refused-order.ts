import { PROTOCOL_VERSION, formatMoney, type Receipt } from '../../protocol/index.ts';
import type { BrandConnection } from './brand-connection.ts';
import type { OrderCancellation } from './butler-memory.ts';

/**
 * After the butler refuses a receipt, asks the brand to cancel that order and refund it (protocol 1.1
 * `cancel_order`, reason `receipt_mismatch`). A brand that did not agree to `cancellations` (a 1.0 peer) is not
 * called; the answer, or why there is none, is what the order log keeps.
 */
export async function cancelRefusedOrder(
  brand: Pick<BrandConnection, 'supports' | 'cancelOrder' | 'timeoutMs'>,
  receipt: Receipt,
  buyerId: string,
  details: string,
  now: () => Date,
): Promise<OrderCancellation> {
  if (!brand.supports('cancellations') || !brand.cancelOrder) return { outcome: 'not-supported', at: now().toISOString() };
  const result = await brand.cancelOrder(
    { protocolVersion: PROTOCOL_VERSION, orderId: receipt.orderId, buyerId, reason: 'receipt_mismatch', details: details.slice(0, 2000) },
    brand.timeoutMs,
  );
  const at = now().toISOString();
  if (!result.ok) return { outcome: 'failed', message: `[${result.error.code}] ${result.error.message}`, at };
  const answer = result.value;
  return answer.status === 'cancelled'
    ? { outcome: 'cancelled', refund: answer.refund, message: answer.message, at }
    : { outcome: 'refused', message: answer.message, at };
}

/** One plain sentence about a cancellation, for the person (the brand's own note is left to the caller to show as data). */
export function describeCancellation(cancellation: OrderCancellation, charged: Receipt['charged']): string {
  switch (cancellation.outcome) {
    case 'cancelled': {
      const refund = cancellation.refund ?? charged;
      const full = refund.currency === charged.currency && refund.amountMinor >= charged.amountMinor;
      return full
        ? `The order was cancelled at the brand and ${formatMoney(refund)} refunded in full.`
        : `The order was cancelled at the brand but only ${formatMoney(refund)} of ${formatMoney(charged)} was refunded: claim the rest with your bank.`;
    }
    case 'refused':
      return `The brand refused to cancel the order: dispute the ${formatMoney(charged)} charge with your bank.`;
    case 'failed':
      return `Asking the brand to cancel the order failed: dispute the ${formatMoney(charged)} charge with your bank.`;
    case 'not-supported':
      return `This brand offers no way to cancel through the protocol: contact it, or dispute the ${formatMoney(charged)} charge with your bank.`;
  }
}
