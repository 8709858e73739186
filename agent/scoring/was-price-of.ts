import type { Money, Offer } from '../../protocol/index.ts';

/**
 * The "was" price an offer shows (its discount's reference price when of kind 'was-price'), if any: what the brand
 * says it asked before, kept with its quote so a later "was" price can be told from a sale running on (see
 * `checkReferencePrice`). The maker's price and a member price are other statements.
 */
export function wasPriceOf(offer: Pick<Offer, 'discount'>): Money | undefined {
  return offer.discount?.kind === 'was-price' ? offer.discount.referencePrice : undefined;
}
