import { formatEstimate, type Offer } from '../../protocol/index.ts';
import type { EvidenceItem } from './evidence-item.ts';
import { HONESTY_WEIGHTS } from './honesty-weights.ts';
import type { MarketContext, ScoringNeed } from './offer-evidence.ts';

/**
 * How far below the going price an offer asks, in halvings, as the finding codes the person's deliveries learn apart
 * (agent/scoring LEARNABLE_FINDINGS): under a half of it, under a quarter, under an eighth or less. One code per offer,
 * the band its price falls in, so each band's weight is what the deliveries bought in that band showed, never counted
 * twice. Deeper than an eighth is one band: a price that low says the same whatever its digits.
 */
export const PRICE_POSITION_BANDS = ['price-under-half-going', 'price-under-quarter-going', 'price-under-eighth-going'] as const;

/** A price position code. */
export type PricePositionCode = (typeof PRICE_POSITION_BANDS)[number];

/**
 * What a product that meets the need goes for, in minor units of the offer's currency: the need's budget when it has
 * one in that currency (what the person said such a product costs them), else the median of what the other sellers
 * ask at least for the need (each brand's cheapest offer, once); undefined when neither speaks.
 */
export function goingPriceMinor(offer: Pick<Offer, 'brandId' | 'price'>, need: Pick<ScoringNeed, 'budget'> | undefined, market: Pick<MarketContext, 'offers'> | undefined): number | undefined {
  const currency = offer.price.currency;
  if (need?.budget !== undefined && need.budget.currency === currency && need.budget.amountMinor > 0) return need.budget.amountMinor;
  const cheapest = new Map<string, number>();
  for (const o of market?.offers ?? []) {
    if (o.brandId === offer.brandId || o.price.currency !== currency) continue;
    const seen = cheapest.get(o.brandId);
    if (seen === undefined || o.price.amountMinor < seen) cheapest.set(o.brandId, o.price.amountMinor);
  }
  const asks = [...cheapest.values()].sort((a, b) => a - b);
  if (asks.length === 0) return undefined;
  const mid = asks.length >> 1;
  const median = asks.length % 2 === 1 ? asks[mid]! : (asks[mid - 1]! + asks[mid]!) / 2;
  return median > 0 ? median : undefined;
}

/**
 * The band of an offer asking `price` where a product that meets the need goes for `going`: undefined at half of it
 * or more, else how many times the going price was halved to reach below the price (1, 2, then 3 for an eighth or less).
 */
export function pricePositionBand(price: number, going: number): 1 | 2 | 3 | undefined {
  if (!(going > 0) || !(price >= 0) || price >= going / 2) return undefined;
  if (price >= going / 4) return 1;
  return price >= going / 8 ? 2 : 3;
}

/**
 * Price as evidence about what an offer is. A seller sells a product that meets the need for about what such products
 * go for (`goingPriceMinor`); one that asks a small share of it is either a bargain or a lesser product described as
 * the one needed, and how often it is which depends on the market the person shops in, which only what their own
 * deliveries showed can tell. So the finding (the band the price falls in, `PRICE_POSITION_BANDS`) starts with no
 * weight at all (`HONESTY_WEIGHTS.pricePosition` = 0): an offer is judged on its price alone only once the person's
 * deliveries bought in that band missed their need more often than those that met it (`learnedFindingWeight`), and
 * never the other way (a low price never becomes a reason to trust). No finding at half the going price or more.
 */
export function checkPricePosition(offer: Offer, need: Pick<ScoringNeed, 'budget'> | undefined, market: Pick<MarketContext, 'offers'> | undefined): EvidenceItem[] {
  const going = goingPriceMinor(offer, need, market);
  if (going === undefined) return [];
  const price = offer.price.amountMinor;
  const band = pricePositionBand(price, going);
  if (band === undefined) return [];
  const currency = offer.price.currency;
  const source = need?.budget !== undefined && need.budget.currency === currency && need.budget.amountMinor > 0 ? 'budget' : 'market';
  return [{
    code: PRICE_POSITION_BANDS[band - 1]!,
    effect: 'neutral',
    impact: HONESTY_WEIGHTS.pricePosition,
    detail: `asks ${formatEstimate(price, currency)}, under ${['half', 'a quarter', 'an eighth'][band - 1]} of what a product that meets the need goes for (${formatEstimate(Math.round(going), currency)}, ${source === 'budget' ? 'your budget' : 'what the other sellers ask'})`,
    data: { priceMinor: price, goingMinor: Math.round(going), currency, band, source },
  }];
}
