// Unit checks of the identity binding, with scripted connections (the hostile-brand tests cross real processes).
import { describe, expect, it } from 'vitest';
import { bindBrandIdentity, namespaceOfferId, type BrandConnection } from '../../agent/butler/index.ts';
import { issueMandate } from '../../agent/consent/index.ts';
import { IdSchema, PROTOCOL_VERSION, hashOfferTerms, hashReceiptTerms, type BriefResponse, type NeedBriefInput, type Offer, type Order, type Receipt } from '../../protocol/index.ts';

const NOW = new Date('2026-11-23T10:00:00.000Z');

function offer(brandId: string, offerId: string, requestId = 'req-1'): Offer {
  return {
    offerId,
    requestId,
    brandId,
    product: { sku: 'TRC-1', title: 'Ridge GTX', category: 'running-shoes', attributes: { size_eu: 43 } },
    quantity: 1,
    price: { amountMinor: 11_992, currency: 'EUR' },
    terms: { deliveryDays: 2, returnDays: 30, warrantyMonths: 24 },
    validUntil: '2026-11-24T10:00:00.000Z',
    claims: [],
    round: 0,
  };
}

function brief(maxOffers = 3): NeedBriefInput {
  return { protocolVersion: PROTOCOL_VERSION, requestId: 'req-1', buyerId: 'b-1', category: 'running-shoes', hardConstraints: [], softPreferences: [], quantity: 1, currency: 'EUR', shipToCountry: 'FR', maxOffers, issuedAt: NOW.toISOString() };
}

/** A scripted brand connection that answers briefs with `offers` and records every call it gets. */
function scripted(cardId: string, offers: Offer[], receipt?: (order: Order) => Receipt) {
  const calls: Array<{ tool: string; message: unknown }> = [];
  const connection: BrandConnection = {
    id: cardId,
    card: { id: cardId, name: cardId, description: 'x', categories: ['running-shoes'], currencies: ['EUR'], policies: { returnDays: 30, warrantyMonths: 24, shipsTo: ['FR'] }, protocolVersion: PROTOCOL_VERSION, capabilities: [] },
    timeoutMs: 1_000,
    supports: () => true,
    requestOffers: async (b) => (calls.push({ tool: 'request_offers', message: b }), { ok: true, value: { requestId: b.requestId, outcome: 'offers', offers } satisfies BriefResponse }),
    askQuestion: async (q) => (calls.push({ tool: 'ask_question', message: q }), { ok: true, value: { questionId: q.questionId, offerId: q.offerId, stance: 'confirmed', text: 'yes', claims: [] } }),
    counterOffer: async (c) => (calls.push({ tool: 'counter_offer', message: c }), { ok: true, value: { counterId: c.counterId, inReplyTo: c.counterId, round: c.round, outcome: 'reject' } }),
    placeOrder: async (o) => {
      calls.push({ tool: 'place_order', message: o });
      if (!receipt) return { ok: false, error: { code: 'UNKNOWN_OFFER', message: 'no' } };
      return { ok: true, value: receipt(o) };
    },
    getOrder: async () => ({ ok: false, error: { code: 'UNKNOWN_ORDER', message: 'no' } }),
  };
  return { connection, calls };
}

function honestReceipt(wire: Offer, brandId = wire.brandId) {
  return (order: Order): Receipt => {
    const base = { offerId: order.offerId, brandId, sku: wire.product.sku, quantity: order.quantity, charged: wire.price, terms: wire.terms };
    return { ...base, orderId: 'ord-1', idempotencyKey: order.idempotencyKey, placedAt: NOW.toISOString(), termsHash: hashReceiptTerms(base) };
  };
}

function orderFor(butlerOffer: Offer): Order {
  return { protocolVersion: PROTOCOL_VERSION, idempotencyKey: 'idem-0123456789abcdef', requestId: butlerOffer.requestId, offerId: butlerOffer.offerId, buyerId: 'b-1', quantity: 1, mandate: issueMandate(butlerOffer, { mandateId: 'mandate-1', now: NOW }) };
}

describe('bindBrandIdentity', () => {
  it('gives two brands sending the same offer id two butler ids, and keeps each offer on its own connection', async () => {
    const honest = scripted('trailco', [offer('trailco', 'trailco:req-1:0')]);
    const copycat = scripted('walkers', [offer('walkers', 'trailco:req-1:0')]);
    const a = bindBrandIdentity(honest.connection, 'trailco');
    const b = bindBrandIdentity(copycat.connection, 'walkers');
    const fromA = await a.requestOffers(brief());
    const fromB = await b.requestOffers(brief());
    if (!fromA.ok || !fromB.ok) throw new Error('expected offers');
    expect(fromA.value.offers[0]!.offerId).toBe('trailco:trailco:req-1:0');
    expect(fromB.value.offers[0]!.offerId).toBe('walkers:trailco:req-1:0');
    // Asking the copycat about Trailco's offer is refused locally: the copycat never hears of it.
    const asked = await b.askQuestion({ protocolVersion: PROTOCOL_VERSION, questionId: 'q-1', requestId: 'req-1', offerId: fromA.value.offers[0]!.offerId, buyerId: 'b-1', text: 'waterproof?' });
    expect(asked.ok).toBe(false);
    const ordered = await b.placeOrder(orderFor(fromA.value.offers[0]!));
    expect(ordered.ok).toBe(false);
    expect(copycat.calls.map((c) => c.tool)).toEqual(['request_offers']);
  });

  it('drops offers and declines naming another brand, and what the brief did not ask for, noting each against the sender', async () => {
    const sender = scripted('sly', [offer('trailco', 'x-0'), ...[1, 2, 3, 4, 5].map((i) => offer('sly', `sly-${i}`)), offer('sly', 'other', 'req-9')]);
    const bound = bindBrandIdentity(sender.connection, 'sly');
    const result = await bound.requestOffers(brief(3));
    if (!result.ok) throw new Error('expected offers');
    expect(result.value.offers.map((o) => o.offerId)).toEqual(['sly:sly-1', 'sly:sly-2', 'sly:sly-3']);
    const violations = bound.takeViolations();
    expect(violations.map((v) => [v.brandId, v.violation, v.claimedBrandId])).toEqual([
      ['sly', 'names-another-brand', 'trailco'],
      ['sly', 'wrong-request', undefined],
      ['sly', 'too-many-offers', undefined],
    ]);
    expect(bound.takeViolations()).toEqual([]);

    const onlyForeign = bindBrandIdentity(scripted('sly', [offer('trailco', 'x-0')]).connection, 'sly');
    const refused = await onlyForeign.requestOffers(brief());
    expect(refused.ok ? 'ok' : refused.error.code).toBe('INVALID_RESPONSE');
  });

  it('orders with the brand’s own offer id and a mandate over its own terms; the receipt comes back under the butler’s id', async () => {
    const long = `x${'a'.repeat(127)}`;
    const wire = offer('acme', long);
    const sender = scripted('acme', [wire], honestReceipt(wire));
    const bound = bindBrandIdentity(sender.connection, 'acme');
    const got = await bound.requestOffers(brief());
    if (!got.ok) throw new Error('expected offers');
    const mine = got.value.offers[0]!;
    expect(IdSchema.safeParse(mine.offerId).success).toBe(true);
    expect(mine.offerId).toBe(namespaceOfferId('acme', long));
    const placed = await bound.placeOrder(orderFor(mine));
    if (!placed.ok) throw new Error(placed.error.message);
    const sent = sender.calls.find((c) => c.tool === 'place_order')!.message as Order;
    expect(sent.offerId).toBe(long);
    expect(sent.mandate.offerId).toBe(long);
    expect(sent.mandate.termsHash).toBe(hashOfferTerms(wire));
    expect(placed.value.offerId).toBe(mine.offerId);
    expect(placed.value.termsHash).toBe(hashReceiptTerms(placed.value));
  });

  it('notes a receipt issued in another brand’s name, whose terms then no longer match the mandate', async () => {
    const wire = offer('sly', 'sly-1');
    const sender = scripted('sly', [wire], honestReceipt(wire, 'trailco'));
    const bound = bindBrandIdentity(sender.connection, 'sly');
    const got = await bound.requestOffers(brief());
    if (!got.ok) throw new Error('expected offers');
    const order = orderFor(got.value.offers[0]!);
    const placed = await bound.placeOrder(order);
    if (!placed.ok) throw new Error(placed.error.message);
    expect(hashReceiptTerms(placed.value)).not.toBe(order.mandate.termsHash);
    expect(bound.takeViolations().map((v) => [v.violation, v.claimedBrandId])).toEqual([['names-another-brand', 'trailco']]);
  });

  it('remembers as many offers as it is told (rememberedOffers): older ones are refused locally, as too old', async () => {
    const brand = scripted('trailco', [offer('trailco', 'trailco:req-1:0'), offer('trailco', 'trailco:req-1:1'), offer('trailco', 'trailco:req-1:2')]);
    const bound = bindBrandIdentity(brand.connection, 'trailco', { rememberedOffers: 2 });
    const sent = await bound.requestOffers(brief());
    if (!sent.ok) throw new Error('expected offers');
    const ask = (offerId: string) => bound.askQuestion({ protocolVersion: PROTOCOL_VERSION, questionId: 'q-1', requestId: 'req-1', offerId, buyerId: 'b-1', text: 'waterproof?' });
    const [oldest, second, newest] = sent.value.offers.map((o) => o.offerId);
    const forgotten = await ask(oldest!);
    expect(forgotten.ok ? undefined : forgotten.error.code).toBe('UNKNOWN_OFFER');
    expect((await ask(second!)).ok).toBe(true);
    expect((await ask(newest!)).ok).toBe(true);
    expect(brand.calls.map((c) => c.tool)).toEqual(['request_offers', 'ask_question', 'ask_question']);
  });

  it('keeps connection ids that could collide apart', () => {
    expect(namespaceOfferId('a', 'b:c')).toBe('a:b:c');
    expect(namespaceOfferId('a:b', 'c')).not.toBe('a:b:c');
    expect(IdSchema.safeParse(namespaceOfferId('z'.repeat(128), 'y'.repeat(128))).success).toBe(true);
  });
});
