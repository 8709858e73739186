import type { OrderRecord } from './butler-memory.ts';

/**
 * What one order takes from the person's monthly spend, in minor units of its charge's currency: a placed order its
 * charge; an order the butler refused (the receipt was switched) whatever the brand has not refunded — all of it when
 * the brand refused, failed or cannot cancel, the difference when it refunded part, never more than the mandate let it
 * take; an order whose outcome is unknown (`unconfirmed`) what its mandate lets the brand take, for as long as it stays
 * unknown: the mandate's expiry ends the brand's right to take new orders under it, not its charge of an order it took
 * in time, so only the brand's answer (a receipt, or its word that it holds no such order) settles it; an order that
 * failed, nothing.
 * The money left the person's account either way, so the monthly cap must see it until it comes back. A switched
 * receipt charging more than the mandate, or in another currency, counts as the mandate's amount (what the person's
 * authorisation let the brand take): an amount the butler cannot convert must not drop out of the caps, which add one
 * currency, and an amount past the authorisation must not fill them (the person is told to dispute the rest).
 */
export function spendOfOrder(order: Pick<OrderRecord, 'status' | 'receipt' | 'offer' | 'cancellation' | 'mandate'>): { readonly amountMinor: number; readonly currency: string } {
  const charged = order.receipt?.charged ?? order.offer.price;
  switch (order.status) {
    case 'failed':
      return { amountMinor: 0, currency: charged.currency };
    case 'placed':
    case 'outcome-reported':
      return charged;
    case 'unconfirmed':
      // No receipt says what was taken: the most the person's authorisation let the brand take, until it answers.
      return order.mandate.maxAmount;
    case 'refused-bait-and-switch': {
      if (order.receipt === undefined) return { amountMinor: 0, currency: charged.currency };
      // The mandate is the most the person let the brand take: a receipt claiming more is the brand's word, and
      // counting it would let a brand fill the person's month, and block every other brand's sale, with one figure.
      const authorised = order.mandate.maxAmount;
      const c = order.cancellation;
      // A cancellation without an amount is a refund in full (as the brand's answer is read to the person).
      const refund = c?.outcome === 'cancelled' ? (c.refund ?? charged) : undefined;
      if (refund !== undefined && refund.currency === charged.currency && refund.amountMinor >= charged.amountMinor) return { amountMinor: 0, currency: authorised.currency };
      if (charged.currency === authorised.currency) {
        // What the brand says it still holds (a refund in another currency cannot be converted: nothing is taken off).
        const held = refund?.currency === charged.currency ? charged.amountMinor - refund.amountMinor : charged.amountMinor;
        return { amountMinor: Math.min(held, authorised.amountMinor), currency: authorised.currency };
      }
      // A charge in another currency cannot be converted: the mandate's amount, less a refund in its currency.
      const back = refund?.currency === authorised.currency ? refund.amountMinor : 0;
      return { amountMinor: Math.max(0, authorised.amountMinor - back), currency: authorised.currency };
    }
  }
}
