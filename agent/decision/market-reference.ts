import type { Offer } from '../../protocol/index.ts';
import { recordCredibility, type BrandTrustView } from '../scoring/index.ts';

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
 * - a party the person's record vouches for (`recordCredibility` > 0, as `sellerWeight` > 0: its statements or
 *   deliveries were checked and found honest more than not) is one voice, at its own price;
 * - the parties with no such record cannot be told apart (two of them may be one brand under two names, and a name
 *   costs nothing), so together they are ONE voice, at what they ask as a market of their own (the same rule, below):
 *   however many names they add, they weigh as one seller;
 * - that one unknown seller asking MORE than every vouched party is heard at the credibility-weighted mean of the two
 *   prices: Z × the dearest vouched price + (1 − Z) × its own, Z the record's credibility for that vouched party
 *   (`recordCredibility`: n / (n + 2) after n clean checks). What the strangers claim above everything the record
 *   vouches for counts as far as the record is thin: an honest dear stranger still raises the scale, a crowd of
 *   invented names no more than one stranger does, and neither past what one unknown seller may say against a
 *   seller the person has checked.
 *   Asking less, it is heard at its own price (and, as before, cannot bring the reference below a vouched price
 *   alone: the higher of two voices is the reference).
 * The reference is the highest voice, the second highest among three or more (the most extreme one set aside when
 * there are others to tell it by). With no record the strangers' voice is the only one, so a new person's market is
 * read as it asks; once the person has a record of two sellers or more, names it never checked can neither raise the
 * reference above the highest of those sellers' prices nor lower it below the second highest; with a record of one
 * seller, they can raise it above that seller's price by at most (1 − Z) × the gap.
 */
export function marketReferenceMinor(eligible: readonly MarketQuote[], currency: string, partyOf: (brandId: string) => string = (id) => id): number | undefined {
  const cheapest = new Map<string, number>();
  // How far the record vouches for each party: the best of its members' (0: a stranger).
  const credibility = new Map<string, number>();
  for (const { offer, trust } of eligible) {
    if (offer.price.currency !== currency) continue;
    const party = partyOf(offer.brandId);
    credibility.set(party, Math.max(credibility.get(party) ?? 0, recordCredibility(trust)));
    const seen = cheapest.get(party);
    if (seen === undefined || offer.price.amountMinor < seen) cheapest.set(party, offer.price.amountMinor);
  }
  const voices: number[] = [];
  const strangers: number[] = [];
  // The dearest vouched price, and the record's credibility behind it (the best of the parties asking it).
  let dearest: { price: number; z: number } | undefined;
  for (const [party, price] of cheapest) {
    const z = credibility.get(party) ?? 0;
    if (z <= 0) {
      strangers.push(price);
      continue;
    }
    voices.push(price);
    if (dearest === undefined || price > dearest.price || (price === dearest.price && z > dearest.z)) dearest = { price, z };
  }
  const pooled = upperVoice(strangers);
  if (pooled !== undefined) {
    if (dearest === undefined || pooled <= dearest.price) voices.push(pooled);
    else voices.push(Math.round(dearest.z * dearest.price + (1 - dearest.z) * pooled));
  }
  return upperVoice(voices);
}
