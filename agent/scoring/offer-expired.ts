import type { Offer } from '../../protocol/index.ts';

/**
 * Whether an offer can no longer be ordered at `now`: the protocol answers `OFFER_EXPIRED` only *after* the offer's
 * `validUntil` ("The offer is past its validUntil", docs/protocol.md), so an offer valid until T is still valid at T
 * itself and expired from T + 1 ms. An end that cannot be read promises nothing and counts as expired.
 */
export function offerExpired(offer: Pick<Offer, 'validUntil'>, now: Date): boolean {
  const end = Date.parse(offer.validUntil);
  return !Number.isFinite(end) || now.getTime() > end;
}
