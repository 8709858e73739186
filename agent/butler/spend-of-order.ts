import type { OrderRecord } from './butler-memory.ts';

/**
 * What one order takes from the person's monthly spend, in minor units of its charge's currency: a placed order its
 * charge; an order the butler refused (the receipt was switched) whatever the brand has not refunded — all of it when
 * the brand refused, failed or cannot cancel, the difference when it refunded part; an order that failed, nothing.
 * The money left the person's account either way, so the monthly cap must see it until it comes back.
 */
export function spendOfOrder(order: Pick<OrderRecord, 'status' | 'receipt' | 'offer' | 'cancellation'>): { readonly amountMinor: number; readonly currency: string } {
  const charged = order.receipt?.charged ?? order.offer.price;
  switch (order.status) {
    case 'failed':
      return { amountMinor: 0, currency: charged.currency };
    case 'placed':
    case 'outcome-reported':
      return charged;
    case 'refused-bait-and-switch': {
      if (order.receipt === undefined) return { amountMinor: 0, currency: charged.currency };
      const c = order.cancellation;
      if (c?.outcome !== 'cancelled') return charged;
      // A cancellation without an amount is a refund in full (as the brand's answer is read to the person).
      const refund = c.refund ?? charged;
      if (refund.currency !== charged.currency) return charged;
      return { amountMinor: Math.max(0, charged.amountMinor - refund.amountMinor), currency: charged.currency };
    }
  }
}
