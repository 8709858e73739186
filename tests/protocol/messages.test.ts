import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BriefResponseSchema,
  CounterResultSchema,
  OfferSchema,
  PROTOCOL_ERROR_CODES,
  ProtocolError,
  canonicalJson,
  hashOfferTerms,
  negotiateProtocol,
  violatedConstraints,
  type Offer,
} from '../../protocol/index.ts';

const offer: Offer = {
  offerId: 'o1',
  requestId: 'r1',
  brandId: 'trailco',
  product: { sku: 's1', title: 'Ridge', category: 'running-shoes', maker: 'Salomon', attributes: { size_eu: 43, waterproof: true } },
  quantity: 1,
  price: { amountMinor: 12_900, currency: 'EUR' },
  terms: { deliveryDays: 3, returnDays: 30, warrantyMonths: 24 },
  validUntil: '2026-11-24T10:00:00.000Z',
  claims: [],
  round: 0,
};

describe('protocol messages', () => {
  it('accepts a valid offer and rejects money that is not integer minor units', () => {
    expect(OfferSchema.safeParse(offer).success).toBe(true);
    expect(OfferSchema.safeParse({ ...offer, price: { amountMinor: 129.5, currency: 'EUR' } }).success).toBe(false);
    expect(OfferSchema.safeParse({ ...offer, price: { amountMinor: 100, currency: 'euro' } }).success).toBe(false);
  });

  it('requires a reference price above the price when a discount is claimed', () => {
    const bad = { ...offer, discount: { kind: 'was-price', referencePrice: { amountMinor: 12_000, currency: 'EUR' } } };
    const result = OfferSchema.safeParse(bad);
    expect(result.success).toBe(false);
    const good = { ...offer, discount: { kind: 'was-price', referencePrice: { amountMinor: 19_900, currency: 'EUR' } } };
    expect(OfferSchema.safeParse(good).success).toBe(true);
  });

  it('states one value per attribute in claims: the same value twice is fine, two values are refused', () => {
    const claim = (asserted: number | string) => ({ attribute: 'weight_g', asserted });
    expect(OfferSchema.safeParse({ ...offer, claims: [claim(330), { ...claim(330), evidence: { kind: 'test-report', reference: 'lab-1' } }] }).success).toBe(true);
    expect(OfferSchema.safeParse({ ...offer, claims: [{ attribute: 'color', asserted: 'Black' }, { attribute: 'color', asserted: 'bl\u0430ck ' }] }).success).toBe(true);
    const two = OfferSchema.safeParse({ ...offer, claims: [claim(150), claim(330)] });
    expect(two.success).toBe(false);
    expect(two.error?.issues[0]?.path).toEqual(['claims', 1, 'asserted']);
  });

  it('keeps a brief response coherent: offers answer the request, a decline carries no offers', () => {
    expect(BriefResponseSchema.safeParse({ requestId: 'r1', outcome: 'offers', offers: [offer] }).success).toBe(true);
    expect(BriefResponseSchema.safeParse({ requestId: 'r2', outcome: 'offers', offers: [offer] }).success).toBe(false);
    expect(BriefResponseSchema.safeParse({ requestId: 'r1', outcome: 'decline', offers: [offer] }).success).toBe(false);
    expect(BriefResponseSchema.safeParse({ requestId: 'r1', outcome: 'offers', offers: [] }).success).toBe(false);
  });

  it('requires counter results to echo the counter and carry the round on the revised offer', () => {
    const ok = { counterId: 'c1', inReplyTo: 'c1', round: 1, outcome: 'counter', offer: { ...offer, round: 1 } };
    expect(CounterResultSchema.safeParse(ok).success).toBe(true);
    expect(CounterResultSchema.safeParse({ ...ok, inReplyTo: 'c0' }).success).toBe(false);
    expect(CounterResultSchema.safeParse({ ...ok, offer: { ...offer, round: 2 } }).success).toBe(false);
    expect(CounterResultSchema.safeParse({ counterId: 'c1', inReplyTo: 'c1', round: 1, outcome: 'accept' }).success).toBe(false);
  });
});

describe('version negotiation', () => {
  it('keeps the capability intersection and the lower minor', () => {
    const agreed = negotiateProtocol(
      { protocolVersion: '1.3', capabilities: ['offers', 'orders', 'counters'] },
      { protocolVersion: '1.1', capabilities: ['offers', 'counters', 'questions'] },
    );
    expect(agreed).toEqual({ protocolVersion: '1.1', capabilities: ['offers', 'counters'] });
  });

  it('refuses an unknown major version with a typed error', () => {
    try {
      negotiateProtocol({ protocolVersion: '1.0', capabilities: [] }, { protocolVersion: '2.0', capabilities: [] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ProtocolError);
      expect((error as ProtocolError).code).toBe('UNSUPPORTED_VERSION');
      expect((error as ProtocolError).kind).toBe('fault');
    }
  });

  it('classifies every error code as fault or business', () => {
    for (const info of Object.values(PROTOCOL_ERROR_CODES)) expect(['fault', 'business']).toContain(info.kind);
  });
});

describe('terms hash and constraints', () => {
  it('hashes canonically: key order never matters, any term change does', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 6 }), fc.integer()), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(record));
      }),
    );
    expect(hashOfferTerms({ ...offer, price: { amountMinor: 12_901, currency: 'EUR' } })).not.toBe(hashOfferTerms(offer));
    const withPitch: Offer = { ...offer, pitch: 'different text' };
    expect(hashOfferTerms(withPitch)).toBe(hashOfferTerms(offer));
  });

  it('evaluates hard constraints, including exclusions on the maker', () => {
    expect(violatedConstraints(offer.product, [{ attribute: 'size_eu', op: 'eq', value: 43 }])).toEqual([]);
    expect(violatedConstraints(offer.product, [{ attribute: 'maker', op: 'not-in', value: ['salomon'] }])).toHaveLength(1);
    expect(violatedConstraints(offer.product, [{ attribute: 'weight_g', op: 'lte', value: 300 }])).toHaveLength(1);
  });
});
