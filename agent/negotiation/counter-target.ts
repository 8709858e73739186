import { RecentCache, offerMeasureOf, priceAtUnitPrice, unitPriceOf, type Money, type PricedPack, type UnitPrice } from '../../protocol/index.ts';

// Every offer of a request is countered against the same market: its lowest unit prices are found once per market.
const lowestCache = new RecentCache<readonly PricedPack[], Map<string, UnitPrice>>(2);

/** The market's lowest unit price for each currency and measure (the first offer at that price, as a scan finds it). */
function lowestUnitPrices(market: readonly PricedPack[]): Map<string, UnitPrice> {
  let lowest = lowestCache.get(market);
  if (lowest !== undefined) return lowest;
  lowest = new Map();
  for (const other of market) {
    const price = unitPriceOf(other);
    const key = `${price.currency}\u0000${price.per}`;
    const best = lowest.get(key);
    if (best === undefined || price.amountMinor < best.amountMinor) lowest.set(key, price);
  }
  lowestCache.set(market, lowest);
  return lowest;
}

/**
 * The price the butler aims at for an offer, from the market alone: the lowest price per kg, litre or item among the
 * comparable offers of the request (same currency and measure; the offer itself included), scaled to this offer's
 * size, times the request's target share — and never above the offer's own price. Never a function of the budget,
 * so offers of the same size get the same target whatever they cost and whatever the person can spend.
 */
export function counterTarget(offer: PricedPack, market: readonly PricedPack[], targetShare: number): Money {
  const own = unitPriceOf(offer);
  const cheapest = lowestUnitPrices(market).get(`${own.currency}\u0000${own.per}`);
  const lowest = cheapest !== undefined && cheapest.amountMinor < own.amountMinor ? cheapest : own;
  const atMarket = priceAtUnitPrice(lowest, offerMeasureOf(offer)) * targetShare;
  return { amountMinor: Math.min(offer.price.amountMinor, Math.round(atMarket)), currency: offer.price.currency };
}
