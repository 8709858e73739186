import type { OrderRecord } from './butler-memory.ts';

/**
 * What one order takes from the person's monthly spend, in minor units of its charge's currency: a placed order its
 * charge; an order the butler refused (the receipt was switched) what the person's authorisation let the brand take and
 * no refund matched to the order gave back; an order whose outcome is unknown (`unconfirmed`) what its mandate lets the
 * brand take, for as long as it stays unknown: the mandate's expiry ends the brand's right to take new orders under it,
 * not its charge of an order it took in time, so only the brand's answer (a receipt, or its word that it holds no such
 * order) settles it, or the person's own word that nothing was charged (`release`) frees it until the brand answers;
 * an order that failed, nothing.
 *
 * A refused order: the receipt is the word of a brand caught switching it, so its figure never lowers what counts (a
 * receipt "charging" one cent for a 99 EUR mandate is no evidence that 98.99 EUR stayed with the person), and never
 * raises it past the mandate (a brand must not fill the person's month, and block every other brand's sale, with one
 * figure). Only the typed refund of a cancellation the brand answered for this order (`cancelRefusedOrder` keeps one
 * only in the receipt's currency, at most its charge) gives money back; its note (free text) never does. What counts is
 * the larger of the mandate less that refund and what the receipt says the brand still holds, at most the mandate: an
 * amount the butler cannot convert (a charge or refund in another currency) never drops out of the caps, which add one
 * currency.
 */
export function spendOfOrder(order: Pick<OrderRecord, 'status' | 'receipt' | 'offer' | 'cancellation' | 'mandate' | 'release'>): { readonly amountMinor: number; readonly currency: string } {
  const charged = order.receipt?.charged ?? order.offer.price;
  switch (order.status) {
    case 'failed':
      return { amountMinor: 0, currency: charged.currency };
    case 'placed':
    case 'outcome-reported':
      return charged;
    case 'unconfirmed':
      // No receipt says what was taken: the most the person's authorisation let the brand take, until it answers, or
      // until the person says nothing was charged (their word, on their own surfaces: `releaseUnconfirmedOrder`).
      return order.release === undefined ? order.mandate.maxAmount : { amountMinor: 0, currency: order.mandate.maxAmount.currency };
    case 'refused-bait-and-switch': {
      if (order.receipt === undefined) return { amountMinor: 0, currency: charged.currency };
      const authorised = order.mandate.maxAmount;
      const c = order.cancellation;
      // A cancellation without an amount (never on the wire: the protocol requires one) is read as the person is told: the charge.
      const refund = c?.outcome === 'cancelled' ? (c.refund ?? charged) : undefined;
      const back = refund?.currency === authorised.currency ? refund.amountMinor : 0;
      // What the brand's own accounting says it still holds, when it is in the caps' currency.
      const kept = charged.currency === authorised.currency ? charged.amountMinor - (refund?.currency === charged.currency ? refund.amountMinor : 0) : 0;
      return { amountMinor: Math.min(authorised.amountMinor, Math.max(0, authorised.amountMinor - back, kept)), currency: authorised.currency };
    }
  }
}
