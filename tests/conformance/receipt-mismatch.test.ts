import { describe, expect, it } from 'vitest';
import { receiptMismatch } from '../../brand-agent/conformance/receipt-mismatch.ts';
import { hashOfferTerms, hashReceiptTerms, type Offer, type Order, type Receipt } from '../../protocol/index.ts';

const offer: Offer = {
  offerId: 'offer-1',
  requestId: 'req-1',
  brandId: 'pushy',
  product: { sku: 'sku-1', title: 'Trail shoe', category: 'running-shoes', attributes: {} },
  quantity: 1,
  price: { amountMinor: 1_250, currency: 'EUR' },
  terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 },
  validUntil: '2030-01-01T00:00:00.000Z',
  claims: [],
  round: 0,
};
const order: Order = {
  protocolVersion: '1.0',
  idempotencyKey: 'idem-0000000000001',
  requestId: 'req-1',
  offerId: 'offer-1',
  buyerId: 'buyer-1',
  quantity: 1,
  mandate: {
    mandateId: 'mandate-1',
    offerId: 'offer-1',
    maxAmount: { amountMinor: 1_250, currency: 'EUR' },
    expiresAt: '2030-01-01T00:00:00.000Z',
    termsHash: hashOfferTerms(offer),
    issuedAt: '2029-01-01T00:00:00.000Z',
  },
};

function receipt(change: Partial<Receipt> = {}): Receipt {
  const body = {
    orderId: 'order-1',
    offerId: 'offer-1',
    idempotencyKey: order.idempotencyKey,
    brandId: 'pushy',
    sku: 'sku-1',
    quantity: 1,
    charged: offer.price,
    terms: offer.terms,
    placedAt: '2029-01-01T00:00:01.000Z',
    ...change,
  };
  return { ...body, termsHash: hashReceiptTerms(body) };
}

describe('receiptMismatch', () => {
  it('accepts the receipt of exactly the accepted offer', () => {
    expect(receiptMismatch(receipt(), order, offer, 'pushy')).toBeUndefined();
  });

  it('refuses the issue #13 receipt: 1440 against an offer and mandate of 1250, returns cut to 0, self-consistent hash', () => {
    const bad = receipt({ charged: { amountMinor: 1_440, currency: 'EUR' }, terms: { ...offer.terms, returnDays: 0 } });
    const found = receiptMismatch(bad, order, offer, 'pushy');
    expect(found).toMatchObject({ path: 'charged', expected: { amountMinor: 1_250, currency: 'EUR' }, actual: { amountMinor: 1_440, currency: 'EUR' } });
    expect(found?.reason).toBe('receipt charged 14.40 EUR (1440 minor units), more than the mandate allows (12.50 EUR (1250 minor units))');
  });

  it('refuses a receipt charging less than the offer, or in another currency', () => {
    expect(receiptMismatch(receipt({ charged: { amountMinor: 1_000, currency: 'EUR' } }), order, offer, 'pushy')?.path).toBe('charged');
    expect(receiptMismatch(receipt({ charged: { amountMinor: 1_250, currency: 'USD' } }), order, offer, 'pushy')?.path).toBe('charged');
  });

  it('refuses changed terms and names the term', () => {
    expect(receiptMismatch(receipt({ terms: { ...offer.terms, warrantyMonths: 0 } }), order, offer, 'pushy')).toMatchObject({ path: 'terms.warrantyMonths', expected: 24, actual: 0 });
  });

  it('refuses a hash that is not its own, and gives the expected hash', () => {
    const forged = { ...receipt(), termsHash: 'a'.repeat(64) };
    expect(receiptMismatch(forged, order, offer, 'pushy')).toMatchObject({ path: 'termsHash', expected: hashReceiptTerms(forged), actual: 'a'.repeat(64) });
  });
});
