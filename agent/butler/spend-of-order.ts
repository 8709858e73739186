import type { OrderRecord } from './butler-memory.ts';

/**
 * What one order takes from the person's monthly spend, in minor units of its charge's currency: a placed order its
 * charge; an order the butler refused (the receipt was switched) whatever the brand has not refunded — all of it when
 * the brand refused, failed or cannot cancel, the difference when it refunded part; an order that failed, nothing.
 * The money left the person's account either way, so the monthly cap must see it until it comes back. A switched
 * receipt charging another currency than the mandate's counts as the mandate's amount (what the person's authorisation
 * let the brand take): an amount the butler cannot convert must not drop out of the caps, which add one currency.
 */
export function spendOfOrder(order: Pick<OrderRecord, 'status' | 'receipt' | 'offer' | 'cancellation' | 'mandate'>): { readonly amountMinor: number; readonly currency: string } {
  const charged = order.receipt?.charged ?? order.offer.price;
  switch (order.status) {
    case 'failed':
      return { amountMinor: 0, currency: charged.currency };
    case 'placed':
    case 'outcome-reported':
      return charged;
    case 'refused-bait-and-switch': {
      if (order.receipt === undefined) return { amountMinor: 0, currency: charged.currency };
      const authorised = order.mandate.maxAmount;
      const kept = charged.currency === authorised.currency ? charged : authorised;
      const c = order.cancellation;
      if (c?.outcome !== 'cancelled') return kept;
      // A cancellation without an amount is a refund in full (as the brand's answer is read to the person).
      const refund = c.refund ?? charged;
      if (refund.currency === charged.currency && refund.amountMinor >= charged.amountMinor) return { amountMinor: 0, currency: kept.currency };
      if (refund.currency !== kept.currency) return kept;
      return { amountMinor: Math.max(0, kept.amountMinor - refund.amountMinor), currency: kept.currency };
    }
  }
}
