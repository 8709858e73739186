// A revision is a concession only when it is the same deal, cheaper: a cent off for no returns, no warranty and a
// slower delivery (or another currency) is a re-pitch, and the offer stays as first made (red team).
import { describe, expect, it } from 'vitest';
import { counterNoise, negotiateOffer, type NegotiationPeer } from '../../agent/negotiation/index.ts';
import type { Offer, Terms } from '../../protocol/index.ts';
import { offerAt } from './negotiation-fixtures.ts';

const NOW = () => new Date('2026-12-03T10:00:00.000Z');

/** A brand that answers every counter with a final offer one cent cheaper, changed by `change`. */
function oneCentOff(change: (o: Offer) => Partial<Offer>): NegotiationPeer {
  return {
    supports: (c) => c === 'counters',
    askQuestion: async () => ({ ok: false, error: { code: 'CAPABILITY_NOT_SUPPORTED', message: 'no' } }),
    async counterOffer(counter) {
      const base = offerAt('o1', 12_000);
      const revised: Offer = { ...base, offerId: `o1:r${counter.round}`, price: { ...base.price, amountMinor: 11_999 }, round: counter.round, inReplyTo: counter.counterId, ...change(base) };
      return { ok: true, value: { counterId: counter.counterId, inReplyTo: counter.counterId, round: counter.round, outcome: 'final-offer', offer: revised } };
    },
  };
}

async function negotiate(peer: NegotiationPeer) {
  const offer = offerAt('o1', 12_000);
  return negotiateOffer({ peer, offer, buyerId: 'b', idKey: 's', hardConstraints: [], budget: undefined, market: [offerAt('cheap', 10_000), offer], noise: counterNoise('s', 'req-1'), timeoutMs: 1000, now: NOW, haggle: true });
}

const worse = (t: Terms): Array<[string, Partial<Terms>]> => [
  ['no returns', { returnDays: 0 }],
  ['no warranty', { warrantyMonths: 0 }],
  ['a slower delivery', { deliveryDays: t.deliveryDays + 30 }],
];

describe('a revision on worse terms is not a concession', () => {
  it.each(worse(offerAt('o1', 12_000).terms))('a cent off for %s keeps the offer as first made', async (_what, terms) => {
    const result = await negotiate(oneCentOff((o) => ({ terms: { ...o.terms, ...terms } })));
    expect(result.offer.offerId).toBe('o1');
    expect(result.offer.terms).toEqual(offerAt('o1', 12_000).terms);
    expect(result.outcome.kind).toBe('unchanged');
  });

  it('a lower amount in another currency is not a lower price', async () => {
    const result = await negotiate(oneCentOff(() => ({ price: { amountMinor: 9_000, currency: 'GBP' } })));
    expect(result.offer.price).toEqual({ amountMinor: 12_000, currency: 'EUR' });
  });

  it('a cent off on the same or better terms is taken', async () => {
    const result = await negotiate(oneCentOff((o) => ({ terms: { ...o.terms, returnDays: o.terms.returnDays + 10 } })));
    expect(result.offer.offerId).toBe('o1:r1');
    expect(result.outcome).toEqual({ kind: 'improved', from: { amountMinor: 12_000, currency: 'EUR' }, to: { amountMinor: 11_999, currency: 'EUR' } });
  });
});
