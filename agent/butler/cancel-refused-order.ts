import { PROTOCOL_VERSION, formatMoney, type Money, type Receipt } from '../../protocol/index.ts';
import type { BrandConnection } from './brand-connection.ts';
import type { OrderCancellation } from './butler-memory.ts';
import { DEFAULT_LANGUAGE, type Language } from '../language/index.ts';
import { AFTER_PURCHASE_MESSAGES } from './after-purchase-messages.ts';

/**
 * After the butler refuses a receipt, asks the brand to cancel that order and refund it (protocol 1.1
 * `cancel_order`, reason `receipt_mismatch`). A brand that did not agree to `cancellations` (a 1.0 peer) is not
 * called; the answer, or why there is none, is what the order log keeps. A "cancelled" whose refund is not one of this
 * order (another currency than the receipt's, more than it charged) is kept as a failed cancellation, with why.
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
  if (answer.status !== 'cancelled') return { outcome: 'refused', message: answer.message, at };
  const unmatched = unmatchedRefund(answer.refund, receipt.charged);
  if (unmatched !== undefined) return { outcome: 'failed', message: `the brand's cancellation does not match the order: ${unmatched}`, at };
  return { outcome: 'cancelled', refund: answer.refund, message: answer.message, at };
}

/**
 * Why a cancellation's refund is not one of this order (undefined when it is): the protocol pays a refund back in the
 * receipt's currency and at most what the receipt charged. Only a matched refund gives the person's money back to the
 * caps (`spendOfOrder`); a "refund" of more than the brand says it took, or in money the butler cannot set against the
 * charge, would free a cap with a figure no charge stands behind.
 */
function unmatchedRefund(refund: Money | undefined, charged: Money): string | undefined {
  if (refund === undefined) return 'it states no refund';
  if (refund.currency !== charged.currency) return `the refund is in ${refund.currency}, the receipt charged ${charged.currency}`;
  if (refund.amountMinor > charged.amountMinor) return `the refund of ${formatMoney(refund)} is more than the ${formatMoney(charged)} its receipt charged`;
  return undefined;
}

/**
 * One plain sentence about a cancellation, for the person, in their language (the brand's own note is left to the
 * caller to show as data). `authorised`, the mandate's amount, is what the person let the brand take: a refund "in full"
 * of a switched receipt's smaller charge, or of a charge in another currency, is not said to give that back.
 */
export function describeCancellation(cancellation: OrderCancellation, charged: Receipt['charged'], authorised?: Money, language: Language = DEFAULT_LANGUAGE): string {
  const say = AFTER_PURCHASE_MESSAGES[language];
  if (cancellation.outcome !== 'cancelled') return say.cancellation({ kind: cancellation.outcome, charged: say.money(charged) });
  const refund = cancellation.refund ?? charged;
  const full = refund.currency === charged.currency && refund.amountMinor >= charged.amountMinor;
  const coversMandate = authorised === undefined || (refund.currency === authorised.currency && refund.amountMinor >= authorised.amountMinor);
  if (full && !coversMandate) return say.cancellation({ kind: 'refunded-less-than-authorised', refund: say.money(refund), authorised: say.money(authorised!) });
  return full
    ? say.cancellation({ kind: 'refunded-in-full', refund: say.money(refund) })
    : say.cancellation({ kind: 'refunded-in-part', refund: say.money(refund), charged: say.money(charged) });
}
