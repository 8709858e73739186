import type { CatalogEntry } from '../../definition.ts';
import { BoundedMap, type Claim, type Counter, type Discount, type Money, type Offer, type Product, type Terms } from '../../../protocol/index.ts';
import { totalOf } from './assess-catalog.ts';
import { revisionIdFor } from './offer-ids.ts';

/**
 * Validity instants already written. Every offer and every revision carries one, and writing it (a Date and its ISO
 * text) cost ~1.5 µs; a brand answering from one clock reading with one validity period writes the same text again
 * and again (a simulated round's hundreds of offers and counters per brand).
 */
const validityTexts = new BoundedMap<number, string>(256);

/** When an offer made at `now` stops being valid. */
export function validUntil(now: Date, minutes: number): string {
  const at = now.getTime() + minutes * 60_000;
  let text = validityTexts.get(at);
  if (text === undefined) {
    // An invalid instant throws here, as it always did, and is never kept.
    text = new Date(at).toISOString();
    validityTexts.set(at, text);
  }
  return text;
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

/**
 * Writes a round-0 offer from a catalog entry (price = unit price × quantity unless overridden). Built field by field
 * in the order the literal with conditional spreads gave (an optional discount after the price, an optional pitch
 * after the claims): spreads in the middle of a literal take V8's generic paths, several µs per offer.
 */
export function buildOffer(draft: OfferDraft): Offer {
  const price = draft.price ?? totalOf(draft.entry, draft.quantity);
  const offer: Record<string, unknown> = {
    offerId: draft.offerId,
    requestId: draft.requestId,
    brandId: draft.brandId,
    product: draft.product ?? draft.entry.product,
    quantity: draft.quantity,
    price,
  };
  if (draft.discount && draft.discount.referencePrice.amountMinor > price.amountMinor) offer.discount = draft.discount;
  offer.terms = draft.terms ?? draft.entry.terms;
  offer.validUntil = validUntil(draft.now, draft.validForMinutes);
  offer.claims = [...(draft.claims ?? draft.entry.claims ?? [])];
  if (draft.pitch !== undefined) offer.pitch = draft.pitch;
  offer.round = 0;
  return offer as Offer;
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

/** The fields a revision never copies from the offer it revises (each is set anew, or dropped; `__proto__` is never a field, and assigning it would set the prototype). */
const NOT_CARRIED = new Set(['discount', 'pitch', 'inReplyTo', '__proto__']);

/**
 * Writes the revision of `latest` answering `counter`: a new id derived from the root offer, round = counter round,
 * inReplyTo = counter id, fresh validity. A claimed discount survives only on the same product and while it is still above the price.
 * Built field by field, in the order `{ ...rest, offerId, …, inReplyTo }` gives (the revised offer's keys are those of
 * `latest`, then any discount, pitch and inReplyTo): the literal with a rest copy and conditional spreads cost ~9 µs per
 * revision under V8's generic paths, this ~1 µs, and a negotiation revises an offer at every counter.
 */
export function reviseOffer(latest: Offer, rootOfferId: string, counter: Counter, changes: OfferChanges, now: Date, validForMinutes: number): Offer {
  const price = changes.price ?? latest.price;
  const { discount, pitch } = latest;
  const nextPitch = changes.pitch ?? pitch;
  const sameProduct = changes.product === undefined || changes.product.sku === latest.product.sku;
  const revised: Record<string, unknown> = {};
  for (const key of Object.keys(latest)) if (!NOT_CARRIED.has(key)) revised[key] = latest[key as keyof Offer];
  revised.offerId = revisionIdFor(rootOfferId, counter.round);
  revised.product = changes.product ?? latest.product;
  revised.quantity = changes.quantity ?? latest.quantity;
  revised.price = price;
  if (discount && sameProduct && discount.referencePrice.amountMinor > price.amountMinor) revised.discount = discount;
  revised.terms = changes.terms ?? latest.terms;
  revised.claims = [...(changes.claims ?? latest.claims)];
  if (nextPitch !== undefined) revised.pitch = nextPitch;
  revised.validUntil = validUntil(now, validForMinutes);
  revised.round = counter.round;
  revised.inReplyTo = counter.counterId;
  return revised as Offer;
}
