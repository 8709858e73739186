import { describe, expect, it } from 'vitest';
import { BrandClient } from '../../agent/transport/index.ts';
import { linkBrandInMemory } from '../../brand-agent/index.ts';
import { orderFor, trailShoeBrief } from '../fixtures/briefs.ts';
import { fixtureBrand } from '../fixtures/fixture-brand.ts';

const clock = () => new Date('2026-11-23T10:00:00Z');

/** One buyer's whole exchange with a fresh in-memory fixture brand, the client validating answers again or not. */
async function exchange(answersValidated: boolean): Promise<unknown[]> {
  const link = await linkBrandInMemory(fixtureBrand({ clock }));
  expect(link.answersValidated).toBe(true);
  const connected = await BrandClient.connect(answersValidated ? { kind: 'transport', transport: link.clientTransport, answersValidated } : { kind: 'transport', transport: link.clientTransport });
  if (!connected.ok) throw new Error(connected.error.message);
  const brand = connected.value;
  try {
    const offers = await brand.requestOffers(trailShoeBrief());
    if (!offers.ok) throw new Error(offers.error.message);
    const offer = offers.value.offers[0]!;
    const question = await brand.askQuestion({ protocolVersion: '1.0', questionId: 'q1', requestId: offer.requestId, offerId: offer.offerId, buyerId: 'buyer-7f3a', attribute: 'waterproof', text: 'Is it waterproof?' });
    const counter = await brand.counterOffer({ protocolVersion: '1.0', counterId: 'c1', requestId: offer.requestId, offerId: offer.offerId, buyerId: 'buyer-7f3a', round: 1, inReplyTo: offer.offerId, proposedPrice: { amountMinor: 13_000, currency: 'EUR' } });
    if (!counter.ok || !counter.value.offer) throw new Error('counter failed');
    const order = orderFor(counter.value.offer);
    const receipt = await brand.placeOrder(order);
    const again = await brand.getOrder({ protocolVersion: '1.0', idempotencyKey: order.idempotencyKey, buyerId: order.buyerId });
    const unknown = await brand.getOrder({ protocolVersion: '1.0', idempotencyKey: 'idem-missing-0123456789', buyerId: order.buyerId });
    const malformed = await brand.requestOffers({ ...trailShoeBrief(), quantity: -1 });
    return [offers, question, counter, receipt, again, unknown, malformed];
  } finally {
    await brand.close();
    await link.close();
  }
}

describe('answers already validated by an in-process brand core', () => {
  it('gives the very same results, errors included, whether or not the client validates them again', async () => {
    const trusted = await exchange(true);
    const checked = await exchange(false);
    expect(trusted).toEqual(checked);
    expect(trusted.slice(0, 5).every((r) => (r as { ok: boolean }).ok)).toBe(true);
    expect(trusted.slice(5).map((r) => (r as { ok: false; error: { code: string } }).error.code)).toEqual(['UNKNOWN_ORDER', 'INVALID_PAYLOAD']);
  });
});
