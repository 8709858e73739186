import { describe, expect, it } from 'vitest';
import { createBrandAgentCore } from '../../brand-agent/index.ts';
import { REFERENCE_BRAND_IDS, createReferenceBrand } from '../../brand-agent/reference/index.ts';
import { PROTOCOL_VERSION, ProtocolError, hashOfferTerms, NeedBriefSchema, type Offer } from '../../protocol/index.ts';
import { ALL_BRIEFS } from './briefs.ts';
import { CHEAT_NOW, DirectBrand, NOW } from './harness.ts';

const QUESTIONS: Record<string, [string, string]> = {
  'running-shoes': ['Is it really waterproof (Gore-Tex)?', 'waterproof'],
  headphones: ['Does the battery last at least 30 hours with ANC on?', 'battery_hours'],
  coffee: ['Is this coffee certified organic?', 'organic'],
};

async function exercise(brand: DirectBrand, offer: Offer): Promise<void> {
  const [text, attribute] = QUESTIONS[offer.product.category] ?? ['Tell me more', 'color'];
  await brand.ask(offer, text);
  await brand.ask(offer, text, attribute);
  let latest = offer;
  for (const share of [0.8, 0.9]) {
    let result;
    try {
      result = await brand.counter(latest, { price: { amountMinor: Math.round(offer.price.amountMinor * share), currency: offer.price.currency }, terms: { returnDays: 60 } });
    } catch (error) {
      expect(error).toBeInstanceOf(ProtocolError);
      expect((error as ProtocolError).kind).toBe('business');
      break;
    }
    if (result.offer) latest = result.offer;
    if (result.outcome !== 'counter') break;
  }
  try {
    await brand.order(latest);
  } catch (error) {
    expect(error).toBeInstanceOf(ProtocolError);
    expect((error as ProtocolError).code).toBe('OUT_OF_STOCK');
  }
}

describe('every reference brand speaks valid protocol', () => {
  for (const id of REFERENCE_BRAND_IDS) {
    it(`${id}: briefs, questions, counters and orders all parse with the protocol schemas`, async () => {
      for (const now of [NOW, CHEAT_NOW]) {
        const brand = new DirectBrand(createReferenceBrand(id), now);
        let offers = 0;
        for (const makeBrief of ALL_BRIEFS) {
          const response = await brand.request(makeBrief(`${makeBrief.name}-${now.getTime()}`));
          for (const offer of response.offers) {
            offers++;
            expect(Date.parse(offer.validUntil)).toBeGreaterThan(now.getTime());
            await exercise(brand, offer);
          }
        }
        expect(offers, `${id} made no offer for any brief`).toBeGreaterThan(0);
      }
    });
  }

  it('passes the SDK core (output validation, echo checks, receipt hash check) for every brand', async () => {
    for (const id of REFERENCE_BRAND_IDS) {
      const core = createBrandAgentCore(createReferenceBrand(id, { clock: () => NOW }));
      for (const makeBrief of ALL_BRIEFS) {
        const brief = NeedBriefSchema.parse(makeBrief(`core-${makeBrief.name}`));
        const outcome = await core.call('request_offers', brief);
        expect(outcome.ok, `${id} ${makeBrief.name}: ${outcome.ok ? '' : outcome.error.message}`).toBe(true);
        if (!outcome.ok) continue;
        const offers = (outcome.value as { offers: Offer[] }).offers;
        const offer = offers[0];
        if (!offer) continue;
        const counter = await core.call('counter_offer', {
          protocolVersion: PROTOCOL_VERSION,
          counterId: `c-${id}-${makeBrief.name}`,
          requestId: brief.requestId,
          offerId: offer.offerId,
          buyerId: 'buyer-1',
          round: 1,
          inReplyTo: offer.offerId,
          proposedPrice: { amountMinor: Math.round(offer.price.amountMinor * 0.85), currency: 'EUR' },
        });
        expect(counter.ok, `${id} counter: ${counter.ok ? '' : counter.error.message}`).toBe(true);
        const order = await core.call('place_order', {
          protocolVersion: PROTOCOL_VERSION,
          idempotencyKey: `idem-core-${id}-${makeBrief.name}`,
          requestId: brief.requestId,
          offerId: offer.offerId,
          buyerId: 'buyer-1',
          quantity: offer.quantity,
          mandate: {
            mandateId: `m-${id}-${makeBrief.name}`,
            offerId: offer.offerId,
            maxAmount: offer.price,
            expiresAt: new Date(NOW.getTime() + 60_000).toISOString(),
            termsHash: hashOfferTerms(offer),
            issuedAt: NOW.toISOString(),
          },
        });
        if (!order.ok) expect(order.error.code, `${id} order: ${order.error.message}`).toBe('OUT_OF_STOCK');
      }
    }
  });
});
