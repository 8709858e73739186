import type { Offer } from '../../protocol/index.ts';
import { sellerWeight, type BrandTrustView } from '../scoring/index.ts';

/** One eligible offer as the market reference reads it: its price and the standing of its seller. */
export interface MarketQuote {
  readonly offer: Pick<Offer, 'brandId' | 'price'>;
  readonly trust?: BrandTrustView | undefined;
}

/**
 * The market's voices, read the way `preferenceScale` reads a preference: the highest, or the second highest among
 * three voices or more (the most extreme one set aside when there are others to tell it by).
 */
function upperVoice(asked: readonly number[]): number | undefined {
  const sorted = [...asked].sort((a, b) => b - a);
  return sorted.length >= 3 ? sorted[1] : sorted[0];
}

/** The median of a non-empty list (the mean of the two middle values, rounded down to a whole minor unit, for an even count). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.floor((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/**
 * What the market asks for the need, in minor units of the need's currency (the value's reference without a budget).
 * Each party (`partyOf`: connected identities, such as one server configured under two entries, are one) asks its
 * cheapest eligible offer, so no seller sets the person's money scale with an offer it does not mean to sell (a dear
 * decoy beside its real offer), nor counts twice. How much a party's price counts comes from evidence the person holds:
 * - a party the person's record vouches for (`sellerWeight` > 0: its statements or deliveries were checked and it was
 *   found honest more than not) is one voice at its own price;
 * - the parties with no such record cannot be told apart (two of them may be one brand under two names, and a new name
 *   costs nothing), so together they are ONE voice, at the median of their prices: one stranger more moves it by one
 *   rank at most, up or down, so neither a second name asking more nor a cheap decoy sets it.
 * The reference is the highest voice, the second highest among three or more (the most extreme one set aside when
 * there are others to tell it by). With no record at all there is nothing to break the symmetry between a colluding
 * dear seller and an honest dear one: each party is then its own voice, as before any record, so a new person's first
 * requests read the market as it asks. Once the person has a record, names it has never checked cannot outvote sellers
 * it has.
 */
export function marketReferenceMinor(eligible: readonly MarketQuote[], currency: string, partyOf: (brandId: string) => string = (id) => id): number | undefined {
  const cheapest = new Map<string, number>();
  const vouched = new Set<string>();
  for (const { offer, trust } of eligible) {
    if (offer.price.currency !== currency) continue;
    const party = partyOf(offer.brandId);
    if (sellerWeight(trust) > 0) vouched.add(party);
    const seen = cheapest.get(party);
    if (seen === undefined || offer.price.amountMinor < seen) cheapest.set(party, offer.price.amountMinor);
  }
  if (vouched.size === 0) return upperVoice([...cheapest.values()]);
  const voices: number[] = [];
  const strangers: number[] = [];
  for (const [party, price] of cheapest) (vouched.has(party) ? voices : strangers).push(price);
  if (strangers.length > 0) voices.push(median(strangers));
  return upperVoice(voices);
}
