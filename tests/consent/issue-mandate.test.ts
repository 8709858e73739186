import { describe, expect, it } from 'vitest';
import { MANDATE_LIFETIME_MS, issueMandate } from '../../agent/consent/index.ts';
import { MandateSchema, hashOfferTerms } from '../../protocol/index.ts';
import { acceptedOffer } from './consent-fixtures.ts';

const NOW = new Date('2026-12-03T10:00:00.000Z');

describe('issueMandate', () => {
  it('authorises exactly the accepted offer: its id, its price as the maximum, its terms by hash', () => {
    const offer = acceptedOffer();
    const mandate = issueMandate(offer, { mandateId: 'm-1', now: NOW });
    expect(MandateSchema.parse(mandate)).toEqual(mandate);
    expect(mandate).toEqual({
      mandateId: 'm-1',
      offerId: offer.offerId,
      maxAmount: { amountMinor: 15_990, currency: 'EUR' },
      expiresAt: new Date(NOW.getTime() + MANDATE_LIFETIME_MS).toISOString(),
      termsHash: hashOfferTerms(offer),
      issuedAt: NOW.toISOString(),
    });
  });

  it('keeps the currency digits: a yen or dinar offer is not rescaled', () => {
    expect(issueMandate(acceptedOffer({ price: { amountMinor: 20_000, currency: 'JPY' } }), { mandateId: 'm', now: NOW }).maxAmount).toEqual({ amountMinor: 20_000, currency: 'JPY' });
    expect(issueMandate(acceptedOffer({ price: { amountMinor: 1_250, currency: 'KWD' } }), { mandateId: 'm', now: NOW }).maxAmount).toEqual({ amountMinor: 1_250, currency: 'KWD' });
  });

  it('never outlives the offer, and honours a shorter lifetime', () => {
    const offer = acceptedOffer({ validUntil: '2026-12-03T10:05:00.000Z' });
    expect(issueMandate(offer, { mandateId: 'm', now: NOW }).expiresAt).toBe('2026-12-03T10:05:00.000Z');
    expect(issueMandate(acceptedOffer(), { mandateId: 'm', now: NOW, lifetimeMs: 60_000 }).expiresAt).toBe('2026-12-03T10:01:00.000Z');
  });

  it('binds the terms: a different price, quantity or warranty gives a different hash', () => {
    const base = issueMandate(acceptedOffer(), { mandateId: 'm', now: NOW }).termsHash;
    for (const changed of [
      acceptedOffer({ price: { amountMinor: 15_991, currency: 'EUR' } }),
      acceptedOffer({ quantity: 3 }),
      acceptedOffer({ terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 12 } }),
      acceptedOffer({ brandId: 'sly' }),
    ]) {
      expect(issueMandate(changed, { mandateId: 'm', now: NOW }).termsHash).not.toBe(base);
    }
  });
});
