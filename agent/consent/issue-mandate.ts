import { hashOfferTerms, toMinuteTimestamp, type Mandate, type Offer } from '../../protocol/index.ts';

/** How long a mandate stays valid after the person confirms (short: it authorises one purchase now). */
export const MANDATE_LIFETIME_MS = 15 * 60_000;

/**
 * Issues a mandate for exactly the accepted offer: the max amount is the offer price, the terms hash binds
 * seller, product, quantity, price and terms. Only called after explicit consent and a policy check. The butler's clock
 * is stated to the minute (`toMinuteTimestamp`): issued at the minute of consent, valid for the lifetime from it (at most
 * a minute less), unless the offer ends sooner.
 */
export function issueMandate(offer: Offer, options: { mandateId: string; now: Date; lifetimeMs?: number }): Mandate {
  const issuedAt = toMinuteTimestamp(options.now);
  const expires = Math.min(Date.parse(issuedAt) + (options.lifetimeMs ?? MANDATE_LIFETIME_MS), Date.parse(offer.validUntil));
  return {
    mandateId: options.mandateId,
    offerId: offer.offerId,
    maxAmount: { ...offer.price },
    expiresAt: new Date(expires).toISOString(),
    termsHash: hashOfferTerms(offer),
    issuedAt,
  };
}
