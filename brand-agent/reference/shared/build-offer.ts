import type { CatalogEntry } from '../../definition.ts';
import type { Claim, Counter, Discount, Money, Offer, Product, Terms } from '../../../protocol/index.ts';
import { totalOf } from './assess-catalog.ts';
import { revisionIdFor } from './offer-ids.ts';

/** When an offer made at `now` stops being valid. */
export function validUntil(now: Date, minutes: number): string {
  return new Date(now.getTime() + minutes * 60_000).toISOString();
}

/** Everything needed to write a first (round 0) offer; unset fields come from the catalog entry. */
export interface OfferDraft {
  readonly offerId: string;
  readonly requestId: string;
  readonly brandId: string;
  readonly entry: CatalogEntry;
  readonly quantity: number;
  readonly now: Date;
  readonly validForMinutes: number;
  readonly price?: Money;
  readonly product?: Product;
  readonly terms?: Terms;
  readonly claims?: readonly Claim[];
  readonly discount?: Discount;
  readonly pitch?: string;
}

/** Writes a round-0 offer from a catalog entry (price = unit price × quantity unless overridden). */
export function buildOffer(draft: OfferDraft): Offer {
  const price = draft.price ?? totalOf(draft.entry, draft.quantity);
  return {
    offerId: draft.offerId,
    requestId: draft.requestId,
    brandId: draft.brandId,
    product: draft.product ?? draft.entry.product,
    quantity: draft.quantity,
    price,
    ...(draft.discount && draft.discount.referencePrice.amountMinor > price.amountMinor ? { discount: draft.discount } : {}),
    terms: draft.terms ?? draft.entry.terms,
    validUntil: validUntil(draft.now, draft.validForMinutes),
    claims: [...(draft.claims ?? draft.entry.claims ?? [])],
    ...(draft.pitch !== undefined ? { pitch: draft.pitch } : {}),
    round: 0,
  };
}

/** What a revision changes relative to the latest offer. */
export interface OfferChanges {
  readonly price?: Money;
  readonly terms?: Terms;
  readonly product?: Product;
  readonly quantity?: number;
  readonly claims?: readonly Claim[];
  readonly pitch?: string;
}

/**
 * Writes the revision of `latest` answering `counter`: a new id derived from the root offer, round = counter round,
 * inReplyTo = counter id, fresh validity. A claimed discount survives only on the same product and while it is still above the price.
 */
export function reviseOffer(latest: Offer, rootOfferId: string, counter: Counter, changes: OfferChanges, now: Date, validForMinutes: number): Offer {
  const price = changes.price ?? latest.price;
  const { discount, pitch, inReplyTo: _previousReply, ...rest } = latest;
  const nextPitch = changes.pitch ?? pitch;
  const sameProduct = changes.product === undefined || changes.product.sku === latest.product.sku;
  return {
    ...rest,
    offerId: revisionIdFor(rootOfferId, counter.round),
    product: changes.product ?? latest.product,
    quantity: changes.quantity ?? latest.quantity,
    price,
    ...(discount && sameProduct && discount.referencePrice.amountMinor > price.amountMinor ? { discount } : {}),
    terms: changes.terms ?? latest.terms,
    claims: [...(changes.claims ?? latest.claims)],
    ...(nextPitch !== undefined ? { pitch: nextPitch } : {}),
    validUntil: validUntil(now, validForMinutes),
    round: counter.round,
    inReplyTo: counter.counterId,
  };
}
