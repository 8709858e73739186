import { describe, expect, it } from 'vitest';
import { issueMandate } from '../../agent/consent/index.ts';
import { checkMandate } from '../../brand-agent/index.ts';
import { ProtocolError } from '../../protocol/index.ts';
import { acceptedOffer, orderFor } from './consent-fixtures.ts';

const NOW = new Date('2026-12-03T10:00:00.000Z');
const offer = acceptedOffer();
const mandate = issueMandate(offer, { mandateId: 'm-1', now: NOW });

function codeOf(run: () => void): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(ProtocolError);
    return (error as ProtocolError).code;
  }
}

describe('checkMandate (the brand side of consent)', () => {
  it('lets through an order its mandate authorises', () => {
    expect(codeOf(() => checkMandate(orderFor(offer, mandate), offer, NOW))).toBeUndefined();
  });

  it('refuses a mandate for another offer, another quantity, or other terms', () => {
    expect(codeOf(() => checkMandate(orderFor(offer, { ...mandate, offerId: 'other' }), offer, NOW))).toBe('TERMS_MISMATCH');
    expect(codeOf(() => checkMandate(orderFor(offer, mandate, { quantity: 3 }), offer, NOW))).toBe('TERMS_MISMATCH');
    const dearer = acceptedOffer({ price: { amountMinor: 16_990, currency: 'EUR' } });
    expect(codeOf(() => checkMandate(orderFor(dearer, mandate), dearer, NOW))).toBe('TERMS_MISMATCH');
  });

  it('refuses expired offers and mandates', () => {
    const later = new Date('2026-12-03T11:00:00.000Z');
    expect(codeOf(() => checkMandate(orderFor(offer, mandate), offer, later))).toBe('MANDATE_EXPIRED');
    expect(codeOf(() => checkMandate(orderFor(offer, mandate), offer, new Date('2027-02-01T00:00:00.000Z')))).toBe('OFFER_EXPIRED');
  });

  it('refuses a price above the maximum amount, or in another currency', () => {
    expect(codeOf(() => checkMandate(orderFor(offer, { ...mandate, maxAmount: { amountMinor: 15_989, currency: 'EUR' } }), offer, NOW))).toBe('MANDATE_EXCEEDED');
    expect(codeOf(() => checkMandate(orderFor(offer, { ...mandate, maxAmount: { amountMinor: 10_000_000, currency: 'JPY' } }), offer, NOW))).toBe('MANDATE_EXCEEDED');
  });
});
