import type { NegotiationPeer } from '../../agent/negotiation/index.ts';
import type { Counter, Offer, Question } from '../../protocol/index.ts';
import { acceptedOffer } from '../consent/consent-fixtures.ts';

/** An offer from one probing brand at a price (minor units), with optional category, attributes, quantity and currency. */
export function offerAt(id: string, amountMinor: number, options: { category?: string; attributes?: Record<string, string | number | boolean>; quantity?: number; currency?: string } = {}): Offer {
  return acceptedOffer({
    offerId: id,
    brandId: 'probe',
    product: { sku: `sku-${id}`, title: `Product ${id}`, category: options.category ?? 'running-shoes', attributes: options.attributes ?? { size_eu: 43, waterproof: true } },
    quantity: options.quantity ?? 1,
    price: { amountMinor, currency: options.currency ?? 'EUR' },
    claims: [{ attribute: 'waterproof', asserted: true }],
  });
}

/** Everything the butler sent to a brand, in order. */
export type SentMessage = { readonly kind: 'question'; readonly message: Question } | { readonly kind: 'counter'; readonly message: Counter };

/**
 * A scripted brand that answers questions and meets each counter halfway down to a floor (a share of its first price),
 * then makes a final offer at the floor. Records every message the butler sends: what a hostile brand would see.
 */
export function splitTheDifferenceBrand(offers: readonly Offer[], floorShare = 0.85): NegotiationPeer & { readonly sent: SentMessage[] } {
  const sent: SentMessage[] = [];
  const latest = new Map(offers.map((o) => [o.offerId, o]));
  const original = new Map(offers.map((o) => [o.offerId, o]));
  return {
    sent,
    supports: () => true,
    async askQuestion(question) {
      sent.push({ kind: 'question', message: question });
      return { ok: true, value: { questionId: question.questionId, offerId: question.offerId, stance: 'confirmed', text: 'Yes.', claims: [] } };
    },
    async counterOffer(counter) {
      sent.push({ kind: 'counter', message: counter });
      const first = original.get(counter.offerId)!;
      const current = latest.get(counter.offerId)!;
      const floor = Math.round(first.price.amountMinor * floorShare);
      const proposed = counter.proposedPrice!.amountMinor;
      const next = Math.max(floor, Math.round((current.price.amountMinor + proposed) / 2));
      const final = next === floor;
      const revised: Offer = { ...current, offerId: `${counter.offerId}:r${counter.round}`, price: { ...current.price, amountMinor: next }, round: counter.round, inReplyTo: counter.counterId };
      latest.set(counter.offerId, revised);
      return { ok: true, value: { counterId: counter.counterId, inReplyTo: counter.counterId, round: counter.round, outcome: final ? 'final-offer' : 'counter', offer: revised } };
    },
  };
}
