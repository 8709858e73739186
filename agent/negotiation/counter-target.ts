import { offerMeasureOf, priceAtUnitPrice, unitPriceOf, type Money, type PricedPack } from '../../protocol/index.ts';

/**
 * The price the butler aims at for an offer, from the market alone: the lowest price per kg, litre or item among the
 * comparable offers of the request (same currency and measure; the offer itself included), scaled to this offer's
 * size, times the request's target share — and never above the offer's own price. Never a function of the budget,
 * so offers of the same size get the same target whatever they cost and whatever the person can spend.
 */
export function counterTarget(offer: PricedPack, market: readonly PricedPack[], targetShare: number): Money {
  const own = unitPriceOf(offer);
  let lowest = own;
  for (const other of market) {
    const price = unitPriceOf(other);
    if (price.currency === own.currency && price.per === own.per && price.amountMinor < lowest.amountMinor) lowest = price;
  }
  const atMarket = priceAtUnitPrice(lowest, offerMeasureOf(offer)) * targetShare;
  return { amountMinor: Math.min(offer.price.amountMinor, Math.round(atMarket)), currency: offer.price.currency };
}
