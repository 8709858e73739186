import { describe, expect, it } from 'vitest';
import { BrandClient } from '../../agent/transport/index.ts';
import { PROTOCOL_VERSION, hashOfferTerms } from '../../protocol/index.ts';
import { linkRawBrand, standardResult } from '../conformance/raw-brand.ts';
import { fixtureBrand } from '../fixtures/fixture-brand.ts';

describe('a 1.0 brand and a 1.1 butler', () => {
  it('agree on 1.0 and still trade: offers, then an order under a mandate', async () => {
    // A brand that answers hello as a 1.0 implementation would: version 1.0, a card without attributeSchemas.
    const linked = await linkRawBrand(fixtureBrand(), {
      result: (name, outcome, standard) => {
        if (name !== 'hello' || !outcome.ok) return standard();
        const hello = outcome.value as { capabilities: string[]; card: Record<string, unknown> };
        const { attributeSchemas: _dropped, ...card10 } = hello.card;
        return standardResult({ ok: true, value: { protocolVersion: '1.0', capabilities: hello.capabilities, card: { ...card10, protocolVersion: '1.0' } } });
      },
    });
    const connected = await BrandClient.connect({ kind: 'transport', transport: linked.transport, label: 'old brand' });
    expect(connected.ok).toBe(true);
    if (!connected.ok) return;
    const client = connected.value;
    try {
      expect(PROTOCOL_VERSION).toBe('1.2');
      expect(client.protocolVersion).toBe('1.0');
      expect(client.card.attributeSchemas).toBeUndefined();
      const offers = await client.requestOffers({
        protocolVersion: client.protocolVersion,
        requestId: 'interop-1',
        buyerId: 'buyer-interop',
        category: 'running-shoes',
        hardConstraints: [],
        softPreferences: [],
        quantity: 1,
        currency: 'EUR',
        issuedAt: new Date().toISOString(),
      });
      expect(offers.ok && offers.value.outcome).toBe('offers');
      if (!offers.ok || offers.value.outcome !== 'offers') return;
      const offer = offers.value.offers[0]!;
      const receipt = await client.placeOrder({
        protocolVersion: client.protocolVersion,
        idempotencyKey: 'interop-order-key-0001',
        requestId: 'interop-1',
        offerId: offer.offerId,
        buyerId: 'buyer-interop',
        quantity: 1,
        mandate: { mandateId: 'interop-mandate', offerId: offer.offerId, maxAmount: offer.price, expiresAt: new Date(Date.now() + 3_600_000).toISOString(), termsHash: hashOfferTerms(offer), issuedAt: new Date().toISOString() },
      });
      expect(receipt.ok && receipt.value.charged).toEqual(offer.price);
    } finally {
      await client.close();
      await linked.close();
    }
  });
});
