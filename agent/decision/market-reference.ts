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

/**
 * What the market asks for the need, in minor units of the need's currency (the value's reference without a budget).
 * Each party (`partyOf`: connected identities, such as one server configured under two entries, are one) asks its
 * cheapest eligible offer, so no seller sets the person's money scale with an offer it does not mean to sell (a dear
 * decoy beside its real offer), nor counts twice. How much a party's price counts comes from evidence the person holds:
 * - a party the person's record vouches for (`sellerWeight` > 0: its statements or deliveries were checked and found
 *   honest more than not) is one voice, at its own price;
 * - the parties with no such record cannot be told apart (two of them may be one brand under two names, and a name
 *   costs nothing), so together they are ONE voice, at what they ask as a market of their own (the same rule, below):
 *   however many names they add, they weigh as one seller.
 * The reference is the highest voice, the second highest among three or more (the most extreme one set aside when
 * there are others to tell it by). With no record the strangers' voice is the only one, so a new person's market is
 * read as it asks; once the person has a record of two sellers or more, names it never checked can neither raise the
 * reference above the highest of those sellers' prices nor lower it below the second highest.
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
  const voices: number[] = [];
  const strangers: number[] = [];
  for (const [party, price] of cheapest) (vouched.has(party) ? voices : strangers).push(price);
  const pooled = upperVoice(strangers);
  if (pooled !== undefined) voices.push(pooled);
  return upperVoice(voices);
}
