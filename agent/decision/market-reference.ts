import type { Offer } from '../../protocol/index.ts';
import { sellerWeight, type BrandTrustView } from '../scoring/index.ts';

/** What the market reference reads of one eligible offer: its price and seller, and the person's record of that seller. */
export interface MarketReferenceCandidate {
  readonly offer: Offer;
  readonly trust?: BrandTrustView | undefined;
}

/** The highest of the parties' lowest prices, the second highest among three or more (the most extreme set aside). */
function referenceOf(asked: number[]): number | undefined {
  asked.sort((a, b) => b - a);
  return asked.length >= 3 ? asked[1] : asked[0];
}

/**
 * What the market asks for the need, in minor units of the need's currency, as the scale of one party's offers (the
 * value's reference without a budget). Each party (`partyOf`: connected identities, such as one server configured under
 * two entries, are one) counts with its cheapest eligible offer, so no seller sets the person's money scale with an
 * offer it does not mean to sell (a dear decoy beside its real offer), nor counts twice; the reference is the highest of
 * those prices, the second highest among three parties or more (as `preferenceScale` reads a preference: the most
 * extreme party is set aside when there are others to tell it by).
 *
 * A seller's own price does not vouch for its own offers: each party's offers are scaled to what the OTHER parties ask.
 * Two names of one brand cannot be told apart from two sellers, so without this a brand's second name asking more
 * beside it made its own dear offer the scale (Sly at 160 EUR and "Slytwin" at 170 EUR beside honest pairs at 80–90
 * EUR: reference 90 → 160 EUR, Sly recommended first); read on the others, the twin is the extreme one set aside and
 * the scale of Sly's offers stays at what the honest sellers ask. A cheap decoy only joins the others, of which the
 * second highest is kept, so it cannot drag a scale below what the honest sellers ask. Only a party the person's record
 * vouches for (checked and found honest more than not: `sellerWeight` > 0) counts its own price for its own offers as
 * well, and a party alone in the market is scaled to its own cheapest offer (there is no other to ask).
 * Returns the reference of the party of `brandId`, undefined when no eligible offer is in `currency`.
 */
export function marketReferences(eligible: readonly MarketReferenceCandidate[], currency: string, partyOf: (brandId: string) => string = (id) => id): (brandId: string) => number | undefined {
  const cheapest = new Map<string, number>();
  const vouched = new Set<string>();
  for (const { offer, trust } of eligible) {
    if (offer.price.currency !== currency) continue;
    const party = partyOf(offer.brandId);
    if (sellerWeight(trust) > 0) vouched.add(party);
    const seen = cheapest.get(party);
    if (seen === undefined || offer.price.amountMinor < seen) cheapest.set(party, offer.price.amountMinor);
  }
  const byParty = new Map<string, number | undefined>();
  return (brandId) => {
    const party = partyOf(brandId);
    if (!byParty.has(party)) {
      const others = [...cheapest].flatMap(([p, price]) => (p !== party || vouched.has(party) ? [price] : []));
      const own = cheapest.get(party);
      byParty.set(party, others.length > 0 ? referenceOf(others) : own);
    }
    return byParty.get(party);
  };
}
